/// What the group agreed in this meeting about its own life, beyond the meeting itself: the
/// evaluation's decision and the follow-up date with the starter. Choices and dates only (no
/// names, no content), so they are journaled like every other event and survive a crash; they
/// reach group.toml once, when the meeting finishes (`GroupLife.applyingAgreements`). The rules
/// text the group rewrites is free text and is kept apart, in the rules draft beside the journal.
public struct MeetingAgreements: Codable, Equatable, Sendable {
    /// The agenda label of the evaluation's decision card.
    public static let decisionLabel = "group_decision"
    /// How many more meetings a new horizon may hold.
    public static let horizonRange = 1...500
    /// A follow-up date is never sooner than this many days after the meeting.
    public static let followUpEarliestDays = 7

    /// The group's decision, once confirmed on its card (nil: not decided in this meeting).
    public var decision: HorizonDecision.Choice?
    /// With `.goOn`: how many more meetings the new horizon holds.
    public var newHorizon: Int?
    /// The follow-up date with the starter, when the group moved it from the default.
    public var followUp: LocalDate?

    public init(
        decision: HorizonDecision.Choice? = nil, newHorizon: Int? = nil, followUp: LocalDate? = nil
    ) {
        self.decision = decision
        self.newHorizon = newHorizon
        self.followUp = followUp
    }
}

extension HorizonDecision.Choice: Codable {}
