import RundeCore
import Testing

@testable import RundeTUI

/// What a finished meeting writes back into the group file.
@Suite struct GroupUpdateTests {
    static func finished(proposals: [String], theme: String, chooseLeader: Int?, number: Int = 3)
        -> MeetingState
    {
        let setup = MeetingSetup(
            memberCount: 4, leader: 1, meetingNumber: number,
            date: LocalDate(year: 2027, month: 5, day: 6),
            utcOffsetSeconds: 0, plan: .standard, startedAt: Instant(2_000_000_000))
        var s = MeetingState(setup: setup)
        _ = s.apply(.setAttendance(member: 2, .absent))
        for _ in 0..<30 where s.phase != .nextMeeting { _ = s.apply(.skipPhase) }
        if let l = chooseLeader {
            _ = s.apply(.setNextLeader(l))
        } else {
            _ = s.apply(.setNextLeader(nil))
        }
        _ = s.apply(.advance)
        for p in proposals { _ = s.apply(.proposeTheme(p)) }
        _ = s.apply(.setTheme(theme))
        _ = s.apply(.advance)
        _ = s.apply(.advance)
        return s
    }

    @Test func rotationThemeBacklogAndCount() {
        var g = GroupFile(
            name: "G", members: ["A", "B", "C", "D"], nextLeader: 1, meetingsHeld: 2,
            themeBacklog: ["Glede", "Sorg"])
        let s = Self.finished(proposals: ["Tillit", "Sorg"], theme: "Glede", chooseLeader: nil)
        g = FileMeetingStorage.updated(g, after: s)
        #expect(g.meetingsHeld == 3)
        #expect(g.nextLeader == 3)  // after B comes C, who was absent: D
        #expect(g.nextTheme == "Glede")
        #expect(g.themeBacklog == ["Sorg", "Tillit"])
        #expect(g.nextDate == LocalDate(year: 2027, month: 5, day: 20))
    }

    @Test func chosenLeaderAndStarterFollowUp() {
        var g = GroupFile(
            name: "G", members: ["A", "B", "C", "D"], nextLeader: 1, meetingsHeld: 2,
            starterMeetings: 3)
        let s = Self.finished(proposals: [], theme: "", chooseLeader: 0)
        g = FileMeetingStorage.updated(g, after: s)
        #expect(g.nextLeader == 0)
        // Eight weeks after the starter's last meeting, kept apart from the next meeting's date.
        #expect(g.starterFollowUp == LocalDate(year: 2027, month: 7, day: 1))
        #expect(g.nextDate == LocalDate(year: 2027, month: 5, day: 20))
    }
}
