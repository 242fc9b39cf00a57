/// Everything the domain needs to start a meeting. Holds no names: it is the journal's header.
public struct MeetingSetup: Codable, Equatable, Sendable {
    public var memberCount: Int
    /// Index of today's leader in the rotation.
    public var leader: Int
    public var meetingNumber: Int
    /// The meeting's local date.
    public var date: LocalDate
    /// The local UTC offset at start, for timestamps in the log.
    public var utcOffsetSeconds: Int
    public var plan: MeetingPlan
    public var startedAt: Instant
    /// The agenda after check-in, in order; `summary` is always last.
    public var agenda: [AgendaItem]
    /// The format's name, the only trace of the agenda in the log.
    public var format: String
    /// Days from this meeting to the suggested next one.
    public var nextMeetingInDays: Int

    public init(
        memberCount: Int, leader: Int, meetingNumber: Int, date: LocalDate, utcOffsetSeconds: Int,
        plan: MeetingPlan, startedAt: Instant, agenda: [AgendaItem] = MeetingFormat.regular.agenda,
        format: String = MeetingFormat.regular.rawValue, nextMeetingInDays: Int = 14
    ) {
        self.memberCount = memberCount
        self.leader = leader
        self.meetingNumber = meetingNumber
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.plan = plan
        self.startedAt = startedAt
        self.agenda = agenda
        self.format = format
        self.nextMeetingInDays = nextMeetingInDays
    }
}
