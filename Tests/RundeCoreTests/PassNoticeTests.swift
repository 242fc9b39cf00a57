import Testing

@testable import RundeCore

/// "Kari står over" belongs to the round it happened in: a step into the next phase ends it
/// (it was still shown on the next phase's card), and undo brings it back with the rest.
@Suite struct PassNoticeTests {
    typealias F = Fixture

    /// Six present, in the opening round at 300 s, the first speaker talking.
    func inOpeningRound() -> MeetingState {
        var m = MeetingState(setup: F.setup())
        _ = m.apply(.tick(F.at(60)))
        _ = m.apply(.advance)  // to the opening card
        _ = m.apply(.tick(F.at(120)))
        _ = m.apply(.advance)  // to the opening round
        _ = m.apply(.tick(F.at(300)))
        #expect(m.phase == .openingRound)
        return m
    }

    @Test func aPassStaysWithinItsRound() {
        var m = inOpeningRound()
        _ = m.apply(.pass)
        #expect(m.lastPass == .init(speaker: .member(0), at: F.at(300)))
        _ = m.apply(.tick(F.at(302)))
        _ = m.apply(.advance)  // the next speaker, same round: the notice stays
        #expect(m.phase == .openingRound)
        #expect(m.lastPass == .init(speaker: .member(0), at: F.at(300)))
    }

    @Test func theStepIntoTheNextPhaseEndsTheNoticeAndNothingElse() {
        var m = inOpeningRound()
        _ = m.apply(.pass)
        for k in 1..<5 {
            _ = m.apply(.tick(F.at(300 + Double(k))))
            _ = m.apply(.advance)
        }
        #expect(m.phase == .openingRound && m.roundIndex == 5)
        _ = m.apply(.tick(F.at(307)))
        var without = m
        without.lastPass = nil
        let (got, fx) = reduce(m, .advance)
        let r = reduce(without, .advance)
        var want = r.0
        let wantFx = r.1
        #expect(got.phase == .sharing)
        #expect(got.lastPass == nil)
        #expect(fx == wantFx)
        // The whole state is the same as if no pass had been noted, but for the undo stack,
        // which keeps the state before the step, notice included.
        want.undoStack = got.undoStack
        #expect(got == want)
        // Undo: exactly the state before the step, the notice back with it.
        let (undone, _) = reduce(got, .undo)
        var before = m
        before.undoStack = undone.undoStack
        #expect(undone == before)
        #expect(undone.lastPass == .init(speaker: .member(0), at: F.at(300)))
    }

    @Test func aPassThatEndsTheRoundShowsNotOnTheNextPhase() {
        var m = inOpeningRound()
        for k in 1..<6 {
            _ = m.apply(.tick(F.at(300 + Double(k))))
            _ = m.apply(.advance)
        }
        _ = m.apply(.tick(F.at(310)))
        _ = m.apply(.pass)  // the last of the round passes: sharing begins
        #expect(m.phase == .sharing)
        #expect(m.lastPass == nil)
        #expect(m.segments.last?.turns.last?.passed == true)
    }
}
