/// The default texts a new group's file starts with, in the group's language; the group edits
/// them to its own words afterwards.
public enum GroupText: String, CaseIterable, CatalogKey {
    case groupDefaultRules

    public var texts: (nb: String, en: String) {
        switch self {
        case .groupDefaultRules:
            (
                """
                Taushetsplikt: det som blir sagt i gruppa, blir i gruppa.
                Meldeplikt: gi beskjed hvis du ikke kan komme.
                Si ikke mer enn du vil.
                Vi gir ikke råd. Vi lytter, og deler egne erfaringer.
                Vi er her og nå.
                """,
                """
                Confidentiality: what is said in the group stays in the group.
                Tell us if you cannot come.
                Say no more than you want to.
                We give no advice. We listen, and share our own experience.
                We are here and now.
                """
            )
        }
    }
}

extension Catalog {
    /// A group default text in this catalog's language.
    public subscript(_ key: GroupText) -> String { text(key) }
    /// A group default text with `%1`, `%2`, … replaced.
    public func f(_ key: GroupText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
