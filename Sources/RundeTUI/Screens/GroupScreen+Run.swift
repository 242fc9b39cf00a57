import RundeCore
import RundeText

/// The group screen's loop on a terminal, and what it says in screen-reader (plain) mode:
/// there it reads the chosen line, its meaning and each message instead of whole screens.
extension GroupScreen {
    /// Runs the screen until the leader starts the meeting, goes back or quits. Each change is
    /// handed to `save` at once; a problem it returns is shown and the change is undone.
    public mutating func run(on terminal: Terminal, save: (GroupFile) -> String?) -> Outcome {
        let plain = terminal as? PlainTerminal
        let plainMode = plain?.mode
        plain?.mode = .silent
        defer { if let plainMode { plain?.mode = plainMode } }
        plain?.say(plainOpening())
        var last: Frame?
        while true {
            let size = terminal.size
            let frame = render(width: size.width, height: size.height)
            if frame != last {
                terminal.draw(frame)
                last = frame
            }
            switch terminal.nextInput(timeoutMs: 1000) {
            case .timeout: continue
            case .resize: last = nil
            case .signal(let n): return .stop(.signal(n))
            case .hangup: return .stop(.hangup)
            case .key(let k):
                let before = self
                if let out = handle(k) { return out }
                if changed {
                    changed = false
                    if let problem = save(group) {
                        group = before.group
                        undoStack = before.undoStack
                        notice = nil
                        error = problem
                    }
                }
                if let plain {
                    let said = plainNarration(from: before, key: k)
                    if let echo = said.echo { plain.echo(echo) }
                    plain.say(said.lines)
                }
            }
        }
    }

    // MARK: screen-reader mode (pure)

    /// The chosen line in words: "Møtelengde: 120 min", "2. Zorbulon, leder neste møte".
    func spokenRow() -> String {
        let s = strings
        switch selectedRow {
        case .start: return s[.gscrStartRow]
        case .member(let i):
            let label = TextSafety.sanitize(group.members[i])
            var note = i == group.nextLeader ? s[.gsLeadsNext] : ""
            if group.leaving.contains(group.members[i]) { note = s[.gsLeaving] }
            return "\(i + 1). " + label + (note.isEmpty ? "" : ", " + note)
        case .addMember: return s[.gscrAddRow]
        case .setting(let setting): return setting.label(s) + ": " + setting.valueText(in: group, s)
        case .rules:
            return s[.gscrRulesHeader] + " "
                + (group.rules.split(separator: "\n").first.map { TextSafety.sanitize(String($0)) }
                    ?? s[.gscrRulesEmpty])
        }
    }

    /// What plain mode says when the screen opens.
    func plainOpening() -> [String] {
        [
            strings.f(.gsTitle, TextSafety.sanitize(group.name)), strings[.gscrPlainIntro],
            spokenRow(),
        ] + explanation() + [footer]
    }

    /// What plain mode says after `key` took the screen from `old` to this state, and the
    /// character to echo while typing.
    func plainNarration(from old: GroupScreen, key: Key) -> (lines: [String], echo: String?) {
        let s = strings
        var lines: [String] = []
        var echo: String?
        if showingHelp {
            if !old.showingHelp {
                lines = [s[.nightPromptHelpTitle]] + helpLines(width: 200) + [s[.nightHelpFooter]]
            }
            return (lines, nil)
        }
        switch mode {
        case .adding(let typed), .typing(_, let typed):
            if mode != old.mode, case .char = key, typed.count > 0 { echo = String(typed.last!) }
            if case .paste = key, case .adding(let before) = old.mode, typed.count > before.count {
                echo = String(typed.dropFirst(before.count))
            }
            if case .paste = key, case .typing(_, let before) = old.mode,
                typed.count > before.count
            {
                echo = String(typed.dropFirst(before.count))
            }
            if case .typing(let setting, _) = mode, !sameMode(old.mode) {
                lines = [spokenRow(), setting.typingPrompt(in: group, s)]
            }
            if case .adding = mode, !sameMode(old.mode) { lines = [s[.gsAddPrompt]] }
        case .editingRules(let e):
            if !sameMode(old.mode) {
                lines =
                    [s[.gscrPlainRulesNow]] + e.text.split(separator: "\n").map(String.init) + [
                        s[.gscrPlainRulesTyping]
                    ]
            } else if case .editingRules(let before) = old.mode, case .char = key,
                e.text.count > before.text.count,
                e.cursor > 0
            {
                echo = String(Array(e.text)[e.cursor - 1])
            } else if case .paste = key, case .editingRules(let before) = old.mode,
                e.text.count > before.text.count
            {
                echo = String(
                    Array(e.text)[max(0, e.cursor - (e.text.count - before.text.count))..<e.cursor])
            } else if key == .enter, e.cursor > 0 {
                // The line just finished, read back.
                let done = Array(e.text)[..<(e.cursor - 1)].split(
                    separator: "\n", omittingEmptySubsequences: false
                ).last
                lines = [done.map { String($0) } ?? ""]
            }
        case .askingAboutRules:
            lines = [
                s[.gscrAskTitle], s[.gscrAskBody], s[.gscrAskSave], s[.gscrAskDiscard],
                s[.gscrAskBack],
            ]
        case .browsing:
            if cursor != old.cursor || group != old.group || !sameMode(old.mode) || old.showingHelp
            {
                lines = [spokenRow()] + explanation()
            }
        }
        if let e = error { lines.append("⚠ " + e) } else if let n = notice { lines.append(n) }
        if footer != old.footer, !lines.isEmpty { lines.append(footer) }
        return (lines, echo)
    }

    /// The same kind of mode as `other` (typing in it does not count as a change of mode).
    private func sameMode(_ other: Mode) -> Bool {
        switch (mode, other) {
        case (.browsing, .browsing), (.adding, .adding), (.editingRules, .editingRules),
            (.askingAboutRules, .askingAboutRules):
            return true
        case (.typing(let a, _), .typing(let b, _)): return a == b
        default: return false
        }
    }
}
