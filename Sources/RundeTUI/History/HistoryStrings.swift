import RundeCore
import RundeHistory

/// The history browser's words in Norwegian (nb) or English (DESIGN §7).
public struct HistoryStrings: Sendable {
    public let labels: HistoryLabels
    public var nb: Bool { labels.isNorwegian }

    public init(lang: String) { labels = HistoryLabels(lang: lang) }

    private func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }

    var meetings: String { labels.meetings }
    var colDate: String { t("Dato", "Date") }
    var colNumber: String { t("Nr.", "No.") }
    var colPresent: String { t("Til stede", "Present") }
    var colTime: String { t("Tid / plan", "Time / plan") }
    var colPause: String { t("Pause", "Pause") }
    var colBalance: String { t("Bal.", "Bal.") }
    var colTheme: String { t("Tema", "Theme") }
    var yes: String { labels.yes }
    var no: String { labels.no }
    var filter: String { t("Filter", "Filter") }
    var filterHint: String { t("dato eller tema", "date or theme") }
    var noMatch: String { t("Ingen møter passer filteret.", "No meetings match the filter.") }
    var tooSmall: String { t("Gjør vinduet større", "Make the window larger") }
    var tooSmallDetail: String { t("minst 60 × 16 tegn", "at least 60 × 16 characters") }
    var planned: String { labels.planned }
    var actual: String { labels.actual }
    var speaking: String { labels.speakingTime }
    var trends: String { labels.trends }
    var attendance: String { labels.attendance }
    var overrun: String { labels.overrun }
    var balance: String { labels.balance }
    var deleted: String { t("Slettet", "Deleted") }
    var unfinishedShort: String { t("(uferdig)", "(unfinished)") }
    var balanceShort: String { t("0 = jevnt, 1 = én snakket alene", "0 = even, 1 = one person spoke alone") }

    func turns(_ n: Int, passes: Int) -> String {
        nb ? "\(n) tur\(n == 1 ? "" : "er")" + (passes > 0 ? ", \(passes) stå over" : "")
           : "\(n) turn\(n == 1 ? "" : "s")" + (passes > 0 ? ", \(passes) pass\(passes == 1 ? "" : "es")" : "")
    }

    func confirmDelete(_ id: String) -> String {
        t("Slette \(id)? Dette kan ikke angres.  y = slett, annen tast = avbryt",
          "Delete \(id)? This cannot be undone.  y = delete, any other key = cancel")
    }

    func skipped(_ n: Int, _ first: String) -> String {
        nb ? "\(n) fil\(n == 1 ? "" : "er") hoppet over (\(first)\(n > 1 ? " …" : ""))"
           : "\(n) file\(n == 1 ? "" : "s") skipped (\(first)\(n > 1 ? " …" : ""))"
    }

    func lastN(_ n: Int, of total: Int) -> String {
        n < total ? t("siste \(n) av \(total) møter", "last \(n) of \(total) meetings")
                  : t("\(total) møter", "\(total) meetings")
    }

    /// Footer hints as (key, action) pairs for each screen.
    var listKeys: [(String, String)] {
        [("↑↓", t("velg", "select")), ("Enter", t("detaljer", "details")), ("/", t("filter", "filter")),
         ("t", t("trender", "trends")), ("d", t("slett", "delete")), ("q", t("avslutt", "quit"))]
    }
    var detailKeys: [(String, String)] {
        [("↑↓", t("forrige/neste", "previous/next")), ("Esc", t("tilbake", "back")), ("t", t("trender", "trends")),
         ("d", t("slett", "delete")), ("q", t("avslutt", "quit"))]
    }
    var trendKeys: [(String, String)] { [("Esc", t("tilbake", "back")), ("q", t("avslutt", "quit"))] }
    var filterKeys: [(String, String)] {
        [("Enter", t("bruk", "apply")), ("Esc", t("fjern filter", "clear filter"))]
    }
}
