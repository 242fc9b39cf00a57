import RundeCore
import RundeText

/// The group's life on the meeting screens: titles and prompts of the steps the life formats
/// add (farewell, way forward, leading, the evaluation's rounds, the starter's card), and the
/// check-in's words for why a format was proposed.
extension Catalog {
    /// Short title for the phase strip, for a step of the group's life.
    public func lifeItemTitle(_ label: String) -> String? {
        switch label {
        case "use_group": return self[.itemUseGroup]
        case "personal_goal": return self[.itemGoal]
        case "eval_goal": return self[.itemEvalGoal]
        case "farewell_round": return self[.itemFarewell]
        case "way_forward": return self[.itemWayForward]
        case "sharing_leading": return self[.itemSharingLeading]
        case "starter_role": return self[.itemStarterRole]
        case "eval_given": return self[.itemEvalGiven]
        case "eval_listened": return self[.itemEvalListened]
        case "eval_rules": return self[.cardItemEvalRules]
        case "eval_blind_alley": return self[.itemEvalBlindAlley]
        case "eval_decision": return self[.itemEvalDecision]
        case MeetingAgreements.decisionLabel: return self[.itemDecide]
        default: return nil
        }
    }

    /// The prompt of a round of the group's life.
    public func lifePrompt(_ label: String) -> String? {
        switch label {
        case "use_group": return self[.promptUseGroup]
        case "farewell_round": return self[.promptFarewell]
        case "way_forward": return self[.promptWayForward]
        case "sharing_leading": return self[.promptSharingLeading]
        case "eval_given": return self[.promptEvalGiven]
        case "eval_goal": return self[.promptEvalGoal]
        case "eval_listened": return self[.promptEvalListened]
        case "eval_rules": return self[.promptEvalRules]
        case "eval_blind_alley": return self[.promptEvalBlindAlley]
        case "eval_decision": return self[.promptEvalDecision]
        default: return nil
        }
    }

    /// A card of the group's life: title and text. The starter's card says the starter's term
    /// in numbers when the group set it (`starterMeetings`), else asks the group to agree it;
    /// the personal goal counts the meetings the group set itself (`horizon`, else 12).
    public func lifeCard(_ label: String, starterMeetings: Int? = nil, horizon: Int? = nil)
        -> (title: String, text: String)?
    {
        switch label {
        case "starter_role":
            let text: String
            switch starterMeetings {
            case .some(1): text = self[.starterRoleTextOne]
            case .some(let n) where n > 1: text = f(.starterRoleTextN, n)
            default: text = self[.cardStarterRoleText]
            }
            return (self[.cardStarterRoleTitle], text)
        case "personal_goal":
            return (
                self[.cardGoalTitle],
                f(.cardGoalText, horizon ?? GroupLife.defaultHorizon)
            )
        default: return nil
        }
    }

    /// The farewell round's prompt, naming who is leaving (none named: the question alone).
    public func farewellPrompt(leaving: [String]) -> String {
        let names = leaving.map { TextSafety.sanitize($0) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return self[.promptFarewell] }
        return f(.farewellNamed, namesList(names))
    }

    /// Names as a sentence lists them: «Quixtamar», «Quixtamar og Zorbulon», «Quixtamar,
    /// Zorbulon og Vexilda».
    public func namesList(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1
            ? last : f(.namesTwo, names.dropLast().joined(separator: ", "), last)
    }

    /// The name of a format, as the proposal screen says it.
    public func formatName(_ f: MeetingFormat) -> String {
        switch f {
        case .first: return self[.formatFirst]
        case .second: return self[.formatSecond]
        case .regular: return self[.formatRegular]
        case .custom: return self[.formatCustom]
        case .newGroup: return self[.formatNewGroup]
        case .restart: return self[.formatRestart]
        case .evaluation: return self[.formatEvaluation]
        }
    }

    /// Why Runde proposes what it does, in one sentence for the proposal and the check-in. A new
    /// member is named when the group file knows who joined (`newMembers`).
    public func lifeReason(_ r: LifeReason, followUp: LocalDate?, newMembers: [String] = [])
        -> String
    {
        switch r {
        case .newMember:
            let names = newMembers.map { TextSafety.sanitize($0) }.filter { !$0.isEmpty }
            switch names.count {
            case 0: return self[.reasonNewMember]
            case 1: return f(.reasonNewMemberNamed, names[0])
            default: return f(.reasonNewMembersNamed, namesList(names))
            }
        case .longGap: return self[.reasonLongGap]
        case .evaluation: return self[.reasonEvaluation]
        case .farewell: return self[.reasonFarewell]
        case .starterFirst: return self[.reasonStarterFirst]
        case .starterLast: return self[.reasonStarterLast]
        case .afterStarter: return self[.reasonAfterStarter]
        case .followUpDue:
            return f(.reasonFollowUpDue, followUp.map { DateText.long($0, lang) } ?? "")
        }
    }
}

extension Catalog {
    /// The method's blind alleys as prompt cards for a process talk, then the troubles groups
    /// report (room, leaving, the search for a leader): a short title and a question.
    public var blindAlleyCards: [(title: String, question: String)] {
        [
            (self[.cardForumTitle], self[.cardForum]),
            (self[.cardComplaintTitle], self[.cardComplaint]),
            (self[.cardAdviceTitle], self[.cardAdvice]),
            (self[.cardCliquesTitle], self[.cardCliques]),
            (self[.cardCoffeeTitle], self[.cardCoffee]),
            (self[.cardIdyllTitle], self[.cardIdyll]),
            (self[.cardRoomTitle], self[.cardRoom]),
            (self[.cardLeavingTitle], self[.cardLeaving]),
            (self[.cardLeaderTitle], self[.cardLeader]),
        ]
    }
}
