import RundeCore
import RundeHistory
import RundeText
import Testing

/// A count of one is a whole sentence of its own in both languages: never "1 meetings".
@Suite("History: one meeting, one member, one guest")
struct HistoryPluralTests {
    static let pluralOfOne = [
        "1 meetings", "1 møter", "1 members", "1 medlemmer", "1 guests", "1 gjester", "1 turns",
        "1 turer",
    ]

    @Test(arguments: Lang.allCases)
    func oneMeetingIsSingularInMarkdownAndTrends(_ lang: Lang) {
        let one = [
            HistorySummary(id: "2026-11-21-007", log: HistoryFixture.exampleLog(overrun: 420))
        ]
        let markdown = HistoryListFormatter.markdown(one, lang: lang)
        for plural in Self.pluralOfOne {
            #expect(!markdown.contains(plural), "\(plural) in:\n\(markdown)")
        }
        let c = Catalog(lang)
        #expect(markdown.contains(c.f(.histMarkdownCount1, "2026-11-21")))
        #expect(markdown.contains(c.f(.histTrendPause1, 1)))
        #expect(
            markdown.contains(c.f(.histTrendOnTimeOver1, lang == .nb ? "7 min" : "7 min")),
            "\(markdown)")
    }

    @Test(arguments: Lang.allCases)
    func twoMeetingsStayPlural(_ lang: Lang) {
        let two = [
            HistorySummary(
                id: "2026-11-14-006", log: HistoryFixture.exampleLog(number: 6, date: "2026-11-14")),
            HistorySummary(id: "2026-11-21-007", log: HistoryFixture.exampleLog(overrun: 420)),
        ]
        let lines = HistoryListFormatter.trendLines(HistoryTrends(two), lang: lang)
        let c = Catalog(lang)
        #expect(lines.contains(c.f(.histTrendPause, 2, 2)))
        #expect(lines.contains(c.f(.histTrendOnTimeOverOther, 1, 2, "7 min")), "\(lines)")
    }

    @Test(arguments: Lang.allCases)
    func anUnfinishedMeetingIsNeverCountedAsOnTime(_ lang: Lang) {
        var stopped = HistoryFixture.exampleLog(number: 7, date: "2026-11-21", duration: 1800)
        stopped.completed = false
        let two = [
            HistorySummary(
                id: "2026-11-14-006", log: HistoryFixture.exampleLog(number: 6, date: "2026-11-14")),
            HistorySummary(id: "2026-11-21-007", log: stopped),
        ]
        let t = HistoryTrends(two)
        #expect(t.onTimeCount == 1 && t.finishedCount == 1)
        let lines = HistoryListFormatter.trendLines(t, lang: lang)
        #expect(lines.contains(Catalog(lang).f(.histTrendOnTime1, 1)), "\(lines)")
    }
}

/// A log that cannot be read is worded in the reader's language, also when the reason comes
/// back from the index cache (which keeps a code, never a sentence).
@Suite("History: unreadable logs in nb and en")
struct HistoryUnreadableWordsTests {
    static let problems: [ReadProblem] = [
        .empty, .notJSON, .cutOff, .noHeaderLine, .noSchema, .missingField("plan"),
        .wrongType(at: "attendance.present"),
        .unreadableContent, .outOfRange(field: "duration_s", value: "-5"), .cannotRead,
    ]

    @Test func everyReasonSurvivesTheCacheAndIsWordedInBothLanguages() {
        for p in Self.problems {
            #expect(ReadProblem(code: p.code) == p, "\(p.code)")
            #expect(Catalog(.nb).words(p) != Catalog(.en).words(p), "\(p)")
        }
        #expect(
            ReadProblem(code: "not a readable Runde log (not valid JSON)") == nil,
            "an older cache's sentence is refused")
        let e = SessionLogCodec.ReadError.corrupt(
            file: "2026-11-21-007.json", problem: .missingField("plan"))
        #expect(
            Catalog(.nb).words(e)
                == "2026-11-21-007.json: ikke en Runde-logg som kan leses (feltet plan mangler)")
        #expect(
            Catalog(.en).words(e)
                == "2026-11-21-007.json: not a readable Runde log (missing field plan)")
    }
}
