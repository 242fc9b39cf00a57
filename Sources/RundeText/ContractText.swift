/// The texts of the screen contract: a key that is bound but not offered now, and the
/// headings of `runde _keys` (the manual's KEYS, one heading for each screen).
public enum ContractText: String, CaseIterable, CatalogKey {
    case contractKeyNotNow, contractNothingToUndo
    case contractKeysMeeting, contractKeysMeetingDialogs, contractKeysWelcome, contractKeysChooser
    case contractKeysNewGroup, contractKeysResume, contractKeysDemo
    case contractKeysGroupScreen, contractKeysHistory
    case contractHelpHelp, contractHelpYes, contractEscTyped

    public var texts: (nb: String, en: String) {
        switch self {
        // A bound key pressed where it means nothing now: said on one quiet line, not silence.
        // %1 is the key as the footer shows it, %2 what it does.
        case .contractKeyNotNow:
            (
                "%1 (%2) går ikke akkurat her.",
                "%1 (%2) does not apply just here."
            )
        case .contractNothingToUndo:
            ("Det er ingenting å angre ennå.", "There is nothing to undo yet.")
        case .contractKeysMeeting: ("I møtet", "In the meeting")
        case .contractKeysMeetingDialogs: ("I et spørsmål i møtet", "In a question in the meeting")
        case .contractKeysWelcome: ("Velkomstskjermen", "The welcome screen")
        case .contractKeysChooser: ("Velg gruppe", "Choosing a group")
        case .contractKeysNewGroup: ("Ny gruppe", "A new group")
        case .contractKeysResume: ("Fortsette et møte", "Resuming a meeting")
        case .contractKeysDemo: ("Øvelsen", "The rehearsal")
        case .contractKeysGroupScreen: ("Gruppeskjermen", "The group screen")
        case .contractKeysHistory: ("Historikken", "History")
        case .contractHelpHelp: ("denne hjelpen", "this help")
        // Esc in a field with text in it: asked once, so nothing typed is lost by a slip.
        case .contractEscTyped:
            (
                "Trykk Esc en gang til for å gå tilbake uten det du har skrevet.",
                "Press Esc again to go back without what you typed."
            )
        case .contractHelpYes: ("svar ja på spørsmålet", "answer yes to the question")
        }
    }
}

extension Catalog {
    /// A screen-contract text in this catalog's language.
    public subscript(_ key: ContractText) -> String { text(key) }
    /// A screen-contract text with `%1`, `%2`, … replaced.
    public func f(_ key: ContractText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
