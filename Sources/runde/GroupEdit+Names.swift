import RundeCore
import RundeText

/// `group edit`'s part in the name rule (DESIGN §2): the next theme set between meetings goes
/// through the same scrubber as the theme field, and a new member whose name is also an
/// everyday word is pointed out.
extension GroupEditSteps {
    /// The longest theme kept (the theme field's own limit).
    static let maxThemeLength = 120

    /// `--next-theme TEXT`: scrubbed against the roster, then saved; the line says what is saved.
    static func applyNextTheme(
        _ text: String?, to g: inout GroupFile, changes: inout [String], catalog c: Catalog
    ) {
        guard let text else { return }
        g.nextTheme = themeAsSaved(text, roster: g.members)
        changes.append(
            g.nextTheme.isEmpty
                ? c[.themeCleared] : c.f(.savedAs, TextSafety.sanitize(g.nextTheme)))
    }

    /// A theme typed on the command line as the meeting would save it: on one line, without
    /// control characters, scrubbed of names, at most `maxThemeLength` characters.
    static func themeAsSaved(_ text: String, roster: [String]) -> String {
        let oneLine = text.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
        let scrubbed = TextSafety.scrub(TextSafety.sanitize(oneLine), names: roster)
        return String(scrubbed.trimmingSpaces().prefix(maxThemeLength))
    }

    /// One line for each new member whose name is also an everyday word.
    static func everydayNotes(_ labels: [String], catalog c: Catalog) -> [String] {
        EverydayNames.among(labels).map { c.f(.everydayWord, TextSafety.sanitize($0)) }
    }
}
