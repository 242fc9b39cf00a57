/// The next meeting: leader, theme and date.
extension MeetingState {

    mutating func setNextLeader(_ i: Int?) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, next.leaderChoice != i else { return [] }
        if let i, !attendance.indices.contains(i) || setup.leaving.contains(i) { return [] }
        next.leaderChoice = i
        return []
    }

    mutating func skipNextLeader() -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, attendance.count > 1 else { return [] }
        let from = next.leaderChoice ?? setup.leader
        let choice = Rotation.suggestNext(
            after: from, attendance: attendance, excluding: setup.leader, leaving: setup.leaving)
        guard choice != next.leaderChoice else { return [] }
        next.leaderChoice = choice
        return []
    }

    /// The rotation's proposal for the next leader: after today's leader, skipping members
    /// absent today and members leaving.
    public var suggestedNextLeader: Int {
        Rotation.suggestNext(after: setup.leader, attendance: attendance, leaving: setup.leaving)
    }

    /// Who leads next, as the group file will hold it: the leader chosen in the next-meeting
    /// step, else (that step skipped or left open) the rotation's proposal. The summary names
    /// this, and `FileMeetingStorage.updated` writes it, so the two cannot differ.
    public var nextLeaderForGroup: Int {
        if next.leaderChosen, let c = next.leaderChoice, !setup.leaving.contains(c) { return c }
        return suggestedNextLeader
    }

    mutating func setTheme(_ text: String) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .theme else { return [] }
        let clean = String(TextSafety.sanitize(text).trimmingSpaces().prefix(200))
        guard clean != next.theme else { return [] }
        next.theme = clean
        return []
    }

    mutating func setNextDate(_ d: LocalDate) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .date, d > setup.date, d != next.date else {
            return []
        }
        next.date = d
        return []
    }
}
