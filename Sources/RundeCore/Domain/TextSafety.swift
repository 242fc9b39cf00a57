import Foundation

/// Text hygiene: strips control characters and escape sequences, and scrubs names from text.
public enum TextSafety {
    /// True when the text holds a control character, an escape, or a bidi/zero-width control.
    public static func containsUnsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    /// Removes C0/C1 controls (including ESC and whole CSI/OSC sequences), DEL, and bidi /
    /// zero-width formatting characters. Safe to draw on a terminal.
    public static func sanitize(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s.value == 0x1B || s.value == 0x9B || s.value == 0x9D {
                // Skip an escape sequence: CSI ... final byte, OSC ... BEL/ST, or ESC + one char.
                let isCSI = s.value == 0x9B || scalars.first == "["
                let isOSC = s.value == 0x9D || scalars.first == "]" || scalars.first == "P"
                if s.value == 0x1B, !scalars.isEmpty { scalars = scalars.dropFirst() }
                if isCSI {
                    while let c = scalars.first {
                        scalars = scalars.dropFirst()
                        if (0x40...0x7E).contains(c.value) { break }
                    }
                } else if isOSC {
                    while let c = scalars.first {
                        scalars = scalars.dropFirst()
                        if c.value == 0x07 || c.value == 0x9C { break }
                        if c.value == 0x1B {
                            if scalars.first == "\\" { scalars = scalars.dropFirst() }
                            break
                        }
                    }
                }
                continue
            }
            if isUnsafe(s) { continue }
            out.append(s)
        }
        return String(out)
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        // bidi controls and zero-width characters that can hide or reorder text
        // (ZWNJ and ZWJ, U+200C/U+200D, are allowed: scripts and emoji sequences need them.)
        if v == 0x200B || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF || v == 0x2028
            || v == 0x2029
        {
            return true
        }
        return false
    }

    /// Scrubs names from free text (DESIGN §2, `NameScrubber`): a word is replaced by
    /// `replacement` when its folded form (`NameFolding`) is a name, the name's genitive (Karis,
    /// Kari's) or one part of a hyphen compound (Kari-saken); for names of five letters or more,
    /// also when it contains the name (superquixtamar). Ordinary words that merely begin with a
    /// short name survive ("Livet" for Liv). Every default-ignorable code point is removed from
    /// the result, so what is saved is what was matched.
    public static func scrub(_ text: String, names: [String], replacement: String = "…") -> String {
        NameScrubber(names: names).scrub(text, replacement: replacement)
    }

    /// True when `scrub` would change the text.
    public static func wouldScrub(_ text: String, names: [String]) -> Bool {
        scrub(text, names: names) != text
    }

    /// A name or word in the form names are compared in (`NameFolding.fold`).
    public static func fold(_ text: String) -> String { NameFolding.fold(text) }
}

extension String {
    /// Trims spaces, tabs and newlines at both ends.
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
