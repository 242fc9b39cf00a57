import RundeCore
import RundeText

/// The group screen's loop on a terminal, and what it says in screen-reader (plain) mode:
/// there it reads the chosen line, its meaning and each message instead of whole screens.
extension GroupScreen {
    /// Runs the screen until the leader starts the meeting, goes back or quits. Each change is
    /// handed to `save` at once; a problem it returns is shown and the change is undone.
    public mutating func run(on terminal: Terminal, save: @escaping (GroupFile) -> String?)
        -> Outcome
    {
        var session = GroupScreenSession(screen: self, save: save)
        defer { self = session.screen }
        switch Program.run(&session, on: terminal) {
        case .finished(let outcome): return outcome
        case .stopped(let event): return .stop(event)
        }
    }

    /// Every key of the screen, in the order `?` lists them (the words from the catalog, the
    /// caps from the same lines). `u` is offered only when there is a change to take back.
    public var keymap: [KeyBinding] {
        let s = strings
        // Typing (a member's name, a setting's value, the rules): the keys go into the field,
        // and its footer says Enter and Esc.
        guard mode == .browsing else { return [] }
        let table: [(String, GroupScreenText, [Key])] = [
            ("move", .screenHelpMove, [.up, .down, .home, .end, .pageUp, .pageDown]),
            ("enter", .screenHelpEnter, [.enter]),
            ("change", .screenHelpChange, [.left, .right]),
            ("moveMember", .screenHelpMoveMember, [.char("+"), .char("-")]),
            ("add", .screenHelpAdd, [.char("a"), .char("A")]),
            ("leaving", .screenHelpLeaving, [.char("l"), .char("L")]),
            ("undo", .screenHelpUndo, [.char("u"), .char("U")]),
            ("escape", .screenHelpEsc, [.escape]),
            ("quit", .screenHelpQuit, [.char("q"), .char("Q")]),
        ]
        // The cap is made from the keys named first (Home/End and the pages move too).
        var out = table.map { name, text, keys in
            KeyBinding.words(
                name, keys: keys, capKeys: name == "move" ? Array(keys.prefix(2)) : nil,
                help: s[text])
        }
        // The footer's words (the caps come from the keys); Enter says what it does on the row.
        let enterLabel: GroupScreenText? =
            switch selectedRow {
            case .start: .screenFooterStart
            case .addMember: .screenFooterAddRow
            case .setting: .screenFooterType
            case .rules: .screenFooterRules
            case .member: nil
            }
        let labels: [String: String] = [
            "move": s[.screenFooterChoose], "enter": enterLabel.map { s[$0] } ?? "",
            "change": s[.screenFooterChange], "moveMember": s[.screenFooterMoveMember],
            "leaving": s[.screenFooterLeaving], "undo": s[.keyUndo], "escape": s[.keyBack],
        ]
        for i in out.indices {
            out[i].label = labels[out[i].name] ?? ""
            // Plain mode says the cap in words, beside the drawn one.
            out[i].spokenCap = SpokenKeys.spoken(out[i].cap, s)
        }
        if undoStack.isEmpty, let i = out.firstIndex(where: { $0.name == "undo" }) {
            out[i].offer = .notNow(s[.nothingToUndo])
        }
        // Keys that work on some lines only: elsewhere they say so.
        var onMember = false
        var onSetting = false
        switch selectedRow {
        case .member: onMember = true
        case .setting: onSetting = true
        case .start, .addMember, .rules: break
        }
        for i in out.indices {
            let applies: Bool
            switch out[i].name {
            case "change": applies = onSetting
            case "moveMember", "leaving": applies = onMember
            case "enter": applies = !onMember
            default: applies = true
            }
            if !applies {
                out[i].offer = .notNow(s.f(.keyNotNow, out[i].cap, out[i].help))
            }
        }
        out.append(
            KeyBinding(
                "help", keys: [.char("?"), .function(1)], cap: "?", label: s[.keyHelp],
                help: s[.helpHelp]))
        return out
    }
}

/// The group screen under the screen contract, with the caller's `save`: each change is saved
/// at once, and a problem `save` returns is shown and the change undone.
public struct GroupScreenSession: Screen {
    public var screen: GroupScreen
    let save: (GroupFile) -> String?

    public init(screen: GroupScreen, save: @escaping (GroupFile) -> String?) {
        self.screen = screen
        self.save = save
    }

    public var keymap: [KeyBinding] { screen.keymap }

    public mutating func update(_ input: ScreenInput) -> [ScreenEffect<GroupScreen.Outcome>] {
        guard case .key(let k) = input else { return [] }
        let before = screen
        // What is typed is not thrown away by one slip: Esc asks first, on the message line.
        let keepTyped = screen.strings[.escTyped]
        if k == .escape, !screen.showingHelp, screen.notice != keepTyped {
            switch screen.mode {
            // A setting's value typed and refused is cancelled by Esc at once ("nothing is
            // changed"); a new member's name is asked about.
            case .adding(let t) where !t.isEmpty:
                screen.notice = keepTyped
                return []
            default: break
            }
        }
        if screen.notice == keepTyped { screen.notice = nil }
        if screen.mode == .browsing, !screen.showingHelp, screen.editsRefused == nil,
            let why = KeyBinding.reason(for: k, in: screen.keymap)
        {
            screen.error = nil
            screen.notice = why
            return []
        }
        if let out = screen.handle(k) { return [.finish(out)] }
        if screen.changed {
            screen.changed = false
            if let problem = save(screen.group) {
                screen.group = before.group
                screen.undoStack = before.undoStack
                screen.notice = nil
                screen.error = problem
            }
        }
        return []
    }

    public mutating func view(width: Int, height: Int) -> Frame {
        screen.render(width: width, height: height)
    }

    public mutating func spoken(after old: GroupScreenSession?, input: ScreenInput?) -> Speech {
        guard let old else { return Speech(screen.plainOpening()) }
        guard case .key(let k)? = input else { return Speech() }
        let said = screen.plainNarration(from: old.screen, key: k)
        return Speech(said.lines, echo: said.echo)
    }
}

extension GroupScreen {
    // MARK: screen-reader mode (pure)

    /// The chosen line in words: "Møtelengde: 120 min", "2. Zorbulon, leder neste møte".
    func spokenRow() -> String {
        let s = strings
        switch selectedRow {
        case .start: return s[.screenStartRow]
        case .member(let i):
            let label = TextSafety.sanitize(group.members[i])
            var note = i == group.nextLeader ? s[.groupLeadsNext] : ""
            if note.isEmpty, group.newMembers.contains(group.members[i]) {
                note = s[.groupNewMember]
            }
            if group.leaving.contains(group.members[i]) { note = s[.groupLeaving] }
            return "\(i + 1). " + label + (note.isEmpty ? "" : ", " + note)
        case .addMember: return s[.screenAddRow]
        case .setting(let setting): return setting.label(s) + ": " + setting.valueText(in: group, s)
        case .rules:
            return s[.screenRulesHeader] + " "
                + (group.rules.split(separator: "\n").first.map { TextSafety.sanitize(String($0)) }
                    ?? s[.screenRulesEmpty])
        }
    }

    /// What plain mode says when the screen opens.
    func plainOpening() -> [String] {
        [
            strings.f(.groupTitle, TextSafety.sanitize(group.name)), strings[.screenPlainIntro],
            spokenRow(),
        ] + explanation() + [SpokenKeys.speakSymbols(footer, strings)]
    }

    /// What plain mode says after `key` took the screen from `old` to this state, and the
    /// character to echo while typing.
    func plainNarration(from old: GroupScreen, key: Key) -> (lines: [String], echo: String?) {
        let s = strings
        var lines: [String] = []
        var echo: String?
        if showingHelp {
            if !old.showingHelp {
                // Each key by its spoken name, never its symbol (a screen reader would spell it).
                lines =
                    [s[.promptHelpTitle]] + keymap.map { $0.spokenHelpLine(s) } + [
                        s[.screenHelpRulesTitle], s[.screenHelpRules],
                        SpokenKeys.speakSymbols(s[.helpFooter], s),
                    ]
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
            if case .adding = mode, !sameMode(old.mode) { lines = [s[.groupAddPrompt]] }
        case .editingRules(let e):
            if !sameMode(old.mode) {
                lines =
                    [s[.screenPlainRulesNow]] + e.text.split(separator: "\n").map(String.init) + [
                        s[.screenPlainRulesTyping]
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
            lines =
                [
                    s[.screenAskTitle], s[.screenAskBody],
                ] + modeKeys.map(\.helpLine)
        case .browsing:
            if cursor != old.cursor || group != old.group || !sameMode(old.mode) || old.showingHelp
            {
                lines = [spokenRow()] + explanation()
            }
        }
        if let e = error { lines.append("⚠ " + e) } else if let n = notice { lines.append(n) }
        // The keys are said again on another line or mode, not when `u` joins them after a save
        // (the save's own line says that u undoes it).
        if footer != old.footer, cursor != old.cursor || !sameMode(old.mode), !lines.isEmpty {
            lines.append(SpokenKeys.speakSymbols(footer, s))
        }
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
