import RundeCore

/// One row of the history: the figures of one logged meeting, without any name.
public struct HistorySummary: Codable, Equatable, Sendable {
    /// The log's file name without `.json`, e.g. `2026-11-21-007`.
    public var id: String
    public var date: String
    public var meetingNumber: Int
    /// Who came, as counts: the log's own `attendance`, shared rather than copied field by
    /// field. On disk (the index cache, `history list --format json`) its keys stay flat.
    public var attendance: SessionLog.AttendanceCounts
    public var durationS: Int
    public var plannedMinutes: Int
    public var overrunS: Int
    public var pauseTaken: Bool
    public var balanceGini: Double
    public var completed: Bool
    public var recovered: Bool
    /// The meeting's own theme ("" when the log has none).
    public var theme: String
    public var nextTheme: String
    public var nextDate: String?

    public var members: Int { attendance.members }
    public var present: Int { attendance.present }
    public var notifiedAbsent: Int { attendance.notifiedAbsent }
    public var absent: Int { attendance.absent }
    public var late: Int { attendance.late }
    public var guests: Int { attendance.guests }

    public init(
        id: String, date: String, meetingNumber: Int, attendance: SessionLog.AttendanceCounts,
        durationS: Int,
        plannedMinutes: Int, overrunS: Int, pauseTaken: Bool, balanceGini: Double,
        completed: Bool, recovered: Bool, theme: String = "", nextTheme: String, nextDate: String?
    ) {
        self.id = id
        self.date = date
        self.meetingNumber = meetingNumber
        self.attendance = attendance
        self.durationS = durationS
        self.plannedMinutes = plannedMinutes
        self.overrunS = overrunS
        self.pauseTaken = pauseTaken
        self.balanceGini = balanceGini
        self.completed = completed
        self.recovered = recovered
        self.theme = theme
        self.nextTheme = nextTheme
        self.nextDate = nextDate
    }

    /// The summary of a decoded log stored as `<id>.json`.
    public init(id: String, log: SessionLog) {
        self.init(
            id: id, date: log.date, meetingNumber: log.meetingNumber, attendance: log.attendance,
            durationS: log.durationS,
            plannedMinutes: log.plan.meetingMinutes, overrunS: log.overrunS,
            pauseTaken: log.pause.taken, balanceGini: log.speaking.balanceGini,
            completed: log.completed, recovered: log.recovered, theme: log.theme ?? "",
            nextTheme: log.next.theme,
            nextDate: log.next.date)
    }

    /// Decodes a summary; `theme` may be missing (summaries written before it was added). The
    /// attendance counts are read from the same (flat) object, with the log's own keys.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            date: try c.decode(String.self, forKey: .date),
            meetingNumber: try c.decode(Int.self, forKey: .meetingNumber),
            attendance: try SessionLog.AttendanceCounts(from: decoder),
            durationS: try c.decode(Int.self, forKey: .durationS),
            plannedMinutes: try c.decode(Int.self, forKey: .plannedMinutes),
            overrunS: try c.decode(Int.self, forKey: .overrunS),
            pauseTaken: try c.decode(Bool.self, forKey: .pauseTaken),
            balanceGini: try c.decode(Double.self, forKey: .balanceGini),
            completed: try c.decode(Bool.self, forKey: .completed),
            recovered: try c.decode(Bool.self, forKey: .recovered),
            theme: try c.decodeIfPresent(String.self, forKey: .theme) ?? "",
            nextTheme: try c.decode(String.self, forKey: .nextTheme),
            nextDate: try c.decodeIfPresent(String.self, forKey: .nextDate))
    }

    /// Duration minus plan, in seconds (negative: ended early).
    public var deltaS: Int { durationS - plannedMinutes * 60 }

    /// Ended within the planned time.
    public var onTime: Bool { overrunS <= 0 && deltaS <= 0 }

    /// Share of the members who were there (late arrivals count as there), 0...1.
    public var attendanceRate: Double {
        members > 0 ? min(1, Double(present) / Double(members)) : 0
    }

    /// Sort order: date, then meeting number, then id.
    public static func chronological(_ a: HistorySummary, _ b: HistorySummary) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.meetingNumber != b.meetingNumber { return a.meetingNumber < b.meetingNumber }
        return a.id < b.id
    }

    /// Writes one flat object: the attendance counts beside the summary's own keys.
    public func encode(to encoder: any Encoder) throws {
        try attendance.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(meetingNumber, forKey: .meetingNumber)
        try c.encode(durationS, forKey: .durationS)
        try c.encode(plannedMinutes, forKey: .plannedMinutes)
        try c.encode(overrunS, forKey: .overrunS)
        try c.encode(pauseTaken, forKey: .pauseTaken)
        try c.encode(balanceGini, forKey: .balanceGini)
        try c.encode(completed, forKey: .completed)
        try c.encode(recovered, forKey: .recovered)
        try c.encode(theme, forKey: .theme)
        try c.encode(nextTheme, forKey: .nextTheme)
        try c.encodeIfPresent(nextDate, forKey: .nextDate)
    }

    /// The summary's own keys (the attendance counts use `SessionLog.AttendanceCounts`'s): the
    /// index cache's and `history list --format json`'s format, apart from the log schema's.
    enum CodingKeys: String, CodingKey {
        case id, date, completed, recovered, theme
        case meetingNumber = "meeting_number"
        case durationS = "duration_s"
        case plannedMinutes = "planned_minutes"
        case overrunS = "overrun_s"
        case pauseTaken = "pause_taken"
        case balanceGini = "balance_gini"
        case nextTheme = "next_theme"
        case nextDate = "next_date"
    }
}
