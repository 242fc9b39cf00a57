/// Names that are also everyday words (Liv, Per, Dag, Sol, Vår …). The scrubber takes such a
/// word out of every theme, as it takes every name; whoever adds the member is told once, so
/// that "det var fint" losing its "var" (Vår) is no surprise.
public enum EverydayNames {
    /// Everyday words in bokmål and English that are also given names or nicknames. Compared
    /// folded, so "vår" also covers "var", and "bjørn" "bjorn".
    static let words: [String] = [
        // bokmål
        "liv", "live", "per", "dag", "mor", "far", "bror", "sol", "vår", "siv", "bo", "ask",
        "eik", "lin", "stein", "gry", "storm", "tone", "bjørn", "bjørk", "ørn", "falk", "ulv",
        "varg", "mai", "jo", "kai", "gro", "signe", "stig", "mette", "lise", "fred", "rune",
        "hans", "ben", "tør", "gård", "elv", "snø", "sky", "rose", "are", "even", "tor",
        // English
        "will", "may", "june", "bill", "mark", "grace", "hope", "joy", "faith", "art", "pat",
        "rob", "sue", "dawn", "summer", "iris", "ruby", "jack", "frank", "ray", "robin",
        "holly", "daisy", "penny", "amber", "jade", "ivy", "lily", "violet", "drew", "guy",
    ]

    static let folded: Set<String> = Set(words.map(NameFolding.fold))

    /// True when the label, or one of its words, is also an everyday word.
    public static func isEverydayWord(_ label: String) -> Bool {
        let parts = NameScrubber.tokens(NameFolding.removingIgnorables(label)).compactMap {
            if case .word(let w) = $0 { return NameFolding.fold(w) }
            return nil
        }
        return parts.contains(where: folded.contains)
    }

    /// The labels among `labels` that are also everyday words, in their order.
    public static func among(_ labels: [String]) -> [String] {
        labels.filter(isEverydayWord)
    }
}
