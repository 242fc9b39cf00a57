/// The texts of the phase bar's own step titles, and of Esc on a top screen (issue 14): each
/// step named for what it is, and Esc that never leaves the program.
public enum BarText: String, CaseIterable, CatalogKey {
    case barItemRules, barItemEvalRules
    case barEscTopHint, barPromptHelpEscTop, barChooseKeys, barChooseHelpGroup, barDemoOfferKeys
    case barProposalKeys, barProposalEscHint, barResumeEscHint

    public var texts: (nb: String, en: String) {
        switch self {
        // The group's own rules card (`rules`): named for what it shows, wherever it stands, as
        // its card says («Åpning – våre rammer» / «Opening – our frame»).
        case .barItemRules: ("Våre rammer", "Our frame")
        // The evaluation's round on the rules, apart from the rules card before it.
        case .barItemEvalRules: ("Rammesamtale", "Rules talk")
        case .barEscTopHint: ("Dette er første skjerm. Trykk q for å avslutte Runde.", "This is the first screen. Press q to quit Runde.")
        case .barPromptHelpEscTop: ("Esc    går ikke ut herfra (q avslutter)", "Esc    does not leave from here (q quits)")
        case .barChooseKeys: ("↑/↓ · Enter møte · g gruppa · q avslutt", "↑/↓ · Enter meeting · g the group · q quit")
        case .barChooseHelpGroup: ("g      se og endre gruppa", "g      see and change the group")
        case .barDemoOfferKeys: ("↑/↓ · Enter · q avslutt", "↑/↓ · Enter · q quit")
        case .barProposalKeys: ("↑/↓ velg · Enter start møtet · q avslutt", "↑/↓ choose · Enter start the meeting · q quit")
        case .barProposalEscHint: ("Trykk q for å avslutte uten å starte møtet.", "Press q to quit without starting the meeting.")
        case .barResumeEscHint: ("Trykk q for å avslutte. Møtet kan fortsettes senere.", "Press q to quit. The meeting can be resumed later.")
        }
    }
}

extension Catalog {
    /// A phase-bar or top-screen text in this catalog's language.
    public subscript(_ key: BarText) -> String { text(key) }
    /// A phase-bar or top-screen text with `%1`, `%2`, … replaced.
    public func f(_ key: BarText, _ args: CustomStringConvertible...) -> String { format(key, args) }
}
