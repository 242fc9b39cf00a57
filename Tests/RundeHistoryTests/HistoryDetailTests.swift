import Foundation
import RundeText
import Testing

@testable import RundeCore
@testable import RundeHistory

@Suite("HistoryDetail")
struct HistoryDetailTests {
    @Test func phasesAreMergedWithPlannedTimes() {
        let d = HistoryDetail(id: "2026-11-21-007", log: HistoryFixture.exampleLog())
        #expect(
            d.phases.map(\.kind) == [
                "check_in", "opening", "opening_round", "sharing", "pause", "closing_round",
                "next_meeting",
            ])
        let sharing = d.phases[3]
        #expect(sharing.actualS == (3550 - 1210) + (6400 - 4450))
        #expect(sharing.segments == 2)
        #expect(sharing.turns?.count == 18)
        #expect(sharing.turns?.passes == 1)
        #expect(sharing.turns?.maxS == 400)
        #expect(d.phases[0].plannedS == 300)
        #expect(d.phases[2].plannedS == 6 * 180)
        #expect(d.phases[4].plannedS == 900)
        #expect(d.phases[5].plannedS == 6 * 60)
        // Sharing gets the rest of the 120 minutes.
        #expect(sharing.plannedS == 7200 - (300 + 180 + 1080 + 900 + 360 + 300))
        #expect(d.perPersonS == [1400, 1100, 950, 900, 600, 300])
    }

    @Test func aPauseNotTakenStillShowsItsPlan() {
        var log = HistoryFixture.exampleLog(pause: false)
        log.phases.removeAll { $0.kind == "pause" }
        let d = HistoryDetail(id: "x", log: log)
        let pause = d.phases.first { $0.kind == "pause" }
        #expect(pause?.actualS == 0)
        #expect(pause?.plannedS == 900)
        #expect(d.phases.map(\.kind)[3...4] == ["sharing", "pause"])
    }

    @Test func tableShowsTimelineTurnsAndAnonymousBars() {
        let d = HistoryDetail(id: "2026-11-21-007", log: HistoryFixture.exampleLog())
        let text = HistoryDetailFormatter.table(d)
        #expect(
            text.hasPrefix(
                "Meeting 7  (2026-11-21-007)\n\nDate                 Saturday 21 November 2026\n"))
        #expect(text.contains("Duration             1:59:28 (plan 2:00:00, -0:00:32)"))
        #expect(text.contains("Pause                0:15:00 at minute 59"))
        #expect(text.contains("Theme for next time  Skam"))
        #expect(text.contains("Round          0:18:00   0:17:30  -0:00:30"))
        #expect(
            text.contains("Sharing        1:08:00   1:11:30  +0:03:30  ████████████████████████\n")
        )
        #expect(text.contains("Sharing           18       1  0:03:40  0:06:40         5"))
        #expect(
            text.contains(
                "\nSpeaking time (anonymous, sorted)\n0:23:20  27%  ████████████████████████████████████████\n"
            ))
        #expect(text.hasSuffix("0:05:00   6%  ████████▋\n"))
        let nb = HistoryDetailFormatter.table(d, lang: .nb)
        #expect(nb.contains("Avslutning"))
        #expect(nb.contains("Taletid (anonym, sortert)"))
        #expect(nb.contains("0:15:00 ved minutt 59"))
    }

    @Test func jsonAndMarkdownForms() throws {
        let d = HistoryDetail(
            id: "2026-11-21-007", log: HistoryFixture.exampleLog(theme: "Grenser | regler"))
        let json = HistoryDetailFormatter.json(d)
        #expect(try JSONDecoder().decode(HistoryDetail.self, from: Data(json.utf8)) == d)
        #expect(json.contains("\"planned_s\" : 4080"))
        let md = HistoryDetailFormatter.markdown(d)
        #expect(
            md.hasPrefix(
                "# Meeting 7 · Saturday 21 November 2026\n\n- **Date**: Saturday 21 November 2026\n"
            ))
        #expect(md.contains("- **Theme for next time**: Grenser \\| regler\n"))
        #expect(md.contains("| Sharing | 1:08:00 | 1:11:30 | +0:03:30 | 18 | 1 | 0:06:40 |"))
        #expect(md.contains("| Pause | 0:15:00 | 0:15:00 | ±0:00:00 |  |  |  |"))
        #expect(HistoryDetailFormatter.render(d, format: .csv) == HistoryDetailFormatter.table(d))
    }

    @Test func controlCharactersInALogNeverReachTheOutput() {
        var log = HistoryFixture.exampleLog(theme: "\u{1B}[2Jwiped")
        log.phases[0].kind = "check_in\u{1B}[31m"
        let d = HistoryDetail(id: "a\u{07}b", log: log)
        for f in [HistoryFormat.table, .json, .markdown] {
            let out = HistoryDetailFormatter.render(d, format: f)
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(f)")
        }
    }
}
