/// Why a log or a journal could not be read, with the values a message needs. Whoever shows it
/// words it from the catalog; `description` is English, for tests and developers, and `code`
/// is a short stable form for the history's index cache.
public enum ReadProblem: Equatable, Sendable, CustomStringConvertible {
    case empty
    case notJSON
    /// The first line (a journal's header) ends without its newline and is not JSON.
    case cutOff
    case noHeaderLine
    case noSchema
    case missingField(String)
    case wrongType(at: String)
    case unreadableContent
    /// A number outside what Runde ever writes (`value` as written).
    case outOfRange(field: String, value: String)
    /// The file could not be read from the disk.
    case cannotRead
    /// Valid JSON, but not an object (`[]`, `"text"`, `7`): not a log at all.
    case notAnObject
    /// A value of the wrong kind: `at` is a path such as `phases[0].start_s`.
    case shouldBe(at: String, kind: ValueKind)
    /// A date that is not a real one (`2024-02-30`) or far outside any meeting's years.
    case badDate(field: String, value: String)

    /// What kind of value a field must hold.
    public enum ValueKind: String, Equatable, Sendable, CaseIterable {
        case wholeNumber = "whole_number"
        case number, text, list, object
        case trueOrFalse = "true_or_false"

        /// In English, for tests and developers.
        public var english: String {
            switch self {
            case .wholeNumber: return "a whole number"
            case .number: return "a number"
            case .text: return "text"
            case .list: return "a list"
            case .object: return "an object"
            case .trueOrFalse: return "true or false"
            }
        }
    }

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .notJSON: return "not valid JSON"
        case .cutOff: return "the header was cut off"
        case .noHeaderLine: return "no header line"
        case .noSchema: return "no schema field"
        case .missingField(let f): return "missing field \(f)"
        case .wrongType(let at): return "wrong type at \(at)"
        case .unreadableContent: return "invalid content"
        case .outOfRange(let f, let v): return "\(f) is out of range (\(v))"
        case .cannotRead: return "cannot be read"
        case .notAnObject: return "valid JSON, but not a Runde log"
        case .shouldBe(let at, let kind):
            return "\(at) must be \(kind.english)"
        case .badDate(let f, let v): return "\(f) is not a real date (\(v))"
        }
    }

    /// A short stable form (`missing:plan`, `range:duration_s=-5`).
    public var code: String {
        switch self {
        case .empty: return "empty"
        case .notJSON: return "not_json"
        case .cutOff: return "cut_off"
        case .noHeaderLine: return "no_header"
        case .noSchema: return "no_schema"
        case .missingField(let f): return "missing:" + f
        case .wrongType(let at): return "type:" + at
        case .unreadableContent: return "invalid"
        case .outOfRange(let f, let v): return "range:" + f + "=" + v
        case .cannotRead: return "unreadable"
        case .notAnObject: return "not_object"
        case .shouldBe(let at, let kind): return "kind:" + kind.rawValue + "=" + at
        case .badDate(let f, let v): return "date:" + f + "=" + v
        }
    }

    /// Reads `code` back; nil for anything else (an index written by an older Runde).
    public init?(code: String) {
        func rest(_ prefix: String) -> String? {
            code.hasPrefix(prefix) ? String(code.dropFirst(prefix.count)) : nil
        }
        switch code {
        case "empty": self = .empty
        case "not_json": self = .notJSON
        case "cut_off": self = .cutOff
        case "no_header": self = .noHeaderLine
        case "no_schema": self = .noSchema
        case "invalid": self = .unreadableContent
        case "unreadable": self = .cannotRead
        case "not_object": self = .notAnObject
        default:
            if let f = rest("missing:") {
                self = .missingField(f)
            } else if let at = rest("type:") {
                self = .wrongType(at: at)
            } else if let r = rest("kind:"), let eq = r.firstIndex(of: "="),
                let kind = ValueKind(rawValue: String(r[..<eq]))
            {
                self = .shouldBe(at: String(r[r.index(after: eq)...]), kind: kind)
            } else if let r = rest("date:"), let eq = r.firstIndex(of: "=") {
                self = .badDate(field: String(r[..<eq]), value: String(r[r.index(after: eq)...]))
            } else if let r = rest("range:"), let eq = r.firstIndex(of: "=") {
                self = .outOfRange(field: String(r[..<eq]), value: String(r[r.index(after: eq)...]))
            } else {
                return nil
            }
        }
    }
}
