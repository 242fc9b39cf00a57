import RundeCore
import RundeHistory
import RundeText

@testable import RundeTUI

/// Hand-made meetings for the history view and browser tests.
enum HistoryTUIFixtures {
    static func log(
        number: Int, date: String, theme: String, present: Int = 6, members: Int = 8,
        duration: Int = 7168, gini: Double = 0.22, pause: Bool = true, completed: Bool = true
    ) -> SessionLog {
        var phases: [SessionLog.PhaseRecord] = [
            .init(kind: "check_in", startS: 0, endS: 95),
            .init(kind: "opening", startS: 95, endS: 160),
            .init(
                kind: "opening_round", startS: 160, endS: 1210,
                turns: .init(
                    count: 6, passes: 1, totalS: 1050, minS: 30, medianS: 190, maxS: 260,
                    overruns: 1)),
            .init(
                kind: "sharing", startS: 1210, endS: 3550, mode: "round",
                turns: .init(
                    count: 10, passes: 0, totalS: 2340, minS: 60, medianS: 220, maxS: 400,
                    overruns: 3)),
            .init(kind: "pause", startS: 3550, endS: 4450),
            .init(
                kind: "sharing", startS: 4450, endS: 6400, mode: "open",
                turns: .init(
                    count: 8, passes: 1, totalS: 1950, minS: 90, medianS: 240, maxS: 380,
                    overruns: 2)),
            .init(
                kind: "closing_round", startS: 6400, endS: 6800,
                turns: .init(
                    count: 6, passes: 0, totalS: 400, minS: 50, medianS: 65, maxS: 80, overruns: 2)),
            .init(kind: "next_meeting", startS: 6800, endS: 7100),
            .init(kind: "summary", startS: 7100, endS: duration),
        ]
        if !pause { phases.remove(at: 4) }
        let absent = max(0, members - present - 1)
        return SessionLog(
            appVersion: "0.1.0", meetingNumber: number, date: date,
            startedAt: "\(date)T18:00:12+01:00", endedAt: "\(date)T19:59:40+01:00",
            durationS: duration,
            completed: completed, recovered: false, plan: .standard,
            attendance: .init(
                members: members, present: present, notifiedAbsent: members - present - absent,
                absent: absent, late: 1, guests: 0),
            phases: phases,
            speaking: .init(
                perPersonS: [1400, 1100, 950, 900, 600, 300].prefix(present).map { $0 },
                balanceGini: gini),
            pause: pause ? .init(taken: true, startMinute: 59, lengthS: 900) : .init(taken: false),
            overrunS: max(0, duration - 7200),
            next: .init(theme: theme, date: nil, leaderChosen: true), theme: theme)
    }

    static let logs: [(String, SessionLog)] = [
        (
            "2026-09-10-001",
            log(
                number: 1, date: "2026-09-10", theme: "Å komme i gang", present: 8, duration: 7020,
                gini: 0.31)
        ),
        (
            "2026-09-24-002",
            log(
                number: 2, date: "2026-09-24", theme: "Skam", present: 7, duration: 7460,
                gini: 0.27, pause: false)
        ),
        (
            "2026-10-08-003",
            log(
                number: 3, date: "2026-10-08", theme: "Sorg, savn og hverdag", present: 5,
                duration: 7190, gini: 0.24)
        ),
        (
            "2026-10-22-004",
            log(
                number: 4, date: "2026-10-22", theme: "Grenser", present: 6, duration: 7900,
                gini: 0.19)
        ),
        (
            "2026-11-05-005",
            log(
                number: 5, date: "2026-11-05", theme: "\"Å be om hjelp\"", present: 7,
                duration: 7150, gini: 0.15,
                completed: false)
        ),
    ]

    static var summaries: [HistorySummary] { logs.map { HistorySummary(id: $0.0, log: $0.1) } }

    static func detail(_ id: String) -> HistoryDetail? {
        logs.first { $0.0 == id }.map { HistoryDetail(id: $0.0, log: $0.1) }
    }

    static func frame(
        _ state: HistoryBrowserState, lang: Lang = .en, width: Int = 80, height: Int = 24
    ) -> String {
        HistoryBrowserView.render(state, width: width, height: height, lang: lang).text
    }
}
