/// Words every screen shares: a key that cannot act now, nothing to undo, help, yes.
///
/// Kept apart so each screen says these the same way.
public enum CommonText: String, CaseIterable, CatalogKey {
    case keyNotNow
    case nothingToUndo
    case helpHelp
    case helpYes
    case escTyped
    case keyBack

    public var texts: (nb: String, en: String) {
        switch self {
        // A bound key pressed where it means nothing now: said on one quiet line, not silence.
        // %1 is the key as the footer shows it, %2 what it does.
        case .keyNotNow:
            (
                "%1 (%2) går ikke akkurat her.",
                "%1 (%2) does not apply just here."
            )
        case .nothingToUndo:
            ("Det er ingenting å angre ennå.", "There is nothing to undo yet.")
        case .helpHelp: ("denne hjelpen", "this help")
        case .helpYes: ("svar ja på spørsmålet", "answer yes to the question")
        // Esc in a field with text in it: asked once, so nothing typed is lost by a slip.
        case .escTyped:
            (
                "Trykk Esc en gang til for å gå tilbake uten det du har skrevet.",
                "Press Esc again to go back without what you typed."
            )
        // The footer's word for Esc where it goes back one screen.
        case .keyBack: ("tilbake", "back")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: CommonText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: CommonText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
