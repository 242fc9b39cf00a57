/// The group's timing settings for one meeting (DESIGN §4 `[settings]`).
public struct MeetingPlan: Codable, Equatable, Hashable, Sendable {
    public var meetingMinutes: Int
    public var pauseMinutes: Int
    public var pauseAtMinute: Int
    public var turnSeconds: Int
    public var closingTurnSeconds: Int

    public init(meetingMinutes: Int = 120, pauseMinutes: Int = 15, pauseAtMinute: Int = 60,
                turnSeconds: Int = 180, closingTurnSeconds: Int = 60) {
        self.meetingMinutes = meetingMinutes
        self.pauseMinutes = pauseMinutes
        self.pauseAtMinute = pauseAtMinute
        self.turnSeconds = turnSeconds
        self.closingTurnSeconds = closingTurnSeconds
    }

    public static let standard = MeetingPlan()

    /// Planned minutes for the short fixed phases (not configurable in the group file).
    public static let checkInSeconds = 5 * 60
    public static let openingSeconds = 3 * 60
    public static let nextMeetingSeconds = 5 * 60

    enum CodingKeys: String, CodingKey {
        case meetingMinutes = "meeting_minutes"
        case pauseMinutes = "pause_minutes"
        case pauseAtMinute = "pause_at_minute"
        case turnSeconds = "turn_seconds"
        case closingTurnSeconds = "closing_turn_seconds"
    }

    /// The allowed values, in one place: `validationError`, `group edit` and the group screen
    /// all read them here. The pause comes between minute 0 and the meeting's last minute.
    public static let meetingMinutesRange = 10...600
    public static let pauseMinutesRange = 0...120
    public static let turnSecondsRange = 10...3600
    public static let closingTurnSecondsRange = 10...3600
    public var pauseAtMinuteRange: ClosedRange<Int> { 0...max(0, meetingMinutes) }

    /// A problem with the values, or nil when they make sense.
    public func validationError() -> String? {
        if !Self.meetingMinutesRange.contains(meetingMinutes) { return "meeting_minutes must be between 10 and 600" }
        if !Self.pauseMinutesRange.contains(pauseMinutes) { return "pause_minutes must be between 0 and 120" }
        if pauseAtMinute < 0 || pauseAtMinute > meetingMinutes { return "pause_at_minute must be between 0 and meeting_minutes" }
        if !Self.turnSecondsRange.contains(turnSeconds) { return "turn_seconds must be between 10 and 3600" }
        if !Self.closingTurnSecondsRange.contains(closingTurnSeconds) { return "closing_turn_seconds must be between 10 and 3600" }
        return nil
    }
}
