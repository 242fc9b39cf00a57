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
    /// Members (rotation indices) marked leaving: never proposed or offered as the next leader
    /// (DESIGN §1 "The next leader"). Indices only, like `leader`.
    public var leaving: [Int]

    public init(
        memberCount: Int, leader: Int, meetingNumber: Int, date: LocalDate, utcOffsetSeconds: Int,
        plan: MeetingPlan, startedAt: Instant, agenda: [AgendaItem] = MeetingFormat.regular.agenda,
        format: String = MeetingFormat.regular.rawValue, nextMeetingInDays: Int = 14,
        leaving: [Int] = []
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
        self.leaving = leaving
    }

    private enum CodingKeys: String, CodingKey {
        case memberCount, leader, meetingNumber, date, utcOffsetSeconds, plan, startedAt, agenda
        case format, nextMeetingInDays, leaving
    }

    /// A journal written before `leaving` existed reads as nobody leaving.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        memberCount = try c.decode(Int.self, forKey: .memberCount)
        leader = try c.decode(Int.self, forKey: .leader)
        meetingNumber = try c.decode(Int.self, forKey: .meetingNumber)
        date = try c.decode(LocalDate.self, forKey: .date)
        utcOffsetSeconds = try c.decode(Int.self, forKey: .utcOffsetSeconds)
        plan = try c.decode(MeetingPlan.self, forKey: .plan)
        startedAt = try c.decode(Instant.self, forKey: .startedAt)
        agenda = try c.decode([AgendaItem].self, forKey: .agenda)
        format = try c.decode(String.self, forKey: .format)
        nextMeetingInDays = try c.decode(Int.self, forKey: .nextMeetingInDays)
        leaving = try c.decodeIfPresent([Int].self, forKey: .leaving) ?? []
    }
}
