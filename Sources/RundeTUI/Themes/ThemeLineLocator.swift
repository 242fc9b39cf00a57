/// Finds the line of a key in TOML text, for error messages about valid TOML with bad content.
///
/// It is not a TOML parser (TOMLKit has already accepted the text): it only tracks `[table]`
/// headers and `key = value` lines, dotted and quoted keys included, and skips multi-line strings.
struct ThemeLineLocator {
    /// Every table header and key definition, with its full dotted path and 1-based line.
    private(set) var entries: [(path: [String], line: Int)] = []

    init(text: String) {
        var table: [String] = []
        var openMultiline: String?  // the delimiter of a multi-line string in progress
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = index + 1
            let s = Substring(raw).drop(while: { $0 == " " || $0 == "\t" })
            if let delimiter = openMultiline {
                if ThemeLineLocator.count(delimiter, in: s) % 2 == 1 { openMultiline = nil }
                continue
            }
            if s.isEmpty || s.hasPrefix("#") { continue }
            if s.hasPrefix("[") {
                let inner = s.drop(while: { $0 == "[" })
                let header = ThemeLineLocator.upTo("]", in: inner)
                table = ThemeLineLocator.keyPath(header)
                entries.append((table, line))
                continue
            }
            let key = ThemeLineLocator.upTo("=", in: s)
            guard key.count < s.count else { continue }
            entries.append((table + ThemeLineLocator.keyPath(key), line))
            let value = s.dropFirst(key.count + 1)
            for delimiter in ["\"\"\"", "'''"]
            where ThemeLineLocator.count(delimiter, in: value) % 2 == 1 {
                openMultiline = delimiter
                break
            }
        }
    }

    /// The line of `path`: its own definition, else the nearest enclosing definition (an inline
    /// table or a dotted parent), else the first definition inside it.
    func line(of path: [String]) -> Int? {
        if let exact = entries.first(where: { $0.path == path }) { return exact.line }
        var prefix = path
        while !prefix.isEmpty {
            prefix.removeLast()
            if let parent = entries.first(where: { $0.path == prefix }) { return parent.line }
        }
        return entries.first(where: { $0.path.starts(with: path) })?.line
    }

    /// The text before the first `stop` character that is outside quotes.
    private static func upTo(_ stop: Character, in s: Substring) -> Substring {
        var quote: Character?
        for i in s.indices {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == stop {
                return s[..<i]
            }
        }
        return s
    }

    /// Splits `a."b.c" . d` into `["a", "b.c", "d"]`.
    private static func keyPath(_ key: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c != " " && c != "\t" {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }

    private static func count(_ needle: String, in s: Substring) -> Int {
        s.ranges(of: needle).count
    }
}
