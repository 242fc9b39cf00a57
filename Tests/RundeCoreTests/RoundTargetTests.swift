import Testing

@testable import RundeCore

/// DESIGN §1 "Turn length": one target per round, the same for everyone in it, between half
/// and twice the step's planned turn length, ahead of the plan or far behind it.
@Suite struct RoundTargetTests {
    typealias F = Fixture

    @Test(arguments: 0..<4)
    func withinARoundEveryTargetIsEqualAndWithinBounds(batch: Int) {
        for k in 0..<300 {
            let seed = UInt64(50_000 + batch * 1000 + k)
            var rng = SplitMix64(seed: seed)
            let members = Int.random(in: 2...10, using: &rng)
            var setup = F.setup(members: members, leader: Int.random(in: 0..<members, using: &rng))
            let format = MeetingFormat.allCases.randomElement(using: &rng)!
            setup.agenda = format.agenda
            var s = MeetingState(setup: setup)
            // Each round (an item, in a mode) and the bounds its target was checked against.
            var bounds: [String: ClosedRange<Int>] = [:]
            var targets: [String: Int] = [:]
            for _ in 0..<Int.random(in: 20...250, using: &rng) {
                let e: MeetingEvent =
                    Int.random(in: 0..<20, using: &rng) == 0
                    ? .undo : PropertyTests.randomEvent(s, &rng)
                let before = s
                _ = s.apply(e)
                let key = "\(s.itemOrdinal)-\(s.sharingMode)"
                let sameRound =
                    s.itemOrdinal == before.itemOrdinal && s.sharingMode == before.sharingMode
                    && s.phase == before.phase
                if sameRound, e != .undo, let a = before.roundTarget, let b = s.roundTarget {
                    #expect(
                        a == b,
                        "the round's target changed in the middle of the round, seed \(seed)")
                }
                if let t = s.roundTarget, targets[key] != t {
                    let b = s.turnBounds(s.item)
                    #expect(b.contains(t), "round target \(t) outside \(b), seed \(seed)")
                    bounds[key] = b
                    targets[key] = t
                }
                if e == .undo { continue }
                guard let turn = s.turn, [.openingRound, .sharing].contains(s.phase),
                    turn.startedAt != before.turn?.startedAt || turn.speaker != before.turn?.speaker
                else { continue }
                // A turn that starts now gets the round's one target: never over time, never ballooning.
                #expect(
                    turn.targetSeconds == s.roundTarget,
                    "a turn's target differs from its round's, seed \(seed)")
                #expect(turn.remaining(at: s.now) > 0, "a turn started over time, seed \(seed)")
                if let b = bounds[key] { #expect(b.contains(turn.targetSeconds), "seed \(seed)") }
            }
        }
    }

    /// Far behind (the opening ran an hour over) and far ahead (everything skipped at once):
    /// the sharing round's target is held to half and twice the planned turn.
    @Test func farBehindAndFarAheadStayWithinHalfAndTwice() {
        var behind = MeetingState(setup: F.setup())
        _ = behind.apply(.advance)
        _ = behind.apply(.tick(F.at(3 * 3600)))
        _ = behind.apply(.advance)
        let planned = behind.plannedTurnSeconds(behind.item)
        #expect(
            behind.turn.map { Double($0.targetSeconds) } == (planned / 2 / 15).rounded(.up) * 15)
        var ahead = MeetingState(setup: F.setup())
        _ = ahead.apply(.advance)
        _ = ahead.apply(.advance)
        _ = ahead.apply(.skipPhase)
        #expect(ahead.phase == .sharing)
        let p = ahead.plannedTurnSeconds(ahead.item)
        #expect(ahead.turn.map { Double($0.targetSeconds) }! <= p * 2)
        #expect(ahead.turn.map { Double($0.targetSeconds) }! >= p / 2)
    }

    @Test func pastThePlannedEndThePauseIsNotSuggested() {
        var s = MeetingState(setup: F.setup())
        _ = s.apply(.advance)
        _ = s.apply(.advance)
        _ = s.apply(.tick(F.at(Double(s.setup.plan.meetingMinutes * 60 + 60))))
        #expect(!s.pauseSuggested)
    }
}
