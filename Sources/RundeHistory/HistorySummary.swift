import RundeCore

/// One row of the history: the figures of one logged meeting, without any name.
public struct HistorySummary: Codable, Equatable, Sendable {
    /// The log's file name without `.json`, e.g. `2026-11-21-007`.
    public var id: String
    public var date: String
    public var meetingNumber: Int
    public var members: Int
    public var present: Int
    public var notifiedAbsent: Int
    public var absent: Int
    public var late: Int
    public var guests: Int
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

    public init(id: String, date: String, meetingNumber: Int, members: Int, present: Int,
                notifiedAbsent: Int, absent: Int, late: Int, guests: Int, durationS: Int,
                plannedMinutes: Int, overrunS: Int, pauseTaken: Bool, balanceGini: Double,
                completed: Bool, recovered: Bool, theme: String = "", nextTheme: String, nextDate: String?) {
        self.id = id; self.date = date; self.meetingNumber = meetingNumber; self.members = members
        self.present = present; self.notifiedAbsent = notifiedAbsent; self.absent = absent
        self.late = late; self.guests = guests; self.durationS = durationS
        self.plannedMinutes = plannedMinutes; self.overrunS = overrunS; self.pauseTaken = pauseTaken
        self.balanceGini = balanceGini; self.completed = completed; self.recovered = recovered; self.theme = theme
        self.nextTheme = nextTheme; self.nextDate = nextDate
    }

    /// The summary of a decoded log stored as `<id>.json`.
    public init(id: String, log: SessionLog) {
        self.init(id: id, date: log.date, meetingNumber: log.meetingNumber,
                  members: log.attendance.members, present: log.attendance.present,
                  notifiedAbsent: log.attendance.notifiedAbsent, absent: log.attendance.absent,
                  late: log.attendance.late, guests: log.attendance.guests, durationS: log.durationS,
                  plannedMinutes: log.plan.meetingMinutes, overrunS: log.overrunS,
                  pauseTaken: log.pause.taken, balanceGini: log.speaking.balanceGini,
                  completed: log.completed, recovered: log.recovered, theme: log.theme ?? "", nextTheme: log.next.theme,
                  nextDate: log.next.date)
    }

    /// Decodes a summary; `theme` may be missing (summaries written before it was added).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), date: try c.decode(String.self, forKey: .date),
                  meetingNumber: try c.decode(Int.self, forKey: .meetingNumber), members: try c.decode(Int.self, forKey: .members),
                  present: try c.decode(Int.self, forKey: .present), notifiedAbsent: try c.decode(Int.self, forKey: .notifiedAbsent),
                  absent: try c.decode(Int.self, forKey: .absent), late: try c.decode(Int.self, forKey: .late),
                  guests: try c.decode(Int.self, forKey: .guests), durationS: try c.decode(Int.self, forKey: .durationS),
                  plannedMinutes: try c.decode(Int.self, forKey: .plannedMinutes), overrunS: try c.decode(Int.self, forKey: .overrunS),
                  pauseTaken: try c.decode(Bool.self, forKey: .pauseTaken), balanceGini: try c.decode(Double.self, forKey: .balanceGini),
                  completed: try c.decode(Bool.self, forKey: .completed), recovered: try c.decode(Bool.self, forKey: .recovered),
                  theme: try c.decodeIfPresent(String.self, forKey: .theme) ?? "",
                  nextTheme: try c.decode(String.self, forKey: .nextTheme), nextDate: try c.decodeIfPresent(String.self, forKey: .nextDate))
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

    enum CodingKeys: String, CodingKey {
        case id, date, members, present, absent, late, guests, completed, recovered, theme
        case meetingNumber = "meeting_number"
        case notifiedAbsent = "notified_absent"
        case durationS = "duration_s"
        case plannedMinutes = "planned_minutes"
        case overrunS = "overrun_s"
        case pauseTaken = "pause_taken"
        case balanceGini = "balance_gini"
        case nextTheme = "next_theme"
        case nextDate = "next_date"
    }
}
