import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// kill -9 in each phase of a meeting, then resume: the meeting continues in the same phase
/// with the same speaker, and the final log matches an uninterrupted run of the same script
/// (phases, turn counts, passes, attendance, next meeting), marked `recovered`.
@Suite(
    "Kill -9 and resume in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct FaultKillResumeTests {
    /// Where a run is killed.
    enum Phase: String, CaseIterable, Sendable {
        case checkIn, openingRound, sharing, pause, closing, nextMeeting

        /// The phase's name in the resume prompt.
        var title: String {
            switch self {
            case .checkIn: return "“Check-in”"
            case .openingRound: return "“Round”"
            case .sharing: return "“Sharing”"
            case .pause: return "“Pause”"
            case .closing: return "“Closing”"
            case .nextMeeting: return "“Next meeting”"
            }
        }
    }

    /// Keys to send, then texts that must all be on one screen. `killPoint`: the state here is
    /// where a run that is killed in that phase is killed and must be found again on resume.
    struct Step: Sendable {
        var keys: [String] = []
        var text: String? = nil
        var expect: [String]
        var killPoint: Phase? = nil
    }

    /// A whole meeting of six: Liv has sent word, Ola passes, a pause, a theme for next time.
    static let script: [Step] = [
        Step(expect: ["Leading today: Kari"]),
        Step(
            keys: ["Down", "Down", "Down", "Down", "Space"],
            expect: ["absent with notice", "5 present of 6"], killPoint: .checkIn),
        Step(keys: ["Enter"], expect: ["Our rules"]),
        Step(keys: ["Enter"], expect: ["K a r i", "Turn 1 of 5"]),
        Step(keys: ["Enter"], expect: ["O l a", "Turn 2 of 5"]),
        Step(keys: ["s"], expect: ["S i r i", "Turn 3 of 5"], killPoint: .openingRound),
        Step(keys: ["Enter", "Enter"], expect: ["N i l s", "Turn 5 of 5"]),
        Step(keys: ["Enter"], expect: ["Sharing – in turn", "K a r i"], killPoint: .sharing),
        Step(keys: ["p"], expect: ["of the pause left"], killPoint: .pause),
        Step(keys: ["p"], expect: ["O l a"]),
        Step(
            keys: ["Enter", "Enter", "Enter", "Enter"],
            expect: ["Closing – say something appreciative", "K a r i"]),
        Step(
            keys: ["Enter", "Enter"],
            expect: ["Closing – say something appreciative", "S i r i", "Turn 3 of 5"],
            killPoint: .closing),
        Step(keys: ["Enter", "Enter", "Enter"], expect: ["Next to lead", "Ola  ↑/↓"]),
        Step(keys: ["Enter"], expect: ["Do not write names"]),
        Step(
            keys: ["Enter"], text: "Grenser", expect: ["accept date", "Grenser"],
            killPoint: .nextMeeting),
        Step(keys: ["Enter"], expect: ["The meeting is over", "The anonymous log is saved"]),
    ]

    struct Failure: Error, Sendable, CustomStringConvertible { var description: String }

    /// The uninterrupted run's log, made once for all cases.
    static let baseline: Result<SessionLog, Failure> = {
        do { return .success(try run(killAt: nil)) } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// Runs the script, killing the program once at `killAt` and resuming; returns the final log.
    static func run(killAt: Phase?) throws -> SessionLog {
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        for step in script {
            if let text = step.text { tmux.sendText(text) }
            tmux.sendKeys(step.keys)
            try waitForAll(step.expect, on: tmux)
            guard let phase = killAt, step.killPoint == phase else { continue }

            try tmux.signalProgram(SIGKILL)
            try #require(tmux.waitForExit(), "runde survived kill -9")
            #expect(tmux.exitStatus == 128 + SIGKILL)
            #expect(
                FileManager.default.fileExists(atPath: bed.journal),
                "the journal is kept after kill -9")
            #expect(try bed.logs().isEmpty, "no log before the meeting is finished")
            tmux.kill()

            tmux = try bed.startMeeting()
            try waitForAll(["A meeting was not finished", phase.title], on: tmux)
            tmux.sendKeys("Enter")
            try waitForAll(step.expect, on: tmux, "after resuming in \(phase)")
        }
        tmux.sendKeys("Enter")
        try #require(tmux.waitForExit(), "runde did not exit:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 0)
        #expect(
            !FileManager.default.fileExists(atPath: bed.journal),
            "the journal is deleted at the end")
        #expect(
            !FileManager.default.fileExists(atPath: bed.lock), "the lock is released at the end")
        let logs = try bed.logs()
        try #require(logs.count == 1, "logs: \(logs.map(\.name))")
        #expect(bed.filesContaining("Kari").isEmpty && bed.filesContaining("Siri").isEmpty)
        return logs[0].log
    }

    static func waitForAll(_ texts: [String], on tmux: Tmux, _ comment: String = "") throws {
        let ok = tmux.waitFor(timeout: 8) { screen in texts.allSatisfy { screen.contains($0) } }
        try #require(ok, "waiting for \(texts) \(comment):\n\(tmux.capture())")
    }

    @Test func uninterruptedRunGivesTheReferenceLog() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let log = try Self.baseline.get()
        #expect(log.completed && !log.recovered)
        #expect(
            log.phases.map(\.kind) == [
                "check_in", "opening", "opening_round", "sharing", "pause", "sharing",
                "closing_round", "next_meeting", "summary",
            ])
        #expect(log.phases.map { $0.turns?.count } == [nil, nil, 5, 1, nil, 4, 5, nil, nil])
        #expect(log.phases[2].turns?.passes == 1)
        #expect(
            log.attendance
                == .init(members: 6, present: 5, notifiedAbsent: 1, absent: 0, late: 0, guests: 0))
        #expect(log.next.theme == "Grenser" && log.next.leaderChosen)
    }

    @Test(arguments: Phase.allCases)
    func killedAndResumed(in phase: Phase) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let reference = try Self.baseline.get()
        let log = try Self.run(killAt: phase)
        #expect(log.completed)
        #expect(log.recovered, "a resumed meeting is marked recovered")
        #expect(
            LogShape(log) == LogShape(reference), "\n\(LogShape(log))\nvs\n\(LogShape(reference))")
        #expect(log.durationS < 600)
    }
}

extension Tmux {
    /// Polls the pane until `condition` holds for one capture of the screen.
    func waitFor(timeout: TimeInterval, _ condition: (String) -> Bool) -> Bool {
        waitUntil(timeout: timeout) { condition(capture()) }
    }
}
