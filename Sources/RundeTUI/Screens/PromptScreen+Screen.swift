import RundeCore
import RundeText

/// A prompt under the screen contract: its keymap (the list, Enter, the field, its own
/// letters, Esc, `q`, `?`) is what its footer and `?` show; plain mode reads it with
/// `PlainPrompt`.
extension PromptScreen: Screen {
    public typealias Outcome = Result

    /// Every key of this prompt, in the order `?` lists them.
    public var keymap: [KeyBinding] {
        let c = strings ?? Catalog(.en)
        var out: [KeyBinding] = []
        if !choices.isEmpty {
            out.append(Self.binding("move", [.up, .down], c[.nightPromptHelpChoose]))
            out.append(Self.binding("enter", [.enter], c[.nightPromptHelpEnter]))
        }
        if fieldLabel != nil { out.append(Self.binding("type", [.enter], c[.nightPromptHelpType])) }
        out += keys.map { k in
            KeyBinding(
                "letter-\(k.letter)", keys: Self.letterKeys(k.letter), cap: String(k.letter),
                label: k.short, help: k.words)
        }
        out += helpLines.map { line in
            let (cap, words) = KeyBinding.split(line)
            let keys: [Key] =
                cap == c[.keyEnter] || cap == "Enter"
                ? [.enter] : cap.count == 1 ? Self.letterKeys(cap.first!) : []
            return KeyBinding("line-\(cap)", keys: keys, cap: cap, label: "", help: words)
        }
        let escape = isTopScreen ? c[.barPromptHelpEscTop] : c[.nightPromptHelpEsc]
        out.append(Self.binding("escape", [.escape], escape))
        if fieldLabel == nil {
            if !keys.contains(where: { $0.letter == "q" }) {
                out.append(Self.binding("quit", [.char("q"), .char("Q")], c[.nightPromptHelpQuit]))
            }
            out.append(Self.binding("help", [.char("?"), .function(1)], c[.nightPromptHelpHelp]))
        } else {
            out.append(
                KeyBinding(
                    "help", keys: [.function(1)], cap: "F1", label: c[.keyHelp],
                    help: KeyBinding.split(c[.nightPromptHelpHelp]).1))
        }
        return out
    }

    static func letterKeys(_ letter: Character) -> [Key] {
        let upper = Character(letter.uppercased())
        return upper == letter ? [.char(letter)] : [.char(letter), .char(upper)]
    }

    /// A binding from a catalog help line ("Esc    tilbake": the cap, then the words).
    static func binding(_ name: String, _ keys: [Key], _ line: String) -> KeyBinding {
        let (cap, words) = KeyBinding.split(line)
        return KeyBinding(name, keys: keys, cap: cap, label: "", help: words)
    }

    public mutating func update(_ input: ScreenInput) -> [ScreenEffect<Result>] {
        switch input {
        case .key(let k): return handle(k).map { [.finish($0)] } ?? []
        case .tick, .resize, .stopping: return []
        }
    }

    public mutating func view(width: Int, height: Int) -> Frame {
        render(width: width, height: height)
    }

    public mutating func spoken(after old: PromptScreen?, input: ScreenInput?) -> Speech {
        let lines = PlainPrompt.lines(from: old, to: self, lang: (strings ?? Catalog(.en)).lang)
        // The help has been said; there is no panel to close, so the next key acts.
        if showingHelp { showingHelp = false }
        return Speech(lines, typed: fieldLabel != nil ? typedText : nil)
    }

    /// The field's text (named apart from `spoken`'s `input` parameter).
    private var typedText: String { input }
}

extension KeyBinding {
    /// "Enter  ta valget" → ("Enter", "ta valget"): the key column ends at the first run of two
    /// or more spaces; a line without one is all words.
    public static func split(_ line: String) -> (String, String) {
        guard let gap = line.range(of: "  ") else { return ("", line) }
        let key = line[..<gap.lowerBound]
        let text = line[gap.upperBound...].drop(while: { $0 == " " })
        return (String(key), String(text))
    }
}
