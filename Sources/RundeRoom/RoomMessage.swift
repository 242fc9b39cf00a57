import RundeCore

/// What the meeting tells a room view: the step, the turn's and the pause's instants, the round's
/// dots. Name-free by construction: every field is a number, an instant, a flag or a closed
/// enum, so no name and no free text (a theme, a custom step's title, the rules card) can cross
/// the socket, whatever the meeting holds. The room view looks every word up in its own catalog.
public struct RoomMessage: Equatable, Sendable {
    /// The meeting's clock when this was sent: the room view counts on from it by itself.
    public var sentAt: Double
    public var phase: PhaseKind
    /// Which built-in step this is; `.other` for the group's own steps (see `RoomStep`).
    public var step: RoomStep
    /// The blind-alley card a process talk was given (an index into the catalog's cards).
    public var processCard: Int?
    /// Sharing with the open floor (no fixed order, so no dots).
    public var openFloor: Bool
    public var meetingNumber: Int
    /// The turn running now, if anyone has the floor.
    public var turn: RoomTurn?
    /// The round's turns in order (empty outside a round) and which one is now.
    public var dots: [RoomDot]
    /// "Turn 2 of 5": the 1-based position in the round.
    public var roundPosition: Int
    /// When the pause ends, on the meeting's clock (during a pause).
    public var pauseDeadline: Double?

    public init(
        sentAt: Double, phase: PhaseKind, step: RoomStep = .other, processCard: Int? = nil,
        openFloor: Bool = false, meetingNumber: Int = 1, turn: RoomTurn? = nil,
        dots: [RoomDot] = [], roundPosition: Int = 0, pauseDeadline: Double? = nil
    ) {
        self.sentAt = sentAt
        self.phase = phase
        self.step = step
        self.processCard = processCard
        self.openFloor = openFloor
        self.meetingNumber = meetingNumber
        self.turn = turn
        self.dots = dots
        self.roundPosition = roundPosition
        self.pauseDeadline = pauseDeadline
    }

    /// The meeting is over (its summary is on the leader's screen).
    public var isOver: Bool { phase == .summary }

    /// The same message with its send time left out: what tells a change apart from the clock
    /// moving on (the instants in it stay put while nothing happens).
    public var withoutSendTime: RoomMessage {
        var m = self
        m.sentAt = 0
        return m
    }

    /// The most dots a message carries (a round longer than this shows its first ones).
    public static let maxDots = 64
}

/// A turn in progress, as instants on the meeting's clock.
public struct RoomTurn: Equatable, Sendable {
    /// The turn's target in seconds.
    public var targetSeconds: Int
    /// The instant from which a running turn's elapsed time counts (its start plus time held).
    public var countsFrom: Double
    /// While the turn is held: the elapsed time it stands at.
    public var heldAt: Double?

    public init(targetSeconds: Int, countsFrom: Double, heldAt: Double? = nil) {
        self.targetSeconds = targetSeconds
        self.countsFrom = countsFrom
        self.heldAt = heldAt
    }

    /// Seconds spoken at `now` (the meeting's clock).
    public func elapsed(at now: Double) -> Double { heldAt ?? max(0, now - countsFrom) }

    /// Seconds left at `now`; negative is overtime.
    public func remaining(at now: Double) -> Double { Double(targetSeconds) - elapsed(at: now) }
}

/// One turn of a round, as its dot shows it: spoke ●, passed –, speaking ◉, to come ○.
public enum RoomDot: UInt8, CaseIterable, Equatable, Sendable {
    case spoke, passed, speaking, toCome
}

/// The built-in steps a room view knows by their catalog titles and questions. The group's own
/// steps (`custom-N`, whose titles and texts are free text from group.toml) are all `.other`:
/// the room shows the phase's generic title and question for them. A group may well title a
/// step after a person ("Karis runde"), and the room faces everyone in the circle, so no text
/// the group typed is ever carried to it; a closed list is what makes that sure.
public enum RoomStep: String, CaseIterable, Equatable, Sendable {
    case other
    case checkIn = "check_in"
    case presentationRound = "presentation_round"
    case expectationsRound = "expectations_round"
    case useGroup = "use_group"
    case frame, principles, rules
    case sinceLast = "since_last"
    case hereAndNow = "here_and_now"
    case sharing
    case closingRound = "closing_round"
    case nextMeeting = "next_meeting"
    case summary
    case processTalk = "process_talk"
    case farewellRound = "farewell_round"
    case wayForward = "way_forward"
    case sharingLeading = "sharing_leading"
    case starterRole = "starter_role"
    case evalGiven = "eval_given"
    case evalListened = "eval_listened"
    case evalRules = "eval_rules"
    case evalBlindAlley = "eval_blind_alley"
    case evalDecision = "eval_decision"
    case groupDecision = "group_decision"

    /// The step of an agenda label: a built-in one, else `.other`.
    public init(label: String) {
        self = RoomStep(rawValue: label) ?? .other
    }
}

extension RoomMessage {
    /// What the room shows of a meeting at its clock's `meeting.now`. Takes only the domain
    /// state (which holds no names, only roster positions) and the card index.
    public init(meeting m: MeetingState, processCard: Int?) {
        var turn: RoomTurn?
        if let t = m.turn {
            turn = RoomTurn(
                targetSeconds: t.targetSeconds,
                countsFrom: t.startedAt.seconds + t.heldSeconds,
                heldAt: t.isHeld ? t.elapsed(at: m.now) : nil)
        }
        let inRound =
            m.phase.hasTurns && !(m.phase == .sharing && m.sharingMode == .open)
        var dots: [RoomDot] = []
        if inRound {
            // As the leader's round view draws them: passes of this step shown as dashes.
            let records =
                (m.phase == .processTalk
                    ? [] : m.segments.filter { $0.ordinal == m.itemOrdinal }.flatMap(\.turns))
                + m.currentTurns
            let passed = Set(records.filter(\.passed).map(\.speaker))
            dots = m.roundOrder.indices.prefix(RoomMessage.maxDots).map { i in
                i < m.roundIndex
                    ? (passed.contains(m.roundOrder[i]) ? .passed : .spoke)
                    : (i == m.roundIndex ? .speaking : .toCome)
            }
        }
        self.init(
            sentAt: m.now.seconds,
            phase: m.phase,
            step: m.phase == .processTalk ? .processTalk : RoomStep(label: m.item.label),
            processCard: m.phase == .processTalk ? processCard : nil,
            openFloor: m.phase == .sharing && m.sharingMode == .open,
            meetingNumber: m.setup.meetingNumber,
            turn: turn,
            dots: dots,
            roundPosition: inRound ? min(m.roundOrder.count, m.roundIndex + 1) : 0,
            pauseDeadline: m.pause?.deadline.seconds)
    }
}
