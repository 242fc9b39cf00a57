import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

/// The history views as text at 80×24, in both languages (DESIGN §6).
@Suite("HistoryViews")
struct HistoryViewTests {
    static func state(screen: HistoryBrowserState.Screen = .list) -> HistoryBrowserState {
        var s = HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
        s.screen = screen
        if screen != .list {
            s.selected = 1
            s.detail = HistoryTUIFixtures.detail("2026-10-22-004")
        }
        return s
    }

    @Test func listInEnglish() {
        let expected = #"""
             Runde · Meetings                                                             5
              Date        No.    Present       Time / plan Pause  Bal.   Theme
            › 2026-11-05    5        7/8 1:59:10 / 2:00:00 yes    0.15   (unfinished) "Å b…
              2026-10-22    4        6/8 2:11:40 / 2:00:00 yes    0.19   Grenser
              2026-10-08    3        5/8 1:59:50 / 2:00:00 yes    0.24   Sorg, savn og hve…
              2026-09-24    2        7/8 2:04:20 / 2:00:00 no     0.27   Skam
              2026-09-10    1        8/8 1:57:00 / 2:00:00 yes    0.31   Å komme i gang
















             ↑↓ select   Enter details   / filter   t trends   d delete   ? help   q quit
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .list), lang: .en) == expected)
    }

    @Test func listInNorwegian() {
        let expected = #"""
             Runde · Møter                                                                5
              Dato        Nr.  Til stede        Tid / plan Pause  Bal.   Tema
            › 2026-11-05    5        7/8 1:59:10 / 2:00:00 ja     0,15   (uferdig) "Å be o…
              2026-10-22    4        6/8 2:11:40 / 2:00:00 ja     0,19   Grenser
              2026-10-08    3        5/8 1:59:50 / 2:00:00 ja     0,24   Sorg, savn og hve…
              2026-09-24    2        7/8 2:04:20 / 2:00:00 nei    0,27   Skam
              2026-09-10    1        8/8 1:57:00 / 2:00:00 ja     0,31   Å komme i gang
















             ↑↓ velg  Enter detaljer  / filter  t trender  d slett  ? hjelp  q avslutt
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .list), lang: .nb) == expected)
    }

    @Test func detailInEnglish() {
        let expected = #"""
             Meeting 4 · Thursday 22 October 2026
             Present 6/8 · absent with notice 1 · absent 1 · arrived late 1 · guests 0
             Duration 2:11:40 (plan 2:00:00, +0:11:40) · pause 0:15:00 · balance 0.19
             Theme: Grenser
             Theme for next time: Grenser

             Phases        Planned  Actual
             Check-in      0:05:00 0:01:35  ▋░
             Opening       0:03:00 0:01:05  ▍
             Opening round 0:18:00 0:17:30  ██████▍                     6 turns, 1 pass
             Sharing       1:08:00 1:11:30  ██████████████████████████  18 turns, 1 pass
             Pause         0:15:00 0:15:00  █████▌
             Closing round 0:06:00 0:06:40  ██▍                         6 turns
             Next meeting  0:05:00 0:05:00  █▉
             Summary       0:00:00 0:13:20  ████▉

             Speaking time (anonymous, sorted)
             0:23:20  27%  ███████████████████████  0:15:00  17%  ██████████████▊
             0:18:20  21%  ██████████████████▏      0:10:00  11%  █████████▉
             0:15:50  18%  ███████████████▋         0:05:00   6%  ████▉



             ↑↓ previous/next   Esc back   t trends   d delete   ? help   q quit
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .detail), lang: .en) == expected)
    }

    @Test func detailInNorwegian() {
        let expected = #"""
             Møte 4 · torsdag 22. oktober 2026
             Til stede 6/8 · meldt fravær 1 · fravær 1 · kom senere 1 · gjester 0
             Varighet 2:11:40 (plan 2:00:00, +0:11:40) · pause 0:15:00 · balanse 0,19
             Tema: Grenser
             Tema til neste gang: Grenser

             Faser        Planlagt Faktisk
             Oppmøte       0:05:00 0:01:35  ▋░
             Åpning        0:03:00 0:01:05  ▍
             Runde         0:18:00 0:17:30  ██████▍                     6 turer, 1 stå over
             Samtale       1:08:00 1:11:30  ██████████████████████████  18 turer, 1 stå over
             Pause         0:15:00 0:15:00  █████▌
             Avslutning    0:06:00 0:06:40  ██▍                         6 turer
             Neste møte    0:05:00 0:05:00  █▉
             Oppsummering  0:00:00 0:13:20  ████▉

             Taletid (anonym, sortert)
             0:23:20  27%  ███████████████████████  0:15:00  17%  ██████████████▊
             0:18:20  21%  ██████████████████▏      0:10:00  11%  █████████▉
             0:15:50  18%  ███████████████▋         0:05:00   6%  ████▉



             ↑↓ forrige/neste   Esc tilbake   t trender   d slett   ? hjelp   q avslutt
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .detail), lang: .nb) == expected)
    }

    @Test func trendsInEnglish() {
        let expected = #"""
             Runde · Trends                                                      5 meetings

             Attendance █▇▅▆▇
                        83% · min 63% · max 100%

             Overrun    ▁▄▁█▁
                        on time: 2 of 4 · longest overrun 12 min

             Balance    ▃▃▃▂▂
                        0.23 · 0 = even, 1 = one person spoke alone

             Attendance: 83% on average (6.6 of 8.0); last 4 meetings 78%.
             On time: 2 of 4 meetings ended within the plan; the others ran 8 min over on
             average.
             Balance of speaking time (0 = everyone spoke equally long, 1 = one person
             spoke all the time): 0.23 on average; first half 0.29, second half 0.19.
             Pause: taken in 4 of 5 meetings.






             Esc back   ? help   q quit
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .trends), lang: .en) == expected)
    }

    @Test func trendsInNorwegian() {
        let expected = #"""
             Runde · Trender                                                        5 møter

             Oppmøte    █▇▅▆▇
                        83 % · min 63 % · maks 100 %

             Over tid   ▁▄▁█▁
                        på tid: 2 av 4 · mest over tid 12 min

             Balanse    ▃▃▃▂▂
                        0,23 · 0 = jevnt, 1 = én snakket alene

             Oppmøte: i snitt 83 % (6,6 av 8,0); siste 4 møter 78 %.
             På tid: 2 av 4 møter sluttet innen planen; de andre gikk i snitt 8 min over.
             Balanse i taletid (0 = alle snakket like lenge, 1 = én snakket hele tiden): i
             snitt 0,23; første halvdel 0,29, siste halvdel 0,19.
             Pause: tatt i 4 av 5 møter.







             Esc tilbake   ? hjelp   q avslutt
            """#
        #expect(HistoryTUIFixtures.frame(Self.state(screen: .trends), lang: .nb) == expected)
    }

    @Test func tooSmallWindowSaysSo() {
        let expected = #"""





                          Make the window larger
                       at least 60 × 16 characters
                                 50 × 12




            """#
        #expect(HistoryTUIFixtures.frame(Self.state(), width: 50, height: 12) == expected)
        #expect(
            HistoryTUIFixtures.frame(Self.state(), width: 60, height: 16).contains(
                "Runde · Meetings"))
    }
}
