import RundeCore
import RundeText

/// The rules card rewritten on the group screen, with the shared `MultiLineEditor`. Esc with
/// changes asks first (Enter saves, `k` discards, Esc goes back to writing); Ctrl-S does
/// nothing, as everywhere (DESIGN §4). A saved change is
/// kept in `[[rule_changes]]` with today's date and no names, as the in-meeting edit keeps it.
extension GroupScreen {
    mutating func handleRulesEditor(_ key: Key, _ editor: MultiLineEditor) {
        error = nil
        notice = nil
        var e = editor
        switch key {
        case .escape:
            if e.text == group.rules {
                mode = .browsing
                notice = strings[.screenRulesUnchanged]
            } else {
                mode = .askingAboutRules(e)
            }
        default:
            e.handle(key)
            mode = .editingRules(e)
        }
    }

    mutating func handleRulesQuestion(_ key: Key, _ editor: MultiLineEditor) {
        switch key {
        case .enter, .char("j"), .char("J"), .char("y"), .char("Y"), .char("s"), .char("S"):
            saveRules(editor.text)
        case .char("k"), .char("K"), .char("d"), .char("D"), .char("n"), .char("N"):
            mode = .browsing
            notice = strings[.screenRulesDiscarded]
        case .escape:
            mode = .editingRules(editor)
        default: break
        }
    }

    /// Takes the rules as written and records the change with today's date.
    mutating func saveRules(_ text: String) {
        mode = .browsing
        guard text != group.rules else {
            notice = strings[.screenRulesUnchanged]
            return
        }
        var g = group
        g.rules = text
        g.ruleChanges.append(RuleChange(date: today, text: text))
        commit(g, notice: strings[.screenRulesSaved])
    }
}
