/// The whole state of one meeting. Pure data: no names, no clock. Build it with
/// `MeetingState(setup:)` and change it only through `reduce`.
public struct MeetingState: Codable, Equatable, Sendable {
    public var setup: MeetingSetup
    /// The latest instant the domain has seen; never goes back.
    public var now: Instant
    public var attendance: [Attendance]
    /// Members who arrived late, in order of arrival.
    public var late: [Int]
    /// Number of guests who have arrived.
    public var guests: Int
    public var phase: PhaseKind
    /// The agenda item in progress (during the pause: the one it interrupted).
    public var item: AgendaItem
    /// Counts agenda items entered; segments carry it so an item's time adds up across a pause.
    public var itemOrdinal: Int
    public var upcoming: [AgendaItem]
    /// Agenda items entered so far, in order (check-in first).
    public var entered: [AgendaItem]
    public var segmentStart: Instant
    /// Finished segments of phases, in order.
    public var segments: [Segment]
    /// Turns finished in the current segment.
    public var currentTurns: [TurnRecord]
    public var sharingMode: SharingMode
    /// The order of the current round, and who is up (`roundIndex`).
    public var roundOrder: [Participant]
    public var roundIndex: Int
    /// The turn in progress, if anyone has the floor.
    public var turn: Turn?
    /// While the pause runs.
    public var pause: PauseState?
    /// Once the pause has been taken.
    public var pauseTaken: PauseTaken?
    public var pauseSuggested: Bool
    public var next: NextMeetingState
    public var finishedAt: Instant?
    public var recovered: Bool
    /// Members present who acknowledged a card that asks for it (counted in the log, never named).
    public var acknowledged: [Int]
    /// What a "stop and talk about it" round interrupted, to return to afterwards.
    public var interrupted: Interrupted?
    /// The one target every turn of the current round gets, set when its first turn starts
    /// (DESIGN §1 "Turn length"); nil until then.
    public var roundTarget: Int?
    /// The last pass, so the screen can show it for a moment ("Kari står over").
    public var lastPass: PassNote?
    /// The states before the last steps, newest last, for `u` (`MeetingEvent.undo`). Each is
    /// kept without a stack of its own; at most `undoLimit` of them. A snapshot's `now` is
    /// the instant of its step.
    public var undoStack: [MeetingState]
    /// What the group agreed today about its own life (decision, follow-up date): choices and
    /// dates only, applied to group.toml once when the meeting finishes.
    public var agreements: MeetingAgreements
    /// Set by `.resumed` to the instant the meeting was last seen running, for one event: the
    /// tick right after it spans the time the program was not running, which no turn counts,
    /// neither the running one nor one that `u` brings back (`holdTheGap`).
    public var resumedFrom: Instant?
    /// Seconds the program was not running across resumes on another sitting (a gap of
    /// `newSittingAfterSeconds` or more): the meeting clock and the plan leave them out, so
    /// the meeting continues with the times it had (DESIGN §4). A shorter gap is the same
    /// evening: the room's clock went on, and the meeting clock counts it.
    public var awaySeconds: Double
    /// A resume this long after the meeting was last seen is another sitting (12 hours, the
    /// line past which the resume offer is made the other way round).
    public static let newSittingAfterSeconds = 12.0 * 3600

    /// How many steps `u` can take back.
    public static let undoLimit = 50

    public init(setup: MeetingSetup) {
        self.setup = setup
        now = setup.startedAt
        attendance = Array(repeating: .present, count: max(0, min(1000, setup.memberCount)))
        late = []
        guests = 0
        phase = .checkIn
        item = .checkIn
        itemOrdinal = 0
        var agenda = setup.agenda.filter {
            ![.checkIn, .pause, .summary, .processTalk].contains($0.kind)
        }
        agenda.append(.summary)
        upcoming = agenda
        entered = [.checkIn]
        segmentStart = setup.startedAt
        segments = []
        currentTurns = []
        sharingMode = .round
        roundOrder = []
        roundIndex = 0
        turn = nil
        pause = nil
        pauseTaken = nil
        pauseSuggested = false
        next = NextMeetingState(
            step: .leader, leaderChoice: nil, leaderChosen: false, theme: "",
            date: setup.date.adding(days: max(1, min(3650, setup.nextMeetingInDays))))
        finishedAt = nil
        recovered = false
        acknowledged = []
        interrupted = nil
        roundTarget = nil
        lastPass = nil
        undoStack = []
        agreements = MeetingAgreements()
        resumedFrom = nil
        awaySeconds = 0
    }

    /// A pass: who passed and when.
    public struct PassNote: Codable, Equatable, Sendable {
        public var speaker: Participant
        public var at: Instant
        public init(speaker: Participant, at: Instant) {
            self.speaker = speaker
            self.at = at
        }
    }

    /// The phase a process talk interrupted, with its round, restored when the talk ends.
    public struct Interrupted: Codable, Equatable, Sendable {
        public var item: AgendaItem
        public var ordinal: Int
        public var roundOrder: [Participant]
        public var roundIndex: Int
        public var sharingMode: SharingMode
        public var roundTarget: Int?
    }

    /// A finished stretch of one phase. A phase interrupted by the pause gives two segments.
    public struct Segment: Codable, Equatable, Sendable {
        public var kind: PhaseKind
        public var start: Instant
        public var end: Instant
        public var mode: SharingMode?
        public var turns: [TurnRecord]
        /// The agenda item's ordinal (-1 for the pause and process talks).
        public var ordinal: Int

        public init(
            kind: PhaseKind, start: Instant, end: Instant, mode: SharingMode?, turns: [TurnRecord],
            ordinal: Int = -1
        ) {
            self.kind = kind
            self.start = start
            self.end = end
            self.mode = mode
            self.turns = turns
            self.ordinal = ordinal
        }
    }

    /// A finished turn.
    public struct TurnRecord: Codable, Equatable, Sendable {
        public var speaker: Participant
        public var seconds: Double
        public var passed: Bool
        public var targetSeconds: Int

        public init(speaker: Participant, seconds: Double, passed: Bool, targetSeconds: Int) {
            self.speaker = speaker
            self.seconds = seconds
            self.passed = passed
            self.targetSeconds = targetSeconds
        }

        public var overran: Bool { !passed && seconds > Double(targetSeconds) + 0.5 }
    }

    /// A turn in progress. Elapsed time is computed from its start instant, less time held.
    public struct Turn: Codable, Equatable, Sendable {
        public var speaker: Participant
        public var startedAt: Instant
        public var targetSeconds: Int
        public var heldSince: Instant?
        public var heldSeconds: Double
        public var warned: Bool
        public var timeUp: Bool

        public init(speaker: Participant, startedAt: Instant, targetSeconds: Int) {
            self.speaker = speaker
            self.startedAt = startedAt
            self.targetSeconds = targetSeconds
            heldSince = nil
            heldSeconds = 0
            warned = false
            timeUp = false
        }

        public func elapsed(at now: Instant) -> Double {
            let end = heldSince ?? now
            return max(0, (end - startedAt) - heldSeconds)
        }

        /// Seconds left; negative means overtime.
        public func remaining(at now: Instant) -> Double {
            Double(targetSeconds) - elapsed(at: now)
        }

        public var isHeld: Bool { heldSince != nil }
    }

    public struct PauseState: Codable, Equatable, Sendable {
        public var startedAt: Instant
        public var deadline: Instant
        /// The phase the pause interrupted, to continue afterwards.
        public var resume: PhaseKind
        public var overAnnounced: Bool

        public init(startedAt: Instant, deadline: Instant, resume: PhaseKind) {
            self.startedAt = startedAt
            self.deadline = deadline
            self.resume = resume
            overAnnounced = false
        }
    }

    public struct PauseTaken: Codable, Equatable, Sendable {
        public var startedAt: Instant
        public var endedAt: Instant

        public init(startedAt: Instant, endedAt: Instant) {
            self.startedAt = startedAt
            self.endedAt = endedAt
        }
    }

    /// The next-meeting phase: leader, then theme, then date.
    public struct NextMeetingState: Codable, Equatable, Sendable {
        public enum Step: String, Codable, Sendable { case leader, theme, date, done }
        public var step: Step
        public var leaderChoice: Int?
        public var leaderChosen: Bool
        public var theme: String
        public var date: LocalDate
        /// Themes proposed but not chosen, kept for next time (scrubbed of names).
        public var proposals: [String]

        public init(
            step: Step, leaderChoice: Int?, leaderChosen: Bool, theme: String, date: LocalDate,
            proposals: [String] = []
        ) {
            self.step = step
            self.leaderChoice = leaderChoice
            self.leaderChosen = leaderChosen
            self.theme = theme
            self.date = date
            self.proposals = proposals
        }
    }
}
