import RundeCore
import RundeHistory
import RundeText
import Testing

/// A count of one is a whole sentence of its own in both languages: never "1 meetings".
@Suite("History: one meeting, one member, one guest")
struct HistoryPluralTests {
    static let pluralOfOne = ["1 meetings", "1 møter", "1 members", "1 medlemmer", "1 guests", "1 gjester", "1 turns", "1 turer"]

    @Test(arguments: Lang.allCases)
    func oneMeetingIsSingularInMarkdownAndTrends(_ lang: Lang) {
        let one = [HistorySummary(id: "2026-11-21-007", log: HistoryFixture.exampleLog(overrun: 420))]
        let markdown = HistoryListFormatter.markdown(one, lang: lang)
        for plural in Self.pluralOfOne { #expect(!markdown.contains(plural), "\(plural) in:\n\(markdown)") }
        let c = Catalog(lang)
        #expect(markdown.contains(c.f(.histMarkdownCount1, "2026-11-21")))
        #expect(markdown.contains(c.f(.histTrendPause1, 1)))
        #expect(markdown.contains(c.f(.histTrendOnTimeOver1, lang == .nb ? "7 min" : "7 min")), "\(markdown)")
    }

    @Test(arguments: Lang.allCases)
    func twoMeetingsStayPlural(_ lang: Lang) {
        let two = [HistorySummary(id: "2026-11-14-006", log: HistoryFixture.exampleLog(number: 6, date: "2026-11-14")),
                   HistorySummary(id: "2026-11-21-007", log: HistoryFixture.exampleLog(overrun: 420))]
        let lines = HistoryListFormatter.trendLines(HistoryTrends(two), lang: lang)
        let c = Catalog(lang)
        #expect(lines.contains(c.f(.histTrendPause, 2, 2)))
        #expect(lines.contains(c.f(.histTrendOnTimeOverOther, 1, 2, "7 min")), "\(lines)")
    }
}
