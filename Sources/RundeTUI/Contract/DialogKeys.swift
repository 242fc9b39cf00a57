import RundeText

/// The keys of a question, made from the keys and their words: "j ja · Esc nei". Every
/// question in Runde answers yes with `j` (nb) or `y` (en) and no with Esc.
public enum DialogKeys {
    /// "j ja · Esc nei".
    public static func yesNo(_ c: Catalog) -> String { footer(c, yes: c[.keyYes], no: c[.keyNo]) }

    /// "↑/↓ velg · Enter legg til": keys and their words on one line, the caps from the keys.
    public static func line(_ items: [(keys: [Key], words: String)]) -> String {
        items.map { KeyBinding.cap($0.keys) + " " + $0.words }.joined(separator: " · ")
    }

    /// A footer of " · "-joined keys that fits `width`: whole keys only, the last ones left out
    /// first (the footer lists the keys that matter most first), never a key cut in half.
    public static func fit(_ footer: String, width: Int) -> String {
        var items = footer.components(separatedBy: " · ")
        while items.count > 1, Frame.textWidth(items.joined(separator: " · ")) > width {
            items.removeLast()
        }
        return items.joined(separator: " · ")
    }

    /// "j fortsett · Esc nei": the yes and no of a question with its own words.
    public static func footer(_ c: Catalog, yes: String, no: String) -> String {
        [c[.yesLetter] + " " + yes, KeyBinding.keyName(.escape) + " " + no]
            .joined(separator: " · ")
    }
}
