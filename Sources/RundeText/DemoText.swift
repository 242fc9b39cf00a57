/// The demo: its offer, the guided tour, and what it says about saving nothing.
public enum DemoText: String, CaseIterable, CatalogKey {
    case demoTourEnter
    case cliDemoTourTitle
    case cliDemoTour1
    case cliDemoTour2
    case cliDemoTour3
    case cliDemoTour4
    case cliDemoTour5
    case cliDemoGroupName
    case cliDemoTheme
    case demoRealTime
    case demoQuitBody
    case demoHelpQuit
    case demoPlainQuitTitle
    case demoOfferTitle
    case demoOfferBody
    case demoOfferCreate
    case demoOfferQuit
    case demoNothingSaved
    case demoTourFirst
    case demoTourFirstChosen
    case demoKeyFirstShort
    case demoKeyFirstWords
    case tourCheckIn
    case tourCard
    case tourAcknowledge
    case tourRules
    case tourRound
    case tourRoundFirstMeeting
    case tourSharing
    case tourPause
    case tourClosing
    case tourNext
    case tourSummary
    case demoTourPlain

    public var texts: (nb: String, en: String) {
        switch self {
        // The demo's first screen: Esc goes back to the welcome screen when it came from there;
        // started as `runde demo` it is the first screen, and q quits.
        case .demoTourEnter: ("start øvelsen", "start the rehearsal")
        case .cliDemoTourTitle: ("Øvelse – en kort omvisning", "Rehearsal – a short tour")
        case .cliDemoTour1:
            (
                "Dette er en øvelse med en oppdiktet gruppe. Ingenting lagres.",
                "This is a rehearsal with a fictional group. Nothing is saved."
            )
        case .cliDemoTour2:
            ("Tiden går %1 ganger fortere enn vanlig.", "Time runs %1 times faster than usual.")
        case .cliDemoTour3:
            (
                "Enter fører møtet videre: neste person, neste fase. Nederst står alltid hva Enter gjør.",
                "Enter moves the meeting on: next person, next phase. The bottom line always says what Enter does."
            )
        case .cliDemoTour4:
            (
                "s = stå over, p = pause, + / - = ett minutt mer eller mindre, mellomrom = hold tiden.",
                "s = pass, p = pause, + / - = a minute more or less, Space = hold the timer."
            )
        case .cliDemoTour5:
            (
                "a = noen kom senere, c = avslutning, ? = hjelp, q = avslutt.",
                "a = someone arrived late, c = closing, ? = help, q = quit."
            )
        case .cliDemoGroupName: ("Demogruppa", "Demo group")
        case .cliDemoTheme: ("Å be om hjelp", "Asking for help")

        // The demo's tour at `--speed 1`.
        case .demoRealTime:
            ("Tiden går som vanlig i denne øvelsen.", "Time runs as usual in this rehearsal.")
        case .demoQuitBody:
            (
                "Dette er en øvelse, og ingenting lagres. Avslutter du nå, er øvelsen over.",
                "This is a rehearsal, and nothing is saved. If you quit now, the rehearsal is over."
            )
        case .demoHelpQuit:
            (
                "Avslutt øvelsen (spør først). Ingenting lagres.",
                "Quit the rehearsal (asks first). Nothing is saved."
            )
        case .demoPlainQuitTitle:
            ("Avslutte øvelsen? Ingenting lagres.", "Quit the rehearsal? Nothing is saved.")
        case .demoOfferTitle: ("Demoen er ferdig", "The demo is over")
        case .demoOfferBody:
            (
                "Ingenting ble lagret. Vil du lage gruppa deres nå?",
                "Nothing was saved. Would you like to create your group now?"
            )
        case .demoOfferCreate: ("lag en gruppe", "create a group")
        case .demoOfferQuit: ("avslutt", "quit")
        case .demoNothingSaved:
            ("Dette var en demo: ingenting er lagret.", "This was a demo: nothing is saved.")
        case .demoTourFirst:
            (
                "Trykk f for å øve på et første møte i stedet, slik en ny gruppe begynner.",
                "Press f to rehearse a first meeting instead, the way a new group begins."
            )
        case .demoTourFirstChosen:
            (
                "Du øver på et første møte: presentasjon, forventninger, hvordan bruke gruppa, rammene og reglene.",
                "You are rehearsing a first meeting: introductions, expectations, using the group, the frame and the rules."
            )
        case .demoKeyFirstShort: ("første møte", "first meeting")
        case .demoKeyFirstWords:
            ("øv på et første møte i stedet", "rehearse a first meeting instead")

        // The guided tour: one calm line each, short enough for the banner at 60 columns.
        case .tourCheckIn:
            (
                "Øvelse: mellomrom sier hvem som er her. Enter begynner.",
                "Rehearsal: Space says who is here. Enter begins."
            )
        case .tourCard:
            (
                "Øvelse: les kortet høyt. Enter går videre.",
                "Rehearsal: read the card aloud. Enter moves on."
            )
        case .tourAcknowledge:
            (
                "Øvelse: mellomrom krysser av for hver som bekrefter.",
                "Rehearsal: Space ticks each person who agrees."
            )
        case .tourRules:
            (
                "Øvelse: e lar gruppa skrive reglene med egne ord.",
                "Rehearsal: e lets the group write its own rules."
            )
        case .tourRound:
            (
                "Øvelse: s = stå over, u = angre, + = ett minutt mer.",
                "Rehearsal: s = pass, u = undo, + = a minute more."
            )
        case .tourRoundFirstMeeting:
            (
                "Øvelse: alle får snakke etter tur. s = stå over.",
                "Rehearsal: everyone speaks in turn. s = pass."
            )
        case .tourSharing:
            (
                "Øvelse: o = runde eller ordet fritt, p = pause.",
                "Rehearsal: o = round or open floor, p = pause."
            )
        case .tourPause:
            (
                "Øvelse: Enter fortsetter når alle er tilbake.",
                "Rehearsal: Enter goes on when everyone is back."
            )
        case .tourClosing:
            (
                "Øvelse: avslutningen. Hver sier noe rosende.",
                "Rehearsal: the closing. Each says something kind."
            )
        case .tourNext:
            (
                "Øvelse: Enter godtar forslaget til neste gang.",
                "Rehearsal: Enter accepts the plan for next time."
            )
        case .tourSummary:
            ("Øvelse: ferdig. Ingenting er lagret.", "Rehearsal: done. Nothing was saved.")

        case .demoTourPlain:
            (
                "Enter fører møtet videre: neste person, neste fase. i forteller hvor dere er og hva Enter gjør.",
                "Enter moves the meeting on: next person, next phase. i tells where you are and what Enter does."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: DemoText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: DemoText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
