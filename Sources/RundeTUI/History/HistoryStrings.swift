import RundeCore
import RundeHistory
import RundeText

/// The history browser's words, from the one catalog (`HistoryText` area).
public struct HistoryStrings: Sendable {
    public let labels: HistoryLabels
    var c: Catalog { labels.catalog }

    public init(lang: Lang) { labels = HistoryLabels(lang: lang) }

    var title: String { c[.histTitleMeetings] }
    var titleTrends: String { c[.histTitleTrends] }
    var colDate: String { c[.histDate] }
    var colNumber: String { c[.histNumber] }
    var colPresent: String { c[.histPresent] }
    var colTime: String { c[.histColTimePlan] }
    var colPause: String { c[.histPause] }
    var colTheme: String { c[.histTheme] }
    var yes: String { labels.yes }
    var no: String { labels.no }
    var noMatch: String { c[.histNoMatch] }
    var tooSmall: String { c[.histTooSmall] }
    var tooSmallDetail: String { c[.histTooSmallDetail] }
    var planned: String { labels.planned }
    var actual: String { labels.actual }
    var speaking: String { labels.speakingTime }
    var attendance: String { labels.attendance }
    var overrun: String { labels.overrun }
    var balance: String { labels.balance }

    func filterEditing(_ text: String) -> String { c.f(.histFilterEditing, text) }
    func filterShown(_ text: String) -> String { c.f(.histFilterShown, text) }
    func deleted(_ id: String) -> String { c.f(.histDeleted, id) }
    func unfinished(_ theme: String) -> String { c.f(.histUnfinishedShort, theme) }

    func turns(_ n: Int, passes: Int) -> String {
        let t = n == 1 ? c[.histTurns1] : c.f(.histTurnsN, n)
        guard passes > 0 else { return t }
        return c.f(
            .histTurnsAndPasses, t, passes == 1 ? c[.histPasses1] : c.f(.histPassesN, passes))
    }

    func confirmDelete(_ id: String) -> String { c.f(.histConfirmDelete, id) }

    func skipped(_ n: Int, _ first: String) -> String {
        n == 1 ? c.f(.histSkipped1, first) : c.f(.histSkippedN, n, first)
    }

    func lastN(_ n: Int, of total: Int) -> String {
        n < total ? c.f(.histLastN, n, total) : total == 1 ? c[.histAll1] : c.f(.histAllN, total)
    }
}
