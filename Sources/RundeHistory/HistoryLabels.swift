import Foundation
import RundeCore

/// The words the history exports use, in Norwegian (nb) or English (DESIGN §7).
public struct HistoryLabels: Sendable {
    public let isNorwegian: Bool

    /// `lang` is "nb" (also "nn", "no") or "en"; anything else gives English.
    public init(lang: String) { isNorwegian = ["nb", "nn", "no"].contains(lang) }

    private func t(_ nb: String, _ en: String) -> String { isNorwegian ? nb : en }

    public var meetings: String { t("Møter", "Meetings") }
    public var meeting: String { t("Møte", "Meeting") }
    public var id: String { "ID" }
    public var date: String { t("Dato", "Date") }
    public var number: String { t("Nr.", "No.") }
    public var present: String { t("Til stede", "Present") }
    public var notifiedAbsent: String { t("Meldt fravær", "Absent with notice") }
    public var absent: String { t("Fravær", "Absent") }
    public var late: String { t("Kom senere", "Arrived late") }
    public var guests: String { t("Gjester", "Guests") }
    public var members: String { t("medlemmer", "members") }
    public var duration: String { t("Varighet", "Duration") }
    public var plan: String { t("Plan", "Plan") }
    public var overrun: String { t("Over tid", "Overrun") }
    public var pause: String { t("Pause", "Pause") }
    public var balance: String { t("Balanse", "Balance") }
    public var completed: String { t("Fullført", "Completed") }
    public var recovered: String { t("Gjenopprettet", "Recovered") }
    public var nextTheme: String { t("Tema til neste gang", "Theme for next time") }
    public var nextDate: String { t("Neste møte", "Next meeting") }
    public var yes: String { t("ja", "yes") }
    public var no: String { t("nei", "no") }
    public var trends: String { t("Trender", "Trends") }
    public var attendance: String { t("Oppmøte", "Attendance") }
    public var onTime: String { t("På tid", "On time") }
    public var phases: String { t("Faser", "Phases") }
    public var planned: String { t("Planlagt", "Planned") }
    public var actual: String { t("Faktisk", "Actual") }
    public var turns: String { t("Tur", "Turns") }
    public var passes: String { t("Stå over", "Passes") }
    public var median: String { t("Median", "Median") }
    public var longest: String { t("Lengste", "Longest") }
    public var overruns: String { t("Over tid", "Overruns") }
    public var speakingTime: String { t("Taletid (anonym, sortert)", "Speaking time (anonymous, sorted)") }
    public var noLogs: String { t("Ingen møter er logget ennå.", "No meetings logged yet.") }
    public var balanceNote: String {
        t("0 = alle snakket like lenge, 1 = én snakket hele tiden",
          "0 = everyone spoke equally long, 1 = one person spoke all the time")
    }
    public var notTaken: String { t("ikke tatt", "not taken") }
    public var unfinished: String { t("ikke fullført", "not completed") }

    /// The name of a phase kind from a log (unknown kinds are shown as they are).
    public func phase(_ kind: String) -> String {
        switch kind {
        case "check_in": return t("Oppmøte", "Check-in")
        case "opening": return t("Åpning", "Opening")
        case "opening_round": return t("Runde", "Opening round")
        case "sharing": return t("Samtale", "Sharing")
        case "pause": return t("Pause", "Pause")
        case "closing_round": return t("Avslutning", "Closing round")
        case "next_meeting": return t("Neste møte", "Next meeting")
        case "summary": return t("Oppsummering", "Summary")
        default: return kind
        }
    }

    /// A decimal with two places, with the language's decimal mark.
    public func decimal(_ x: Double) -> String {
        let s = HistoryText.fixed(x, places: 2)
        return isNorwegian ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// A whole percent, e.g. "78 %" (nb) or "78%" (en).
    public func percent(_ x: Double) -> String {
        let p = Int((x * 100).rounded())
        return isNorwegian ? "\(p) %" : "\(p)%"
    }
}
