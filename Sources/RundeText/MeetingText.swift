/// The meeting screen's frame: header, phases, clock, footer keys, the help overlay and its dialogs.
///
/// What belongs to one step (check-in, a round, a card, the next meeting, the summary) has its own area.
public enum MeetingText: String, CaseIterable, CatalogKey {
    case keyUndo
    case keyMoveLater
    case keyClear
    case keyChooseLeader
    case capSpace
    case capArrows
    case capPlusMinus
    case helpTitle
    case helpFooter
    case helpFooterScroll
    case meetingHelpEnter
    case meetingHelpUndo
    case helpMove
    case helpCycle
    case helpAck
    case helpHold
    case meetingHelpPass
    case helpSkipLeader
    case helpChooseLeader
    case meetingHelpPause
    case helpEndPause
    case meetingHelpPlusMinus
    case meetingHelpLate
    case meetingHelpClosing
    case meetingHelpMode
    case meetingHelpTalk
    case helpSkip
    case meetingHelpReorder
    case meetingHelpHelp
    case meetingHelpQuit
    case helpLeave
    case helpPropose
    case helpBacklog
    case helpClearTheme
    case helpDate
    case helpEnterSpeaker
    case capPages
    case keyCardScroll
    case helpCardScroll
    case cardMoreAbove
    case cardMoreBelow
    case confirmSkipTitle
    case confirmSkipRound
    case confirmSkipPhase
    case confirmClosingTitle
    case confirmClosing
    case confirmNotSpoken
    case keyYes
    case keyNo
    case meetingPassed
    case plannedEndPassed
    case plannedEndPassedNoClosing
    case timeLeftOf
    case timeAlmostUpOf
    case overtimeOf
    case appName
    case meetingNumber
    case meetingClock
    case onTime
    case ahead
    case behind
    case leadingToday
    case themeToday
    case noTheme
    case phaseCheckIn
    case phaseOpening
    case phaseOpeningRound
    case phaseSharing
    case phasePause
    case phaseClosing
    case phaseNext
    case phaseSummary
    case keyEnter
    case enterNextPhase
    case enterClose
    case enterContinue
    case enterAdd
    case keyCancel
    case keyPlusMinus
    case keyClosing
    case keyHelp
    case keyQuit
    case keyMode
    case keyMove
    case keySkip
    case keyCycle
    case helpEnter
    case helpPlusMinus
    case helpClosing
    case helpMode
    case helpSkipPhase
    case helpQuit
    case helpEsc
    case quitTitle
    case quitBody
    case quitNo
    case yesLetter
    case tooSmall
    case tooSmallSize
    case storageProblem
    case minute
    case minutes
    case phaseProcessTalk
    case meetingOfHorizon
    case starterReminder
    case helpReorder
    case helpUndo
    case nextSkippedRotation
    case nextSkippedLeader
    case nextSkippedDate
    case pauseNotTaken
    case talkTitle
    case talkBody
    case talkBodyOpen
    case whyUndoCheckIn
    case whyUndoNothing
    case whyMode
    case whyPauseTaken
    case whyPauseNone
    case whyPauseNow
    case whyTalk
    case clockMinutes
    case clockHours
    case clockWholeHours
    case moreBelow
    case moreAbove
    case quitReopened

    public var texts: (nb: String, en: String) {
        switch self {
        case .keyUndo: ("angre", "undo")
        case .keyMoveLater: ("neste fase senere", "next phase later")
        case .keyClear: ("tøm", "clear")
        case .keyChooseLeader: ("velg en annen", "choose another")
        case .capSpace: ("Mellomrom", "Space")
        case .capArrows: ("↑/↓", "↑/↓")
        case .capPlusMinus: ("+/-", "+/-")
        case .helpTitle: ("Hjelp – tastene her", "Help – the keys here")
        case .helpFooter: ("Esc eller ? lukker", "Esc or ? closes")
        case .helpFooterScroll:
            ("Esc eller ? lukker · ↑/↓ blar", "Esc or ? closes · ↑/↓ scrolls")
        case .meetingHelpEnter: ("%1.", "%1.")
        case .meetingHelpUndo:
            (
                "Angre det siste steget (neste person, stå over, hopp over, fase, kom senere). Trykk igjen for å gå lenger tilbake.",
                "Undo the last step (next person, pass, skip, phase, late arrival). Press again to go further back."
            )
        case .helpMove:
            ("Flytt valget opp og ned i lista.", "Move the selection up and down the list.")
        case .helpCycle:
            (
                "Endre oppmøte for den valgte: til stede → meldt fravær → fravær.",
                "Change the selected person's attendance: present → absent with notice → absent."
            )
        case .helpAck:
            (
                "Kryss av at den valgte har bekreftet.",
                "Tick that the selected person has acknowledged."
            )
        case .helpHold:
            (
                "Stopp tiden for turen et øyeblikk; trykk igjen for å fortsette.",
                "Hold the turn's timer for a moment; press again to resume."
            )
        case .meetingHelpPass:
            (
                "Den som har ordet står over denne gangen. Ingen merknad.",
                "The person with the floor passes this time. No remark."
            )
        case .helpSkipLeader:
            (
                "Hopp over den foreslåtte og foreslå neste i rekkefølgen.",
                "Skip the suggested person and suggest the next in the rotation."
            )
        case .helpChooseLeader:
            ("Velg en annen som neste møteleder.", "Choose someone else to lead next time.")
        case .meetingHelpPause: ("Start pausen nå.", "Start the pause now.")
        case .helpEndPause: ("Avslutt pausen nå.", "End the pause now.")
        case .meetingHelpPlusMinus:
            (
                "Ett minutt mer (+) eller mindre (-) på turen eller pausen.",
                "One minute more (+) or less (-) on the turn or the pause."
            )
        case .meetingHelpLate:
            (
                "Noen kom senere, eller en gjest kom: legg dem til.",
                "Someone arrived late, or a guest came: add them."
            )
        case .meetingHelpClosing:
            (
                "Gå rett til avslutningsrunden (spør først).",
                "Go straight to the closing round (asks first)."
            )
        case .meetingHelpMode:
            (
                "Bytt mellom runde (etter tur) og ordet er fritt.",
                "Switch between a round (in turn) and the open floor."
            )
        case .meetingHelpTalk:
            (
                "Stopp opp og snakk om hvordan gruppa fungerer, så tilbake hit.",
                "Stop and talk about how the group is working, then back here."
            )
        case .helpSkip:
            (
                "Hopp over resten av denne fasen (spør først).",
                "Skip the rest of this phase (asks first)."
            )
        case .meetingHelpReorder:
            ("Flytt neste fase ett steg senere.", "Move the next phase one step later.")
        case .meetingHelpHelp: ("Vis eller lukk denne hjelpen.", "Show or close this help.")
        case .meetingHelpQuit:
            (
                "Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
                "Quit Runde (asks first). The meeting can be resumed next time."
            )
        case .helpLeave:
            (
                "Avslutt Runde. Loggen er allerede skrevet.",
                "Leave Runde. The log is already written."
            )
        case .helpPropose:
            (
                "Ta vare på det du har skrevet som forslag til senere, uten å velge det.",
                "Keep what you typed as a proposal for later, without choosing it."
            )
        case .helpBacklog: ("Bla i tidligere forslag.", "Browse earlier proposals.")
        case .helpClearTheme: ("Tøm feltet.", "Clear the field.")
        case .helpDate:
            (
                "Én dag tidligere eller senere; PgUp/PgDn én uke.",
                "One day earlier or later; PgUp/PgDn one week."
            )
        case .helpEnterSpeaker:
            ("Gi ordet til den neste i runden: %1.", "Give the floor to the next in the round: %1.")
        case .capPages: ("PgDn", "PgDn")
        case .keyCardScroll: ("mer", "more")
        case .helpCardScroll:
            (
                "Bla i kortet når det ikke får plass i vinduet: PgDn ned, PgUp opp.",
                "Scroll the card when it does not fit in the window: PgDn down, PgUp up."
            )
        case .cardMoreAbove: ("▲ mer over: PgUp", "▲ more above: PgUp")
        case .cardMoreBelow: ("▼ mer under: PgDn", "▼ more below: PgDn")
        case .confirmSkipTitle: ("Hoppe over?", "Skip?")
        case .confirmSkipRound:
            (
                "Hopp over resten av runden? %1 har ikke snakket.",
                "Skip the rest of the round? %1 still to speak."
            )
        case .confirmSkipPhase:
            (
                "Hopp over resten av «%1» og gå videre til «%2»?",
                "Skip the rest of “%1” and go on to “%2”?"
            )
        case .confirmClosingTitle: ("Til avslutningen?", "To the closing?")
        case .confirmClosing:
            (
                "Gå rett til avslutningen? Dette hoppes over: %1.",
                "Go straight to the closing? This is skipped: %1."
            )
        case .confirmNotSpoken:
            ("%1 har ikke snakket i denne runden.", "%1 still to speak in this round.")
        case .keyYes: ("ja", "yes")
        case .keyNo: ("nei", "no")
        case .meetingPassed: ("%1 står over", "%1 passes")
        case .plannedEndPassed:
            (
                "Planlagt slutt er passert. c går til avslutningen når gruppa vil.",
                "The planned end has passed. c goes to the closing when the group wants."
            )
        case .plannedEndPassedNoClosing:
            ("Planlagt slutt er passert.", "The planned end has passed.")
        case .timeLeftOf: ("igjen av en tur på %1", "left of a %1 turn")
        case .timeAlmostUpOf: ("turen på %1 er snart over", "the %1 turn is nearly over")
        case .overtimeOf: ("over tiden – turen var på %1", "over time – the turn was %1")
        case .appName: ("Runde", "Runde")
        case .meetingNumber: ("Møte %1", "Meeting %1")
        case .meetingClock: ("Møtetid %1", "Meeting time %1")
        case .onTime: ("i rute", "on time")
        case .ahead: ("%1 før skjema", "%1 ahead")
        case .behind: ("%1 på etterskudd", "%1 behind")
        case .leadingToday: ("Møteleder i dag: %1", "Leading today: %1")
        case .themeToday: ("Tema i dag: %1", "Today's theme: %1")
        case .noTheme: ("Tema i dag: (ikke valgt)", "Today's theme: (none chosen)")
        case .phaseCheckIn: ("Oppmøte", "Check-in")
        case .phaseOpening: ("Åpning", "Opening")
        case .phaseOpeningRound: ("Runde", "Round")
        case .phaseSharing: ("Samtale", "Sharing")
        case .phasePause: ("Pause", "Pause")
        case .phaseClosing: ("Avslutning", "Closing")
        case .phaseNext: ("Neste møte", "Next meeting")
        case .phaseSummary: ("Oppsummering", "Summary")
        case .keyEnter: ("Enter", "Enter")
        case .enterNextPhase: ("videre til %1", "on to %1")
        case .enterClose: ("lukk hjelpen", "close help")
        case .enterContinue: ("fortsett møtet", "back to the meeting")
        case .enterAdd: ("legg til", "add")
        case .keyCancel: ("avbryt", "cancel")
        case .keyPlusMinus: ("±1 min", "±1 min")
        case .keyClosing: ("avslutning", "closing")
        case .keyHelp: ("hjelp", "help")
        case .keyQuit: ("avslutt", "quit")
        case .keyMode: ("bytt modus", "switch mode")
        case .keyMove: ("velg", "choose")
        case .keySkip: ("hopp over fase", "skip phase")
        case .keyCycle: ("endre status", "change status")
        case .helpEnter:
            (
                "gå videre: neste person, neste fase, godta forslag",
                "move on: next person, next phase, accept a suggestion"
            )
        case .helpPlusMinus:
            (
                "ett minutt mer eller mindre på turen",
                "one minute more or less on the turn"
            )
        case .helpClosing:
            (
                "gå til avslutningsrunden (spør først)",
                "go to the closing round (asks first)"
            )
        case .helpMode:
            (
                "samtale: bytt mellom runde og ordet er fritt",
                "sharing: switch between a round and the open floor"
            )
        case .helpSkipPhase:
            (
                "hopp over resten av fasen (spør først)",
                "skip the rest of this phase (asks first)"
            )
        case .helpQuit:
            ("avslutt (møtet kan gjenopptas)", "quit (the meeting can be resumed)")
        case .helpEsc: ("lukk en dialog", "close a dialog")
        case .quitTitle: ("Avslutte Runde?", "Quit Runde?")
        case .quitBody:
            (
                "Møtet er ikke ferdig. Det kan gjenopptas neste gang du starter Runde.",
                "The meeting is not finished. It can be resumed next time you start Runde."
            )
        case .quitNo: ("fortsett møtet", "back to the meeting")
        case .yesLetter: ("j", "y")
        case .tooSmall: ("Gjør vinduet større", "Make the window larger")
        case .tooSmallSize: ("minst 60×16 (nå %1×%2)", "at least 60×16 (now %1×%2)")
        case .storageProblem:
            (
                "Kan ikke lagre: %1 – møtet fortsetter, Runde prøver igjen",
                "Cannot save: %1 – the meeting goes on, Runde keeps trying"
            )
        case .minute: ("minutt", "minute")
        case .minutes: ("minutter", "minutes")
        // Short for the phase bar; the cards' dialog says it in full.
        case .phaseProcessTalk: ("Prat om gruppa", "Group talk")
        case .meetingOfHorizon: ("Møte %1 av %2", "Meeting %1 of %2")
        case .starterReminder:
            (
                "Igangsetteren er med for siste gang på neste møte.",
                "The starter takes part for the last time at the next meeting."
            )
        case .helpReorder:
            (
                "flytt neste fase ett steg senere",
                "move the next phase one step later"
            )
        case .helpUndo:
            (
                "angre siste steg (så mange steg tilbake du vil)",
                "undo the last step (as many steps back as you like)"
            )
        case .nextSkippedRotation:
            (
                "Neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder (etter rotasjonen), ikke noe tema, og %2 som dato.",
                "The next meeting is not agreed. The group file then has %1 as next to lead (by the rotation), no theme, and %2 as the date."
            )
        case .nextSkippedLeader:
            (
                "Datoen for neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder, ikke noe tema, og %2 som dato.",
                "The date for next time is not agreed. The group file then has %1 as next to lead, no theme, and %2 as the date."
            )
        case .nextSkippedDate:
            (
                "Datoen for neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder, «%2» som tema, og %3 som dato.",
                "The date for next time is not agreed. The group file then has %1 as next to lead, “%2” as the theme, and %3 as the date."
            )
        case .pauseNotTaken:
            ("Pausen er ikke tatt ennå.", "The pause has not been taken yet.")
        case .talkTitle: ("Prate om gruppa nå?", "Talk about the group now?")
        case .talkBody:
            (
                "%1 har ordet. Turen avsluttes, og dere prater om hvordan gruppa fungerer. Etterpå fortsetter runden med neste.",
                "%1 has the floor. The turn ends, and you talk about how the group is working. Afterwards the round goes on with the next person."
            )
        case .talkBodyOpen:
            (
                "%1 har ordet. Turen avsluttes, og dere prater om hvordan gruppa fungerer. Etterpå er ordet fritt igjen.",
                "%1 has the floor. The turn ends, and you talk about how the group is working. Afterwards the floor is open again."
            )
        case .whyUndoCheckIn:
            (
                "Ingenting å angre ennå; oppmøtet endres med mellomrom.",
                "Nothing to undo yet; Space changes the check-in."
            )
        case .whyUndoNothing:
            ("Det er ikke noe å angre ennå.", "There is nothing to undo yet.")
        case .whyMode:
            (
                "o virker bare i samtalen (runde eller ordet fritt).",
                "o works only in sharing (round or open floor)."
            )
        case .whyPauseTaken:
            ("Pausen er allerede tatt i dette møtet.", "The pause has already been taken.")
        case .whyPauseNone:
            ("Dette møtet har ingen pause i planen.", "This meeting has no pause in its plan.")
        case .whyPauseNow:
            ("Pausen kan ikke tas akkurat nå.", "The pause cannot be taken just now.")
        case .whyTalk:
            (
                "t virker i runder, i samtalen og på kort, ikke her.",
                "t works in rounds, in sharing and on cards, not here."
            )
        case .clockMinutes: ("%1 min", "%1 min")
        case .clockHours: ("%1 t %2 min", "%1 h %2 min")
        case .clockWholeHours: ("%1 t", "%1 h")
        case .moreBelow: ("▼ %1 til", "▼ %1 more")
        case .moreAbove: ("▲ %1 over", "▲ %1 above")
        case .quitReopened:
            (
                "Loggen ble skrevet ved oppsummeringen og står som den er. Avslutte Runde?",
                "The log was written at the summary and stays as it is. Leave Runde?"
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: MeetingText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: MeetingText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
