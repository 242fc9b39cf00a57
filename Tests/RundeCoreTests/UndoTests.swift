import Testing

@testable import RundeCore

/// `u` (`MeetingEvent.undo`): every kind of step comes back to exactly the state before it,
/// the clock excepted; several in a row; and a journal holding `.undo` replays to the same state.
@Suite struct UndoTests {
    typealias F = Fixture

    /// Applies events to a fresh meeting of six (the regular format), with a tick before each.
    static func walk(
        _ events: [MeetingEvent], setup: MeetingSetup = F.setup(), every seconds: Double = 30
    ) -> MeetingState {
        var s = MeetingState(setup: setup)
        for e in events {
            _ = s.apply(.tick(s.now + seconds))
            _ = s.apply(e)
        }
        return s
    }

    /// `event` changes `before`; 7 s later `u` gives `before` back with only the clock moved.
    static func expectUndone(
        _ before: MeetingState, _ event: MeetingEvent,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var s = before
        _ = s.apply(event)
        #expect(s != before, "\(event) changed nothing", sourceLocation: sourceLocation)
        #expect(
            s.undoStack.count == before.undoStack.count + 1
                || s.undoStack.count == MeetingState.undoLimit,
            sourceLocation: sourceLocation)
        _ = s.apply(.tick(s.now + 7))
        let later = s.now
        #expect(s.canApply(.undo), sourceLocation: sourceLocation)
        _ = s.apply(.undo)
        var want = before
        want.now = later
        #expect(s == want, "undo of \(event) differs", sourceLocation: sourceLocation)
    }

    static let inRound: [MeetingEvent] = [.advance, .advance]  // check-in → opening → round
    static let inSharing: [MeetingEvent] = inRound + [.skipPhase]  // → sharing (a round)

    @Test func everyKindOfStepIsUndoneExactly() {
        Self.expectUndone(MeetingState(setup: F.setup()), .advance)  // check-in → opening
        Self.expectUndone(Self.walk([.advance]), .advance)  // phase change into a round
        Self.expectUndone(Self.walk(Self.inRound), .advance)  // next speaker
        Self.expectUndone(Self.walk(Self.inRound), .pass)  // pass
        Self.expectUndone(Self.walk(Self.inRound), .skipPhase)  // n: skip the rest
        Self.expectUndone(Self.walk(Self.inRound), .goToClosing)  // c: to closing
        Self.expectUndone(Self.walk(Self.inSharing), .startPause)  // the pause
        Self.expectUndone(Self.walk(Self.inSharing + [.startPause]), .endPause)
        let absent = Self.walk([.setAttendance(member: 4, .absent)] + Self.inRound)
        Self.expectUndone(absent, .lateArrival(member: 4))  // late arrival
        Self.expectUndone(Self.walk(Self.inRound), .guestArrival)  // a guest
        Self.expectUndone(Self.walk(Self.inSharing), .setSharingMode(.open))  // round ↔ open floor
        let open = Self.walk(Self.inSharing + [.setSharingMode(.open)])
        Self.expectUndone(open, .giveFloor(.member(2)))
        Self.expectUndone(
            Self.walk(Self.inSharing + [.setSharingMode(.open), .giveFloor(.member(2))]), .endTurn)
        Self.expectUndone(Self.walk(Self.inRound), .startProcessTalk)
        Self.expectUndone(Self.walk([.advance]), .moveUpcomingPhase(from: 0, to: 1))
        let next = Self.walk(Self.inRound + [.goToClosing, .skipPhase])
        #expect(next.phase == .nextMeeting)
        Self.expectUndone(next, .skipNextLeader)
        Self.expectUndone(next, .advance)
    }

    /// A stray Enter 2:40 into Kari's turn, noticed 10 s later: Kari has the floor again, her
    /// turn counted from its start (the 10 s are hers), her target unchanged.
    @Test func theUndoneTurnKeepsItsTime() {
        var s = Self.walk(Self.inRound)
        _ = s.apply(.tick(s.turn!.startedAt + 160))
        let kari = s.turn!
        _ = s.apply(.advance)
        #expect(s.turn?.speaker == .member(1))
        _ = s.apply(.tick(kari.startedAt + 170))
        _ = s.apply(.undo)
        #expect(s.turn == kari)
        #expect(s.turn?.elapsed(at: s.now) == 170)
        #expect(s.currentTurns.isEmpty && s.roundIndex == 0)
    }

    @Test func severalStepsBackInARow() {
        var s = Self.walk([])
        var history: [MeetingState] = []
        for e: MeetingEvent in [
            .advance, .advance, .advance, .pass, .guestArrival, .skipPhase, .advance,
        ] {
            _ = s.apply(.tick(s.now + 45))
            history.append(s)
            _ = s.apply(e)
        }
        while let want = history.popLast() {
            _ = s.apply(.tick(s.now + 3))
            _ = s.apply(.undo)
            var w = want
            w.now = s.now
            #expect(s == w)
        }
        #expect(!s.canApply(.undo))
        #expect(s.phase == .checkIn)
    }

    @Test func notAStepIsNotUndoneAndRefusedStepsAreNotRemembered() {
        var s = Self.walk(Self.inRound)
        let depth = s.undoStack.count
        _ = s.apply(.adjustTurn(minutes: 1))
        _ = s.apply(.toggleHold)
        _ = s.apply(.endTurn)  // refused: not the open floor
        _ = s.apply(.endPause)  // refused: not the pause
        #expect(s.undoStack.count == depth)
    }

    @Test func theStackIsBounded() {
        var s = Self.walk(Self.inSharing + [.setSharingMode(.open)])
        for i in 0..<(MeetingState.undoLimit + 20) { _ = s.apply(.giveFloor(.member(i % 2))) }
        #expect(s.undoStack.count == MeetingState.undoLimit)
        #expect(s.undoStack.allSatisfy { $0.undoStack.isEmpty })
    }

    /// On the summary `u` goes back into the meeting (DESIGN §1 "Slips are cheap"): the step
    /// into the summary is undone like any other; other keys still do nothing there.
    @Test func theSummaryIsUndoneLikeAnyOtherStep() {
        let closing = Self.walk(Self.inRound + [.goToClosing, .skipPhase])
        Self.expectUndone(closing, .skipPhase)
        var s = Self.walk(Self.inRound + [.goToClosing, .skipPhase, .skipPhase])
        #expect(s.isFinished)
        let before = s
        _ = s.apply(.pass)
        _ = s.apply(.skipPhase)
        #expect(s == before)
    }

    /// The journal as the live loop writes it: events with `.undo` among them, on disk, read
    /// back and replayed, give the state the meeting had.
    @Test func aJournalWithUndoReplaysToTheSameState() throws {
        let setup = F.setup()
        let events: [MeetingEvent] = [
            .tick(F.at(60)), .advance, .tick(F.at(120)), .advance, .tick(F.at(300)), .advance,
            .tick(F.at(310)), .undo, .tick(F.at(400)), .pass, .tick(F.at(405)), .undo, .undo,
            .tick(F.at(420)), .advance, .guestArrival, .undo, .tick(F.at(500)), .skipPhase,
            .tick(F.at(505)), .undo,
        ]
        var live = MeetingState(setup: setup)
        for e in events { _ = live.apply(e) }
        #expect(live.phase == .openingRound && live.roundIndex == 0 && live.guests == 0)
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let journal = try Journal(path: path, setup: setup)
        for e in events { try journal.append(e) }
        let read = try Journal.read(path: path)
        #expect(read.events == events)
        #expect(MeetingState.replay(setup: read.setup, events: read.events) == live)
    }
}
