import Testing

@testable import RundeCore

/// Domain bugs found by the bad-input corpus and the fuzz tests: each used to trap (crash the
/// process). The journal reader keeps such values away from the domain (`JournalSanity`), and
/// the domain itself clamps them too.
@Suite("Bad input: the domain does not trap on extreme numbers")
struct BadInputDomainBugsTests {
    static let t0 = Instant(1_800_000_000)

    static func roundInProgress() -> MeetingState {
        var m = MeetingState(setup: persistenceSampleSetup(members: 3))
        _ = m.apply(.tick(t0 + 10))
        _ = m.apply(.advance)
        _ = m.apply(.advance)
        return m
    }

    @Test
    func hugeTurnAdjustmentDoesNotTrap() {
        var m = Self.roundInProgress()
        _ = m.apply(.adjustTurn(minutes: .max))
        _ = m.apply(.adjustTurn(minutes: .min + 1))
        #expect(m.turn != nil)
    }

    @Test
    func farFutureTickDoesNotTrapTheLogBuilder() {
        var m = Self.roundInProgress()
        _ = m.apply(.tick(Instant(1e20)))
        let log = SessionLogBuilder.build(from: m, rosterNames: [])
        #expect(log.durationS > 0)
    }

    @Test
    func negativeMemberCountDoesNotTrap() {
        var setup = persistenceSampleSetup(members: 3)
        setup.memberCount = -1
        let m = MeetingState(setup: setup)
        #expect(m.attendance.isEmpty)
    }

    @Test
    func extremeSetupNumbersDoNotTrap() {
        var setup = persistenceSampleSetup(members: 3)
        setup.utcOffsetSeconds = .max
        setup.nextMeetingInDays = .max
        let m = MeetingState(setup: setup)
        _ = SessionLogBuilder.build(from: m, rosterNames: [])
    }
}
