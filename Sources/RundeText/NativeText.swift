/// Texts that make Runde at home on a Norwegian laptop: the history's words for what a meeting
/// decided, the fitted `history list`, the rehearsal's first meeting and its guided tour, and the
/// command line's pointers to the user's guide.
public enum NativeText: String, CaseIterable, CatalogKey {
    // History: what the log records of the group's life, in the detail.
    case nativeDecision, nativeDecisionGoOnN, nativeDecisionGoOn, nativeDecisionEnd,
        nativeDecisionLater
    case nativeDecisionLine, nativeFarewell, nativeFarewellLine
    // `history list` fitted to the window.
    case nativeHistListDiscussion
    // The rehearsal: the first meeting and the guided tour.
    case nativeOptDemoFirst, nativeDemoTourFirst, nativeDemoTourFirstChosen
    case nativeDemoKeyFirstShort, nativeDemoKeyFirstWords
    case nativeTourCheckIn, nativeTourCard, nativeTourAcknowledge, nativeTourRules
    case nativeTourRound, nativeTourRoundFirstMeeting, nativeTourSharing, nativeTourPause
    case nativeTourClosing, nativeTourNext, nativeTourSummary
    // The command line: the guide, and ArgumentParser's placeholders.
    case nativeRootDiscussion
    case nativeValueOptions, nativeValueSubcommand, nativeValueFolder, nativeValueTheme,
        nativeValueLang

    public var texts: (nb: String, en: String) {
        switch self {
        case .nativeDecision: ("Beslutning", "Decision")
        case .nativeDecisionGoOnN:
            ("gruppa fortsetter, %1 møter til", "the group goes on, %1 more meetings")
        case .nativeDecisionGoOn: ("gruppa fortsetter", "the group goes on")
        case .nativeDecisionEnd: ("gruppa avslutter", "the group ends")
        case .nativeDecisionLater: ("vi bestemmer neste gang", "we decide next time")
        case .nativeDecisionLine: ("Beslutning: %1", "Decision: %1")
        case .nativeFarewell: ("Avskjed", "Farewell")
        case .nativeFarewellLine:
            (
                "Et medlem tok farvel med gruppa i dette møtet.",
                "A member said goodbye to the group in this meeting."
            )

        case .nativeHistListDiscussion:
            (
                """
                Tabellen tilpasses bredden: COLUMNS, eller terminalens bredde når utdata er en \
                terminal. Er den for smal, tas kolonner bort i denne rekkefølgen: Gjester, Kom \
                senere, Fravær, Meldt fravær, Over tid, Fullført, Pause, Balanse, Plan; så \
                kortes ID ned til datoen og Tema ned med «…». --format table gir alltid hele \
                tabellen, for skript.
                """,
                """
                The table fits the width: COLUMNS, or the terminal's width when output is a \
                terminal. When it is too narrow, columns are left out in this order: Guests, \
                Arrived late, Absent, Absent with notice, Overrun, Completed, Pause, Balance, \
                Plan; then ID is cut to the date and Theme is cut with "…". --format table \
                always gives the whole table, for scripts.
                """
            )

        case .nativeOptDemoFirst:
            (
                "Øv på et første møte: det en ny gruppes møteleder står foran.",
                "Rehearse a first meeting: the one a new group's leader faces."
            )
        case .nativeDemoTourFirst:
            (
                "Trykk f for å øve på et første møte i stedet, slik en ny gruppe begynner.",
                "Press f to rehearse a first meeting instead, the way a new group begins."
            )
        case .nativeDemoTourFirstChosen:
            (
                "Du øver på et første møte: presentasjon, forventninger, hvordan bruke gruppa, rammene og reglene.",
                "You are rehearsing a first meeting: introductions, expectations, using the group, the frame and the rules."
            )
        case .nativeDemoKeyFirstShort: ("første møte", "first meeting")
        case .nativeDemoKeyFirstWords:
            ("øv på et første møte i stedet", "rehearse a first meeting instead")

        // The guided tour: one calm line each, short enough for the banner at 60 columns.
        case .nativeTourCheckIn:
            (
                "Øvelse: mellomrom sier hvem som er her. Enter begynner.",
                "Rehearsal: Space says who is here. Enter begins."
            )
        case .nativeTourCard:
            (
                "Øvelse: les kortet høyt. Enter går videre.",
                "Rehearsal: read the card aloud. Enter moves on."
            )
        case .nativeTourAcknowledge:
            (
                "Øvelse: mellomrom krysser av for hver som bekrefter.",
                "Rehearsal: Space ticks each person who agrees."
            )
        case .nativeTourRules:
            (
                "Øvelse: e lar gruppa skrive reglene med egne ord.",
                "Rehearsal: e lets the group write its own rules."
            )
        case .nativeTourRound:
            (
                "Øvelse: s = stå over, u = angre, + = ett minutt mer.",
                "Rehearsal: s = pass, u = undo, + = a minute more."
            )
        case .nativeTourRoundFirstMeeting:
            (
                "Øvelse: alle får snakke etter tur. s = stå over.",
                "Rehearsal: everyone speaks in turn. s = pass."
            )
        case .nativeTourSharing:
            (
                "Øvelse: o = runde eller ordet fritt, p = pause.",
                "Rehearsal: o = round or open floor, p = pause."
            )
        case .nativeTourPause:
            (
                "Øvelse: Enter fortsetter når alle er tilbake.",
                "Rehearsal: Enter goes on when everyone is back."
            )
        case .nativeTourClosing:
            (
                "Øvelse: avslutningen. Hver sier noe rosende.",
                "Rehearsal: the closing. Each says something kind."
            )
        case .nativeTourNext:
            (
                "Øvelse: Enter godtar forslaget til neste gang.",
                "Rehearsal: Enter accepts the plan for next time."
            )
        case .nativeTourSummary:
            ("Øvelse: ferdig. Ingenting er lagret.", "Rehearsal: done. Nothing was saved.")

        case .nativeRootDiscussion:
            (
                "En kort veiledning for gruppemedlemmer: %1\nHver kommando har sin egen hjelp (runde KOMMANDO --help), og «man runde» har alt.",
                "A short guide for group members (in Norwegian): %1\nEach command has its own help (runde COMMAND --help), and `man runde` has everything."
            )
        case .nativeValueOptions: ("valg", "options")
        case .nativeValueSubcommand: ("underkommando", "subcommand")
        case .nativeValueFolder: ("mappe", "data-dir")
        case .nativeValueTheme: ("tema", "theme")
        case .nativeValueLang: ("språk", "lang")
        }
    }
}

extension Catalog {
    /// A text of the Norwegian-laptop area in this catalog's language.
    public subscript(_ key: NativeText) -> String { text(key) }
    /// A text of the Norwegian-laptop area with `%1`, `%2`, … replaced.
    public func f(_ key: NativeText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
