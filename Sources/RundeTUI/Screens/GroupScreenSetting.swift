import RundeCore
import RundeText

/// The group screen's settings are the number settings of RundeCore's one table
/// (`GroupSetting.numbers`): their names in group.toml, ranges and values are defined there.
public typealias GroupScreenSetting = GroupSetting

/// How the group screen shows and steps a number setting: its step for ←/→, its name, value
/// and meaning in words, and how a typed value is read.
extension GroupSetting {
    /// The unit a value is shown and typed in (minutes, minutes:seconds, days, meetings).
    enum ScreenUnit { case minutes, time, days, meetings }

    var screenUnit: ScreenUnit {
        switch unit {
        case .minutes?: .minutes
        case .seconds?: .time
        case .days?: .days
        case .meetings?, nil: .meetings
        }
    }

    /// Settings the group may leave unset ("none", written as 0 by `group edit --set`).
    var isOptional: Bool { kind == .optionalNumber }

    /// The allowed values of a number setting on this screen.
    func screenRange(in g: GroupFile) -> ClosedRange<Int> { range(in: g) ?? 0...0 }

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
        default: screenRange(in: GroupFile(name: "", members: [])).lowerBound
        }
    }

    // MARK: words

    func label(_ s: Catalog) -> String {
        switch self {
        case .meetingMinutes: s[.screenLabelMeeting]
        case .pauseMinutes: s[.screenLabelPause]
        case .pauseAtMinute: s[.screenLabelPauseAt]
        case .turnSeconds: s[.screenLabelTurn]
        case .closingTurnSeconds: s[.screenLabelClosingTurn]
        case .rhythmEarlyDays: s[.screenLabelEarlyDays]
        case .rhythmEarlyMeetings: s[.screenLabelEarlyMeetings]
        case .rhythmDays: s[.screenLabelLaterDays]
        case .horizon: s[.screenLabelHorizon]
        case .evaluationEvery: s[.screenLabelEvaluation]
        case .starterMeetings: s[.screenLabelStarter]
        case .bell, .language, .theme, .followUpDate: name
        }
    }

    /// A number of seconds in words-light form: "3 min", "2 min 30 s", "45 s".
    static func time(_ seconds: Int, _ s: Catalog) -> String {
        if seconds < 60 { return s.f(.screenSeconds, seconds) }
        return seconds % 60 == 0
            ? s.f(.screenMinutes, seconds / 60)
            : s.f(.screenMinutesSeconds, seconds / 60, seconds % 60)
    }

    /// The value as the list shows it.
    func valueText(in g: GroupFile, _ s: Catalog) -> String {
        guard let v = number(in: g) else {
            switch self {
            case .horizon: return s[.screenNoEvaluation]
            case .starterMeetings: return s[.screenStarterNotAgreed]
            default: return s[.screenNone]
            }
        }
        switch self {
        case .pauseMinutes where v == 0: return s[.screenNoPause]
        case .evaluationEvery: return s.f(.screenEveryNth, v)
        case .horizon: return s.f(.screenEvaluationAt, v)
        case .starterMeetings: return s.f(.screenStarterFirst, v)
        default: break
        }
        switch screenUnit {
        case .minutes: return s.f(.screenMinutes, v)
        case .time: return Self.time(v, s)
        case .days: return s.f(.screenDays, v)
        case .meetings: return s.f(.screenMeetings, v)
        }
    }

    /// What the setting means, with its value, in a sentence.
    func meaning(in g: GroupFile, _ s: Catalog) -> String {
        let p = g.settings.plan
        let r = g.settings.rhythm
        switch self {
        case .meetingMinutes: return s.f(.screenMeanMeeting, p.meetingMinutes)
        case .pauseMinutes:
            return p.pauseMinutes == 0
                ? s[.screenMeanNoPause] : s.f(.screenMeanPause, p.pauseMinutes)
        case .pauseAtMinute: return s.f(.screenMeanPauseAt, p.pauseAtMinute)
        case .turnSeconds: return s.f(.groupTurn, Self.time(p.turnSeconds, s))
        case .closingTurnSeconds:
            return s.f(.screenMeanClosingTurn, Self.time(p.closingTurnSeconds, s))
        case .rhythmEarlyDays, .rhythmEarlyMeetings, .rhythmDays:
            return s.f(.groupRhythm, r.earlyDays, r.earlyMeetings, r.laterDays)
        case .horizon: return g.horizon.map { s.f(.showEvaluation, $0) } ?? s[.showNoEvaluation]
        case .evaluationEvery:
            return g.evaluationEvery.map { s.f(.screenMeanEvaluationEvery, $0) }
                ?? s[.screenMeanOnlyAtEvaluation]
        case .starterMeetings:
            return g.starterMeetings.map { s.f(.groupStarter, $0) } ?? s[.screenMeanNoStarter]
        case .bell, .language, .theme, .followUpDate: return s[help]
        }
    }

    /// The allowed values in a sentence ("Fra 10 til 600 minutter.").
    func rangeText(in g: GroupFile, _ s: Catalog) -> String {
        let r = screenRange(in: g)
        if isOptional { return s.f(.screenRangeOptional, r.lowerBound, r.upperBound) }
        switch screenUnit {
        case .minutes: return s.f(.screenRangeMinutes, r.lowerBound, r.upperBound)
        case .time:
            return s.f(.screenRangeTime, Self.time(r.lowerBound, s), Self.time(r.upperBound, s))
        case .days: return s.f(.screenRangeDays, r.lowerBound, r.upperBound)
        case .meetings: return s.f(.screenRangeMeetings, r.lowerBound, r.upperBound)
        }
    }

    /// What to type, with the allowed values ("Skriv et tall. Fra 1 til 365 dager.").
    func typingPrompt(in g: GroupFile, _ s: Catalog) -> String {
        let range = rangeText(in: g, s)
        return isOptional
            ? s.f(.screenTypeOptional, range)
            : screenUnit == .time ? s.f(.screenTypeTime, range) : s.f(.screenTypeNumber, range)
    }

    /// Reads a typed value: a whole number, or for times minutes or minutes:seconds. An empty
    /// or 0 value turns an optional setting off. Nil when it is not a value at all.
    func parse(_ typed: String) -> Int?? {
        let t = typed.trimmingSpaces()
        if isOptional && (t.isEmpty || t == "0") { return .some(nil) }
        if screenUnit == .time {
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
