/// The one editor of a group's settings and members, used by `runde group edit` and by the
/// group screen, so both follow the same rules: every value is checked against the loader's
/// ranges, and a meeting shortened past its pause brings the pause along to its middle.
public enum GroupEditor {
    /// A change the editor accepted: the group after it, and where the pause went when it had
    /// to move with a shorter meeting.
    public struct Change: Equatable, Sendable {
        public var group: GroupFile
        /// The pause's new minute, when shortening the meeting moved it.
        public var pauseMovedTo: Int?

        public init(group: GroupFile, pauseMovedTo: Int? = nil) {
            self.group = group
            self.pauseMovedTo = pauseMovedTo
        }
    }

    /// Sets one setting, or says why not (the group is then unchanged).
    public static func set(_ s: GroupSetting, to v: GroupSettingValue, in g: GroupFile)
        throws(GroupSettingRefusal) -> Change
    {
        var new = g
        var moved: Int?
        switch (s.kind, v) {
        case (.number, .number(nil)): throw GroupSettingRefusal(setting: s, problem: .missing)
        case (.number, .number(let n?)), (.optionalNumber, .number(let n?)):
            if let r = s.range(in: g), !r.contains(n) {
                throw GroupSettingRefusal(
                    setting: s, problem: .outOfRange(min: r.lowerBound, max: r.upperBound, value: n)
                )
            }
            // A shorter meeting keeps its pause inside it: the pause moves to the middle.
            if s == .meetingMinutes, g.settings.plan.pauseAtMinute > n {
                new.settings.plan.pauseAtMinute = n / 2
                moved = n / 2
            }
        case (.optionalNumber, .number(nil)), (.onOff, .onOff), (.date, .date): break
        case (.language, .text(let t)):
            guard GroupValidation.languages.contains(t) else {
                throw GroupSettingRefusal(setting: s, problem: .notALanguage)
            }
        case (.theme, .text(let t)):
            if TextSafety.containsUnsafe(t) {
                throw GroupSettingRefusal(setting: s, problem: .controlCharacters)
            }
        default: throw GroupSettingRefusal(setting: s, problem: .missing)
        }
        s.write(v, into: &new)
        if let p = GroupValidation.numberProblem(new) {
            throw GroupSettingRefusal(setting: s, key: p.key, problem: p.problem)
        }
        return Change(group: new, pauseMovedTo: moved)
    }

    /// Reads a value as `group edit --set KEY=VALUE` writes it: a whole number (0 turns an
    /// optional number off), `on`/`off`, a language (`nb`, `en`, `auto`), a theme name, or a
    /// date written `YYYY-MM-DD`.
    public static func value(_ typed: String, for s: GroupSetting) throws(GroupSettingRefusal)
        -> GroupSettingValue
    {
        let t = typed.trimmingSpaces()
        switch s.kind {
        case .number, .optionalNumber:
            guard let n = Int(t) else {
                throw GroupSettingRefusal(setting: s, problem: .notAWholeNumber)
            }
            return .number(s.kind == .optionalNumber && n == 0 ? nil : n)
        case .onOff:
            switch t {
            case "on", "true": return .onOff(true)
            case "off", "false": return .onOff(false)
            default: throw GroupSettingRefusal(setting: s, problem: .notOnOff)
            }
        case .language:
            guard ["nb", "en", "auto", ""].contains(t) else {
                throw GroupSettingRefusal(setting: s, problem: .notALanguage)
            }
            return .text(t == "auto" ? "" : t)
        case .theme:
            if TextSafety.containsUnsafe(typed) {
                throw GroupSettingRefusal(setting: s, problem: .controlCharacters)
            }
            return .text(t)
        case .date:
            if t.isEmpty { return .date(nil) }
            guard let d = LocalDate(iso: t), d.isUsable else {
                throw GroupSettingRefusal(setting: s, problem: .notADate)
            }
            return .date(d)
        }
    }

    /// Adds a member at the end of the rotation; the next meeting then starts the group afresh
    /// (a new member makes a new group). The label is trimmed; a refused one changes nothing.
    public static func addingMember(_ label: String, to g: GroupFile) throws(GroupProblem)
        -> GroupFile
    {
        let label = label.trimmingSpaces()
        if let p = GroupValidation.membersIssue(g.members + [label], newFrom: g.members.count) {
            throw p
        }
        var new = g
        new.members.append(label)
        new.newMemberPending = true
        if !new.newMembers.contains(label) { new.newMembers.append(label) }
        return new
    }

    /// Takes the member at `index` out of the group: out of the rotation, out of those leaving,
    /// and no longer new. A newcomer who goes again before their first meeting leaves the group
    /// as it was, so when no named newcomer is left the new-group meeting is no longer proposed.
    /// The caller keeps the next leader and the group's smallest size.
    public static func removingMember(at index: Int, from g: GroupFile) -> GroupFile {
        guard g.members.indices.contains(index) else { return g }
        var new = g
        let label = new.members.remove(at: index)
        new.leaving.removeAll { $0 == label }
        if new.newMembers.contains(label) {
            new.newMembers.removeAll { $0 == label }
            if new.newMembers.isEmpty { new.newMemberPending = false }
        }
        return new
    }
}

/// Why a setting was not changed: the setting, the key at fault by the name `--set` takes
/// (another one when the change would leave it out of range), and what is wrong, worded from
/// the catalog.
public struct GroupSettingRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var setting: GroupSetting
    /// The key at fault, as `group edit --set` names it (`pause_at_minute`).
    public var key: String
    public var problem: Problem

    /// What is wrong with the value.
    public enum Problem: Equatable, Sendable {
        case missing
        case notAWholeNumber
        case outOfRange(min: Int, max: Int, value: Int)
        case notOnOff
        case notALanguage
        case notADate
        case controlCharacters
        /// Another rule of the group file (a number elsewhere in the file).
        case other(GroupFileProblem)
    }

    public init(setting: GroupSetting, key: String? = nil, problem: Problem) {
        self.setting = setting
        self.key = key ?? setting.name
        self.problem = problem
    }

    init(setting: GroupSetting, key: String, problem: GroupFileProblem) {
        self.setting = setting
        self.key = key.hasPrefix("settings.") ? String(key.dropFirst("settings.".count)) : key
        switch problem {
        case .outOfRange(let lo, let hi, let v):
            self.problem = .outOfRange(min: lo, max: hi, value: v)
        default: self.problem = .other(problem)
        }
    }

    /// In English, for tests and developers.
    public var description: String { "\(key): \(problem)" }
}
