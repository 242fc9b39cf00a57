import RundeCore
import TOMLKit

/// Parses theme files (TOML) into themes, refusing anything it does not understand.
///
/// A file has an optional `name` and `description` and a `[roles.<role>]` table per role, with
/// `fg`, `bg`, `bold`, `reverse`, `underline` and `dim`. A role the file leaves out is taken
/// whole from the base theme (the built-in default). A role the file does list is complete as
/// written: attributes it leaves out are off and colours it leaves out are the terminal's
/// default, so a role never mixes the file's intent with the default's colours.
/// An empty file is therefore a valid theme: the default under another name.
public enum ThemeParser {
    /// Files larger than this are refused rather than parsed.
    public static let maxBytes = 64 * 1024
    /// The longest accepted `name`.
    public static let maxNameLength = 64
    /// Attributes a role table may hold.
    public static let attributeKeys = ["fg", "bg", "bold", "reverse", "underline", "dim"]
    /// Keys allowed at the top of a file.
    public static let topLevelKeys = ["name", "description", "roles"]

    /// Parses theme text; `source` (a path, or `bundled:NAME`) names the file in errors.
    public static func parse(text: String, source: String) throws(ThemeError) -> Theme {
        try parseDocument(text: text, source: source).theme
    }

    /// Parses raw file bytes, refusing text that is not UTF-8.
    public static func parseDocument(
        bytes: [UInt8], source: String,
        base: Theme = .builtInDefault
    ) throws(ThemeError) -> ThemeDocument {
        guard bytes.count <= maxBytes else { throw tooLarge(source) }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                scalars.append(s)
            case .emptyInput: break loop
            case .error:
                throw ThemeError(.syntax, source: source, line: line, problem: .text(.notUTF8))
            }
        }
        return try parseDocument(text: String(scalars), source: source, base: base)
    }

    /// Parses theme text into the theme and its description. Roles the file leaves out come
    /// from `base`; a missing `name` is the file name without `.toml`.
    public static func parseDocument(
        text: String, source: String,
        base: Theme = .builtInDefault
    ) throws(ThemeError) -> ThemeDocument {
        guard text.utf8.count <= maxBytes else { throw tooLarge(source) }
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw ThemeError(.syntax, source: source, line: line, problem: .text(.nulByte))
        }
        if let problem = TOMLKitGuard.firstProblem(in: text, arrays: .refused) {
            throw ThemeError(
                .syntax, source: source, line: problem.line,
                problem: .text(.guarded(problem.problem)))
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line
            throw ThemeError(
                .syntax, source: source, line: line > 0 ? line : nil,
                problem: .text(.notTOML(detail: error.description)))
        } catch {
            throw ThemeError(
                .syntax, source: source, line: nil, problem: .text(.notTOML(detail: nil)))
        }
        var reader = ThemeTableReader(source: source, text: text)
        let document = reader.read(root, base: base, defaultName: defaultName(for: source))
        if let first = reader.errors.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
            throw first
        }
        return document
    }

    /// The theme name a file gets when it has no `name`: its file name without `.toml`.
    public static func defaultName(for source: String) -> String {
        var stem = Substring(source)
        if let cut = stem.lastIndex(where: { $0 == "/" || $0 == ":" }) {
            stem = stem[stem.index(after: cut)...]
        }
        if stem.hasSuffix(".toml") { stem = stem.dropLast(5) }
        let clean = TextSafety.sanitize(String(stem))
        return clean.isEmpty ? "theme" : clean
    }

    private static func tooLarge(_ source: String) -> ThemeError {
        ThemeError(.unreadable, source: source, line: nil, problem: .tooLarge(kib: maxBytes / 1024))
    }
}
