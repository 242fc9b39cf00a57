import Foundation
import Testing

@testable import RundeCore

/// A meeting night without a slip, in the domain: a member leaving is never proposed or offered
/// as the next leader; one `u` takes back one acknowledgement; `u` on the summary goes back into
/// the meeting. Each asserts the whole state.
@Suite struct SlipTests {
    typealias F = Fixture

    /// Six members, today led by Ola (1); Siri (2) is leaving.
    static func leavingSetup() -> MeetingSetup {
        var s = F.setup(leader: 1)
        s.leaving = [2]
        return s
    }

    /// Through check-in and every step with `n`, to the next meeting.
    static func toNextMeeting(_ setup: MeetingSetup) -> MeetingState {
        var s = MeetingState(setup: setup)
        var t = 0.0
        while s.phase != .nextMeeting {
            t += 60
            _ = s.apply(.tick(F.at(t)))
            _ = s.apply(s.phase == .checkIn ? .advance : .skipPhase)
        }
        return s
    }

    @Test func theRotationPassesOverAMemberLeaving() {
        let present = [Attendance](repeating: .present, count: 6)
        #expect(Rotation.suggestNext(after: 1, attendance: present, leaving: [2]) == 3)
        var absent = present
        absent[3] = .absent
        #expect(Rotation.suggestNext(after: 1, attendance: absent, leaving: [2]) == 4)
        // Skipping from 3 (today's leader excluded) never lands on the leaving member.
        #expect(
            Rotation.suggestNext(after: 5, attendance: present, excluding: 0, leaving: [2, 1])
                == 3)
        #expect(Rotation.step(from: 1, by: 1, count: 6, leaving: [2]) == 3)
        #expect(Rotation.step(from: 3, by: -1, count: 6, leaving: [2]) == 1)
        #expect(Rotation.step(from: 0, by: 1, count: 1, leaving: [0]) == nil)
    }

    @Test func aMemberLeavingIsNeverProposedNorTaken() {
        var s = Self.toNextMeeting(Self.leavingSetup())
        #expect(s.next.leaderChoice == 3)
        #expect(s.suggestedNextLeader == 3)
        // Offering Siri is refused: nothing changes, not even the undo stack.
        let before = s
        _ = s.apply(.setNextLeader(2))
        #expect(s == before)
        #expect(!s.canApply(.setNextLeader(2)))
        // `s` (skip this one) from Per goes to Liv; the state differs only there (and `u`'s stack).
        _ = s.apply(.skipNextLeader)
        var want = before
        want.next.leaderChoice = 4
        want.remember(before)
        #expect(s == want)
        // Accepted: the group file's leader is the one chosen.
        _ = s.apply(.advance)
        #expect(s.next.leaderChosen)
        #expect(s.nextLeaderForGroup == 4)
    }

    @Test func theNextMeetingSkippedLeavesTheRotationsLeader() {
        var s = Self.toNextMeeting(Self.leavingSetup())
        _ = s.apply(.skipPhase)
        #expect(s.isFinished)
        #expect(!s.next.leaderChosen)
        #expect(s.nextLeaderForGroup == 3)
    }

    @Test func oneUndoTakesBackOneTick() {
        var setup = F.setup()
        setup.agenda = MeetingFormat.first.agenda
        setup.format = MeetingFormat.first.rawValue
        var s = MeetingState(setup: setup)
        var t = 0.0
        while !(s.phase == .opening && s.item.acknowledge) {
            t += 60
            _ = s.apply(.tick(F.at(t)))
            _ = s.apply(s.phase == .checkIn ? .advance : .skipPhase)
        }
        _ = s.apply(.guestArrival)
        _ = s.apply(.acknowledge(member: 0))
        let oneTick = s
        _ = s.apply(.tick(F.at(t + 5)))
        _ = s.apply(.acknowledge(member: 6))  // the guest, past the roster
        #expect(s.acknowledged == [0, 6])
        _ = s.apply(.tick(F.at(t + 9)))
        _ = s.apply(.undo)
        var want = oneTick
        want.now = F.at(t + 9)
        #expect(s == want)
    }

    @Test func undoOnTheSummaryGoesBackIntoTheMeeting() {
        var s = Self.toNextMeeting(F.setup())
        let last = F.at(3000)
        _ = s.apply(.tick(last))
        let before = s
        _ = s.apply(.skipPhase)
        #expect(s.isFinished)
        #expect(s.canApply(.undo))
        _ = s.apply(.tick(last + 30))
        _ = s.apply(.undo)
        var want = before
        want.now = last + 30
        #expect(s == want)
        #expect(!s.isFinished)
        // On the summary other keys still do nothing.
        _ = s.apply(.skipPhase)
        let finished = s
        _ = s.apply(.pass)
        #expect(s == finished)
    }

    @Test func aJournalFromBeforeLeavingReadsAsNobodyLeaving() throws {
        let setup = Self.leavingSetup()
        var json =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(setup))
            as! [String: Any]
        #expect(json["leaving"] as? [Int] == [2])
        json.removeValue(forKey: "leaving")
        let old = try JSONDecoder().decode(
            MeetingSetup.self, from: JSONSerialization.data(withJSONObject: json))
        var want = setup
        want.leaving = []
        #expect(old == want)
        var bad = setup
        bad.leaving = [6]
        #expect(JournalSanity.problem(with: bad) != nil)
        #expect(JournalSanity.problem(with: setup) == nil)
    }
}
