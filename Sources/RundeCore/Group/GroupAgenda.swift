/// One step of a group's own agenda in group.toml (`[[agenda]]`).
public struct GroupAgendaStep: Equatable, Sendable {
    /// "card", "round", "sharing", "closing_round" or "next_meeting".
    public var kind: String
    public var title: String
    /// The card's text or the round's prompt.
    public var text: String
    public var minutes: Int?

    public init(kind: String, title: String, text: String = "", minutes: Int? = nil) {
        self.kind = kind
        self.title = title
        self.text = text
        self.minutes = minutes
    }

    public static let kinds: [String: PhaseKind] = [
        "card": .opening, "round": .openingRound, "sharing": .sharing,
        "closing_round": .closingRound, "next_meeting": .nextMeeting,
    ]
}

extension GroupFile {
    /// The format the group chose in group.toml, or nil when Runde proposes one each meeting.
    public var chosenFormat: MeetingFormat? {
        guard let f = MeetingFormat(rawValue: format) else { return nil }
        return f == .custom && agenda.isEmpty ? .regular : f
    }

    /// The format this meeting uses: the group's choice, else chosen from the meetings held.
    public var effectiveFormat: MeetingFormat {
        chosenFormat ?? MeetingFormat.automatic(meetingsHeld: meetingsHeld)
    }

    /// The agenda items of the next meeting. Custom steps get the labels "custom-1", … whose
    /// texts stay in the group file (`customTexts`).
    public var meetingAgenda: [AgendaItem] { agenda(for: effectiveFormat) }

    /// The agenda of a format for this group (a custom format uses the group's own steps).
    public func agenda(for format: MeetingFormat) -> [AgendaItem] {
        guard format == .custom else { return format.agenda }
        var items = agenda.enumerated().compactMap { i, step -> AgendaItem? in
            guard let k = GroupAgendaStep.kinds[step.kind] else { return nil }
            return AgendaItem(k, "custom-\(i + 1)", minutes: step.minutes)
        }
        items.append(.summary)
        return items
    }

    /// Titles and texts of the custom steps, keyed "custom-N.title" / "custom-N.text".
    public var customTexts: [String: String] {
        var out: [String: String] = [:]
        for (i, step) in agenda.enumerated() {
            out["custom-\(i + 1).title"] = step.title
            if !step.text.isEmpty { out["custom-\(i + 1).text"] = step.text }
        }
        return out
    }
}
