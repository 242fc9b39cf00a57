import Testing

@testable import RundeCore

/// A small exhaustive test store in the spirit of TCA's TestStore: every `send` states the
/// whole expected change of state and the exact effects.
struct TestStore {
    private(set) var state: MeetingState
    private(set) var events: [MeetingEvent] = []

    /// Whether `send` compares the undo stack too. Off by default: every step pushes the state
    /// before it, which the walk tests would otherwise restate each time; UndoTests check the
    /// stack by undoing and comparing whole states.
    var checksUndoStack = false

    init(setup: MeetingSetup) { state = MeetingState(setup: setup) }

    mutating func send(
        _ event: MeetingEvent, effects expected: [MeetingEffect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout MeetingState) -> Void = { _ in }
    ) {
        var want = state
        update(&want)
        let (got, fx) = reduce(state, event)
        if !checksUndoStack { want.undoStack = got.undoStack }
        if got != want {
            Issue.record(
                "state after \(event) differs:\n\(diff(want, got))", sourceLocation: sourceLocation)
        }
        #expect(fx == expected, "effects after \(event)", sourceLocation: sourceLocation)
        state = got
        events.append(event)
    }

    /// Advances the clock to an absolute offset (seconds since the meeting started).
    mutating func tick(
        _ offset: Double, effects: [MeetingEffect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout MeetingState) -> Void = { _ in }
    ) {
        let t = state.setup.startedAt + offset
        send(.tick(t), effects: effects, sourceLocation: sourceLocation) {
            $0.now = t
            update(&$0)
        }
    }

    private func diff(_ a: MeetingState, _ b: MeetingState) -> String {
        let ma = Mirror(reflecting: a).children
        let mb = Array(Mirror(reflecting: b).children)
        var out: [String] = []
        for (i, ca) in ma.enumerated() {
            let va = String(describing: ca.value)
            let vb = String(describing: mb[i].value)
            if va != vb {
                out.append("  \(ca.label ?? "?"):\n    expected \(va)\n    actual   \(vb)")
            }
        }
        return out.joined(separator: "\n")
    }
}

enum Fixture {
    static let t0 = Instant(1_800_000_000)
    static let date = LocalDate(year: 2027, month: 1, day: 15)

    static func setup(members: Int = 6, leader: Int = 0, plan: MeetingPlan = .standard)
        -> MeetingSetup
    {
        MeetingSetup(
            memberCount: members, leader: leader, meetingNumber: 7, date: date,
            utcOffsetSeconds: 3600, plan: plan, startedAt: t0)
    }

    static func at(_ s: Double) -> Instant { t0 + s }

    static func record(_ m: Int, _ seconds: Double, target: Int, passed: Bool = false)
        -> MeetingState.TurnRecord
    {
        .init(speaker: .member(m), seconds: seconds, passed: passed, targetSeconds: target)
    }

    static func turn(_ m: Int, at s: Double, target: Int) -> MeetingState.Turn {
        .init(speaker: .member(m), startedAt: at(s), targetSeconds: target)
    }

    static func segment(
        _ k: PhaseKind, _ a: Double, _ b: Double, mode: SharingMode? = nil,
        turns: [MeetingState.TurnRecord] = [], ordinal: Int = -1
    ) -> MeetingState.Segment {
        .init(kind: k, start: at(a), end: at(b), mode: mode, turns: turns, ordinal: ordinal)
    }

    /// What entering the next agenda item changes.
    static func advanceItem(_ s: inout MeetingState) {
        let it = s.upcoming.removeFirst()
        s.item = it
        s.itemOrdinal += 1
        s.entered.append(it)
        s.phase = it.kind
    }
}
