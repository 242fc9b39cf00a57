/// The texts of the name rule (DESIGN §2) where a person meets it outside the theme field:
/// adding a member, setting the next theme from the command line, importing a handover file.
public enum ScrubText: String, CaseIterable, CatalogKey {
    case scrubMemberNoLetters, scrubEverydayWord
    case scrubOptNextTheme, scrubSavedAs, scrubThemeCleared
    case scrubImportNames, scrubImportNames1

    public var texts: (nb: String, en: String) {
        switch self {
        // A new member's label with no letter or digit (emoji or dots alone): %1 its place in
        // the list, %2 the label (free of control characters by then).
        case .scrubMemberNoLetters:
            (
                "Medlem %1 («%2») har verken bokstaver eller tall. Skriv et navn, et kallenavn eller en forbokstav.",
                "Member %1 (“%2”) has no letters or digits. Type a name, a nickname or an initial."
            )
        // Said once, when a member whose name is also an everyday word is added.
        case .scrubEverydayWord:
            (
                "«%1» er også et vanlig ord. Runde tar det ordet ut av temaene, som alle navn.",
                "“%1” is also an everyday word. Runde takes that word out of themes, like every name."
            )
        case .scrubOptNextTheme:
            (
                "Temaet for neste møte. Navn tas ut, som i møtet, og det som lagres, skrives ut.",
                "The theme for the next meeting. Names are taken out, as in the meeting, and what is saved is printed."
            )
        case .scrubSavedAs: ("Lagres som: %1", "Saved as: %1")
        case .scrubThemeCleared:
            ("Temaet for neste møte er tomt.", "The theme for the next meeting is empty.")
        // Handover import: free text in the file named a member, and was scrubbed on the way in.
        case .scrubImportNames:
            (
                "Navn er tatt ut av fritekst i %1 av loggene før de ble lagret.",
                "Names were taken out of free text in %1 of the logs before they were saved."
            )
        case .scrubImportNames1:
            (
                "Navn er tatt ut av fritekst i én av loggene før den ble lagret.",
                "Names were taken out of free text in one of the logs before it was saved."
            )
        }
    }
}

extension Catalog {
    /// A text of the name rule in this catalog's language.
    public subscript(_ key: ScrubText) -> String { text(key) }
    /// A text of the name rule with `%1`, `%2`, … replaced.
    public func f(_ key: ScrubText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
