/// Checks on group names and member labels, shared by the group file parser and the commands.
///
/// Messages never repeat a label back (it might hold escape sequences); they name the member
/// by its position instead, counting from 1.
public enum GroupValidation {
    public static let maxNameLength = 80
    public static let maxLabelLength = 40
    public static let minMembers = 2
    public static let maxMembers = 50
    /// Accepted values of `[settings] language` ("" follows LANG).
    public static let languages = ["", "nb", "nn", "no", "en"]

    /// The ranges of the group file's numbers, in one place: the loader, `validate` and
    /// `group edit` all check them here, so no number that reaches the domain can overflow it.
    /// (A weekly group holds about 5,200 meetings in a hundred years.)
    public static let meetingsHeldRange = 0...99_999
    public static let horizonRange = 1...500
    public static let starterMeetingsRange = 1...100
    public static let agendaMinutesRange = 1...300
    public static let rhythmEarlyMeetingsRange = 0...100
    public static let rhythmDaysRange = 1...365
    public static let evaluationEveryRange = 1...500

    /// The first number of the group that is out of range: its key (`settings.turn_seconds`),
    /// the entry of a list it is in, and what is wrong; or nil when every number is fine.
    public static func numberProblem(_ group: GroupFile) -> (
        key: String, item: Int?, problem: GroupFileProblem
    )? {
        func outside(_ key: String, _ r: ClosedRange<Int>, _ v: Int, item: Int? = nil) -> (
            String, Int?, GroupFileProblem
        )? {
            r.contains(v)
                ? nil : (key, item, .outOfRange(min: r.lowerBound, max: r.upperBound, value: v))
        }
        if let p = outside("meetings_held", meetingsHeldRange, group.meetingsHeld) { return p }
        if !group.members.indices.contains(group.nextLeader) {
            return (
                "next_leader", nil,
                .notAMemberIndex(count: group.members.count, value: group.nextLeader)
            )
        }
        if let p = group.settings.plan.rangeProblem() {
            return outside("settings." + p.key, p.range, p.value)
        }
        if let h = group.horizon, let p = outside("horizon", horizonRange, h) { return p }
        if let s = group.starterMeetings,
            let p = outside("starter_meetings", starterMeetingsRange, s)
        {
            return p
        }
        let rhythm = group.settings.rhythm
        if let p = outside(
            "settings.rhythm_early_meetings", rhythmEarlyMeetingsRange, rhythm.earlyMeetings)
        {
            return p
        }
        if let p = outside("settings.rhythm_early_days", rhythmDaysRange, rhythm.earlyDays) {
            return p
        }
        if let p = outside("settings.rhythm_days", rhythmDaysRange, rhythm.laterDays) { return p }
        if let n = group.evaluationEvery,
            let p = outside("evaluation_every", evaluationEveryRange, n)
        {
            return p
        }
        for (i, step) in group.agenda.enumerated() {
            if let m = step.minutes,
                let p = outside("agenda.minutes", agendaMinutesRange, m, item: i + 1)
            {
                return p
            }
        }
        return nil
    }

    /// A problem with a group name, as a value the command line words in the user's language.
    public static func nameIssue(_ name: String) -> GroupProblem? {
        if TextSafety.containsUnsafe(name) { return .nameControlCharacters }
        if name.trimmingSpaces().isEmpty { return .nameEmpty }
        if name.count > maxNameLength { return .nameTooLong(max: maxNameLength) }
        return nil
    }

    /// A problem with the member labels (already trimmed), as a value. Labels from `newFrom` on
    /// are being added now and must also hold a letter or a digit (a name of emoji or dots
    /// alone cannot be told apart from the text around it); a file read back passes
    /// `labels.count`, so a group that already has such a name still opens.
    public static func membersIssue(_ labels: [String], newFrom: Int = 0) -> GroupProblem? {
        var seen: [String: Int] = [:]
        for (i, label) in labels.enumerated() {
            let n = i + 1
            if TextSafety.containsUnsafe(label) { return .memberControlCharacters(n) }
            if label.trimmingSpaces().isEmpty { return .memberEmpty(n) }
            if label != label.trimmingSpaces() { return .memberSpaces(n) }
            if label.count > maxLabelLength { return .memberTooLong(n, max: maxLabelLength) }
            if i >= newFrom, NameFolding.fold(label).isEmpty {
                return .memberNoLetters(n, label: label)
            }
            let key = label.lowercased()
            if let first = seen[key] { return .memberSame(n, as: first) }
            seen[key] = n
        }
        if labels.count < minMembers { return .tooFewMembers(min: minMembers, count: labels.count) }
        if labels.count > maxMembers {
            return .tooManyMembers(max: maxMembers, count: labels.count)
        }
        return nil
    }

    /// Splits a comma-separated member list and trims spaces around each label.
    public static func splitMembers(_ list: String) -> [String] {
        list.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingSpaces()
        }
    }
}

/// Why a group name or member list was refused; it names a member by position, never by label.
public enum GroupProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case nameControlCharacters, nameEmpty
    case nameTooLong(max: Int)
    case memberControlCharacters(Int)
    case memberEmpty(Int)
    case memberSpaces(Int)
    case memberTooLong(Int, max: Int)
    /// A new member's label holds no letter or digit (the label is free of control characters).
    case memberNoLetters(Int, label: String)
    case memberSame(Int, as: Int)
    case tooFewMembers(min: Int, count: Int)
    case tooManyMembers(max: Int, count: Int)

    /// In English, for tests and developers; whoever shows it words it from the catalog.
    public var description: String {
        switch self {
        case .nameControlCharacters: return "the group name contains control characters"
        case .nameEmpty: return "the group name is empty"
        case .nameTooLong(let m): return "the group name is longer than \(m) characters"
        case .memberControlCharacters(let n): return "member \(n) contains control characters"
        case .memberEmpty(let n): return "member \(n) is empty"
        case .memberSpaces(let n): return "member \(n) begins or ends with spaces"
        case .memberTooLong(let n, let m): return "member \(n) is longer than \(m) characters"
        case .memberSame(let n, let first): return "member \(n) is the same as member \(first)"
        case .memberNoLetters(let n, _): return "member \(n) has no letters or digits"
        case .tooFewMembers(let m, let c): return "a group needs at least \(m) members, not \(c)"
        case .tooManyMembers(let m, let c): return "a group can have at most \(m) members, not \(c)"
        }
    }
}
