/// The texts of the phase bar's own step titles, and of Esc on a top screen (issue 14): each
/// step named for what it is, and Esc that never leaves the program.
public enum BarText: String, CaseIterable, CatalogKey {
    case barItemRules, barItemEvalRules
    case barEscTopHint, barPromptHelpEscTop, barChooseKeys, barChooseGroupShort, barChooseHelpGroup,
        barDemoOfferKeys
    case barWelcomeKeys, barWelcomeCreateShort, barWelcomeDemoShort
    case barDemoTourKeysTop, barDemoTourKeysBack, barDemoTourEnter
    case barProposalKeys, barProposalEscHint, barResumeEscHint

    public var texts: (nb: String, en: String) {
        switch self {
        // The group's own rules card (`rules`): named for what it shows, wherever it stands, as
        // its card says («Våre rammer» / «Our rules»).
        case .barItemRules: ("Våre rammer", "Our rules")
        // The evaluation's round on the rules, apart from the rules card before it.
        case .barItemEvalRules: ("Om rammene", "About our rules")
        case .barEscTopHint:
            (
                "Dette er første skjerm. Trykk q for å avslutte Runde.",
                "This is the first screen. Press q to quit Runde."
            )
        case .barPromptHelpEscTop:
            ("Esc    går ikke ut herfra (q avslutter)", "Esc    does not leave from here (q quits)")
        // The chooser's and the welcome screen's footers: the arrows and Enter; the letter keys
        // come from the screen's key table, which also gives `?` its lines.
        case .barChooseKeys: ("↑/↓ · Enter møte", "↑/↓ · Enter meeting")
        case .barChooseGroupShort: ("gruppa", "the group")
        case .barChooseHelpGroup: ("se og endre gruppa", "see and change the group")
        case .barWelcomeKeys: ("↑/↓ · Enter velg", "↑/↓ · Enter choose")
        case .barWelcomeCreateShort: ("ny gruppe", "new group")
        case .barWelcomeDemoShort: ("demo", "demo")
        // The demo's first screen: Esc goes back to the welcome screen when it came from there;
        // started as `runde demo` it is the first screen, and q quits.
        case .barDemoTourKeysTop:
            ("Enter start øvelsen · q avslutt", "Enter start the rehearsal · q quit")
        case .barDemoTourKeysBack:
            (
                "Enter start øvelsen · Esc tilbake · q avslutt",
                "Enter start the rehearsal · Esc back · q quit"
            )
        case .barDemoTourEnter: ("Enter  start øvelsen", "Enter  start the rehearsal")
        case .barDemoOfferKeys: ("↑/↓ · Enter · q avslutt", "↑/↓ · Enter · q quit")
        case .barProposalKeys:
            (
                "↑/↓ velg · Enter start møtet · q avslutt",
                "↑/↓ choose · Enter start the meeting · q quit"
            )
        case .barProposalEscHint:
            (
                "Trykk q for å avslutte uten å starte møtet.",
                "Press q to quit without starting the meeting."
            )
        case .barResumeEscHint:
            (
                "Trykk q for å avslutte. Møtet kan fortsettes senere.",
                "Press q to quit. The meeting can be resumed later."
            )
        }
    }
}

extension Catalog {
    /// A phase-bar or top-screen text in this catalog's language.
    public subscript(_ key: BarText) -> String { text(key) }
    /// A phase-bar or top-screen text with `%1`, `%2`, … replaced.
    public func f(_ key: BarText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
