/// Why a group file was refused: names the file, the key, the entry of a list and, when known,
/// the line. What is wrong is a typed `GroupFileProblem`; whoever shows it words it from the
/// catalog in the user's language. `description` is English, for tests and developers.
public struct GroupFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// The TOML key at fault ("settings.turn_seconds"), if the problem is with one key.
    public var key: String?
    public var line: Int?
    /// The 1-based entry of a list (a member, an `[[agenda]]` step), when the problem is in one.
    public var item: Int?
    public var problem: GroupFileProblem

    public init(
        file: String, key: String? = nil, line: Int? = nil, item: Int? = nil,
        problem: GroupFileProblem
    ) {
        self.file = file
        self.key = key
        self.line = line
        self.item = item
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ", line \(line)" }
        guard let key else { return "\(place): \(problem)" }
        if let item { return "\(place): \(key) (entry \(item)): \(problem)" }
        return "\(place): \(key): \(problem)"
    }
}

/// What is wrong with a group file or one of its keys, with the values a message needs.
public enum GroupFileProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as TOML at all.
    case text(TOMLTextProblem)
    case missing
    case wrongType(expected: TOMLValueKind, found: TOMLValueKind)
    case outOfRange(min: Int, max: Int, value: Int)
    /// `next_leader` is no index into `members`.
    case notAMemberIndex(count: Int, value: Int)
    case notADate
    /// A table was expected; `example` shows one (`[settings]`).
    case notATable(example: String)
    /// A list of tables was expected; `example` shows one (`[[agenda]]`).
    case notAList(example: String)
    case tooManyEntries(max: Int)
    case notALanguage
    case notAFormat
    case notAStepKind
    case notAChoice
    case controlCharacters
    /// `leaving` names someone who is not in `members`.
    case leavingNotAMember
    /// The name or the member list was refused.
    case group(GroupProblem)

    public var description: String {
        switch self {
        case .text(let p): return p.description
        case .missing: return "is missing"
        case .wrongType(let e, let f): return "must be \(e), not \(f)"
        case .outOfRange(let lo, let hi, let v): return "must be between \(lo) and \(hi), not \(v)"
        case .notAMemberIndex(let n, let v):
            return "must be an index into members (0 to \(n - 1)), not \(v)"
        case .notADate: return "must be a date written \"YYYY-MM-DD\""
        case .notATable(let ex): return "must be a table (\(ex))"
        case .notAList(let ex): return "must be a list of \(ex) tables"
        case .tooManyEntries(let m): return "has more than \(m) entries"
        case .notALanguage: return "must be \"nb\", \"en\" or empty (follow LANG)"
        case .notAFormat:
            return
                "must be \"first\", \"second\", \"regular\", \"custom\" or empty (chosen by meeting)"
        case .notAStepKind: return "must be card, round, sharing, closing_round or next_meeting"
        case .notAChoice: return "must be \"go_on\", \"end\" or \"later\""
        case .controlCharacters: return "contains control characters"
        case .leavingNotAMember: return "names someone who is not in members"
        case .group(let p): return p.description
        }
    }
}

/// The kind of a TOML value, as a message names it ("must be a whole number, not a string").
public enum TOMLValueKind: Equatable, Sendable, CustomStringConvertible {
    case string, wholeNumber, decimalNumber, trueFalse, list, table, dateOrTime
    /// Expected only: a list of strings (`["A", "B"]`).
    case listOfStrings
    /// Expected only: a colour (a name, 0–255 or `#rrggbb`).
    case colour

    public var description: String {
        switch self {
        case .string: return "a string"
        case .wholeNumber: return "a whole number"
        case .decimalNumber: return "a decimal number"
        case .trueFalse: return "true/false"
        case .list: return "a list"
        case .table: return "a table"
        case .dateOrTime: return "a date or time"
        case .listOfStrings: return "a list of strings"
        case .colour: return "a colour string or a number"
        }
    }
}
