/// The group's timing settings for one meeting (DESIGN §4 `[settings]`).
public struct MeetingPlan: Codable, Equatable, Hashable, Sendable {
    public var meetingMinutes: Int
    public var pauseMinutes: Int
    public var pauseAtMinute: Int
    public var turnSeconds: Int
    public var closingTurnSeconds: Int

    public init(
        meetingMinutes: Int = 120, pauseMinutes: Int = 15, pauseAtMinute: Int = 60,
        turnSeconds: Int = 180, closingTurnSeconds: Int = 60
    ) {
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

    /// The allowed values, in one place: `rangeProblem` (so the loader and `group edit`) and
    /// the group screen read them here. The pause comes between minute 0 and the meeting's end.
    public static let meetingMinutesRange = 10...600
    public static let pauseMinutesRange = 0...120
    public static let turnSecondsRange = 10...3600
    public static let closingTurnSecondsRange = 10...3600
    public var pauseAtMinuteRange: ClosedRange<Int> { 0...max(0, meetingMinutes) }

    /// The first value out of its range: its key, the range and the value, or nil when they
    /// make sense. `pause_at_minute` must lie within the meeting.
    public func rangeProblem() -> (key: String, range: ClosedRange<Int>, value: Int)? {
        let checks: [(String, ClosedRange<Int>, Int)] = [
            ("meeting_minutes", Self.meetingMinutesRange, meetingMinutes),
            ("pause_minutes", Self.pauseMinutesRange, pauseMinutes),
            ("pause_at_minute", pauseAtMinuteRange, pauseAtMinute),
            ("turn_seconds", Self.turnSecondsRange, turnSeconds),
            ("closing_turn_seconds", Self.closingTurnSecondsRange, closingTurnSeconds),
        ]
        return checks.first { !$0.1.contains($0.2) }.map { (key: $0.0, range: $0.1, value: $0.2) }
    }

    /// A problem with the values in English (for the journal's checks), or nil when they make sense.
    public func validationError() -> String? {
        rangeProblem().map {
            "\($0.key) must be between \($0.range.lowerBound) and \($0.range.upperBound)"
        }
    }
}
