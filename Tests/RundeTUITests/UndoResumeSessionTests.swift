import Foundation
import Testing
import RundeCore
@testable import RundeTUI

/// Undo after a crash, across the journal (issue 14): the meeting resumed from disk, `u`
/// pressed, the journal read back and replayed. No turn counts the time the program was not
/// running, live or replayed.
@Suite struct UndoResumeSessionTests {
    typealias Fixture = MeetingSessionTests.Fixture

    @Test func undoAfterAResumeCountsNoTimeAwayAndReplaysTheSame() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        // Stopped in a round, right after Enter gave the floor to the second speaker.
        let before = try f.stopped { $0.turn != nil && $0.roundIndex == 1 }
        let previous = try #require(before.undoStack.last?.turn, "the step before gave someone the floor")
        let spokenBefore = previous.elapsed(at: before.now)   // hers up to the crash, Enter's seconds included
        let u = try f.unfinished()
        #expect(u.state == before)
        let twoDaysOn = before.now + 2 * 86_400
        var (state, journal) = f.session.resume(u, at: twoDaysOn)
        #expect(state.resumedFrom == nil, "the resume's tick closed the mark")
        // 12 s on, the leader notices the stray Enter and presses u.
        for e in [MeetingEvent.tick(twoDaysOn + 12), .undo] {
            _ = state.apply(e)
            try journal.record(e)
        }
        let turn = try #require(state.turn)
        #expect(turn.speaker == previous.speaker, "the first speaker has the floor again")
        #expect(abs(turn.elapsed(at: state.now) - (spokenBefore + 12)) < 0.001,
                "her turn counts \(turn.elapsed(at: state.now)) s, not the two days")
        // The meeting clock counts the two days: the room's evening went on (DESIGN §4).
        #expect(state.meetingElapsed > 2 * 86_400)
        // Read back from disk and replayed: the same state.
        journal.close()
        let replayed = try f.unfinished().state
        #expect(replayed == state)
        // Ended now: the log's longest turn is short.
        var ended = state
        _ = ended.apply(.advance)
        let log = SessionLogBuilder.build(from: ended, rosterNames: f.group.members)
        #expect((log.speaking.perPersonS.max() ?? 0) < 600, "\(log.speaking.perPersonS)")
    }
}
