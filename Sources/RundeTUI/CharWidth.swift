#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Display widths as the terminal computes them: ncurses (and tmux) give each Unicode scalar
/// its `wcwidth`, so a grapheme is as wide as the sum of its scalars. Widths come from glibc's
/// tables under the C.UTF-8 locale (set per thread, whatever the process locale is), with a
/// fast path for the characters Runde draws most.
public enum CharWidth {
    /// Width of one scalar: 0 (combining, format), 1, or 2 (wide). Control characters give 0.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || v == 0x7F { return 0 }
        if v < 0x7F { return 1 }
        if (0xA0..<0x300).contains(v) || (0x2500..<0x25A0).contains(v) { return 1 }
        return system(v) ?? fallback(s)
    }

    /// Width of a grapheme: the sum of its scalars' widths.
    public static func of(_ c: Character) -> Int { c.unicodeScalars.reduce(0) { $0 + of($1) } }

    #if canImport(Glibc)
        private static func system(_ v: UInt32) -> Int? {
            guard let loc = utf8Locale else { return nil }
            let old = uselocale(loc)
            defer { uselocale(old) }
            let w = glibcWcwidth(Int32(bitPattern: v))
            return w < 0 ? 0 : Int(w)
        }

        /// A locale handle that lives for the whole process (never freed, by design).
        nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(
            LC_CTYPE_MASK, "C.UTF-8", nil)
    #else
        private static func system(_ v: UInt32) -> Int? { nil }
    #endif

    /// Used when the C.UTF-8 locale is missing: Unicode properties approximate glibc's tables.
    static func fallback(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 }
        if s.properties.isEmojiPresentation { return 2 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }
}

#if canImport(Glibc)
    /// glibc's wcwidth(3), which the Glibc module does not export (wchar_t is 32 bits on Linux).
    @_silgen_name("wcwidth")
    private func glibcWcwidth(_ c: Int32) -> Int32
#endif
