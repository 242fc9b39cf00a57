import RundeCore

/// Why a theme was refused: what went wrong, in which file, and on which line.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of problem, for tests and for callers that react differently.
    public enum Kind: String, Equatable, Sendable {
        /// Not valid TOML (or not UTF-8, or a NUL byte).
        case syntax
        /// A key Runde does not know: a top-level key, a role, or a role attribute.
        case unknownKey
        /// A colour that is not a name, a 0–255 index or `#rrggbb`.
        case badColor
        /// A value of the wrong TOML type (`bold = "yes"`).
        case wrongType
        /// A value of the right type that is still not acceptable (control characters in `name`).
        case badValue
        /// No theme by that name, or no such file.
        case notFound
        /// The file exists but could not be read, or is too large.
        case unreadable
    }

    public var kind: Kind
    /// The file (or `bundled:NAME`) the theme came from.
    public var source: String
    /// 1-based line of the problem, when it has one.
    public var line: Int?
    /// What is wrong, in one sentence.
    public var message: String

    public init(_ kind: Kind, source: String, line: Int?, message: String) {
        self.kind = kind
        self.source = source
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message` (or `FILE: message` without a line), safe to print on a terminal.
    public var description: String {
        let file = TextSafety.sanitize(source)
        let text = TextSafety.sanitize(message)
        if let line { return "\(file):\(line): \(text)" }
        return "\(file): \(text)"
    }
}
