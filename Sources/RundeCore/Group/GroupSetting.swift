import RundeText

/// Every setting a group can change, defined once: its name in `group.toml` (the key
/// `group edit --set` takes), where it lives in the file, the kind of value, its allowed range
/// (the same one the loader checks), and its help line in the catalog. The command line, the
/// group screen and `group show` all read this table.
public enum GroupSetting: String, CaseIterable, Equatable, Sendable {
    case meetingMinutes = "meeting_minutes"
    case pauseMinutes = "pause_minutes"
    case pauseAtMinute = "pause_at_minute"
    case turnSeconds = "turn_seconds"
    case closingTurnSeconds = "closing_turn_seconds"
    case rhythmEarlyDays = "rhythm_early_days"
    case rhythmEarlyMeetings = "rhythm_early_meetings"
    case rhythmDays = "rhythm_days"
    case horizon = "horizon"
    case evaluationEvery = "evaluation_every"
    case starterMeetings = "starter_meetings"
    case bell = "bell"
    case language = "language"
    case theme = "theme"
    case followUpDate = "follow_up_date"

    /// The name in `group.toml` and for `group edit --set`.
    public var name: String { rawValue }

    /// The key as a refusal names it: `settings.meeting_minutes` for what lives under
    /// `[settings]`, the bare name for what lives at the top of the file.
    public var fileKey: String { inSettingsTable ? "settings." + rawValue : rawValue }

    /// Whether the setting is written under `[settings]` in `group.toml`.
    public var inSettingsTable: Bool {
        switch self {
        case .horizon, .evaluationEvery, .starterMeetings, .followUpDate: false
        default: true
        }
    }

    /// The kind of value a setting holds.
    public enum Kind: Equatable, Sendable {
        /// A whole number within `range`.
        case number
        /// A whole number within `range`, or none (0 on the command line).
        case optionalNumber
        case onOff
        case language
        case theme
        case date
    }

    public var kind: Kind {
        switch self {
        case .horizon, .evaluationEvery, .starterMeetings: .optionalNumber
        case .bell: .onOff
        case .language: .language
        case .theme: .theme
        case .followUpDate: .date
        default: .number
        }
    }

    /// What a number counts, for showing and typing it.
    public enum Unit: Equatable, Sendable { case minutes, seconds, days, meetings }

    /// The unit of a number setting (nil for the others).
    public var unit: Unit? {
        switch self {
        case .meetingMinutes, .pauseMinutes, .pauseAtMinute: .minutes
        case .turnSeconds, .closingTurnSeconds: .seconds
        case .rhythmEarlyDays, .rhythmDays: .days
        case .rhythmEarlyMeetings, .horizon, .evaluationEvery, .starterMeetings: .meetings
        case .bell, .language, .theme, .followUpDate: nil
        }
    }

    /// The number settings, in the order the group screen lists them.
    public static var numbers: [GroupSetting] { allCases.filter { $0.unit != nil } }

    /// The allowed values of a number setting (from the constants the loader checks); the
    /// pause comes within the group's meeting. Nil for a setting that is not a number.
    public func range(in g: GroupFile) -> ClosedRange<Int>? {
        switch self {
        case .meetingMinutes: MeetingPlan.meetingMinutesRange
        case .pauseMinutes: MeetingPlan.pauseMinutesRange
        case .pauseAtMinute: g.settings.plan.pauseAtMinuteRange
        case .turnSeconds: MeetingPlan.turnSecondsRange
        case .closingTurnSeconds: MeetingPlan.closingTurnSecondsRange
        case .rhythmEarlyDays, .rhythmDays: GroupValidation.rhythmDaysRange
        case .rhythmEarlyMeetings: GroupValidation.rhythmEarlyMeetingsRange
        case .horizon: GroupValidation.horizonRange
        case .evaluationEvery: GroupValidation.evaluationEveryRange
        case .starterMeetings: GroupValidation.starterMeetingsRange
        case .bell, .language, .theme, .followUpDate: nil
        }
    }

    /// The value of a number setting (nil: an optional one not set, or not a number).
    public func number(in g: GroupFile) -> Int? {
        let p = g.settings.plan
        let r = g.settings.rhythm
        switch self {
        case .meetingMinutes: return p.meetingMinutes
        case .pauseMinutes: return p.pauseMinutes
        case .pauseAtMinute: return p.pauseAtMinute
        case .turnSeconds: return p.turnSeconds
        case .closingTurnSeconds: return p.closingTurnSeconds
        case .rhythmEarlyDays: return r.earlyDays
        case .rhythmEarlyMeetings: return r.earlyMeetings
        case .rhythmDays: return r.laterDays
        case .horizon: return g.horizon
        case .evaluationEvery: return g.evaluationEvery
        case .starterMeetings: return g.starterMeetings
        case .bell, .language, .theme, .followUpDate: return nil
        }
    }

    /// The setting's value, as `group edit --set` takes it and `group show` prints it.
    public func value(in g: GroupFile) -> GroupSettingValue {
        switch kind {
        case .number, .optionalNumber: return .number(number(in: g))
        case .onOff: return .onOff(g.settings.bell)
        case .language: return .text(g.settings.language)
        case .theme: return .text(g.settings.theme)
        case .date: return .date(g.starterFollowUp)
        }
    }

    /// Writes a value into the group without any check (`GroupEditor` checks it first).
    func write(_ v: GroupSettingValue, into g: inout GroupFile) {
        switch (self, v) {
        case (.meetingMinutes, .number(let n?)): g.settings.plan.meetingMinutes = n
        case (.pauseMinutes, .number(let n?)): g.settings.plan.pauseMinutes = n
        case (.pauseAtMinute, .number(let n?)): g.settings.plan.pauseAtMinute = n
        case (.turnSeconds, .number(let n?)): g.settings.plan.turnSeconds = n
        case (.closingTurnSeconds, .number(let n?)): g.settings.plan.closingTurnSeconds = n
        case (.rhythmEarlyDays, .number(let n?)): g.settings.rhythm.earlyDays = n
        case (.rhythmEarlyMeetings, .number(let n?)): g.settings.rhythm.earlyMeetings = n
        case (.rhythmDays, .number(let n?)): g.settings.rhythm.laterDays = n
        case (.horizon, .number(let n)): g.horizon = n
        case (.evaluationEvery, .number(let n)): g.evaluationEvery = n
        case (.starterMeetings, .number(let n)): g.starterMeetings = n
        case (.bell, .onOff(let on)): g.settings.bell = on
        case (.language, .text(let t)): g.settings.language = t
        case (.theme, .text(let t)): g.settings.theme = t
        case (.followUpDate, .date(let d)): g.starterFollowUp = d
        default: break
        }
    }

    /// The setting's help line for `group edit --help`, in the catalog.
    public var help: GroupText {
        switch self {
        case .meetingMinutes: .setHelpMeetingMinutes
        case .pauseMinutes: .setHelpPauseMinutes
        case .pauseAtMinute: .setHelpPauseAtMinute
        case .turnSeconds: .setHelpTurnSeconds
        case .closingTurnSeconds: .setHelpClosingTurnSeconds
        case .rhythmEarlyDays: .setHelpRhythmEarlyDays
        case .rhythmEarlyMeetings: .setHelpRhythmEarlyMeetings
        case .rhythmDays: .setHelpRhythmDays
        case .horizon: .setHelpHorizon
        case .evaluationEvery: .setHelpEvaluationEvery
        case .starterMeetings: .setHelpStarterMeetings
        case .bell: .setHelpBell
        case .language: .setHelpLanguage
        case .theme: .setHelpTheme
        case .followUpDate: .setHelpFollowUpDate
        }
    }

    /// One line a setting for `group edit --help`: its name, its range, what it means.
    public static func helpLines(_ c: Catalog) -> [String] {
        let probe = GroupFile(name: "", members: [])
        return allCases.map { s in
            // The pause's range follows the meeting's length; its help line says so.
            let r =
                s == .pauseAtMinute
                ? "" : s.range(in: probe).map { " (\($0.lowerBound)–\($0.upperBound))" } ?? ""
            return "  " + s.name + r + ": " + c[s.help]
        }
    }
}

/// A setting's value, as typed on the command line, chosen on the group screen or shown.
public enum GroupSettingValue: Equatable, Sendable {
    /// A number; nil turns an optional setting off.
    case number(Int?)
    case onOff(Bool)
    /// A language code ("" follows LANG) or a theme name ("" the default theme).
    case text(String)
    case date(LocalDate?)
}
