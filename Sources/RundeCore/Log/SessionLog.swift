/// The anonymised record of one meeting, schema `runde.session/1` (DESIGN §4).
///
/// It holds structure only: times, counts and aggregate statistics. No names, no member ids,
/// no content. The only free texts are `theme` and `next.theme`, scrubbed of roster names before
/// they get here.
public struct SessionLog: Codable, Equatable, Sendable {
    public static let schemaID = "runde.session/1"

    public var schema: String
    public var appVersion: String
    public var meetingNumber: Int
    public var date: String
    public var startedAt: String
    public var endedAt: String
    public var durationS: Int
    public var completed: Bool
    public var recovered: Bool
    public var plan: MeetingPlan
    public var attendance: AttendanceCounts
    public var phases: [PhaseRecord]
    public var speaking: Speaking
    public var pause: PauseRecord
    public var overrunS: Int
    public var next: NextRecord
    /// The agenda format's name ("first", "second", "regular", "custom"): nothing more of it.
    public var format: String?
    /// How many members present acknowledged the confidentiality declaration (first meeting).
    public var acknowledged: Int?
    /// True when the meeting had a farewell round (a member leaving): nothing more about it.
    public var farewellRound: Bool?
    /// This meeting's own theme (chosen at the meeting before), scrubbed like `next.theme`;
    /// absent in logs written before it was added, and when there was none.
    public var theme: String?
    /// The evaluation's decision ("go_on", "end", "later"), when the group made it in this
    /// meeting: a choice, never who said what. Absent otherwise and in older logs.
    public var decision: String?
    /// With "go_on": how many more meetings the new horizon holds.
    public var newHorizon: Int?

    public init(
        schema: String = SessionLog.schemaID, appVersion: String, meetingNumber: Int, date: String,
        startedAt: String, endedAt: String, durationS: Int, completed: Bool, recovered: Bool,
        plan: MeetingPlan, attendance: AttendanceCounts, phases: [PhaseRecord], speaking: Speaking,
        pause: PauseRecord, overrunS: Int, next: NextRecord, format: String? = nil,
        acknowledged: Int? = nil,
        theme: String? = nil
    ) {
        self.schema = schema
        self.appVersion = appVersion
        self.meetingNumber = meetingNumber
        self.date = date
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.durationS = durationS
        self.completed = completed
        self.recovered = recovered
        self.plan = plan
        self.attendance = attendance
        self.phases = phases
        self.speaking = speaking
        self.pause = pause
        self.overrunS = overrunS
        self.next = next
        self.format = format
        self.acknowledged = acknowledged
        self.theme = theme
    }

    /// The log with the evaluation's decision, when the group made one in this meeting.
    public func with(decision: String?, newHorizon: Int?) -> SessionLog {
        var l = self
        l.decision = decision
        l.newHorizon = decision == nil ? nil : newHorizon
        return l
    }

    /// The log with the farewell mark set (only when there was a farewell round).
    public func with(farewellRound: Bool) -> SessionLog {
        var l = self
        l.farewellRound = farewellRound ? true : nil
        return l
    }

    enum CodingKeys: String, CodingKey {
        case schema, plan, attendance, phases, speaking, pause, next, completed, recovered, date,
            format, acknowledged, theme, decision
        case farewellRound = "farewell_round"
        case newHorizon = "new_horizon"
        case appVersion = "app_version"
        case meetingNumber = "meeting_number"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case durationS = "duration_s"
        case overrunS = "overrun_s"
    }

    /// Counts only: who came is never recorded, only how many.
    public struct AttendanceCounts: Codable, Equatable, Sendable {
        public var members: Int
        public var present: Int
        public var notifiedAbsent: Int
        public var absent: Int
        public var late: Int
        public var guests: Int

        public init(
            members: Int, present: Int, notifiedAbsent: Int, absent: Int, late: Int, guests: Int
        ) {
            self.members = members
            self.present = present
            self.notifiedAbsent = notifiedAbsent
            self.absent = absent
            self.late = late
            self.guests = guests
        }

        enum CodingKeys: String, CodingKey {
            case members, present, absent, late, guests
            case notifiedAbsent = "notified_absent"
        }
    }

    /// One segment of the meeting in a phase (a phase interrupted by the pause gives two).
    public struct PhaseRecord: Codable, Equatable, Sendable {
        public var kind: String
        public var startS: Int
        public var endS: Int
        /// "round" or "open", for sharing only.
        public var mode: String?
        public var turns: TurnStats?
        /// The agenda step's built-in label ("presentation_round", "use_group", "frame", …, or
        /// "custom-N" whose text stays in group.toml), so history names the step as the
        /// meeting did. Absent for the pause, process talks and in older logs.
        public var label: String?

        public init(
            kind: String, startS: Int, endS: Int, mode: String? = nil, turns: TurnStats? = nil,
            label: String? = nil
        ) {
            self.kind = kind
            self.startS = startS
            self.endS = endS
            self.mode = mode
            self.turns = turns
            self.label = label
        }

        enum CodingKeys: String, CodingKey {
            case kind, mode, turns, label
            case startS = "start_s"
            case endS = "end_s"
        }
    }

    /// Aggregate statistics of the turns in one segment. Durations cover spoken turns
    /// (passes excluded); `count` includes passes.
    public struct TurnStats: Codable, Equatable, Sendable {
        public var count: Int
        public var passes: Int
        public var totalS: Int
        public var minS: Int
        public var medianS: Int
        public var maxS: Int
        public var overruns: Int

        public init(
            count: Int, passes: Int, totalS: Int, minS: Int, medianS: Int, maxS: Int, overruns: Int
        ) {
            self.count = count
            self.passes = passes
            self.totalS = totalS
            self.minS = minS
            self.medianS = medianS
            self.maxS = maxS
            self.overruns = overruns
        }

        enum CodingKeys: String, CodingKey {
            case count, passes, overruns
            case totalS = "total_s"
            case minS = "min_s"
            case medianS = "median_s"
            case maxS = "max_s"
        }
    }

    /// Per-person totals as a sorted list without identity, and their Gini coefficient.
    public struct Speaking: Codable, Equatable, Sendable {
        public var perPersonS: [Int]
        public var balanceGini: Double

        public init(perPersonS: [Int], balanceGini: Double) {
            self.perPersonS = perPersonS
            self.balanceGini = balanceGini
        }

        enum CodingKeys: String, CodingKey {
            case perPersonS = "per_person_s"
            case balanceGini = "balance_gini"
        }
    }

    public struct PauseRecord: Codable, Equatable, Sendable {
        public var taken: Bool
        public var startMinute: Int?
        public var lengthS: Int?

        public init(taken: Bool, startMinute: Int? = nil, lengthS: Int? = nil) {
            self.taken = taken
            self.startMinute = startMinute
            self.lengthS = lengthS
        }

        enum CodingKeys: String, CodingKey {
            case taken
            case startMinute = "start_minute"
            case lengthS = "length_s"
        }
    }

    public struct NextRecord: Codable, Equatable, Sendable {
        public var theme: String
        public var date: String?
        public var leaderChosen: Bool

        public init(theme: String, date: String?, leaderChosen: Bool) {
            self.theme = theme
            self.date = date
            self.leaderChosen = leaderChosen
        }

        enum CodingKeys: String, CodingKey {
            case theme, date
            case leaderChosen = "leader_chosen"
        }
    }
}
