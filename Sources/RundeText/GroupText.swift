/// The group itself: its settings' help and ranges, its size, its default rules, and adding members.
///
/// Both the group screen and the `group` commands use these.
public enum GroupText: String, CaseIterable, CatalogKey {
    case setHelpMeetingMinutes
    case setHelpPauseMinutes
    case setHelpPauseAtMinute
    case setHelpTurnSeconds
    case setHelpClosingTurnSeconds
    case setHelpRhythmEarlyDays
    case setHelpRhythmEarlyMeetings
    case setHelpRhythmDays
    case setHelpHorizon
    case setHelpEvaluationEvery
    case setHelpStarterMeetings
    case setHelpBell
    case setHelpLanguage
    case setHelpTheme
    case setHelpFollowUpDate
    case setHelpTitle
    case setRefused
    case setNotANumber
    case setNotOnOff
    case setNotALanguage
    case setPauseMoved
    case sizeHint
    case sizeHintEnter
    case groupNote
    case groupAsk
    case groupAskGoOn
    case groupAskNoChange
    case groupNoChange
    case groupDefaultRules
    case memberNoLetters
    case everydayWord

    public var texts: (nb: String, en: String) {
        switch self {
        case .setHelpMeetingMinutes:
            (
                "møtets lengde i minutter, fra oppmøte til avslutning",
                "the meeting's length in minutes, from check-in to closing"
            )
        case .setHelpPauseMinutes:
            (
                "pausens lengde i minutter (0: ingen pause)",
                "the pause's length in minutes (0: no pause)"
            )
        case .setHelpPauseAtMinute:
            (
                "minuttet pausen foreslås, innenfor møtet (et kortere møte flytter den til midten)",
                "the minute the pause is suggested, within the meeting (a shorter meeting moves it to the middle)"
            )
        case .setHelpTurnSeconds: ("en tur i en runde, i sekunder", "a turn in a round, in seconds")
        case .setHelpClosingTurnSeconds:
            ("en tur i avslutningsrunden, i sekunder", "a turn in the closing round, in seconds")
        case .setHelpRhythmEarlyDays:
            ("dager mellom møtene i starten", "days between meetings at first")
        case .setHelpRhythmEarlyMeetings:
            ("hvor mange møter starten varer", "how many meetings the start lasts")
        case .setHelpRhythmDays: ("dager mellom møtene etterpå", "days between meetings after that")
        case .setHelpHorizon:
            (
                "møtene gruppa har satt av, med evalueringsmøte på det siste (0 fjerner det)",
                "the meetings the group has set aside, with an evaluation meeting at the last (0 removes it)"
            )
        case .setHelpEvaluationEvery:
            (
                "en evaluering også hvert N. møte (0 fjerner den)",
                "an evaluation every N meetings as well (0 removes it)"
            )
        case .setHelpStarterMeetings:
            (
                "hvor mange av de første møtene igangsetteren er med på (0 fjerner det)",
                "how many of the first meetings the starter takes part in (0 removes it)"
            )
        case .setHelpBell:
            ("on eller off: lyd når en tur er over", "on or off: a sound when a turn is over")
        case .setHelpLanguage: ("nb, en eller auto (følger LANG)", "nb, en or auto (follows LANG)")
        case .setHelpTheme:
            ("fargetemaets navn (tomt: standard)", "the colour theme's name (empty: the default)")
        case .setHelpFollowUpDate:
            ("oppfølging med igangsetteren, ÅÅÅÅ-MM-DD", "follow-up with the starter, YYYY-MM-DD")
        case .setHelpTitle:
            ("Innstillinger for --set NØKKEL=VERDI:", "Settings for --set KEY=VALUE:")

        case .setRefused: ("%1: %2", "%1: %2")
        case .setNotANumber: ("må være et helt tall", "must be a whole number")
        case .setNotOnOff: ("må være on eller off", "must be on or off")
        case .setNotALanguage: ("må være nb, en eller auto", "must be nb, en or auto")
        case .setPauseMoved:
            (
                "pause_at_minute = %1 (pausen ble flyttet til midt i det kortere møtet)",
                "pause_at_minute = %1 (the pause moved to the middle of the shorter meeting)"
            )

        case .sizeHint:
            (
                "Til orientering: grupper på 5–8 medlemmer pleier å fungere best. Denne har %1, og det er gruppas valg.",
                "For your information: groups of 5–8 members usually work best. This one has %1, and that is the group's choice."
            )

        case .sizeHintEnter:
            (
                "Enter lager gruppa slik den står, eller endre lista først.",
                "Enter creates the group as it stands, or change the list first."
            )

        case .groupNote:
            (
                "Nye medlemmer tas inn når gruppa har bestemt det sammen.",
                "New members join when the group has decided it together."
            )
        case .groupAsk:
            (
                "Har gruppa bestemt det sammen? Da kan du skrive inn det nye medlemmet.",
                "Has the group decided so together? Then you can type the new member."
            )
        case .groupAskGoOn: ("videre", "go on")
        case .groupAskNoChange: ("ingen endring", "no change")
        case .groupNoChange: ("Ingen endring.", "No change.")

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
        // A new member's label with no letter or digit (emoji or dots alone): %1 its place in
        // the list, %2 the label (free of control characters by then). Lower case and without
        // a full stop, like the other member problems it is worded among.
        case .memberNoLetters:
            (
                "medlem %1 («%2») har verken bokstaver eller tall: skriv et navn, et kallenavn eller en forbokstav",
                "member %1 (“%2”) has no letters or digits: type a name, a nickname or an initial"
            )
        // Said once, when a member whose name is also an everyday word is added.
        case .everydayWord:
            (
                "«%1» er også et vanlig ord. Runde tar det ordet ut av temaene, som alle navn.",
                "“%1” is also an everyday word. Runde takes that word out of themes, like every name."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: GroupText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: GroupText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
