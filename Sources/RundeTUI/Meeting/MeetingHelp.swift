import RundeCore
import RundeText

/// The meeting's keys for the screen contract and the manual: `MeetingKeymap`'s table as
/// `KeyBinding`s for the state the meeting is in (a dialog has its own keys), and every key
/// the meeting binds in words for `runde _keys` (the man page's KEYS). The caps are made from
/// the keys themselves and the words come from the catalog, so no text holds a key letter.
public enum MeetingHelp {
    /// The manual's words for each binding of `MeetingKeymap.bindings`, by name. A binding
    /// missing here fails a test, so the manual cannot lack a key.
    public static let words: [String: any CatalogKey] = [
        "enter": MeetingText.helpEnter, "undo": MeetingText.helpUndo,
        "pass": RoundText.helpPass, "move": MeetingText.helpMove,
        "space": RoundText.helpSpace, "cardScroll": MeetingText.helpCardScroll,
        "pause": RoundText.helpPause, "plusMinus": MeetingText.helpPlusMinus,
        "late": CheckInText.helpLate, "mode": MeetingText.helpMode,
        "closing": MeetingText.helpClosing, "talk": CardText.helpTalk,
        "rules": CardText.helpEditRules, "followUp": NextMeetingText.helpFollowUp,
        "skip": MeetingText.helpSkipPhase, "later": MeetingText.helpReorder,
        "propose": MeetingText.helpPropose,
        "clear": MeetingText.helpClearTheme, "help": MeetingText.meetingHelpHelp,
        "quit": MeetingText.helpQuit,
    ]

    /// A note after the keys, with no key of its own (check-in).
    public static let notes: [CheckInText] = [.helpCheckIn]

    /// Every key the meeting binds, as (keys, words) for the manual, in the keymap's order.
    public static func manual(_ s: Catalog) -> [(cap: String, words: String)] {
        MeetingKeymap.bindings.map { b in
            (cap(b.keys), words[b.name].map { s.text($0) } ?? b.name)
        }
    }

    /// The keys of a dialog in the meeting (a question, the quit question): yes, no.
    public static func dialogManual(_ s: Catalog) -> [(cap: String, words: String)] {
        [
            (cap(yesKeys), s[.helpYes]),
            (cap([.escape, .char("n")]), s[.helpEsc]),
        ]
    }

    static let yesKeys: [Key] = [.char("j"), .char("J"), .char("y"), .char("Y")]

    /// The keys as the manual names them: a letter once (its capital is the same key, unless
    /// the capital does something else), the others by name ("PgDn", "Tab", "F1").
    public static func cap(_ keys: [Key]) -> String { KeyBinding.cap(keys, pairArrows: false) }
}

extension MeetingKeymap {
    /// The keys of the meeting screen in `model` for the screen contract: the keymap's table
    /// (offered, or not now with the reason), or a dialog's own keys while one is open.
    public static func keyBindings(_ model: MeetingModel) -> [KeyBinding] {
        let s = model.strings
        guard model.overlay == .none else {
            return FooterKeys.items(model).map { cap, label in
                KeyBinding(
                    "dialog-\(cap)", keys: dialogKeys(cap, s), cap: cap, label: label, help: label)
            }
        }
        return bindings.map { b in
            let cap = b.cap(model)
            let label = b.label(model)
            // Esc with nothing to close or clear says how to leave instead (`MeetingController`).
            let why =
                b.name == "clear"
                ? s[.resumeEscHint]
                : b.keys.first.flatMap { whyNot($0, model) }
                    ?? s.f(.keyNotNow, helpCap(cap, s), label)
            return KeyBinding(
                b.name, keys: b.keys, cap: cap, label: label, help: b.help(model),
                offer: offers(b, model) ? .offered : .notNow(why))
        }
    }

    /// The keys a dialog's footer cap stands for.
    static func dialogKeys(_ cap: String, _ s: Catalog) -> [Key] {
        switch cap {
        case s[.keyEnter]: return [.enter]
        case "Esc": return [.escape]
        case s[.yesLetter]: return MeetingHelp.yesKeys
        case "↑/↓": return [.up, .down]
        case "←/→/↑/↓": return [.left, .right, .up, .down]
        default: return []
        }
    }
}
