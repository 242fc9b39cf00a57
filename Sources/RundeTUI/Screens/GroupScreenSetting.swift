import RundeCore
import RundeText

/// One setting of the group screen: its key in group.toml (the name `group edit --set`
/// takes), its allowed range (read from where the loader and `group edit` check it), its step
/// for ←/→, and its name, value and meaning in words.
public enum GroupScreenSetting: String, CaseIterable, Equatable, Sendable {
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

    /// The unit a value is shown and typed in.
    enum Unit { case minutes, time, days, meetings }

    var unit: Unit {
        switch self {
        case .meetingMinutes, .pauseMinutes, .pauseAtMinute: .minutes
        case .turnSeconds, .closingTurnSeconds: .time
        case .rhythmEarlyDays, .rhythmDays: .days
        case .rhythmEarlyMeetings, .horizon, .evaluationEvery, .starterMeetings: .meetings
        }
    }

    /// Settings the group may leave unset ("none", written as 0 by `group edit --set`).
    var isOptional: Bool { [.horizon, .evaluationEvery, .starterMeetings].contains(self) }

    /// The allowed values, from the same constants `GroupValidation.numberProblem` checks.
    func range(in g: GroupFile) -> ClosedRange<Int> {
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
        }
    }

    /// One press of ←/→ or -/+.
    var step: Int {
        switch self {
        case .meetingMinutes: 15
        case .pauseMinutes, .pauseAtMinute: 5
        case .turnSeconds: 30
        case .closingTurnSeconds: 15
        default: 1
        }
    }

    /// The value an optional setting takes when it is first switched on with → or +.
    var firstValue: Int {
        switch self {
        case .horizon: 12
        case .evaluationEvery: 6
        case .starterMeetings: 3
        default: range(in: GroupFile(name: "", members: [])).lowerBound
        }
    }

    func value(in g: GroupFile) -> Int? {
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
        }
    }

    func set(_ v: Int?, in g: inout GroupFile) {
        let n = v ?? 0
        switch self {
        case .meetingMinutes: g.settings.plan.meetingMinutes = n
        case .pauseMinutes: g.settings.plan.pauseMinutes = n
        case .pauseAtMinute: g.settings.plan.pauseAtMinute = n
        case .turnSeconds: g.settings.plan.turnSeconds = n
        case .closingTurnSeconds: g.settings.plan.closingTurnSeconds = n
        case .rhythmEarlyDays: g.settings.rhythm.earlyDays = n
        case .rhythmEarlyMeetings: g.settings.rhythm.earlyMeetings = n
        case .rhythmDays: g.settings.rhythm.laterDays = n
        case .horizon: g.horizon = v
        case .evaluationEvery: g.evaluationEvery = v
        case .starterMeetings: g.starterMeetings = v
        }
    }

    // MARK: words

    func label(_ s: Catalog) -> String {
        switch self {
        case .meetingMinutes: s[.gscrLabelMeeting]
        case .pauseMinutes: s[.gscrLabelPause]
        case .pauseAtMinute: s[.gscrLabelPauseAt]
        case .turnSeconds: s[.gscrLabelTurn]
        case .closingTurnSeconds: s[.gscrLabelClosingTurn]
        case .rhythmEarlyDays: s[.gscrLabelEarlyDays]
        case .rhythmEarlyMeetings: s[.gscrLabelEarlyMeetings]
        case .rhythmDays: s[.gscrLabelLaterDays]
        case .horizon: s[.gscrLabelHorizon]
        case .evaluationEvery: s[.gscrLabelEvaluation]
        case .starterMeetings: s[.gscrLabelStarter]
        }
    }

    /// A number of seconds in words-light form: "3 min", "2 min 30 s", "45 s".
    static func time(_ seconds: Int, _ s: Catalog) -> String {
        if seconds < 60 { return s.f(.gscrSeconds, seconds) }
        return seconds % 60 == 0
            ? s.f(.gscrMinutes, seconds / 60) : s.f(.gscrMinutesSeconds, seconds / 60, seconds % 60)
    }

    /// The value as the list shows it.
    func valueText(in g: GroupFile, _ s: Catalog) -> String {
        guard let v = value(in: g) else {
            return self == .evaluationEvery ? s[.gscrOnlyAtHorizon] : s[.gscrNone]
        }
        switch self {
        case .pauseMinutes where v == 0: return s[.gscrNoPause]
        case .evaluationEvery: return s.f(.gscrEveryNth, v)
        default: break
        }
        switch unit {
        case .minutes: return s.f(.gscrMinutes, v)
        case .time: return Self.time(v, s)
        case .days: return s.f(.gscrDays, v)
        case .meetings: return s.f(.gscrMeetings, v)
        }
    }

    /// What the setting means, with its value, in a sentence.
    func meaning(in g: GroupFile, _ s: Catalog) -> String {
        let p = g.settings.plan
        let r = g.settings.rhythm
        switch self {
        case .meetingMinutes: return s.f(.gscrMeanMeeting, p.meetingMinutes)
        case .pauseMinutes:
            return p.pauseMinutes == 0 ? s[.gscrMeanNoPause] : s.f(.gscrMeanPause, p.pauseMinutes)
        case .pauseAtMinute: return s.f(.gscrMeanPauseAt, p.pauseAtMinute)
        case .turnSeconds: return s.f(.gsTurn, Self.time(p.turnSeconds, s))
        case .closingTurnSeconds:
            return s.f(.gscrMeanClosingTurn, Self.time(p.closingTurnSeconds, s))
        case .rhythmEarlyDays, .rhythmEarlyMeetings, .rhythmDays:
            return s.f(.gsRhythm, r.earlyDays, r.earlyMeetings, r.laterDays)
        case .horizon: return g.horizon.map { s.f(.gsHorizon, $0) } ?? s[.gsNoHorizon]
        case .evaluationEvery:
            return g.evaluationEvery.map { s.f(.gscrMeanEvaluation, $0) }
                ?? s[.gscrMeanNoEvaluation]
        case .starterMeetings:
            return g.starterMeetings.map { s.f(.gsStarter, $0) } ?? s[.gsNoStarter]
        }
    }

    /// The allowed values in a sentence ("Fra 10 til 600 minutter.").
    func rangeText(in g: GroupFile, _ s: Catalog) -> String {
        let r = range(in: g)
        if isOptional { return s.f(.gscrRangeOptional, r.lowerBound, r.upperBound) }
        switch unit {
        case .minutes: return s.f(.gscrRangeMinutes, r.lowerBound, r.upperBound)
        case .time:
            return s.f(.gscrRangeTime, Self.time(r.lowerBound, s), Self.time(r.upperBound, s))
        case .days: return s.f(.gscrRangeDays, r.lowerBound, r.upperBound)
        case .meetings: return s.f(.gscrRangeMeetings, r.lowerBound, r.upperBound)
        }
    }

    /// What to type, with the allowed values ("Skriv et tall. Fra 1 til 365 dager.").
    func typingPrompt(in g: GroupFile, _ s: Catalog) -> String {
        let range = rangeText(in: g, s)
        return isOptional
            ? s.f(.gscrTypeOptional, range)
            : unit == .time ? s.f(.gscrTypeTime, range) : s.f(.gscrTypeNumber, range)
    }

    /// Reads a typed value: a whole number, or for times minutes or minutes:seconds. An empty
    /// or 0 value turns an optional setting off. Nil when it is not a value at all.
    func parse(_ typed: String) -> Int?? {
        let t = typed.trimmingSpaces()
        if isOptional && (t.isEmpty || t == "0") { return .some(nil) }
        if unit == .time {
            let parts = t.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count),
                parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCII) }),
                let m = Int(parts[0]), m >= 0
            else { return nil }
            guard parts.count == 2 else { return .some(m * 60) }
            guard let sec = Int(parts[1]), (0..<60).contains(sec), parts[1].count == 2 else {
                return nil
            }
            return .some(m * 60 + sec)
        }
        guard t.count <= 6, t.allSatisfy(\.isASCII), let n = Int(t) else { return nil }
        return .some(n)
    }
}
