import Testing

@testable import RundeCore

/// Undo after a crash and a resume (issue 14): the time the program was not running is held
/// on the running turn and on every turn the undo stack keeps, so no `u` ever brings back a
/// turn that counts it. Whole states, in the TestStore's way.
@Suite struct UndoAfterResumeTests {
    typealias F = Fixture

    /// A store brought to a moment by plain reduction (the set-up, not what is tested).
    static func store(_ events: [MeetingEvent], every seconds: Double = 30) -> TestStore {
        var store = TestStore(setup: F.setup())
        store.checksUndoStack = true
        for e in events {
            given(&store, .tick(store.state.now + seconds))
            given(&store, e)
        }
        return store
    }

    /// A set-up step: whatever the reducer does (what is tested comes with its whole change).
    static func given(_ store: inout TestStore, _ e: MeetingEvent) {
        let (next, fx) = reduce(store.state, e)
        store.send(e, effects: fx) { $0 = next }
    }

    static let inRound: [MeetingEvent] = [.advance, .advance]  // check-in → opening → round
    static let away = 1200.0  // twenty minutes away: before the pause is suggested

    /// A stray Enter 2:40 into Kari's turn, the laptop dies 10 s later, the meeting resumes an
    /// twenty minutes on, and `u` 20 s after that: Kari's turn counts 160 + 10 + 20 s, never the time away.
    @Test func undoAfterAResumeBringsBackNoTimeAway() {
        var store = Self.store(Self.inRound)
        let kariStart = store.state.turn!.startedAt
        Self.given(&store, .tick(kariStart + 160))
        let beforeEnter = store.state
        Self.given(&store, .advance)
        #expect(store.state.turn?.speaker == .member(1))
        let lastSeen = kariStart + 170
        store.send(.tick(lastSeen)) { $0.now = lastSeen }
        // The resume, as MeetingSession journals it: `.resumed`, then a tick to now.
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        let back = lastSeen + Self.away
        store.send(.tick(back)) {
            $0.now = back
            $0.resumedFrom = nil
            $0.turn!.heldSeconds = Self.away  // Ola's turn: the time away held
            // and Kari's, kept for u
            $0.undoStack[$0.undoStack.count - 1].turn!.heldSeconds = Self.away
        }
        #expect(store.state.turn!.elapsed(at: back) == 10)
        store.send(.tick(back + 20)) { $0.now = back + 20 }
        store.send(.undo) {
            var kari = beforeEnter
            kari.now = back + 20
            kari.recovered = true
            kari.turn!.heldSeconds = Self.away
            $0 = kari
        }
        #expect(store.state.turn!.speaker == .member(0))
        #expect(store.state.turn!.elapsed(at: store.state.now) == 190)
        // The meeting clock counts the time away: the room's evening went on.
        #expect(store.state.meetingElapsed == store.state.now - F.t0)
    }

    /// Every turn on the stack is held over the gap, however many steps back `u` goes.
    @Test func severalStepsBackNoneCountsTheGap() {
        var store = Self.store(Self.inRound + [.advance, .advance])
        #expect(store.state.roundIndex == 2)
        let lastSeen = store.state.now + 5
        store.send(.tick(lastSeen)) { $0.now = lastSeen }
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        let back = lastSeen + 2 * Self.away
        store.send(.tick(back)) {
            $0.now = back
            $0.resumedFrom = nil
            $0.turn!.heldSeconds += 2 * Self.away
            for i in $0.undoStack.indices where $0.undoStack[i].turn != nil {
                $0.undoStack[i].turn!.heldSeconds += 2 * Self.away
            }
        }
        var s = store.state
        for _ in 0..<3 {
            _ = s.apply(.undo)
            if let t = s.turn {
                #expect(
                    t.elapsed(at: s.now) < 200,
                    "a turn brought back counts \(t.elapsed(at: s.now)) s")
            }
        }
        #expect(s.phase == .opening && s.turn == nil)
    }

    /// The pause began; the program stopped during it; `u` takes the pause back: the sharing
    /// turn it interrupted does not count the time away (the live state had no turn to hold).
    @Test func aTurnOnlyTheStackKeepsIsHeldToo() {
        var store = Self.store(Self.inRound + [.skipPhase])
        #expect(store.state.phase == .sharing)
        let turnBefore = store.state.turn!
        let beforePause = store.state
        Self.given(&store, .startPause)
        #expect(store.state.turn == nil)
        let lastSeen = store.state.now + 60
        store.send(.tick(lastSeen)) { $0.now = lastSeen }
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        let back = lastSeen + Self.away
        store.send(.tick(back), effects: [.milestone(.pauseOver), .bell]) {
            $0.now = back
            $0.resumedFrom = nil
            $0.pause!.overAnnounced = true  // the room's pause went on
            // the sharing turn, the round's
            for i in $0.undoStack.indices where $0.undoStack[i].turn != nil {
                $0.undoStack[i].turn!.heldSeconds = Self.away
            }
        }
        store.send(.undo) {
            var want = beforePause
            want.now = back
            want.recovered = true
            want.turn!.heldSeconds = Self.away
            want.undoStack = Array($0.undoStack.dropLast())  // held over the gap too
            $0 = want
        }
        #expect(store.state.turn!.elapsed(at: back) == turnBefore.elapsed(at: beforePause.now) + 60)
    }

    /// A turn on hold when the program stopped stays on hold: its hold already covers the gap.
    @Test func aHeldTurnStaysHeldAndIsNotHeldTwice() {
        var store = Self.store(Self.inRound)
        store.send(.toggleHold) { $0.turn!.heldSince = $0.now }
        let lastSeen = store.state.now + 40
        store.send(.tick(lastSeen)) { $0.now = lastSeen }
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        store.send(.tick(lastSeen + Self.away)) {
            $0.now = lastSeen + Self.away
            $0.resumedFrom = nil
        }
        store.send(.toggleHold) {
            $0.turn!.heldSince = nil
            $0.turn!.heldSeconds = 40 + Self.away
        }
    }

    /// The mark of `.resumed` lasts one event: an event other than a tick drops it, and a
    /// later tick is only the clock moving on.
    @Test func theMarkLastsOneEvent() {
        var store = Self.store(Self.inRound)
        let now = store.state.now
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = now
        }
        store.send(.adjustTurn(minutes: 1)) {
            $0.resumedFrom = nil
            $0.turn!.targetSeconds += 60
        }
        store.send(.tick(now + 50)) { $0.now = now + 50 }
        #expect(store.state.turn!.heldSeconds == 0)
        #expect(store.state.canApply(.pass))
    }

    /// A resume where no time passed (the same instant): the tick closes the mark, nothing held.
    @Test func aResumeWithNoGapHoldsNothing() {
        var store = Self.store(Self.inRound)
        let now = store.state.now
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = now
        }
        store.send(.tick(now)) { $0.resumedFrom = nil }
    }
}

/// The meeting clock after a resume (DESIGN §4, "continues … with the times it had"): the same
/// evening it counts the time away, as the room's clock did; another sitting (12 hours or more
/// later) it leaves it out, and the plan with it.
@Suite struct ResumeSittingTests {
    typealias F = Fixture

    @Test func anotherSittingKeepsTheMeetingClockAndThePlan() {
        var store = UndoAfterResumeTests.store(UndoAfterResumeTests.inRound)
        let before = store.state
        let lastSeen = before.now
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        let days = 3 * 86_400.0
        store.send(.tick(lastSeen + days)) {
            $0.now = lastSeen + days
            $0.resumedFrom = nil
            $0.awaySeconds = days
            $0.turn!.heldSeconds = days
        }
        #expect(store.state.meetingElapsed == before.meetingElapsed)
        #expect(store.state.plannedEnd == before.plannedEnd + days)
        #expect(store.state.aheadSeconds == before.aheadSeconds)
        #expect(!store.state.pauseSuggested, "no pause suggested for days the meeting was not held")
    }

    @Test func theSameEveningTheClockCountsTheTimeAway() {
        var store = UndoAfterResumeTests.store(UndoAfterResumeTests.inRound)
        let before = store.state
        let lastSeen = before.now
        store.send(.resumed) {
            $0.recovered = true
            $0.resumedFrom = lastSeen
        }
        let away = MeetingState.newSittingAfterSeconds - 1
        store.send(.tick(lastSeen + away)) {  // past the planned end: no pause suggested
            $0.now = lastSeen + away
            $0.resumedFrom = nil
            $0.turn!.heldSeconds = away
        }
        #expect(store.state.meetingElapsed == before.meetingElapsed + away)
        #expect(store.state.plannedEnd == before.plannedEnd)
    }
}
