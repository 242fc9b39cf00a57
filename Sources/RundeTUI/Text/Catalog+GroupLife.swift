import RundeCore
import RundeText

/// The group's life on the meeting screens: titles and prompts of the steps the life formats
/// add (farewell, way forward, leading, the evaluation's rounds, the starter's card), and the
/// check-in's words for why a format was proposed.
extension Catalog {
    /// Short title for the phase strip, for a step of the group's life.
    public func lifeItemTitle(_ label: String) -> String? {
        switch label {
        case "use_group": return self[.lifeItemUseGroup]
        case "personal_goal": return self[.closedItemGoal]
        case "eval_goal": return self[.closedItemEvalGoal]
        case "farewell_round": return self[.lifeItemFarewell]
        case "way_forward": return self[.lifeItemWayForward]
        case "sharing_leading": return self[.lifeItemSharingLeading]
        case "starter_role": return self[.lifeItemStarterRole]
        case "eval_given": return self[.lifeItemEvalGiven]
        case "eval_listened": return self[.lifeItemEvalListened]
        case "eval_rules": return self[.lifeItemEvalRules]
        case "eval_blind_alley": return self[.lifeItemEvalBlindAlley]
        case "eval_decision": return self[.lifeItemEvalDecision]
        case MeetingAgreements.decisionLabel: return self[.durItemDecide]
        default: return nil
        }
    }

    /// The prompt of a round of the group's life.
    public func lifePrompt(_ label: String) -> String? {
        switch label {
        case "use_group": return self[.lifePromptUseGroup]
        case "farewell_round": return self[.lifePromptFarewell]
        case "way_forward": return self[.lifePromptWayForward]
        case "sharing_leading": return self[.lifePromptSharingLeading]
        case "eval_given": return self[.lifePromptEvalGiven]
        case "eval_goal": return self[.closedPromptEvalGoal]
        case "eval_listened": return self[.lifePromptEvalListened]
        case "eval_rules": return self[.lifePromptEvalRules]
        case "eval_blind_alley": return self[.lifePromptEvalBlindAlley]
        case "eval_decision": return self[.lifePromptEvalDecision]
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
            case .some(1): text = self[.closedStarterRoleTextOne]
            case .some(let n) where n > 1: text = f(.closedStarterRoleTextN, n)
            default: text = self[.lifeCardStarterRoleText]
            }
            return (self[.lifeCardStarterRoleTitle], text)
        case "personal_goal":
            return (
                self[.closedCardGoalTitle],
                f(.closedCardGoalText, horizon ?? GroupLife.defaultHorizon)
            )
        default: return nil
        }
    }

    /// The farewell round's prompt, naming who is leaving (none named: the question alone).
    public func farewellPrompt(leaving: [String]) -> String {
        let names = leaving.map { TextSafety.sanitize($0) }.filter { !$0.isEmpty }
        guard let last = names.last else { return self[.lifePromptFarewell] }
        let list =
            names.count == 1
            ? last : f(.closedNamesTwo, names.dropLast().joined(separator: ", "), last)
        return f(.closedFarewellNamed, list)
    }

    /// The name of a format, as the proposal screen says it.
    public func formatName(_ f: MeetingFormat) -> String {
        switch f {
        case .first: return self[.lifeFormatFirst]
        case .second: return self[.lifeFormatSecond]
        case .regular: return self[.lifeFormatRegular]
        case .custom: return self[.lifeFormatCustom]
        case .newGroup: return self[.lifeFormatNewGroup]
        case .restart: return self[.lifeFormatRestart]
        case .evaluation: return self[.lifeFormatEvaluation]
        }
    }

    /// Why Runde proposes what it does, in one sentence for the check-in.
    public func lifeReason(_ r: LifeReason, followUp: LocalDate?) -> String {
        switch r {
        case .newMember: return self[.lifeReasonNewMember]
        case .longGap: return self[.lifeReasonLongGap]
        case .evaluation: return self[.lifeReasonEvaluation]
        case .farewell: return self[.lifeReasonFarewell]
        case .starterFirst: return self[.lifeReasonStarterFirst]
        case .starterLast: return self[.lifeReasonStarterLast]
        case .afterStarter: return self[.lifeReasonAfterStarter]
        case .followUpDue:
            return f(.lifeReasonFollowUpDue, followUp.map { DateText.long($0, lang) } ?? "")
        }
    }
}

extension Catalog {
    /// The method's blind alleys as prompt cards for a process talk, then the troubles groups
    /// report (room, leaving, the search for a leader): a short title and a question.
    public var blindAlleyCards: [(title: String, question: String)] {
        [
            (self[.lifeCardForumTitle], self[.lifeCardForum]),
            (self[.lifeCardComplaintTitle], self[.lifeCardComplaint]),
            (self[.lifeCardAdviceTitle], self[.lifeCardAdvice]),
            (self[.lifeCardCliquesTitle], self[.lifeCardCliques]),
            (self[.lifeCardCoffeeTitle], self[.lifeCardCoffee]),
            (self[.lifeCardIdyllTitle], self[.lifeCardIdyll]),
            (self[.closedCardRoomTitle], self[.closedCardRoom]),
            (self[.closedCardLeavingTitle], self[.closedCardLeaving]),
            (self[.closedCardLeaderTitle], self[.closedCardLeader]),
        ]
    }
}
