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

    /// Scrubs names from free text (DESIGN §2): a word is replaced by `replacement` when it
    /// begins with a name (Karis, Kari-saken), or contains a name of five letters or more
    /// (superquixtamar), comparing without case or diacritics (Bjørnulfs ~ Bjornulf, decomposed å).
    /// A one-letter name (an initial) only takes a word that is that letter alone.
    /// A name of several words counts as each of its words and as the words run together.
    public static func scrub(_ text: String, names: [String], replacement: String = "…") -> String {
        let keys = nameKeys(names)
        if keys.isEmpty { return text }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            out += wordMatches(word, keys) ? replacement : word
            word = ""
        }
        for c in text {
            if isWordCharacter(c) || (isJoiner(c) && !word.isEmpty) {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }

    /// True when `scrub` would change the text.
    public static func wouldScrub(_ text: String, names: [String]) -> Bool {
        scrub(text, names: names) != text
    }

    /// A name or word reduced for comparison: lower case, diacritics removed (ø→o, æ→ae, ß→ss,
    /// å and aa→a, decomposed marks dropped), letters and digits only.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch s {
            case "ø": out.append("o")
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            case "đ", "ð": out.append("d")
            case "ł": out.append("l")
            case "þ": out.append(contentsOf: "th".unicodeScalars)
            case "ı": out.append("i")
            default:
                if s.properties.isAlphabetic || s.properties.numericType != nil { out.append(s) }
            }
        }
        // "aa" is the old spelling of å (Aase, Kaare): both fold to "a".
        var folded = String.UnicodeScalarView()
        for s in out where !(s == "a" && folded.last == "a") { folded.append(s) }
        return String(folded)
    }

    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
            || c.unicodeScalars.allSatisfy {
                switch $0.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: return true
                default: return false
                }
            }
    }

    /// Hyphens and apostrophes join the parts of one word (Kari-saken, Kari's, Kari’s).
    private static func isJoiner(_ c: Character) -> Bool {
        c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" || c == "\u{2011}" || c == ":"
    }

    private static func nameKeys(_ names: [String]) -> Set<String> {
        var keys = Set<String>()
        for name in names {
            let parts = name.split(whereSeparator: { !isWordCharacter($0) }).map {
                fold(String($0))
            }.filter { !$0.isEmpty }
            keys.formUnion(parts)
            let whole = parts.joined()
            if !whole.isEmpty { keys.insert(whole) }
        }
        return keys
    }

    private static func wordMatches(_ word: String, _ keys: Set<String>) -> Bool {
        let segments = word.split(whereSeparator: { !isWordCharacter($0) }).map { fold(String($0)) }
            .filter { !$0.isEmpty }
        let whole = segments.joined()
        if whole.isEmpty { return false }
        for key in keys {
            if key.count == 1 {
                if segments.contains(key) { return true }
                continue
            }
            if whole.hasPrefix(key) || segments.contains(where: { $0.hasPrefix(key) }) {
                return true
            }
            if key.count >= 5, whole.contains(key) { return true }
        }
        return false
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
