/// The texts of what the group agrees inside a meeting about its own life, kept through a crash:
/// the evaluation's decision card (the decision is taken in the meeting, journaled, and stored
/// when the meeting finishes).
public enum DurableText: String, CaseIterable, CatalogKey {
    case durDecisionQuestion, durDecisionGoOnHorizon
    case durSummaryDecision, durItemDecide, durKeyChoose, durHelpChoose, durKeyHorizon,
        durHelpHorizon, durEnterDecide

    public var texts: (nb: String, en: String) {
        switch self {
        case .durDecisionQuestion:
            (
                "Hva vil gruppa gjøre videre? Velg det dere ble enige om.",
                "What will the group do next? Choose what you agreed on."
            )
        case .durDecisionGoOnHorizon:
            (
                "Vi fortsetter med %1 møter til, og evaluerer på det siste",
                "We go on for %1 more meetings, with an evaluation at the last"
            )
        case .durSummaryDecision: ("Gruppas beslutning: %1", "The group's decision: %1")
        case .durItemDecide: ("Beslutning", "Decision")
        case .durKeyChoose: ("velg", "choose")
        case .durHelpChoose:
            (
                "Velg det gruppa ble enige om: fortsette, avslutte eller bestemme neste gang.",
                "Choose what the group agreed on: go on, end, or decide next time."
            )
        case .durKeyHorizon: ("færre/flere møter", "fewer/more meetings")
        case .durHelpHorizon:
            (
                "Færre (-) eller flere (+) møter før neste evalueringsmøte.",
                "Fewer (-) or more (+) meetings before the next evaluation meeting."
            )
        case .durEnterDecide: ("lagre beslutningen", "save the decision")
        }
    }
}

extension Catalog {
    /// A text of the group's agreements in a meeting, in this catalog's language.
    public subscript(_ key: DurableText) -> String { text(key) }
    /// The same text with `%1`, `%2`, … replaced.
    public func f(_ key: DurableText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
