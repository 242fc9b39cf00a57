/// One step of the meeting's agenda: a phase, a stable label that says which variant it is
/// (the screen shows its prompt or card text), and an optional planned length.
///
/// Labels are built-in keys ("here_and_now", "presentation_round", "frame", …) or
/// "custom-N" for the group's own steps; the text of those lives in group.toml only, so the
/// journal, which holds the setup, never carries free text.
public struct AgendaItem: Codable, Equatable, Hashable, Sendable {
    public var kind: PhaseKind
    public var label: String
    /// Planned minutes; nil means the default for the kind (sharing takes what is left).
    public var minutes: Int?
    /// On a card: each member present acknowledges it (counted, never named).
    public var acknowledge: Bool

    public init(_ kind: PhaseKind, _ label: String, minutes: Int? = nil, acknowledge: Bool = false)
    {
        self.kind = kind
        self.label = label
        self.minutes = minutes
        self.acknowledge = acknowledge
    }

    public static let summary = AgendaItem(.summary, "summary")
    public static let processTalk = AgendaItem(.processTalk, "process_talk")
    public static let checkIn = AgendaItem(.checkIn, "check_in")
}

/// The group's meeting formats. The first and second meetings have their own; later ones
/// settle into the regular format, or the group's own agenda. The group's life proposes three
/// more (`GroupLife`): a new group when a member joins, a restart after a long gap, and an
/// evaluation at the horizon.
public enum MeetingFormat: String, Codable, CaseIterable, Sendable {
    case first, second, regular, custom
    case newGroup = "new_group"
    case restart
    case evaluation

    /// The built-in format for a meeting, from how many meetings the group has held.
    public static func automatic(meetingsHeld: Int) -> MeetingFormat {
        switch meetingsHeld {
        case 0: return .first
        case 1: return .second
        default: return .regular
        }
    }

    /// The agenda of a built-in format (custom agendas come from the group file).
    public var agenda: [AgendaItem] {
        switch self {
        case .first:
            return [
                AgendaItem(.openingRound, "presentation_round", minutes: 20),
                AgendaItem(.openingRound, "expectations_round", minutes: 20),
                // Each writes a personal goal on paper; Runde keeps none of it.
                AgendaItem(.opening, "personal_goal", minutes: 5),
                AgendaItem(.openingRound, "use_group", minutes: 15),
                AgendaItem(.opening, "frame", minutes: 15, acknowledge: true),
                AgendaItem(.opening, "principles", minutes: 10),
                AgendaItem(.opening, "rules", minutes: 10),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        case .second:
            return [
                AgendaItem(.openingRound, "since_last"),
                AgendaItem(.openingRound, "here_and_now"),
                AgendaItem(.opening, "principles", minutes: 5),
                AgendaItem(.sharing, "sharing"),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        case .newGroup:
            return [
                AgendaItem(.openingRound, "presentation_round", minutes: 20),
                AgendaItem(.openingRound, "expectations_round", minutes: 20),
                // The group's own rules as they stand, acknowledged by everyone present: a new
                // member meets what the group wrote, not the built-in frame.
                AgendaItem(.opening, "rules", minutes: 10, acknowledge: true),
                AgendaItem(.opening, "principles", minutes: 5),
                AgendaItem(.sharing, "sharing"),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        case .restart:
            return [
                AgendaItem(.opening, "rules"),
                AgendaItem(.openingRound, "since_last"),
                AgendaItem(.opening, "principles", minutes: 5),
                AgendaItem(.sharing, "sharing"),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        case .evaluation:
            return [
                AgendaItem(.openingRound, "here_and_now"),
                AgendaItem(.openingRound, "eval_given", minutes: 15),
                AgendaItem(.openingRound, "eval_goal", minutes: 10),
                AgendaItem(.openingRound, "eval_listened", minutes: 15),
                AgendaItem(.opening, "rules"),
                AgendaItem(.openingRound, "eval_rules", minutes: 15),
                AgendaItem(.openingRound, "eval_blind_alley", minutes: 15),
                AgendaItem(.openingRound, "eval_decision", minutes: 10),
                AgendaItem(.opening, MeetingAgreements.decisionLabel, minutes: 0),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        case .regular, .custom:
            return [
                AgendaItem(.opening, "rules"),
                AgendaItem(.openingRound, "here_and_now"),
                AgendaItem(.sharing, "sharing"),
                AgendaItem(.closingRound, "closing_round"),
                AgendaItem(.nextMeeting, "next_meeting"),
                .summary,
            ]
        }
    }
}
