import RundeCore
import RundeText

/// A simple full-screen prompt: a title, some lines, a list of choices, an optional text field.
/// Used for resuming a meeting, choosing a group and the first run.
public struct PromptScreen: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var choices: [String]
    public var cursor: Int
    /// When set, a text field is shown with this label and `input`.
    public var fieldLabel: String?
    public var input: String
    /// The footer's word for Enter ("start møtet"); Enter is in the footer when there are
    /// choices or this is set.
    public var enterLabel: String?
    /// What `?` says Enter does, when not "take the choice" (the list) or typing (the field).
    public var enterHelp: String?
    /// The footer's word for the arrows of the list ("velg"), if any.
    public var moveLabel: String?
    public var error: String?
    /// The language of `?` (English when not set).
    public var strings: Catalog?
    /// While `?` shows the keys of this screen.
    public var showingHelp: Bool
    /// A top screen (the welcome menu, the group chooser, the resume offer, the format
    /// proposal): there is no screen to go back to, so Esc stays and says quietly that `q`
    /// quits (DESIGN §4: Esc goes back one screen, never out of the program).
    public var isTopScreen: Bool
    /// A quiet one-line hint above the footer (Esc on a top screen); gone with the next key.
    public var hint: String?
    /// What Esc says on a top screen, when not the first-screen line ("q quits Runde").
    public var escapeHint: String?
    /// The prompt's letter keys, one table for the footer ("g gruppa") and `?` ("g      se og
    /// endre gruppa"), so the two never disagree; a letter here is returned as `.key`.
    public var keys: [PromptKey]
    /// Letters that ask before the prompt returns them (lower case; the capital asks too):
    /// `j`/`y` returns the letter, Esc, `n`, `q` or Enter says no. Enter says no as in the
    /// meeting's questions: a stray second Enter must not do what the letter asked.
    public var questions: [Character: Question]
    /// The letter whose question is shown.
    public var asking: Character?
    /// Letters the caller reads (returned as `.key`), besides the prompt's own `keys`.
    public var letters: Set<Character>

    /// A question a letter asks first: a short title and one whole sentence.
    public struct Question: Equatable, Sendable {
        public var title: String
        public var body: String
        public init(title: String, body: String) {
            self.title = title
            self.body = body
        }
    }

    public init(
        title: String, lines: [String] = [], choices: [String] = [], fieldLabel: String? = nil,
        enterLabel: String? = nil, moveLabel: String? = nil
    ) {
        self.title = title
        self.lines = lines
        self.choices = choices
        cursor = 0
        self.fieldLabel = fieldLabel
        input = ""
        self.enterLabel = enterLabel
        enterHelp = nil
        self.moveLabel = moveLabel
        error = nil
        strings = nil
        showingHelp = false
        isTopScreen = false
        hint = nil
        escapeHint = nil
        keys = []
        questions = [:]
        asking = nil
        letters = []
    }

    /// What `?` says on this screen, in words: every key of its keymap, one line each.
    public func helpText() -> [String] { keymap.map(\.helpLine) }

    public func render(width: Int, height: Int) -> Frame {
        var f = Frame(width: width, height: height)
        guard width >= 20, height >= 6 else {
            f.put(title, x: 0, y: 0, role: .title, bold: true)
            return f
        }
        var y = max(1, height / 2 - (lines.count + choices.count + 6) / 2)
        f.putCentred(title, y: y, role: .title, bold: true)
        y += 2
        let w = min(width - 4, 70)
        let x = (width - w) / 2
        for line in lines.flatMap({ Wrap.lines($0, width: w) }) where y < height - 3 {
            f.put(line, x: x, y: y)
            y += 1
        }
        if !lines.isEmpty { y += 1 }
        for (i, c) in choices.enumerated() where y < height - 3 {
            let sel = i == cursor
            f.put(
                (sel ? "▸ " : "  ") + c, x: x, y: y, role: sel ? .selection : .normal, bold: sel,
                reverse: sel, maxWidth: w)
            y += 1
        }
        if let label = fieldLabel, y < height - 3 {
            f.put(label, x: x, y: y, role: .accent)
            y += 1
            f.put("> " + input + "▏", x: x, y: y, role: .speaker, bold: true, maxWidth: w)
            y += 1
        }
        if let e = error {
            f.put("⚠ " + e, x: x, y: min(height - 3, y + 1), role: .alert, bold: true, maxWidth: w)
        }
        let rows = Self.footerRows(footerItems(withHelp: true), width: width - 2)
        for (i, row) in rows.enumerated() {
            f.put(row, x: 1, y: height - rows.count + i, role: .footer, maxWidth: width - 2)
        }
        if let hint {
            f.put(hint, x: 1, y: height - rows.count - 1, role: .muted, maxWidth: width - 2)
        }
        if showingHelp {
            let c = strings ?? Catalog(.en)
            let inner = min(width - 4, 60) - 4
            let lines =
                helpText().flatMap { Self.wrapHelp($0, width: inner) }.map {
                    ($0, StyleRole.normal)
                }
                + [("", .normal), (c[.helpFooter], .muted)]
            Overlays.panel(&f, title: c[.promptHelpTitle], lines: lines, width: 60)
        } else if let q = question {
            let c = strings ?? Catalog(.en)
            var lines = Wrap.lines(q.body, width: min(50, width - 8)).map { ($0, StyleRole.normal) }
            lines += [("", .normal), (DialogKeys.yesNo(c), .accent)]
            Overlays.panel(&f, title: q.title, lines: lines, width: 56)
        }
        return f
    }

    /// A help line ("Enter  what it does") wrapped to `width`, its words under the key's
    /// column; a line without a key column wraps as it is.
    static func wrapHelp(_ line: String, width: Int) -> [String] {
        guard Frame.textWidth(line) > width else { return [line] }
        let chars = Array(line)
        guard chars.count > 8, chars[5] == " ", chars[6] == " ", chars[7] != " " else {
            return Wrap.lines(line, width: width)
        }
        let rest = Wrap.lines(String(chars[7...]), width: max(10, width - 7))
        return rest.enumerated().map { (i, l) in
            (i == 0 ? String(chars[..<7]) : String(repeating: " ", count: 7)) + l
        }
    }

    /// The footer's keys on as few rows as they fit, never cut inside one (at most two rows;
    /// a narrow window keeps the first keys whole).
    static func footerRows(_ items: [String], width: Int) -> [String] {
        var rows: [String] = []
        var line = ""
        for item in items {
            let joined = line.isEmpty ? item : line + " · " + item
            if Frame.textWidth(joined) <= width || line.isEmpty {
                line = joined
            } else {
                rows.append(line)
                line = item
            }
        }
        if !line.isEmpty { rows.append(line) }
        return Array(rows.prefix(2))
    }

    /// Handles one key; the result when the prompt is done.
    public mutating func handle(_ k: Key, letters extra: Set<Character> = []) -> Result? {
        let letters = letters.union(extra)
        if showingHelp {
            if [.escape, .char("?"), .enter, .char("q"), .char("Q"), .function(1)].contains(k) {
                showingHelp = false
            }
            return nil
        }
        if let letter = asking {
            switch k {
            case .char("j"), .char("J"), .char("y"), .char("Y"):
                asking = nil
                return .key(letter)
            case .escape, .enter, .char("n"), .char("N"), .char("q"), .char("Q"): asking = nil
            default: break
            }
            return nil
        }
        let previousHint = hint
        hint = nil
        switch k {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, choices.count - 1), cursor + 1)
        case .escape:
            // Text in the field is not thrown away by one slip: Esc asks first, on the hint line.
            let keepTyped = (strings ?? Catalog(.en))[.escTyped]
            if fieldLabel != nil, !input.isEmpty, previousHint != keepTyped {
                hint = keepTyped
                return nil
            }
            guard isTopScreen else { return .cancelled }
            hint = escapeHint ?? (strings ?? Catalog(.en))[.escTopHint]
        case .function(1): showingHelp = true
        case .enter:
            if fieldLabel != nil { return .submitted(input) }
            if !choices.isEmpty { return .chose(cursor) }
            return .chose(0)
        case .backspace, .delete:
            if fieldLabel != nil, !input.isEmpty { input.removeLast() }
        case .paste(let text):
            if fieldLabel != nil { input += PastedText.oneLine(text, limit: 200 - input.count) }
        case .char(let c):
            if fieldLabel != nil {
                let clean = TextSafety.sanitize(String(c))
                if input.count < 200 { input += clean }
            } else if c == "?" {
                showingHelp = true
            } else if letters.contains(c), let lower = c.lowercased().first, questions[lower] != nil
            {
                asking = lower
            } else if letters.contains(c) || keys.contains(where: { $0.letter == c }) || c == "q"
                || c == "Q"
            {
                // `q` quits from every prompt without a field (the caller decides what quitting means).
                return .key(c)
            }
        default: break
        }
        return nil
    }

    /// The question being asked, if any.
    public var question: Question? { asking.flatMap { questions[$0] } }

    /// What a key did to the prompt.
    public enum Result: Equatable, Sendable {
        case none
        case chose(Int)
        case submitted(String)
        case key(Character)
        case cancelled
        case stop(InputEvent)
    }

    /// Runs the prompt until a choice, a submitted field, a letter key, Esc, or a signal/hang-up
    /// (`Program.run`: drawn, or read out in plain mode by `PlainPrompt`).
    public mutating func run(on terminal: Terminal, letters: Set<Character> = []) -> Result {
        self.letters.formUnion(letters)
        switch Program.run(&self, on: terminal) {
        case .finished(let result): return result
        case .stopped(let event): return .stop(event)
        }
    }
}

/// One letter key of a prompt: the short word the footer shows and the words `?` and the
/// choice list use.
public struct PromptKey: Equatable, Sendable {
    public var letter: Character
    public var short: String
    public var words: String

    public init(_ letter: Character, short: String, words: String) {
        self.letter = letter
        self.short = short
        self.words = words
    }

    /// "g gruppa" in the footer.
    public var footerItem: String { "\(letter) \(short)" }
    /// "g      se og endre gruppa" in `?`, aligned with the other help lines.
    public var helpLine: String { "\(letter)      \(words)" }
    /// "g  lag en gruppe" as a line of a choice list.
    public var choiceLine: String { "\(letter)  \(words)" }
}

extension PromptScreen {
    /// The welcome screen of a first run: create a group (g), try the demo (d), or quit (q).
    /// Its choices, footer and `?` all come from one key table.
    public static func welcome(_ s: Catalog) -> PromptScreen {
        let keys = [
            PromptKey("g", short: s[.welcomeCreateShort], words: s[.firstRunCreate]),
            PromptKey("d", short: s[.welcomeDemoShort], words: s[.firstRunDemo]),
            PromptKey("q", short: s[.keyQuit], words: s[.keyQuit]),
        ]
        var p = PromptScreen(
            title: s[.firstRunTitle], lines: [s[.firstRunBody]], choices: keys.map(\.choiceLine),
            enterLabel: s[.welcomeEnter])
        p.keys = keys
        p.strings = s
        p.isTopScreen = true
        return p
    }

    /// The format proposal before a meeting: use the proposed format or the usual one. A top
    /// screen: Esc stays and says that q quits without starting.
    public static func proposal(lines: [String], choices: [String], _ s: Catalog) -> PromptScreen {
        var p = PromptScreen(
            title: s[.proposalTitle], lines: lines, choices: choices,
            enterLabel: s[.proposalEnter], moveLabel: s[.welcomeEnter])
        p.strings = s
        p.isTopScreen = true
        p.escapeHint = s[.proposalEscHint]
        return p
    }

    /// The group chooser: Enter opens a group's meeting, g its group screen, q quits. Shown
    /// with one group too, so `runde` starts nothing before Enter.
    public static func chooser(names: [String], _ s: Catalog) -> PromptScreen {
        var p = PromptScreen(
            title: s[.chooseGroupTitle], choices: names, enterLabel: s[.chooseEnter])
        p.keys = [
            PromptKey("g", short: s[.chooseGroupShort], words: s[.chooseHelpGroup]),
            PromptKey("q", short: s[.keyQuit], words: s[.keyQuit]),
        ]
        p.strings = s
        p.isTopScreen = true
        return p
    }
}
