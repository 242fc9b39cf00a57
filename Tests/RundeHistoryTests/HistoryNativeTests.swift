import Foundation
import RundeText
import Testing

@testable import RundeCore
@testable import RundeHistory

/// The history as a Norwegian group reads it: a list that fits the window, the first meeting's
/// steps by their own names, the evaluation's decision, whole people in the attendance.
@Suite("History, fitted and named")
struct HistoryNativeTests {
    static func summaries(_ n: Int = 12) -> [HistorySummary] {
        var gen = SampleLogGenerator(seed: 11)
        return (1...n).map { i in
            var s = HistorySummary(
                id: "2026-01-\(10 + i)-\(i < 10 ? "00" : "0")\(i)", log: gen.log(number: i))
            s.theme = "Å be om hjelp når det butter imot, og å ta imot den"
            return s
        }
    }

    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { HistoryFormatting.width(String($0)) }.max() ?? 0
    }

    @Test(arguments: [Lang.nb, .en], [80, 60, 100])
    func theFittedTableIsNoWiderThanTheWindow(lang: Lang, width: Int) {
        let all = Self.summaries()
        let full = HistoryListFormatter.table(all, lang: lang)
        #expect(Self.widest(full) > width, "the whole table is wider, so the test can fail")
        let fitted = HistoryListFormatter.table(all, lang: lang, width: width)
        #expect(Self.widest(fitted) <= width, "\(fitted)")
        // Every meeting is still there, with its duration and (cut) theme.
        #expect(fitted.split(separator: "\n").count == all.count + 1)
        #expect(fitted.contains(HistoryFormatting.clock(all[0].durationS)))
        #expect(fitted.contains("…"))
    }

    @Test func columnsGoInTheStatedOrder() {
        let all = Self.summaries()
        let l = HistoryLabels(lang: .nb)
        let header80 = String(
            HistoryListFormatter.table(all, lang: .nb, width: 80).split(separator: "\n")[0])
        // Left out first: guests, arrived late, absent; kept: number, present, duration, theme.
        #expect(!header80.contains(l.guests))
        #expect(!header80.contains(l.late))
        #expect(header80.contains(l.number))
        #expect(header80.contains(l.present))
        #expect(header80.contains(l.duration))
        #expect(header80.contains(l.theme))
        // Wide enough for everything: nothing is left out or cut.
        let full = HistoryListFormatter.table(all, lang: .nb)
        #expect(HistoryListFormatter.table(all, lang: .nb, width: 400) == full)
        #expect(full.split(separator: "\n")[0].contains(l.guests))
    }

    static func firstMeetingLog() -> SessionLog {
        var log = HistoryFixture.exampleLog(number: 1)
        let allPassed = SessionLog.TurnStats(
            count: 6, passes: 6, totalS: 0, minS: 0, medianS: 0, maxS: 0, overruns: 0)
        let spoke = SessionLog.TurnStats(
            count: 6, passes: 0, totalS: 1200, minS: 100, medianS: 200, maxS: 300, overruns: 0)
        log.format = "first"
        log.phases = [
            .init(kind: "check_in", startS: 0, endS: 95, label: "check_in"),
            .init(
                kind: "opening_round", startS: 95, endS: 1295, turns: spoke,
                label: "presentation_round"),
            .init(
                kind: "opening_round", startS: 1295, endS: 2495, turns: spoke,
                label: "expectations_round"),
            .init(
                kind: "opening_round", startS: 2495, endS: 2600, turns: allPassed,
                label: "use_group"),
            .init(kind: "opening", startS: 2600, endS: 3000, label: "frame"),
            .init(
                kind: "closing_round", startS: 3000, endS: 3400, turns: spoke,
                label: "closing_round"),
            .init(kind: "next_meeting", startS: 3400, endS: 3600, label: "next_meeting"),
            .init(kind: "summary", startS: 3600, endS: 3700, label: "summary"),
        ]
        return log.with(decision: "go_on", newHorizon: 8).with(farewellRound: true)
    }

    @Test func theFirstMeetingsRoundsAreShownAsThemselves() {
        let d = HistoryDetail(id: "2026-11-21-001", log: Self.firstMeetingLog())
        let l = HistoryLabels(lang: .nb)
        let names = d.phases.map { l.step(kind: $0.kind, label: $0.label) }
        #expect(names.contains("Presentasjon"))
        #expect(names.contains("Forventninger"))
        #expect(names.contains("Bruke gruppa"))
        #expect(names.filter { $0 == "Runde" }.isEmpty)
        // Planned with the format's own minutes (20 each), not a fair share.
        #expect(d.phases.first { $0.label == "presentation_round" }?.plannedS == 20 * 60)
        let text = HistoryDetailFormatter.table(d, lang: .nb)
        #expect(!text.contains("Oppsummering"))
        #expect(text.contains("Presentasjon"))
    }

    @Test func noMedianWhereNobodySpoke() {
        let d = HistoryDetail(id: "2026-11-21-001", log: Self.firstMeetingLog())
        let text = HistoryDetailFormatter.table(d, lang: .nb)
        let row = text.split(separator: "\n").first {
            $0.hasPrefix("Bruke gruppa") && $0.contains("-")
        }
        #expect(row != nil)
        #expect(!(row ?? "").contains("0:00:00"), "\(row ?? "")")
    }

    @Test func theDecisionAndAFarewellAreShownWithoutNames() {
        let d = HistoryDetail(id: "2026-11-21-001", log: Self.firstMeetingLog())
        #expect(d.decision == "go_on" && d.newHorizon == 8 && d.farewell)
        let nb = HistoryDetailFormatter.table(d, lang: .nb)
        #expect(
            nb.split(separator: "\n").contains {
                $0.hasPrefix("Beslutning ") && $0.hasSuffix("  gruppa fortsetter, 8 møter til")
            })
        #expect(nb.contains("Et medlem tok farvel med gruppa i dette møtet."))
        let en = HistoryDetailFormatter.table(d, lang: .en)
        #expect(en.contains("the group goes on, 8 more meetings"))
        // A decision the log does not know is not shown.
        var odd = Self.firstMeetingLog()
        odd.decision = "Quixtamar"
        #expect(
            !HistoryDetailFormatter.table(HistoryDetail(id: "x", log: odd)).contains("Quixtamar"))
    }

    @Test func theLogRoundTripsLabelsAndTheDecision() throws {
        let log = Self.firstMeetingLog()
        let data = try SessionLogCodec.encode(log)
        let back = try SessionLogCodec.decode(data, file: "x.json")
        #expect(back.phases.map(\.label) == log.phases.map(\.label))
        #expect(back.decision == "go_on" && back.newHorizon == 8)
        let fast = data.withUnsafeBytes {
            FastLogDecoder.decode($0.bindMemory(to: UInt8.self))
        }
        #expect(fast?.phases.map(\.label) == log.phases.map(\.label))
    }

    @Test func attendanceReadsAsWholePeople() {
        let lines = HistoryListFormatter.trendLines(
            HistoryTrends(Self.summaries()), lang: .nb)
        let attendance = lines[0]
        #expect(attendance.hasPrefix("Oppmøte: i snitt "))
        #expect(!attendance.contains(","), "\(attendance)")
    }
}
