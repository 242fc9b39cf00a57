import RundeCore

/// Why a theme was refused: what went wrong, in which file, and on which line. What is wrong is
/// a typed `ThemeProblem`, worded in the user's language by whoever shows it
/// (`Catalog.words(_:)`); `description` is English, for tests and developers.
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
    /// What is wrong, with its values.
    public var problem: ThemeProblem

    public init(_ kind: Kind, source: String, line: Int?, problem: ThemeProblem) {
        self.kind = kind
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// What is wrong, in English.
    public var message: String { problem.description }

    /// `FILE:LINE: message` (or `FILE: message` without a line), in English, safe to print.
    public var description: String {
        let file = TextSafety.sanitize(source)
        let text = TextSafety.sanitize(message)
        if let line { return "\(file):\(line): \(text)" }
        return "\(file): \(text)"
    }
}

/// What is wrong with a theme file or a `--theme` value, with the values a message needs.
/// Values from the file (`value`, `key`) are raw; whoever words them makes them safe.
public enum ThemeProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as TOML at all.
    case text(TOMLTextProblem)
    case tooLarge(kib: Int)
    case isAFolder
    case cannotRead
    case notANameOrPath
    case noSuchTheme(known: [String])
    case noSuchFile
    case unknownKey(String, allowed: [String])
    case unknownRole(String, allowed: [String])
    case unknownAttribute(String, role: String, allowed: [String])
    case wrongType(key: String, expected: TOMLValueKind, found: TOMLValueKind)
    case badColor(value: String, key: String)
    case controlCharacters(key: String)
    case emptyName
    case nameTooLong(max: Int)

    public var description: String {
        func q(_ s: String) -> String { ThemeProblem.quoted(s) }
        switch self {
        case .text(let p): return p.description
        case .tooLarge(let k): return "larger than \(k) KiB; not a theme file"
        case .isAFolder: return "is a folder, not a theme file"
        case .cannotRead: return "cannot be read"
        case .notANameOrPath: return "not a theme name or a theme file path"
        case .noSuchTheme(let known):
            return "no such theme; themes: \(known.joined(separator: ", "))"
        case .noSuchFile: return "no such file"
        case .unknownKey(let k, let allowed):
            return "unknown key \(q(k)); a theme file has \(allowed.joined(separator: ", "))"
        case .unknownRole(let r, let allowed):
            return "unknown role \(q(r)); roles are \(allowed.joined(separator: ", "))"
        case .unknownAttribute(let a, let role, let allowed):
            return
                "unknown attribute \(q(a)) in roles.\(role); attributes are \(allowed.joined(separator: ", "))"
        case .wrongType(let key, let e, let f): return "\(key) must be \(e), not \(f)"
        case .badColor(let v, let key):
            return
                "bad colour \(q(v)) for \(key); use default, a colour name, bright-<name>, 0–255 or \"#rrggbb\""
        case .controlCharacters(let key): return "\(key) must not contain control characters"
        case .emptyName: return "name must not be empty"
        case .nameTooLong(let m): return "name is longer than \(m) characters"
        }
    }

    /// A value from the file, quoted and cut short, safe to print.
    public static func quoted(_ s: String) -> String { "\"" + cut(s) + "\"" }

    /// A value from the file cut short and safe to print (the catalog's text quotes it).
    public static func cut(_ s: String) -> String {
        let clean = TextSafety.sanitize(s)
        return clean.count > 40 ? clean.prefix(40) + "…" : clean
    }
}
