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
                        if c.value == 0x1B { if scalars.first == "\\" { scalars = scalars.dropFirst() }; break }
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
            || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF || v == 0x2028 || v == 0x2029 {
            return true
        }
        return false
    }

    /// Replaces every whole-word, case-insensitive occurrence of any name with `replacement`.
    public static func scrub(_ text: String, names: [String], replacement: String = "…") -> String {
        var result = text
        let sorted = names.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        for name in sorted {
            result = replaceWord(name, in: result, with: replacement)
        }
        return result
    }

    private static func replaceWord(_ word: String, in text: String, with rep: String) -> String {
        let hay = Array(text)
        let needle = Array(word.lowercased())
        let lowered = hay.map { Character($0.lowercased()) }
        guard needle.count <= hay.count, !needle.isEmpty else { return text }
        var out: [Character] = []
        var i = 0
        while i < hay.count {
            if i + needle.count <= hay.count, Array(lowered[i..<(i + needle.count)]) == needle {
                let beforeOK = i == 0 || !(hay[i - 1].isLetter || hay[i - 1].isNumber)
                let j = i + needle.count
                let afterOK = j == hay.count || !(hay[j].isLetter || hay[j].isNumber)
                if beforeOK && afterOK {
                    out.append(contentsOf: rep)
                    i = j
                    continue
                }
            }
            out.append(hay[i])
            i += 1
        }
        return String(out)
    }
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
