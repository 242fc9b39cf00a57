import Testing

@testable import RundeCore

/// Remaining times are computed from instants, so irregular ticks and a 40-minute sleep
/// never make the displayed times drift.
@Suite struct NoDriftTests {
    typealias F = Fixture

    @Test func twoHoursOfIrregularTicksWithALaptopSleep() {
        var rng = SplitMix64(seed: 42)
        var s = MeetingState(setup: F.setup())
        var t = 0.0
        func tick(_ dt: Double) {
            t += dt
            _ = s.apply(.tick(F.at(t)))
        }
        tick(30)
        _ = s.apply(.advance)  // opening
        tick(30)
        _ = s.apply(.advance)  // opening round, first turn
        // 50 minutes of irregular ticks within the turns, changing speaker every ~3 minutes.
        var turnStart = t
        while t < 3000 {
            tick(Double.random(in: 0.2...2.9, using: &rng))
            if let turn = s.turn {
                let truth = Double(turn.targetSeconds) - (t - turnStart)
                #expect(abs(turn.remaining(at: s.now) - truth) < 1e-6)
                #expect(abs(s.meetingElapsed - t) < 1e-6)
            }
            if t - turnStart > 180 {
                _ = s.apply(.advance)
                turnStart = t
            }
        }
        _ = s.apply(.startPause)
        let pauseStart = t
        tick(1.3)
        // The lid closes for 40 minutes: one tick arrives after the wake-up.
        tick(40 * 60)
        #expect(abs((s.pause!.deadline - s.now) - (15 * 60 - (t - pauseStart))) < 1e-3)
        #expect(s.pause!.overAnnounced)
        _ = s.apply(.endPause)
        turnStart = t
        while t < 7200 {
            tick(Double.random(in: 0.5...1.5, using: &rng))
            if s.turn == nil {
                _ = s.apply(.advance)
                turnStart = t
                continue
            }
            let truth = Double(s.turn!.targetSeconds) - (t - turnStart)
            #expect(abs(s.turn!.remaining(at: s.now) - truth) < 1e-6)
            if t - turnStart > 300 {
                _ = s.apply(.advance)
                turnStart = t
            }
            if s.phase == .nextMeeting || s.phase == .summary { break }
        }
        #expect(abs(s.meetingElapsed - t) < 1e-6)
        #expect(abs((s.pauseTaken!.endedAt - s.pauseTaken!.startedAt) - (40 * 60 + 1.3)) < 1e-3)
    }
}
