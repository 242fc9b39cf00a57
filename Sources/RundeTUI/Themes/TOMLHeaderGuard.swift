/// Works around a crash in toml++ 3.4 (TOMLKit 0.6): a table header whose key does not start
/// with a key character (`[=`, `[[[`, `[` at the end of a line) fails an assertion in
/// `parse_key()` and aborts the process in debug builds (fixed upstream in tomlplusplus PR #301).
/// Such lines are refused here, before TOMLKit sees the text.
///
/// toml++ only reads headers at the start of a line after spaces or tabs, so a line check is
/// enough. It could also catch such a line inside a multi-line string, but a theme file has
/// no valid place for a string with a line break, so such a file is refused anyway.
enum TOMLHeaderGuard {
    /// The 1-based line of the first header toml++ would crash on, or nil.
    static func firstUnsafeHeaderLine(in text: String) -> Int? {
        for (index, raw) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var line = raw[...]
            if index == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            line = skipBlanks(line)
            guard line.first == UInt8(ascii: "[") else { continue }
            line = line.dropFirst()
            let afterBlanks = skipBlanks(line)
            if afterBlanks.first == UInt8(ascii: "[") {
                // `[ [` is refused cleanly by toml++; `[[` opens an array-of-tables header.
                if afterBlanks.count != line.count { continue }
                line = skipBlanks(line.dropFirst())
            } else {
                line = afterBlanks
            }
            guard let c = line.first, startsKey(c) || c == UInt8(ascii: "]") else { return index + 1 }
        }
        return nil
    }

    private static func skipBlanks(_ s: Substring.UTF8View.SubSequence) -> Substring.UTF8View.SubSequence {
        s.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

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
}
