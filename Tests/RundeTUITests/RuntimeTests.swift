import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// A clock the test moves by hand.
final class FakeClock: MeetingClock {
    var t: Instant
    init(_ t: Instant) { self.t = t }
    func now() -> Instant { t }
}

/// A terminal that plays a script of inputs and records what was drawn.
final class FakeTerminal: Terminal {
    enum Step {
        case key(Key)
        case wait(seconds: Double)
        case resize(Int, Int)
        case signal(Int32)
    }
    var script: [Step]
    let clock: FakeClock
    var size: (width: Int, height: Int) = (80, 24)
    var draws: [Frame] = []
    var timeouts: [Int] = []
    var bells = 0
    var flashes = 0

    init(clock: FakeClock, script: [Step]) {
        self.clock = clock
        self.script = script
    }

    func nextInput(timeoutMs: Int) -> InputEvent {
        timeouts.append(timeoutMs)
        guard !script.isEmpty else { return .signal(15) }
        switch script.removeFirst() {
        case .key(let k):
            clock.t = clock.t + 0.25
            return .key(k)
        case .wait(let s):
            clock.t = clock.t + s
            return .timeout
        case .resize(let w, let h):
            size = (w, h)
            return .resize(width: w, height: h)
        case .signal(let n): return .signal(n)
        }
    }
    /// Records the frames that changed the screen, diffed as `CursesTerminal` does, and checks
    /// the renderer's hint: a diff of only the rows it names finds what a diff of all rows does.
    func draw(_ frame: Frame) {
        let allChanged = screen.previous.map { frame.changedRows(since: $0) }
        var rows: [Int] = []
        let outcome = screen.update(to: frame) { y, _ in rows.append(y) }
        if case .partial(hinted: true) = outcome { hintedDraws += 1 }
        if let allChanged, outcome != .full {
            #expect(
                rows.sorted() == allChanged,
                "the renderer's rows missed a change: \(rows) vs \(allChanged)")
        }
        if outcome != .unchanged { draws.append(frame) }
    }
    private var screen = ScreenDiff()
    var hintedDraws = 0
    func bell() { bells += 1 }
    func flash() { flashes += 1 }
    func restore() {}
}

@Suite struct RuntimeTests {
    static func model(clock: FakeClock) -> MeetingModel {
        let setup = MeetingSetup(
            memberCount: 3, leader: 0, meetingNumber: 1,
            date: LocalDate(year: 2027, month: 3, day: 4),
            utcOffsetSeconds: 0,
            plan: MeetingPlan(
                meetingMinutes: 30, pauseMinutes: 5, pauseAtMinute: 15,
                turnSeconds: 60, closingTurnSeconds: 30),
            startedAt: clock.now())
        return MeetingModel(
            meeting: MeetingState(setup: setup), roster: ["Kari", "Ola", "Siri"], groupName: "G",
            rules: "Regel", lang: .en)
    }

    @Test func aWholeShortMeetingThroughTheLoop() throws {
        let clock = FakeClock(Instant(2_000_000_000.4))
        var script: [FakeTerminal.Step] = [
            .key(.down), .key(.char(" ")), .key(.enter), .wait(seconds: 1), .key(.enter),
        ]
        // opening round (2 present)
        // (a second into each turn only its timer moves: the header's clock reads in minutes)
        for _ in 0..<2 { script += [.wait(seconds: 1), .wait(seconds: 29), .key(.enter)] }
        // sharing → pause → back
        script += [.wait(seconds: 200), .key(.char("p")), .wait(seconds: 300), .key(.enter)]
        script += [
            .resize(60, 16), .wait(seconds: 100), .resize(100, 30), .key(.enter), .key(.enter),
        ]
        script += [.key(.enter), .key(.enter)]  // closing round done, leader accepted
        script += "Håp".map { .key(.char($0)) } + [.key(.enter), .key(.enter), .key(.enter)]
        let terminal = FakeTerminal(clock: clock, script: script)
        let storage = MemoryStorage()
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock), storage: storage)
        let outcome = runtime.run()
        #expect(outcome == .finished)
        let state = runtime.model.meeting
        #expect(state.isFinished)
        #expect(state.attendance == [.present, .notifiedAbsent, .present])
        #expect(state.pauseTaken != nil)
        // The journal replays to the very same state.
        #expect(MeetingState.replay(setup: state.setup, events: storage.events) == state)
        let log = try #require(storage.finishedLog)
        #expect(log.completed && log.next.theme == "Håp")
        #expect(
            log.phases.map(\.kind) == [
                "check_in", "opening", "opening_round", "sharing", "pause", "sharing",
                "closing_round", "next_meeting", "summary",
            ])
        // Waits end at the next whole second; the clock started at .4, so the first wait is ~600 ms.
        #expect(terminal.timeouts.first.map { (590...610).contains($0) } == true)
        #expect(terminal.timeouts.allSatisfy { $0 <= 1002 })
        // Frames are drawn only when they change: fewer draws than wake-ups.
        #expect(terminal.draws.count <= terminal.timeouts.count)
        #expect(terminal.draws.contains { $0.width == 60 && $0.height == 16 })
        // A second that only moved the clock names the rows it changed (checked in the fake).
        #expect(terminal.hintedDraws > 0)
    }

    @Test func idleWakeUpsDoNotRedrawAnUnchangedScreen() {
        let clock = FakeClock(Instant(2_000_000_000))
        // Check-in shows no running timer... but the meeting clock in the header changes every
        // second. Hold the turn instead: the screen then stays the same while we wait.
        var script: [FakeTerminal.Step] = [.key(.enter), .key(.enter), .key(.char(" "))]
        script += Array(repeating: .wait(seconds: 0.2), count: 4)
        let terminal = FakeTerminal(clock: clock, script: script)
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock),
            storage: MemoryStorage())
        #expect(runtime.run() == .signal(15))
        #expect(runtime.model.meeting.turn?.isHeld == true)
        #expect(terminal.draws.count < terminal.timeouts.count)
    }

    @Test func diskTroubleIsShownAndTheMeetingGoesOn() {
        let clock = FakeClock(Instant(2_000_000_000))
        let storage = MemoryStorage()
        storage.failAppends = true
        let terminal = FakeTerminal(clock: clock, script: [.key(.enter), .wait(seconds: 1)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock), storage: storage)
        _ = runtime.run()
        #expect(runtime.model.meeting.phase == .opening)
        #expect(runtime.model.notice?.contains("disk full") == true)
        #expect(terminal.draws.last?.text.contains("Cannot save") == true)
    }

    @Test(arguments: BellMode.allCases)
    func bellIsOffUnlessTurnedOn(_ mode: BellMode) {
        let clock = FakeClock(Instant(2_000_000_000))
        // Into the opening round, then let the turn run out (its fair share is under 400 s).
        let terminal = FakeTerminal(
            clock: clock,
            script: [.key(.enter), .key(.enter), .wait(seconds: 200), .wait(seconds: 200)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock),
            storage: MemoryStorage(), bell: mode)
        _ = runtime.run()
        #expect(terminal.bells == (mode == .audible ? 1 : 0))
        #expect(terminal.flashes == (mode == .flash ? 1 : 0))
    }

    @Test func quitNeedsConfirmation() {
        let clock = FakeClock(Instant(2_000_000_000))
        let terminal = FakeTerminal(
            clock: clock,
            script: [.key(.char("q")), .key(.escape), .key(.char("q")), .key(.char("y"))])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock),
            storage: MemoryStorage())
        #expect(runtime.run() == .quit)
    }

    @Test func guestNamesStayInMemory() throws {
        let clock = FakeClock(Instant(2_000_000_000))
        var script: [FakeTerminal.Step] = [
            .key(.enter), .key(.enter), .key(.char("a")), .key(.enter), .key(.char("j")),
        ]
        script += "Gjestolina".map { .key(.char($0)) } + [.key(.enter)]
        let terminal = FakeTerminal(clock: clock, script: script)
        let storage = MemoryStorage()
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.model(clock: clock), storage: storage)
        _ = runtime.run()
        #expect(runtime.model.meeting.guests == 1)
        #expect(runtime.model.name(.guest(0)) == "Gjestolina")
        let journal = try storage.events.map {
            String(decoding: try JSONEncoder().encode($0), as: UTF8.self)
        }.joined()
        #expect(!journal.contains("Gjestolina"))
    }
}

/// Keys that reshape the meeting: `>` moves the next phase later, `n` skips the rest of one.
@Suite struct StructureKeyTests {
    @Test func nextPhaseCanBeMovedLater() {
        let clock = FakeClock(Instant(2_000_000_000))
        let terminal = FakeTerminal(
            clock: clock, script: [.key(.char(">")), .key(.enter), .key(.enter)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: RuntimeTests.model(clock: clock),
            storage: MemoryStorage())
        _ = runtime.run()
        // The opening card moved after the round: check-in leads straight into the round.
        #expect(runtime.model.meeting.phase == .openingRound)
        #expect(runtime.model.meeting.upcoming.map(\.label).prefix(2) == ["rules", "sharing"])
    }
}

/// The runtime hands every event to the storage; the journal behind it writes every event at
/// once but a tick that only moves the clock at most every `Journal.clockLineSeconds`: far
/// fewer writes while a turn runs, and still the same state on replay.
@Suite struct ClockSavingTests {
    /// A real journal in a temporary folder that checks, at every record, that what is on disk
    /// (the journal and its clock mark, as a resume after kill -9 reads them) replays to the
    /// runtime's state at that moment.
    final class ReplayCheckingStorage: MeetingStorage {
        let folder =
            NSTemporaryDirectory() + "runde-saving-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var path: String { folder + "/journal.jsonl" }
        let journal: Journal
        var runtime: MeetingRuntime?
        var mismatches = 0
        var records = 0
        /// Writes tried while `failing`.
        var refusedWrites = 0
        var failing = false {
            didSet {
                journal.writeCall = { [unowned self] fd, buffer in
                    if self.failing {
                        self.refusedWrites += 1
                        errno = ENOSPC
                        return -1
                    }
                    return write(fd, buffer.baseAddress, buffer.count)
                }
            }
        }

        init(setup: MeetingSetup) throws {
            journal = try Journal(path: folder + "/journal.jsonl", setup: setup)
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) throws {
            records += 1
            try journal.record(event, onlyMovesTheClock: onlyMovesTheClock)
            guard let state = runtime?.model.meeting, let read = try? Journal.read(path: path)
            else { return }
            if MeetingState.replay(setup: read.setup, events: read.events) != state {
                mismatches += 1
            }
        }
        func finish(log: SessionLog, state: MeetingState) throws -> String { "(test)" }

        /// The events written as lines (without the clock mark's instant).
        func lines() throws -> [MeetingEvent] {
            try FileIO.remove(Journal.clockMarkPath(for: path))
            return try Journal.read(path: path).events
        }
    }

    static func ticks(_ events: [MeetingEvent]) -> [Double] {
        events.compactMap { if case .tick(let t) = $0 { return t.seconds } else { return nil } }
    }

    @Test func idleTicksAreSavedOnceAMinuteAndEventsAtOnce() throws {
        let clock = FakeClock(Instant(2_000_000_000))
        var script: [FakeTerminal.Step] = [.key(.enter), .key(.enter)]  // into the opening round
        script += Array(repeating: .wait(seconds: 1), count: 95)
        script += [.key(.char(" ")), .wait(seconds: 1), .key(.char(" "))]  // hold and go on
        script += Array(repeating: .wait(seconds: 1), count: 20)
        let terminal = FakeTerminal(clock: clock, script: script)
        let model = RuntimeTests.model(clock: clock)
        let storage = try ReplayCheckingStorage(setup: model.meeting.setup)
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: storage)
        storage.runtime = runtime
        #expect(runtime.run() == .signal(15))
        #expect(
            storage.mismatches == 0, "every event, and every clock mark, replays to the live state")
        #expect(storage.records > 90, "every second is recorded (\(storage.records))")
        // Closing the journal saves the last instant: the lines alone replay to the final state.
        storage.journal.close()
        let events = try storage.lines()
        let state = runtime.model.meeting
        #expect(MeetingState.replay(setup: state.setup, events: events) == state)
        // About 120 s in the turn: a handful of ticks, not one a second.
        let ticks = Self.ticks(events)
        #expect(ticks.count <= 10, "\(ticks.count) ticks journaled: \(events)")
        // Each event comes right after a tick.
        for (i, e) in events.enumerated() where i > 0 {
            if case .tick = e { continue }
            guard case .tick(let t) = events[i - 1] else {
                Issue.record("\(e) without its tick")
                continue
            }
            #expect(abs(t.seconds - state.now.seconds) < 200)
        }
        // A tick on its own (not right before an event) is a minute after the previous one, or
        // changes more than the clock (the turn's time running out).
        for i in 1..<events.count - 1 {
            guard case .tick(let b) = events[i], case .tick = events[i + 1],
                case .tick(let a) = events[i - 1]
            else { continue }
            let timeUp = (state.setup.startedAt.seconds + 40...state.setup.startedAt.seconds + 50)
                .contains(b.seconds)
            #expect(
                b - a >= Journal.clockLineSeconds - 0.001 || timeUp,
                "ticks \(a.seconds) → \(b.seconds)")
        }
    }

    @Test func whileTheDiskRefusesEveryTickIsTriedAgain() throws {
        let clock = FakeClock(Instant(2_000_000_000))
        let model = RuntimeTests.model(clock: clock)
        let storage = try ReplayCheckingStorage(setup: model.meeting.setup)
        try storage.journal.start()
        storage.failing = true
        let terminal = FakeTerminal(
            clock: clock, script: [.key(.enter)] + Array(repeating: .wait(seconds: 1), count: 10))
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: storage)
        _ = runtime.run()
        #expect(storage.refusedWrites >= 10, "a retry every second while the disk is full")
        #expect(
            runtime.model.notice?.contains("the disk is full") == true,
            "\(runtime.model.notice ?? "no notice")")
    }
}
