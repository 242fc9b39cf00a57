/// The group's life as the command line prints it: `group list` (an ended group), `group show`
/// (leaving, a new member, rhythm, evaluations, decisions, the rules' changes) and `group edit
/// --leaving`.
public enum GroupLifeCLIText: String, CaseIterable, CatalogKey {
    case lifeCliEnded, lifeCliOptLeaving
    case lifeCliShowLeaving, lifeCliShowRhythm
    case lifeCliDecisionGoOn, lifeCliDecisionGoOnHorizon, lifeCliDecisionEnd, lifeCliDecisionLater
    case lifeCliShowRuleChanges, lifeCliShowRuleChangeDate

    public var texts: (nb: String, en: String) {
        switch self {
        case .lifeCliEnded:
            (
                "%1  (%2): %3 medlemmer, %4 møter holdt, avsluttet %5 (historikken er tatt vare på)",
                "%1  (%2): %3 members, %4 meetings held, ended %5 (history kept)"
            )
        case .lifeCliOptLeaving:
            (
                "Merk et medlem som slutter: neste møte har en avskjedsrunde, så går medlemmet ut av rotasjonen (kan gjentas).",
                "Mark a member as leaving: their next meeting has a farewell round, then they leave the rotation (repeatable)."
            )
        case .lifeCliShowLeaving:
            (
                "Slutter (avskjedsrunde på neste møte): %1",
                "Leaving (a farewell round at the next meeting): %1"
            )
        case .lifeCliShowRhythm:
            (
                "Rytme: hver %1. dag de første %2 møtene, så hver %3. dag",
                "Rhythm: every %1 days for the first %2 meetings, then every %3 days"
            )
        case .lifeCliDecisionGoOn: ("Beslutning %1: fortsette", "Decision %1: go on")
        case .lifeCliDecisionGoOnHorizon:
            ("Beslutning %1: fortsette (%2 møter til)", "Decision %1: go on (%2 more meetings)")
        case .lifeCliDecisionEnd: ("Beslutning %1: avslutte gruppa", "Decision %1: end the group")
        case .lifeCliDecisionLater:
            ("Beslutning %1: bestemme neste gang", "Decision %1: decide next time")
        case .lifeCliShowRuleChanges: ("Endringer i rammene:", "Changes to the rules:")
        case .lifeCliShowRuleChangeDate: ("  %1:", "  %1:")
        }
    }
}

extension Catalog {
    /// A text of the group's life on the command line, in this catalog's language.
    public subscript(_ key: GroupLifeCLIText) -> String { text(key) }
    /// The same with `%1`, `%2`, … replaced.
    public func f(_ key: GroupLifeCLIText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
