/// Texts added while walking a whole meeting night at 80×24 and 60×16: a meeting's facts
/// without a pause it never planned, the new-group line only when it is true, and arrow keys
/// as plain mode says them.
public enum Night2NewText: String, CaseIterable, CatalogKey {
    case resumeAnywayNarrow
    case historyDetailTimeNoPause
    case addedMemberNewGroupNext
    case plainKeyDown, plainKeyUp, plainKeyLeftRight, plainKeyAllArrows

    public var texts: (nb: String, en: String) {
        switch self {
        // The old journal's "resume anyway" in a 60-column footer, where the whole offer must
        // fit one row; `?` says it in full.
        case .resumeAnywayNarrow: ("fortsett", "resume")
        // A meeting whose plan had no pause: its facts say nothing of a pause.
        case .historyDetailTimeNoPause:
            ("Varighet %1 (plan %2, %3) · balanse %4", "Duration %1 (plan %2, %3) · balance %4")
        // After "Added a member …", only when it is true: not before the first meeting (a new
        // group's meeting anyway), nor when the group chose a format itself.
        case .addedMemberNewGroupNext:
            (
                "Neste møte foreslår formatet for nye grupper.",
                "The next meeting proposes the new-group format."
            )
        // Keys drawn as arrows, as plain mode says them (beside `plainKeyArrows`).
        case .plainKeyDown: ("Pil ned", "Down arrow")
        case .plainKeyUp: ("Pil opp", "Up arrow")
        case .plainKeyLeftRight: ("Pil venstre og høyre", "Left and right arrows")
        case .plainKeyAllArrows: ("Piltastene", "The arrow keys")
        }
    }
}

extension Catalog {
    /// A text of the meeting night's last fixes, in this catalog's language.
    public subscript(_ key: Night2NewText) -> String { text(key) }
    /// The same text with `%1`, `%2`, … replaced.
    public func f(_ key: Night2NewText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
