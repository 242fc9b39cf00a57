import TOMLKit

/// Refuses TOML that would crash toml++ 3.4 (inside TOMLKit 0.6) before TOMLKit sees it.
///
/// Some malformed input fails an assertion and aborts the process in debug builds (undefined
/// behaviour in release builds):
/// - a table header whose key does not start with a key character (`[=]`, `[[[a]]]`, `[` at
///   the end of a line) trips `parse_key()` (fixed upstream in tomlplusplus PR #301);
/// - an array whose next value starts with `}` or a Unicode line break (U+2028, U+2029,
///   U+0085), as in `x = [}` or `x = [1, }`, trips `parse_value()`.
///
/// This is no TOML parser. It follows strings, comments and open arrays and inline tables,
/// which is enough: toml++ stops at its first error, and up to that point it reads these
/// exactly as done here. Theme files never need arrays, so they can be refused outright
/// (`arrays: .refused`); a group file holds a list of members (`arrays: .allowed`), and then
/// only the crashing forms are refused.
public enum TOMLKitGuard {
    /// Whether arrays are refused outright or only in the forms that crash toml++.
    public enum Arrays: Sendable { case refused, allowed }

    /// Why the text was refused; the one who shows it words it in the user's language.
    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// U+2028, U+2029 or U+0085 outside a string.
        case lineSeparator
        /// A table header whose key does not start well; `example` shows a good one.
        case badHeader(example: String)
        /// An array whose next value starts with `}`.
        case strayBrace
        /// An array in a file that has none (a theme file).
        case arrayNotAllowed

        /// In English, for tests and developers.
        public var description: String {
            switch self {
            case .lineSeparator: return "a Unicode line separator outside a string"
            case .badHeader(let example): return "a table header must look like \(example)"
            case .strayBrace: return "an array holds a stray '}'"
            case .arrayNotAllowed: return "arrays ([...]) are not used in theme files"
            }
        }
    }

    /// The 1-based line and the reason of the first construct toml++ could crash on, or nil.
    /// `headerExample` is shown in the message about a malformed table header.
    public static func firstProblem(
        in text: String, arrays: Arrays = .refused,
        headerExample: String = "[roles.speaker]"
    ) -> (line: Int, problem: Problem)? {
        var scanner = Scanner(bytes: Array(text.utf8), arrays: arrays, headerExample: headerExample)
        return scanner.run()
    }

    /// The state of one pass over the text.
    private struct Scanner {
        let bytes: [UInt8]
        let arrays: Arrays
        let headerExample: String
        var i = 0
        var line = 1
        var lineStart = true
        /// Open arrays (true) and inline tables (false), innermost last.
        var open: [Bool] = []
        /// True right after `[` or `,` in an array: the next thing must be a value or `]`.
        var expectValue = false

        init(bytes: [UInt8], arrays: Arrays, headerExample: String) {
            self.bytes = bytes
            self.arrays = arrays
            self.headerExample = headerExample
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        mutating func run() -> (line: Int, problem: Problem)? {
            while i < bytes.count {
                let c = bytes[i]
                if c == nl {
                    line += 1
                    lineStart = true
                    i += 1
                    continue
                }
                if c == space || c == tab {
                    i += 1
                    continue
                }
                if let n = unicodeLineBreakLength(at: i) {
                    _ = n
                    return (line, .lineSeparator)
                }
                if c == hash {
                    skipComment()
                    continue
                }
                if lineStart && open.isEmpty && c == lbracket {
                    if !headerStartsWell() { return (line, .badHeader(example: headerExample)) }
                    skipHeader()
                    continue
                }
                lineStart = false
                if expectValue && c == rbrace { return (line, .strayBrace) }
                if c == rbracket, open.last == true {
                    open.removeLast()
                    expectValue = false
                    i += 1
                    continue
                }
                expectValue = false
                switch c {
                case lbracket:
                    if arrays == .refused { return (line, .arrayNotAllowed) }
                    open.append(true)
                    expectValue = true
                    i += 1
                case rbracket:
                    if arrays == .refused { return (line, .arrayNotAllowed) }
                    i += 1
                case lbrace:
                    open.append(false)
                    i += 1
                case rbrace:
                    if open.last == false { open.removeLast() }
                    i += 1
                case comma:
                    if open.last == true { expectValue = true }
                    i += 1
                case quote2, quote1:
                    skipString()
                default:
                    i += 1
                }
            }
            return nil
        }

        /// The length of U+2028, U+2029 or U+0085 at `k`, or nil.
        func unicodeLineBreakLength(at k: Int) -> Int? {
            if bytes[k] == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0x85 { return 2 }
            if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80,
                bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9
            {
                return 3
            }
            return nil
        }

        mutating func skipComment() {
            while i < bytes.count, bytes[i] != nl { i += 1 }
        }

        /// True when the key of the header at `i` starts with a key character (or the header is
        /// `[]` or `[ [`, which toml++ refuses cleanly).
        func headerStartsWell() -> Bool {
            var k = i + 1
            let afterBracket = k
            while k < bytes.count, isBlank(bytes[k]) { k += 1 }
            if k < bytes.count, bytes[k] == lbracket {
                if k != afterBracket { return true }
                k += 1
                while k < bytes.count, isBlank(bytes[k]) { k += 1 }
            }
            guard k < bytes.count else { return false }
            return startsKey(bytes[k]) || bytes[k] == rbracket
        }

        /// Skips a header line up to its end, passing over quoted keys.
        mutating func skipHeader() {
            lineStart = false
            while i < bytes.count, bytes[i] != nl {
                if bytes[i] == quote2 || bytes[i] == quote1 {
                    let before = line
                    skipString()
                    if line != before { return }
                } else if bytes[i] == hash {
                    skipComment()
                } else {
                    i += 1
                }
            }
        }

        /// Skips a string starting at `i`: basic or literal, single- or multi-line.
        mutating func skipString() {
            let q = bytes[i]
            if i + 2 < bytes.count, bytes[i + 1] == q, bytes[i + 2] == q {
                i += 3
                while i < bytes.count {
                    let c = bytes[i]
                    if q == quote2 && c == backslash {
                        advance(2)
                        continue
                    }
                    if c == q, i + 2 < bytes.count, bytes[i + 1] == q, bytes[i + 2] == q {
                        // Up to two more quotes may end the string's content.
                        i += 3
                        var extra = 0
                        while i < bytes.count, bytes[i] == q, extra < 2 {
                            i += 1
                            extra += 1
                        }
                        return
                    }
                    advance(1)
                }
                return
            }
            i += 1
            while i < bytes.count {
                let c = bytes[i]
                if c == nl { return }  // toml++ stops here with an error
                if q == quote2 && c == backslash {
                    if i + 1 < bytes.count, bytes[i + 1] == nl {
                        i += 1
                        return
                    }
                    i += 2
                    continue
                }
                i += 1
                if c == q { return }
            }
        }

        /// Moves on `n` bytes inside a multi-line string, counting lines.
        mutating func advance(_ n: Int) {
            for _ in 0..<n where i < bytes.count {
                if bytes[i] == nl { line += 1 }
                i += 1
            }
        }
    }

    private static func isBlank(_ c: UInt8) -> Bool { c == space || c == tab }

    /// A–Z, a–z, 0–9, `_`, `-`, or a quote: what a TOML key may start with.
    private static func startsKey(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), quote2,
            quote1:
            return true
        default:
            return false
        }
    }
}

/// Why a TOML text (a group file, a theme file) could not be read at all, before any key is
/// looked at; shared by both readers and worded once.
public enum TOMLTextProblem: Equatable, Sendable, CustomStringConvertible {
    /// The text holds NUL bytes: not a text file.
    case nulByte
    case notUTF8
    /// A construct the TOML reader could crash on, refused before it is read.
    case guarded(TOMLKitGuard.Problem)
    /// The TOML reader refused the text; `detail` is the reader's own (English) words.
    case notTOML(detail: String?)

    /// In English, for tests and developers.
    public var description: String {
        switch self {
        case .nulByte: return "not a text file (it contains NUL bytes)"
        case .notUTF8: return "not UTF-8 text"
        case .guarded(let p): return "not valid TOML (\(p))"
        case .notTOML(let d): return d.map { "not valid TOML (\($0))" } ?? "not valid TOML"
        }
    }
}

extension TOMLValueKind {
    /// The kind of a value TOMLKit read.
    public init(_ type: TOMLType) {
        switch type {
        case .string: self = .string
        case .int: self = .wholeNumber
        case .double: self = .decimalNumber
        case .bool: self = .trueFalse
        case .array: self = .list
        case .table: self = .table
        case .date, .time, .dateTime: self = .dateOrTime
        }
    }
}

private let nl = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let hash = UInt8(ascii: "#")
private let comma = UInt8(ascii: ",")
private let lbracket = UInt8(ascii: "[")
private let rbracket = UInt8(ascii: "]")
private let lbrace = UInt8(ascii: "{")
private let rbrace = UInt8(ascii: "}")
private let quote2 = UInt8(ascii: "\"")
private let quote1 = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")
