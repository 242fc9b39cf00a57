import RundeText

/// A key's cap made from the key itself, so no catalog text holds a key letter: "↑/↓" for the
/// arrows, "Enter", "Esc", "PgUp", "q" (a letter once: its capital is the same key).
extension KeyBinding {
    /// The caps of `keys` as the footer, `?` and the manual write them. Up and down (and left
    /// and right) are one cap, "↑/↓", unless `pairArrows` is false (the manual names each key);
    /// a letter's capital is not named again.
    public static func cap(_ keys: [Key], pairArrows: Bool = true) -> String {
        var names: [String] = []
        for k in keys {
            if case .char(let c) = k, c.isUppercase,
                keys.contains(.char(Character(c.lowercased()))), !distinctCapital(keys)
            {
                continue
            }
            let name = (pairArrows ? pairName(k, keys) : nil) ?? keyName(k)
            if !names.contains(name) { names.append(name) }
        }
        return names.joined(separator: " ")
    }

    /// "↑/↓" for an arrow whose opposite is bound too ("←/→", "+/-" likewise).
    private static func pairName(_ k: Key, _ keys: [Key]) -> String? {
        switch k {
        case .up, .down: keys.contains(.up) && keys.contains(.down) ? "↑/↓" : nil
        case .left, .right: keys.contains(.left) && keys.contains(.right) ? "←/→" : nil
        case .pageUp, .pageDown:
            keys.contains(.pageUp) && keys.contains(.pageDown) ? "PgUp/PgDn" : nil
        case .char("+"), .char("-"):
            keys.contains(.char("+")) && keys.contains(.char("-")) ? "+/-" : nil
        default: nil
        }
    }

    /// A binding whose cap is made from `capKeys` (all of `keys` when not given) and whose help
    /// is words only.
    public static func words(
        _ name: String, keys: [Key], capKeys: [Key]? = nil, label: String = "", help: String
    ) -> KeyBinding {
        KeyBinding(name, keys: keys, cap: cap(capKeys ?? keys), label: label, help: help)
    }

    /// `f`/`F` move the date opposite ways: there the capital is a key of its own.
    private static func distinctCapital(_ keys: [Key]) -> Bool {
        keys == [.char("f"), .char("F")]
    }

    /// One key's name, as the footer and the manual write it.
    public static func keyName(_ k: Key) -> String {
        switch k {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        // A paste is typing, never a bound key; named only for completeness.
        case .paste: return "Paste"
        }
    }
}
