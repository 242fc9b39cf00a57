/// The texts of a meeting night's safety nets (issue 14): undo, asking before skipping people,
/// a pass seen, the planned end passed, and the help and key lines of the one keymap.
public enum MeetingNightText: String, CaseIterable, CatalogKey {
    case nightKeyUndo, nightKeyMoveLater, nightKeyClear, nightKeyChooseLeader
    case nightCapSpace, nightCapArrows, nightCapPlusMinus
    case nightHelpTitle, nightHelpFooter, nightHelpFooterScroll
    case nightHelpEnter, nightHelpUndo, nightHelpMove, nightHelpCycle, nightHelpAck, nightHelpHold,
        nightHelpPass
    case nightHelpSkipLeader, nightHelpChooseLeader, nightHelpPause, nightHelpEndPause,
        nightHelpPlusMinus
    case nightHelpLate, nightHelpClosing, nightHelpMode, nightHelpTalk, nightHelpSkip,
        nightHelpReorder
    case nightHelpHelp, nightHelpQuit, nightHelpLeave, nightHelpPropose, nightHelpBacklog,
        nightHelpClearTheme
    case nightHelpDate, nightHelpEnterSpeaker
    case nightCapPages, nightKeyCardScroll, nightHelpCardScroll, nightCardMoreAbove,
        nightCardMoreBelow
    case nightConfirmSkipTitle, nightConfirmSkipRound, nightConfirmSkipPhase
    case nightConfirmClosingTitle, nightConfirmClosing, nightConfirmNotSpoken, nightConfirmKeys,
        nightKeyYes, nightKeyNo
    case nightPassed, nightPlannedEndPassed, nightPlannedEndPassedNoClosing
    case nightTimeLeftOf, nightTimeAlmostUpOf, nightOvertimeOf
    case nightDemoNothingSaved
    case nightPromptHelpTitle, nightPromptHelpChoose, nightPromptHelpEnter, nightPromptHelpType,
        nightPromptHelpEsc
    case nightPromptHelpQuit
    case nightHistoryHelpTitle, nightHistMove, nightHistOpen, nightHistFilter, nightHistClearFilter,
        nightHistDelete
    case nightHistTrends, nightHistBack, nightHistOther, nightHistQuit, nightHistHelp,
        nightPromptHelpHelp, nightHistScroll

    public var texts: (nb: String, en: String) {
        switch self {
        case .nightKeyUndo: ("angre", "undo")
        case .nightKeyMoveLater: ("neste fase senere", "next phase later")
        case .nightKeyClear: ("tøm", "clear")
        case .nightKeyChooseLeader: ("velg en annen", "choose another")
        case .nightCapSpace: ("Mellomrom", "Space")
        case .nightCapArrows: ("↑/↓", "↑/↓")
        case .nightCapPlusMinus: ("+/-", "+/-")
        case .nightHelpTitle: ("Hjelp – tastene her", "Help – the keys here")
        case .nightHelpFooter: ("Esc eller ? lukker", "Esc or ? closes")
        case .nightHelpFooterScroll:
            ("Esc eller ? lukker · ↑/↓ blar", "Esc or ? closes · ↑/↓ scrolls")
        case .nightHelpEnter: ("%1.", "%1.")
        case .nightHelpEnterSpeaker:
            ("Gi ordet til den neste i runden: %1.", "Give the floor to the next in the round: %1.")
        case .nightCapPages: ("PgDn", "PgDn")
        case .nightKeyCardScroll: ("mer", "more")
        case .nightHelpCardScroll:
            (
                "Bla i kortet når det ikke får plass i vinduet: PgDn ned, PgUp opp.",
                "Scroll the card when it does not fit in the window: PgDn down, PgUp up."
            )
        case .nightCardMoreAbove: ("▲ mer over: PgUp", "▲ more above: PgUp")
        case .nightCardMoreBelow: ("▼ mer under: PgDn", "▼ more below: PgDn")
        case .nightHelpUndo:
            (
                "Angre det siste steget (neste person, stå over, hopp over, fase, kom senere). Trykk igjen for å gå lenger tilbake.",
                "Undo the last step (next person, pass, skip, phase, late arrival). Press again to go further back."
            )
        case .nightHelpMove:
            ("Flytt valget opp og ned i lista.", "Move the selection up and down the list.")
        case .nightHelpCycle:
            (
                "Endre oppmøte for den valgte: til stede → meldt fravær → fravær.",
                "Change the selected person's attendance: present → absent with notice → absent."
            )
        case .nightHelpAck:
            (
                "Kryss av at den valgte har bekreftet.",
                "Tick that the selected person has acknowledged."
            )
        case .nightHelpHold:
            (
                "Stopp tiden for turen et øyeblikk; trykk igjen for å fortsette.",
                "Hold the turn's timer for a moment; press again to resume."
            )
        case .nightHelpPass:
            (
                "Den som har ordet står over denne gangen. Ingen merknad.",
                "The person with the floor passes this time. No remark."
            )
        case .nightHelpSkipLeader:
            (
                "Hopp over den foreslåtte og foreslå neste i rekkefølgen.",
                "Skip the suggested person and suggest the next in the rotation."
            )
        case .nightHelpChooseLeader:
            ("Velg en annen som neste møteleder.", "Choose someone else to lead next time.")
        case .nightHelpPause: ("Start pausen nå.", "Start the pause now.")
        case .nightHelpEndPause: ("Avslutt pausen nå.", "End the pause now.")
        case .nightHelpPlusMinus:
            (
                "Ett minutt mer (+) eller mindre (-) på turen eller pausen.",
                "One minute more (+) or less (-) on the turn or the pause."
            )
        case .nightHelpLate:
            (
                "Noen kom senere, eller en gjest kom: legg dem til.",
                "Someone arrived late, or a guest came: add them."
            )
        case .nightHelpClosing:
            (
                "Gå rett til avslutningsrunden (spør først).",
                "Go straight to the closing round (asks first)."
            )
        case .nightHelpMode:
            (
                "Bytt mellom runde (etter tur) og ordet er fritt.",
                "Switch between a round (in turn) and the open floor."
            )
        case .nightHelpTalk:
            (
                "Stopp opp og snakk om hvordan gruppa fungerer, så tilbake hit.",
                "Stop and talk about how the group is working, then back here."
            )
        case .nightHelpSkip:
            (
                "Hopp over resten av denne fasen (spør først).",
                "Skip the rest of this phase (asks first)."
            )
        case .nightHelpReorder:
            ("Flytt neste fase ett steg senere.", "Move the next phase one step later.")
        case .nightHelpHelp: ("Vis eller lukk denne hjelpen.", "Show or close this help.")
        case .nightHelpQuit:
            (
                "Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
                "Quit Runde (asks first). The meeting can be resumed next time."
            )
        case .nightHelpLeave:
            (
                "Avslutt Runde. Loggen er allerede skrevet.",
                "Leave Runde. The log is already written."
            )
        case .nightHelpPropose:
            (
                "Ta vare på det du har skrevet som forslag til senere, uten å velge det.",
                "Keep what you typed as a proposal for later, without choosing it."
            )
        case .nightHelpBacklog: ("Bla i tidligere forslag.", "Browse earlier proposals.")
        case .nightHelpClearTheme: ("Tøm feltet.", "Clear the field.")
        case .nightHelpDate:
            (
                "Én dag tidligere eller senere; PgUp/PgDn én uke.",
                "One day earlier or later; PgUp/PgDn one week."
            )
        case .nightConfirmSkipTitle: ("Hoppe over?", "Skip?")
        case .nightConfirmSkipRound:
            (
                "Hopp over resten av runden? %1 har ikke snakket.",
                "Skip the rest of the round? %1 still to speak."
            )
        case .nightConfirmSkipPhase:
            (
                "Hopp over resten av «%1» og gå videre til «%2»?",
                "Skip the rest of “%1” and go on to “%2”?"
            )
        case .nightConfirmClosingTitle: ("Til avslutningen?", "To the closing?")
        case .nightConfirmClosing:
            (
                "Gå rett til avslutningen? Dette hoppes over: %1.",
                "Go straight to the closing? This is skipped: %1."
            )
        case .nightConfirmNotSpoken:
            ("%1 har ikke snakket i denne runden.", "%1 still to speak in this round.")
        case .nightConfirmKeys: ("j ja · Esc nei", "y yes · Esc no")
        case .nightKeyYes: ("ja", "yes")
        case .nightKeyNo: ("nei", "no")
        case .nightPassed: ("%1 står over", "%1 passes")
        case .nightPlannedEndPassed:
            (
                "Planlagt slutt er passert. c går til avslutningen når gruppa vil.",
                "The planned end has passed. c goes to the closing when the group wants."
            )
        case .nightPlannedEndPassedNoClosing:
            ("Planlagt slutt er passert.", "The planned end has passed.")
        case .nightTimeLeftOf: ("igjen av en tur på %1", "left of a %1 turn")
        case .nightTimeAlmostUpOf: ("turen på %1 er snart over", "the %1 turn is nearly over")
        case .nightOvertimeOf: ("over tiden – turen var på %1", "over time – the turn was %1")
        case .nightDemoNothingSaved:
            ("Dette var en demo: ingenting er lagret.", "This was a demo: nothing is saved.")
        case .nightPromptHelpTitle: ("Hjelp", "Help")
        case .nightPromptHelpChoose: ("↑/↓    velg i lista", "↑/↓    choose in the list")
        case .nightPromptHelpEnter: ("Enter  ta valget", "Enter  take the choice")
        case .nightPromptHelpType:
            (
                "Skriv i feltet; Enter godtar, F1 viser hjelpen",
                "Type in the field; Enter accepts, F1 shows this help"
            )
        case .nightPromptHelpEsc: ("Esc    tilbake", "Esc    back")
        case .nightPromptHelpQuit: ("q      avslutt", "q      quit")
        case .nightHistoryHelpTitle: ("Hjelp – historikk", "Help – history")
        case .nightHistMove:
            (
                "↑/↓    velg et møte (PgUp/PgDn, Home/End)",
                "↑/↓    choose a meeting (PgUp/PgDn, Home/End)"
            )
        case .nightHistOpen: ("Enter  vis møtet", "Enter  show the meeting")
        case .nightHistFilter:
            ("/      filtrer på dato, id eller tema", "/      filter by date, id or theme")
        case .nightHistClearFilter: ("Esc    fjern filteret", "Esc    clear the filter")
        case .nightHistDelete:
            ("d      slett loggen (spør først)", "d      delete the log (asks first)")
        case .nightHistTrends: ("t      utvikling over tid", "t      trends over time")
        case .nightHistBack: ("Esc    tilbake til lista", "Esc    back to the list")
        case .nightHistOther: ("↑/↓    forrige eller neste møte", "↑/↓    previous or next meeting")
        case .nightHistScroll:
            (
                "PgDn/PgUp  bla når møtet ikke får plass",
                "PgDn/PgUp  scroll when the meeting does not fit"
            )
        case .nightHistQuit: ("q      avslutt", "q      quit")
        case .nightHistHelp: ("?      denne hjelpen", "?      this help")
        case .nightPromptHelpHelp: ("?      denne hjelpen", "?      this help")
        }
    }
}

extension Catalog {
    /// A meeting-night text in this catalog's language.
    public subscript(_ key: MeetingNightText) -> String { text(key) }
    /// A meeting-night text with `%1`, `%2`, … replaced.
    public func f(_ key: MeetingNightText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
