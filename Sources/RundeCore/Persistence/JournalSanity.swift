/// Range checks on what a journal holds, before any of it reaches the domain.
///
/// The journal is a file, and a file can be damaged: a flipped bit can turn a member count or
/// an instant into a number the domain was never meant to see (a negative count, an instant
/// in the year 10^300), and the reducer and the log builder trap on such numbers. Runde itself
/// never writes them, so a header out of range is refused and an event out of range is
/// skipped, like any other unreadable line.
enum JournalSanity {
    /// Instants before 1970 or after about the year 5000 are not from a real clock.
    static let instantRange = 0.0...1e11
    /// A meeting resumed this long (about 100 years) after it started is no meeting.
    static let maxSecondsAfterStart = 3.2e9

    /// Why the setup cannot be a meeting Runde started (the field out of range), or nil.
    static func problem(with setup: MeetingSetup) -> ReadProblem? {
        func out(_ field: String, _ v: Int) -> ReadProblem {
            .outOfRange(field: "setup." + field, value: String(v))
        }
        if !(1...GroupValidation.maxMembers).contains(setup.memberCount) {
            return out("memberCount", setup.memberCount)
        }
        if !(0..<setup.memberCount).contains(setup.leader) { return out("leader", setup.leader) }
        if !(0...1_000_000).contains(setup.meetingNumber) {
            return out("meetingNumber", setup.meetingNumber)
        }
        if !(-86_400...86_400).contains(setup.utcOffsetSeconds) {
            return out("utcOffsetSeconds", setup.utcOffsetSeconds)
        }
        if !(0...3_660).contains(setup.nextMeetingInDays) {
            return out("nextMeetingInDays", setup.nextMeetingInDays)
        }
        if !setup.startedAt.seconds.isFinite || !instantRange.contains(setup.startedAt.seconds) {
            return .outOfRange(field: "setup.startedAt", value: "\(setup.startedAt.seconds)")
        }
        if let p = setup.plan.rangeProblem() { return out("plan." + p.key, p.value) }
        if let bad = setup.leaving.first(where: { !(0..<setup.memberCount).contains($0) }) {
            return out("leaving", bad)
        }
        return nil
    }

    /// True when the event's numbers are within what a running meeting can produce.
    static func isPlausible(_ event: MeetingEvent, setup: MeetingSetup) -> Bool {
        switch event {
        case .tick(let t):
            return t.seconds.isFinite && instantRange.contains(t.seconds)
                && t.seconds - setup.startedAt.seconds <= maxSecondsAfterStart
        case .adjustTurn(let minutes):
            return (-24 * 60...24 * 60).contains(minutes)
        case .setNextDate(let d), .setFollowUp(let d):
            return (1...9_999).contains(d.year)
        case .decide(let choice, let n):
            return n.map { MeetingAgreements.horizonRange.contains($0) && choice == .goOn } ?? true
        default:
            return true
        }
    }
}
