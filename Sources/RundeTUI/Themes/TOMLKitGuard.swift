/// Works around crashes in toml++ 3.4 (TOMLKit 0.6): some malformed input fails an assertion
/// and aborts the process in debug builds (undefined behaviour in release builds):
/// - a table header whose key does not start with a key character (`[=]`, `[[[a]]]`, `[` at
///   the end of a line) trips `parse_key()` (fixed upstream in tomlplusplus PR #301);
/// - an array holding `}` or a Unicode line separator (`x = [}`) trips `parse_value()`.
///
/// Theme files never need arrays, so text is refused here, before TOMLKit sees it, when a
/// header is malformed or a `[` appears outside a header, a string or a comment. This is no
/// TOML parser: it only tracks strings and comments, which is enough because toml++ stops at
/// its first error, and up to that point it reads strings and comments exactly as done here.
enum TOMLKitGuard {
    /// The 1-based line and the reason of the first construct toml++ could crash on, or nil.
    static func firstProblem(in text: String) -> (line: Int, message: String)? {
        var scanner = StringScanner()
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            var line = Array(raw)
            if index == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            let isHeader = !scanner.inMultilineString && line.first(where: { !isBlank($0) }) == UInt8(ascii: "[")
            if isHeader && !headerStartsWell(line) {
                return (index + 1, "a table header must look like [roles.speaker]")
            }
            let bracket = scanner.scan(line)
            if bracket && !isHeader {
                return (index + 1, "arrays ([...]) are not used in theme files")
            }
        }
        return nil
    }

    /// True when the key of a header line starts with a key character (or the header is `[]`,
    /// `[ [`, which toml++ refuses cleanly).
    private static func headerStartsWell(_ line: [UInt8]) -> Bool {
        var i = line.firstIndex(where: { !isBlank($0) })! + 1
        let afterBracket = i
        while i < line.count, isBlank(line[i]) { i += 1 }
        if i < line.count, line[i] == UInt8(ascii: "[") {
            if i != afterBracket { return true }
            i += 1
            while i < line.count, isBlank(line[i]) { i += 1 }
        }
        guard i < line.count else { return false }
        return startsKey(line[i]) || line[i] == UInt8(ascii: "]")
    }

    private static func isBlank(_ c: UInt8) -> Bool { c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }

    /// A–Z, a–z, 0–9, `_`, `-`, or a quote: what a TOML key may start with.
    private static func startsKey(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// Follows TOML strings and comments line by line, carrying multi-line strings over.
    private struct StringScanner {
        /// The quote byte of an open multi-line string (`"""` or `'''`), or nil.
        private var multiline: UInt8?

        var inMultilineString: Bool { multiline != nil }

        /// Scans one line; true when it holds `[` or `]` outside strings and comments.
        mutating func scan(_ line: [UInt8]) -> Bool {
            let quote2 = UInt8(ascii: "\""), quote1 = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
            var bracket = false
            var i = 0
            var single: UInt8?  // the quote of an open single-line string
            while i < line.count {
                let c = line[i]
                if let q = multiline {
                    if q == quote2 && c == backslash { i += 2; continue }
                    if c == q && i + 2 < line.count && line[i + 1] == q && line[i + 2] == q {
                        // Up to two more quotes may end the string's content.
                        i += 3
                        while i < line.count, line[i] == q, extraQuotes(line, before: i, q) < 2 { i += 1 }
                        multiline = nil
                        continue
                    }
                    i += 1
                } else if let q = single {
                    if q == quote2 && c == backslash { i += 2; continue }
                    if c == q { single = nil }
                    i += 1
                } else if c == quote2 || c == quote1 {
                    if i + 2 < line.count && line[i + 1] == c && line[i + 2] == c {
                        multiline = c
                        i += 3
                    } else {
                        single = c
                        i += 1
                    }
                } else if c == UInt8(ascii: "#") {
                    break
                } else {
                    if c == UInt8(ascii: "[") || c == UInt8(ascii: "]") { bracket = true }
                    i += 1
                }
            }
            return bracket
        }

        /// How many quotes beyond the closing three precede index `i`.
        private func extraQuotes(_ line: [UInt8], before i: Int, _ q: UInt8) -> Int {
            var n = 0
            var j = i - 1
            while j >= 0, line[j] == q { n += 1; j -= 1 }
            return n - 3
        }
    }
}
