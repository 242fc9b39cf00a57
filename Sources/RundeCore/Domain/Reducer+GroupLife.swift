/// The group's life inside the meeting: the decision card and the follow-up date.
extension MeetingState {
    /// The evaluation's decision card is on screen.
    public var onDecisionCard: Bool {
        phase == .opening && item.label == MeetingAgreements.decisionLabel
    }

    /// This is the starter's last meeting (its agenda has the "way forward" round), where the
    /// follow-up date is set.
    public var isStartersLastMeeting: Bool { setup.agenda.contains { $0.label == "way_forward" } }

    /// The follow-up date as it stands: the group's choice, else 8 weeks after this meeting.
    public var followUpDate: LocalDate {
        agreements.followUp ?? setup.date.adding(days: GroupLife.followUpDays)
    }

    /// A step: records the decision and moves on to the next item (after "we end the group",
    /// the next-meeting step is dropped). A new horizon comes with
    /// `.goOn` only, and only within `horizonRange`.
    mutating func decide(_ choice: HorizonDecision.Choice, newHorizon: Int?) -> [MeetingEffect] {
        guard onDecisionCard, !isFinished else { return [] }
        if choice == .goOn {
            guard let n = newHorizon, MeetingAgreements.horizonRange.contains(n) else { return [] }
        } else if newHorizon != nil {
            return []
        }
        agreements.decision = choice
        agreements.newHorizon = newHorizon
        // A group that ends has no next meeting: no leader, theme or date to choose.
        if choice == .end { upcoming.removeAll { $0.kind == .nextMeeting } }
        return nextPhase()
    }

    /// A step (each `f`/`F` press, undone one by one): moves the follow-up date, never sooner
    /// than a week after this meeting nor more than ten years on.
    mutating func setFollowUp(_ d: LocalDate) -> [MeetingEffect] {
        guard phase == .nextMeeting, isStartersLastMeeting,
            d >= setup.date.adding(days: MeetingAgreements.followUpEarliestDays),
            d <= setup.date.adding(days: 3650), d != followUpDate
        else { return [] }
        agreements.followUp = d
        return []
    }
}
