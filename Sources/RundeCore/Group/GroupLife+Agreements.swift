/// What a meeting agreed about the group's life, into group.toml: applied exactly once.
extension GroupLife {
    /// The group with what was agreed in the meeting of `state`: the evaluation's decision (and
    /// its new horizon), the rules as rewritten together (`rules`: the draft's text, nil when
    /// the card was not rewritten) with the change's date, and the follow-up date the group
    /// chose. A group file that already counts this meeting as held has them already (the save
    /// that wrote them also raised `meetings_held`), so calling this again changes nothing:
    /// a retry or a resume after a crash never adds a second decision or rule change.
    public static func applyingAgreements(_ g: GroupFile, of state: MeetingState, rules: String?)
        -> GroupFile
    {
        let number = state.setup.meetingNumber
        guard g.meetingsHeld < number else { return g }
        var group = g
        let date = state.setup.date
        let a = state.agreements
        if let choice = a.decision {
            let n = choice == .goOn ? a.newHorizon : nil
            group.decisions.append(HorizonDecision(date: date, choice: choice, newHorizon: n))
            if let n { group.horizon = number + n }
        }
        if let text = rules, text != group.rules {
            group.rules = text
            group.ruleChanges.append(RuleChange(date: date, text: text))
        }
        if let d = a.followUp { group.starterFollowUp = d }
        return group
    }
}
