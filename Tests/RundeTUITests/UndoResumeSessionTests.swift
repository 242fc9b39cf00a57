import Foundation
import RundeCore
import RundeText
import Testing

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
        let previous = try #require(
            before.undoStack.last?.turn, "the step before gave someone the floor")
        // hers up to the crash, Enter's seconds included
        let spokenBefore = previous.elapsed(at: before.now)
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
        #expect(
            abs(turn.elapsed(at: state.now) - (spokenBefore + 12)) < 0.001,
            "her turn counts \(turn.elapsed(at: state.now)) s, not the two days")
        // Two days on is another sitting: the meeting clock goes on with the time it had
        // (DESIGN §4), 12 s more, not two days more.
        #expect(abs(state.meetingElapsed - (before.meetingElapsed + 12)) < 0.001)
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

    /// The header after a resume: the same evening, the meeting clock counts the minutes
    /// away (the room's evening went on); another day, it shows the time the meeting had.
    @Test func theHeaderClockAfterAResume() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = try f.stopped { $0.turn != nil && $0.roundIndex == 1 }
        func header(_ m: MeetingState) -> String {
            let model = MeetingModel(
                meeting: m, roster: f.group.members, groupName: f.group.name, rules: "", lang: .nb)
            return String(
                MeetingView.render(model, width: 80, height: 24).text.split(separator: "\n")[0])
        }
        let clockBefore = TimeFormat.meetingTime(before.meetingElapsed, Catalog(.nb))
        #expect(header(before).contains("Møtetid " + clockBefore))
        // Ten minutes away, the same evening: 10 minutes more on the clock; the turn is held.
        let (soon, first) = f.session.resume(try f.unfinished(), at: before.now + 600)
        first.close()
        #expect(
            header(soon).contains(
                "Møtetid " + TimeFormat.meetingTime(before.meetingElapsed + 600, Catalog(.nb))),
            "\(header(soon))")
        #expect(soon.awaySeconds == 0)
        // Stopped again, and resumed three days on: another sitting. The clock and ahead/behind
        // are as they were.
        let (later, second) = f.session.resume(try f.unfinished(), at: soon.now + 3 * 86_400)
        second.close()
        #expect(later.awaySeconds == 3 * 86_400)
        #expect(
            header(later).contains(
                "Møtetid " + TimeFormat.meetingTime(soon.meetingElapsed, Catalog(.nb))),
            "\(header(later))")
        #expect(abs(later.aheadSeconds - soon.aheadSeconds) < 0.001)
        #expect(!Chrome.plannedEndPassed(later), "no «the planned end has passed» on another day")
        #expect(try f.unfinished().state == later, "replayed the same")
    }
}

/// The log and the summary of a meeting resumed on another day: its duration is the time it
/// was held, not the days between.
@Suite struct ResumeSittingLogTests {
    @Test func theDurationLeavesOutTheDaysBetween() throws {
        let f = try MeetingSessionTests.Fixture()
        defer { f.cleanUp() }
        let before = try f.stopped { $0.turn != nil && $0.roundIndex == 1 }
        let (resumed, journal) = f.session.resume(try f.unfinished(), at: before.now + 2 * 86_400)
        journal.close()
        var state = resumed
        _ = state.apply(.tick(state.now + 60))
        let log = SessionLogBuilder.build(from: state, rosterNames: f.group.members)
        #expect(log.durationS == Int((before.meetingElapsed + 60).rounded()))
        #expect(log.overrunS == 0)
        #expect(log.recovered)
    }
}
