/// The next meeting: leader, theme and date.
extension MeetingState {

    mutating func setNextLeader(_ i: Int?) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, next.leaderChoice != i else { return [] }
        if let i, !attendance.indices.contains(i) { return [] }
        next.leaderChoice = i
        return []
    }

    mutating func skipNextLeader() -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, attendance.count > 1 else { return [] }
        let from = next.leaderChoice ?? setup.leader
        next.leaderChoice = Rotation.suggestNext(
            after: from, attendance: attendance, excluding: setup.leader)
        return []
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
