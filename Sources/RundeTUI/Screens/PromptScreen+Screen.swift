import RundeCore
import RundeText

/// A prompt under the screen contract: its keymap (the list, Enter, the field, its own
/// letters, Esc, `q`, `?`) is what its footer and `?` show; plain mode reads it with
/// `PlainPrompt`.
extension PromptScreen: Screen {
    public typealias Outcome = Result

    /// Every key of this prompt, in the order `?` lists them and the footer shows them: the
    /// list, Enter, the prompt's letters, Esc, `q`, `?`. A binding with a label is in the
    /// footer (`footerItems`).
    public var keymap: [KeyBinding] {
        let c = strings ?? Catalog(.en)
        var out: [KeyBinding] = []
        if !choices.isEmpty {
            out.append(
                .words(
                    "move", keys: [.up, .down], label: moveLabel ?? "",
                    help: c[.promptHelpChoose]))
        }
        if fieldLabel != nil {
            out.append(
                .words(
                    "type", keys: [.enter], label: enterLabel ?? "",
                    help: c[.promptHelpType]))
        } else if !choices.isEmpty || enterLabel != nil {
            out.append(
                .words(
                    "enter", keys: [.enter], label: enterLabel ?? "",
                    help: enterHelp ?? c[.promptHelpEnter]))
        }
        out += keys.map { k in
            KeyBinding(
                "letter-\(k.letter)", keys: Self.letterKeys(k.letter), cap: String(k.letter),
                label: k.short, help: k.words)
        }
        // Esc goes back one screen; on a top screen it stays and says that q quits.
        out.append(
            isTopScreen
                ? .words("escape", keys: [.escape], help: c[.promptHelpEscTop])
                : .words("escape", keys: [.escape], label: c[.keyBack], help: c[.promptHelpEsc]))
        if fieldLabel == nil {
            if !keys.contains(where: { $0.letter == "q" }) {
                out.append(
                    .words(
                        "quit", keys: [.char("q"), .char("Q")], label: c[.keyQuit],
                        help: c[.promptHelpQuit]))
            }
            out.append(
                .words(
                    "help", keys: [.char("?"), .function(1)], capKeys: [.char("?")],
                    label: c[.keyHelp], help: c[.promptHelpHelp]))
        } else {
            out.append(
                .words("help", keys: [.function(1)], label: c[.keyHelp], help: c[.promptHelpHelp]))
        }
        return out
    }

    /// The footer as one line of keys ("↑/↓ velg · Enter start møtet · q avslutt"), as plain
    /// mode says it; the drawn footer adds `?`.
    public var footer: String { footerItems(withHelp: false).joined(separator: " · ") }

    /// The keymap's bindings that have a place in the footer, in its order.
    func footerItems(withHelp: Bool, narrow: Bool = false) -> [String] {
        keymap.filter { b in
            (b.name == "move" || b.name == "enter" || !b.label.isEmpty)
                && (withHelp || b.name != "help")
        }
        .map { b in
            guard narrow, let k = keys.first(where: { "letter-\($0.letter)" == b.name }),
                let word = k.narrow
            else { return b.footerItem }
            return "\(k.letter) \(word)"
        }
    }

    static func letterKeys(_ letter: Character) -> [Key] {
        let upper = Character(letter.uppercased())
        return upper == letter ? [.char(letter)] : [.char(letter), .char(upper)]
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
