import RundeCore
import RundeText

/// Drawing the group screen: the list (scrolled to the chosen row, with ▲/▼ hints), below it
/// what the chosen row means in words and its allowed range, a message line and the footer
/// with this row's keys. The rules editor takes the whole screen; `?` opens the help panel.
extension GroupScreen {
    /// One line of the list: its text, its note (right column), and the row it chooses.
    struct ListLine: Equatable {
        var text: String
        var note = ""
        var role: StyleRole = .normal
        var row: Int?
    }

    /// Every line of the list, before scrolling.
    func listLines(width: Int) -> [ListLine] {
        let s = strings
        let all = rows
        var out: [ListLine] = []
        func index(_ r: Row) -> Int? { all.firstIndex(of: r) }
        out.append(ListLine(text: s[.screenStartRow], role: .accent, row: index(.start)))
        out.append(ListLine(text: ""))
        out.append(ListLine(text: s[.groupMembers], role: .accent))
        for (i, label) in group.members.enumerated() {
            var note = i == group.nextLeader ? s[.groupLeadsNext] : ""
            if note.isEmpty, group.newMembers.contains(label) { note = s[.groupNewMember] }
            if group.leaving.contains(label) { note = s[.groupLeaving] }
            out.append(
                ListLine(
                    text: "\(i + 1). " + TextSafety.sanitize(label), note: note,
                    row: index(.member(i))))
        }
        let addText = adding.map { "+ " + TextSafety.sanitize($0) + "▏" } ?? s[.screenAddRow]
        out.append(ListLine(text: addText, role: .muted, row: index(.addMember)))
        out.append(ListLine(text: ""))
        out.append(ListLine(text: s[.groupSettings], role: .accent))
        for setting in GroupSetting.numbers {
            var value = setting.valueText(in: group, s)
            if case .typing(setting, let typed) = mode { value = typed + "▏" }
            out.append(ListLine(text: setting.label(s), note: value, row: index(.setting(setting))))
        }
        out.append(ListLine(text: ""))
        out.append(ListLine(text: s[.screenRulesHeader], role: .accent))
        let ruleLines = group.rules.split(separator: "\n").map { TextSafety.sanitize(String($0)) }
            .filter { !$0.isEmpty }
        out.append(ListLine(text: ruleLines.first ?? s[.screenRulesEmpty], row: index(.rules)))
        for line in ruleLines.dropFirst().prefix(2) {
            out.append(ListLine(text: line, role: .muted))
        }
        if ruleLines.count > 3 { out.append(ListLine(text: "…", role: .muted)) }
        return out
    }

    /// What the chosen row means, in words (and, for a setting, its allowed range).
    func explanation() -> [String] {
        let s = strings
        switch selectedRow {
        case .start: return [s[.screenMeanStartRow]]
        case .member: return [s[.screenMeanMember]]
        case .addMember:
            if askingToAdd { return [s[.groupAsk]] }
            return [adding == nil ? s[.screenMeanAddRow] : s[.groupAddPrompt]]
        case .setting(let setting):
            if case .typing = mode {
                return [setting.meaning(in: group, s), setting.typingPrompt(in: group, s)]
            }
            return [setting.meaning(in: group, s), setting.rangeText(in: group, s)]
        case .rules:
            if let last = group.ruleChanges.last {
                return [s.f(.screenMeanRulesChanged, DateText.long(last.date, s.lang))]
            }
            return [s[.screenMeanRules]]
        }
    }

    /// The keys for the chosen row and mode, as the footer shows them: made from the keymap
    /// (a key the row cannot use, or `u` with nothing to undo, is left out).
    var footer: String {
        let s = strings
        if mode == .browsing, askingToAdd {
            return DialogKeys.footer(s, yes: s[.groupAskGoOn], no: s[.groupAskNoChange])
        }
        let keys = mode == .browsing ? keymap : modeKeys
        let order =
            mode == .browsing
            ? ["change", "enter", "move", "moveMember", "leaving", "undo", "help", "escape"]
            : keys.map(\.name)
        return order.compactMap { name in
            keys.first { $0.name == name && $0.offer.isOffered && !$0.label.isEmpty }
        }
        .filter { $0.name != "move" || selectedRow == .start }
        .map(\.footerItem)
        .joined(separator: " · ")
    }

    /// The keys while typing or asking (the field takes every other key), for the footer and
    /// the question's lines.
    var modeKeys: [KeyBinding] {
        let s = strings
        let cancel = KeyBinding.words(
            "escape", keys: [.escape], label: s[.screenFooterCancel], help: s[.screenFooterCancel])
        switch mode {
        case .browsing: return []
        case .adding:
            return [
                .words(
                    "enter", keys: [.enter], label: s[.screenFooterAdd], help: s[.screenFooterAdd]),
                cancel,
            ]
        case .typing:
            return [
                .words(
                    "enter", keys: [.enter], label: s[.screenFooterUse], help: s[.screenFooterUse]),
                cancel,
            ]
        case .editingRules:
            return [
                .words(
                    "escape", keys: [.escape], label: s[.screenFooterRulesDone],
                    help: s[.screenFooterRulesDone]),
                .words(
                    "enter", keys: [.enter], label: s[.screenFooterNewLine],
                    help: s[.screenFooterNewLine]),
            ]
        case .askingAboutRules:
            return [
                .words(
                    "save", keys: [.enter], label: s[.screenFooterSave], help: s[.screenAskSave]),
                KeyBinding(
                    "discard", keys: [.char("k"), .char("d"), .char("n")],
                    cap: s[.screenDiscardLetter], label: s[.screenFooterDiscard],
                    help: s[.screenAskDiscard]),
                .words(
                    "escape", keys: [.escape], label: s[.screenFooterWriteOn],
                    help: s[.screenAskBack]),
            ]
        }
    }

    public func render(width: Int, height: Int) -> Frame {
        var f = Frame(width: width, height: height)
        let s = strings
        switch mode {
        case .editingRules(let e), .askingAboutRules(let e):
            renderRulesEditor(&f, e)
            if case .askingAboutRules = mode, width >= 30, height >= 10 {
                // Each line wraps whole inside the box, a key's words under its column.
                let inner = min(width - 4, 60) - 4
                let lines: [(String, StyleRole)] =
                    (Wrap.lines(s[.screenAskBody], width: inner) + [""]
                    + modeKeys.flatMap { PromptScreen.wrapHelp($0.helpLine, width: inner) })
                    .map { ($0, StyleRole.normal) }
                Overlays.panel(&f, title: s[.screenAskTitle], lines: lines, width: 60)
            }
            return f
        default: break
        }
        f.put(
            s.f(.groupTitle, TextSafety.sanitize(group.name)), x: 2, y: 0, role: .title, bold: true,
            maxWidth: width - 4)
        guard width >= 30, height >= 10 else { return f }
        let bottom = 4  // meaning (2), message (1), footer (1)
        let lines = listLines(width: width)
        let room = height - 2 - bottom
        let chosen = lines.firstIndex { $0.row == cursor } ?? 0
        var top = 0
        var shown = room
        if lines.count > room {
            shown = room - 1  // the last line says "more below"
            top = min(max(0, chosen - (shown - 3)), lines.count - shown)
            if chosen < top { top = chosen }
        }
        // The notes line up within each part: members beside their names, values beside the settings.
        func labelWidth(_ line: ListLine) -> Int {
            let isMember =
                line.row.map {
                    if case .member = rows[$0] { return true }
                    return false
                } ?? false
            let same = lines.filter { l in
                !l.note.isEmpty
                    && (l.row.map {
                        if case .member = rows[$0] { return true }
                        return false
                    } ?? false) == isMember
            }
            return min(max(0, width - 26), (same.map { Frame.textWidth($0.text) }.max() ?? 0) + 4)
        }
        for (k, line) in lines[top..<min(lines.count, top + shown)].enumerated() {
            let y = 2 + k
            let selected = line.row == cursor && line.row != nil
            let indent = line.row != nil || line.role == .muted ? 2 : 0
            let text =
                line.row != nil
                ? (selected ? "▸ " : "  ") + line.text
                : String(repeating: " ", count: indent) + line.text
            let role: StyleRole = selected ? .selection : line.role
            if line.note.isEmpty {
                f.put(
                    Self.fit(text, width - 4), x: 2, y: y, role: role, bold: selected,
                    reverse: selected, maxWidth: width - 4)
            } else {
                let column = labelWidth(line)
                let padded =
                    Self.fit(text, column)
                    + String(repeating: " ", count: max(1, column - Frame.textWidth(text)))
                f.put(
                    padded, x: 2, y: y, role: role, bold: selected, reverse: selected,
                    maxWidth: column)
                let noteRole: StyleRole =
                    line.row.map { rows[$0] }.map {
                        if case .member = $0 { return .muted }
                        return .normal
                    } ?? .normal
                f.put(
                    Self.fit(line.note, width - column - 5), x: 2 + column + 1, y: y,
                    role: selected ? .selection : noteRole,
                    bold: selected, maxWidth: width - column - 5)
            }
        }
        if top > 0 {
            f.put(
                s[.screenMoreAbove], x: max(2, width - 2 - Frame.textWidth(s[.screenMoreAbove])),
                y: 1,
                role: .muted)
        }
        if top + shown < lines.count {
            f.put(s[.screenMoreBelow], x: 4, y: 2 + shown, role: .muted, maxWidth: width - 6)
        }
        // What the chosen row means, then a message (a refusal, what was done) or the range.
        // A message longer than a line takes the lines of the meaning above it (up to all three).
        var about = explanation().flatMap { Wrap.lines($0, width: width - 4) }
        let message = error.map { "⚠ " + $0 } ?? notice
        let messageLines = message.map { Array(Wrap.lines($0, width: width - 4).prefix(3)) } ?? []
        if !messageLines.isEmpty {
            // Half a sentence of meaning above a long message would only confuse: it goes.
            about =
                messageLines.count > 1 && about.count > 3 - messageLines.count
                ? [] : Array(about.prefix(3 - messageLines.count))
            while about.count < 3 - messageLines.count { about.append("") }
            about += messageLines
        }
        for (k, line) in about.prefix(3).enumerated() {
            let isMessage = k >= 3 - messageLines.count && message != nil
            f.put(
                line, x: 2, y: height - 4 + k,
                role: isMessage ? (error != nil ? .alert : .accent) : .muted,
                bold: isMessage && error != nil, maxWidth: width - 4)
        }
        f.put(
            DialogKeys.fit(footer, width: width - 2), x: 1, y: height - 1, role: .footer,
            maxWidth: width - 2)
        if showingHelp { renderHelp(&f) }
        return f
    }

    /// The text cut to `width` columns, ending in "…" when it was cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard Frame.textWidth(text) > width, width > 1 else { return text }
        var out = ""
        for ch in text {
            if Frame.textWidth(out + String(ch)) > width - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }

    /// The rules editor on the whole screen: title, a note, the text (scrolled to the cursor).
    func renderRulesEditor(_ f: inout Frame, _ e: MultiLineEditor) {
        let s = strings
        let width = f.width
        let height = f.height
        f.put(
            s.f(.screenRulesTitle, TextSafety.sanitize(group.name)), x: 2, y: 0, role: .title,
            bold: true, maxWidth: width - 4)
        guard width >= 20, height >= 8 else { return }
        let note = Wrap.lines(s[.screenRulesNote], width: width - 4)
        for (k, line) in note.prefix(2).enumerated() {
            f.put(line, x: 2, y: 1 + k, role: .muted, maxWidth: width - 4)
        }
        let firstRow = 1 + min(2, note.count) + 1
        let room = max(1, height - 2 - firstRow)
        let (rows, cursorRow) = e.rows(width: width - 6)
        let top = rows.count <= room ? 0 : min(max(0, cursorRow - room + 1), rows.count - room)
        for (k, line) in rows[top..<min(rows.count, top + room)].enumerated() {
            f.put(line, x: 3, y: firstRow + k, role: .speaker, maxWidth: width - 6)
        }
        if top > 0 {
            f.put(
                s[.screenMoreAbove], x: max(2, width - 2 - Frame.textWidth(s[.screenMoreAbove])),
                y: firstRow - 1, role: .muted)
        }
        if top + room < rows.count {
            f.put(
                s[.screenMoreBelow], x: max(2, width - 2 - Frame.textWidth(s[.screenMoreBelow])),
                y: height - 2, role: .muted)
        }
        f.put(
            DialogKeys.fit(footer, width: width - 2), x: 1, y: height - 1, role: .footer,
            maxWidth: width - 2)
    }

    /// The help's lines: every key of this screen in words, then the rules editor's keys.
    func helpLines(width: Int) -> [String] {
        let s = strings
        var out: [String] = []
        for binding in keymap {
            // Wrap under the key's text, keeping the key column.
            let cap =
                binding.cap
                + String(repeating: " ", count: max(2, 10 - Frame.textWidth(binding.cap)))
            let wrapped = Wrap.lines(binding.help, width: max(10, width - 10))
            for (i, line) in wrapped.enumerated() {
                out.append((i == 0 ? cap : String(repeating: " ", count: 10)) + line)
            }
        }
        out.append("")
        out.append(s[.screenHelpRulesTitle])
        out += Wrap.lines(s[.screenHelpRules], width: width)
        return out
    }

    func renderHelp(_ f: inout Frame) {
        let s = strings
        let width = min(f.width - 4, 72)
        let lines = helpLines(width: width - 4)
        let room = max(1, min(f.height - 2, lines.count + 6) - 6)
        let scrolls = lines.count > room
        let top = scrolls ? min(helpScroll, lines.count - room) : 0
        var shown = lines[top..<min(lines.count, top + room)].map { ($0, StyleRole.normal) }
        if scrolls && top > 0 { shown[0] = ("  ▲", .muted) }
        if scrolls && top + room < lines.count { shown[shown.count - 1] = ("  ▼", .muted) }
        shown += [
            ("", .normal), (scrolls ? s[.helpFooterScroll] : s[.helpFooter], .muted),
        ]
        Overlays.panel(&f, title: s[.promptHelpTitle], lines: shown, width: width)
    }
}
