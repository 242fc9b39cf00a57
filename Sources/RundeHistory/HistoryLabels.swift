import Foundation
import RundeCore
import RundeText

/// The words the history exports and browser use, from the one catalog (`HistoryText` area),
/// with the language's numbers: decimal comma and "78 %" in nb, a point and "78%" in en.
public struct HistoryLabels: Sendable {
    public let lang: Lang
    public let catalog: Catalog

    public init(lang: Lang) {
        self.lang = lang
        catalog = Catalog(lang)
    }

    private var c: Catalog { catalog }

    public var meetings: String { c[.histMeetings] }
    public var meeting: String { c[.histMeeting] }
    public var id: String { c[.histID] }
    public var date: String { c[.histDate] }
    public var number: String { c[.histNumber] }
    public var present: String { c[.histPresent] }
    public var notifiedAbsent: String { c[.histNotifiedAbsent] }
    public var absent: String { c[.histAbsent] }
    public var late: String { c[.histLate] }
    public var guests: String { c[.histGuests] }
    public var duration: String { c[.histDuration] }
    public var plan: String { c[.histPlan] }
    public var overrun: String { c[.histOverrun] }
    public var pause: String { c[.histPause] }
    public var balance: String { c[.histBalance] }
    public var completed: String { c[.histCompleted] }
    public var recovered: String { c[.histRecovered] }
    public var theme: String { c[.histTheme] }
    public var nextTheme: String { c[.histNextTheme] }
    public var nextDate: String { c[.histNextDate] }
    public var yes: String { c[.histYes] }
    public var no: String { c[.histNo] }
    public var trends: String { c[.histTrends] }
    public var attendance: String { c[.histAttendance] }
    public var onTime: String { c[.histOnTime] }
    public var phases: String { c[.histPhases] }
    public var planned: String { c[.histPlanned] }
    public var actual: String { c[.histActual] }
    public var turns: String { c[.histTurns] }
    public var passes: String { c[.histPasses] }
    public var median: String { c[.histMedian] }
    public var longest: String { c[.histLongest] }
    public var overruns: String { c[.histOverruns] }
    public var speakingTime: String { c[.histSpeakingTime] }
    public var noLogs: String { c[.histNoLogs] }
    public var balanceNote: String { c[.histBalanceNote] }
    public var notTaken: String { c[.histNotTaken] }
    public var unfinished: String { c[.histUnfinished] }

    /// The name of a phase kind from a log (unknown kinds are shown as they are).
    public func phase(_ kind: String) -> String {
        switch kind {
        case "check_in": return c[.phaseCheckIn]
        case "opening": return c[.phaseOpening]
        case "opening_round": return c[.phaseOpeningRound]
        case "sharing": return c[.phaseSharing]
        case "pause": return c[.phasePause]
        case "closing_round": return c[.phaseClosing]
        case "next_meeting": return c[.phaseNext]
        case "summary": return c[.phaseSummary]
        case "process_talk": return c[.phaseProcessTalk]
        default: return kind
        }
    }

    /// The name of a step from a log: its agenda label's title as the meeting showed it (the
    /// first meeting's "Presentasjon", "Forventninger", "Bruke gruppa" …), else its phase kind's
    /// name. The group's own steps ("custom-N") keep their text in group.toml: their kind's name.
    public func step(kind: String, label: String?) -> String {
        switch label {
        case "presentation_round": return c[.itemPresentation]
        case "expectations_round": return c[.itemExpectations]
        case "frame": return c[.itemFrame]
        case "principles": return c[.itemPrinciples]
        case "since_last": return c[.itemSinceLast]
        case "rules": return c[.itemRules]
        case "use_group": return c[.itemUseGroup]
        case "farewell_round": return c[.itemFarewell]
        case "way_forward": return c[.itemWayForward]
        case "sharing_leading": return c[.itemSharingLeading]
        case "starter_role": return c[.itemStarterRole]
        case "eval_given": return c[.itemEvalGiven]
        case "eval_listened": return c[.itemEvalListened]
        case "eval_rules": return c[.cardItemEvalRules]
        case "eval_blind_alley": return c[.itemEvalBlindAlley]
        case "eval_decision": return c[.itemEvalDecision]
        case MeetingAgreements.decisionLabel: return c[.itemDecide]
        default: return phase(kind)
        }
    }

    /// The evaluation's decision in words ("gruppa fortsetter, 12 møter til"), or nil.
    public func decision(_ raw: String?, newHorizon: Int?) -> String? {
        switch raw.flatMap({ HorizonDecision.Choice(rawValue: $0) }) {
        case .goOn:
            return newHorizon.map { c.f(.decisionGoOnN, $0) } ?? c[.decisionGoOn]
        case .end: return c[.cardDecisionEnd]
        case .later: return c[.cardDecisionLater]
        case nil: return nil
        }
    }

    /// A decimal with two places, with the language's decimal mark.
    public func decimal(_ x: Double, places: Int = 2) -> String {
        c.decimalMark(HistoryFormatting.fixed(x, places: places))
    }

    /// A whole percent, e.g. "78 %" (nb) or "78%" (en).
    public func percent(_ x: Double) -> String {
        c.f(.histPercent, Int((x * 100).rounded()))
    }

    /// A duration in words for prose: "1 t 47 min" (nb), "1 h 47 min" (en); "47 min"; "30 sek".
    public func prose(_ seconds: Int) -> String {
        let s = max(0, seconds)
        if s < 60 { return c.f(.histProseSeconds, s) }
        let minutes = (s + 30) / 60
        if minutes < 60 { return c.f(.histProseMinutes, minutes) }
        return c.f(.histProseHoursMinutes, minutes / 60, minutes % 60)
    }

    /// An ISO date (`YYYY-MM-DD`) in the language's long form ("lørdag 21. november 2026"),
    /// or the text as it is when it is not a date.
    public func longDate(_ iso: String) -> String {
        guard let d = LocalDate(iso: iso) else { return iso }
        return c.longDate(year: d.year, month: d.month, day: d.day, weekday: d.weekday)
    }
}
