/// The texts of the meeting screens (DESIGN §7), each a whole sentence or label in bokmål and
/// English. `%1`, `%2` … are replaced by arguments.
public enum MeetingText: String, CaseIterable, CatalogKey {
    case appName, meetingNumber, meetingClock, onTime, ahead, behind, leadingToday, themeToday,
        noTheme
    case phaseCheckIn, phaseOpening, phaseOpeningRound, phaseSharing, phasePause, phaseClosing,
        phaseNext, phaseSummary
    case present, notifiedAbsent, absent, guest
    case checkInHint, checkInCount
    case openingTitle
    case promptOpening1, promptOpening2, promptSharingRound, promptSharingOpen, promptClosing
    case hasTheFloor, overtime, held, nextUp, lastInRound, turnOf, passed
    case floorFree, pickSpeaker
    case pauseTitle, pauseLeft, pauseOver, pauseOverHint, pauseSuggested
    case nextLeaderLabel, nextLeaderHint, themeLabel, themeReminder, dateLabel, dateHint,
        nobodyChosen
    case summaryTitle, summaryDuration, summaryLogWritten, summaryLogSaved, summaryLogPending,
        summaryNextLeader, summaryNextTheme, summaryNextDate, summaryHandover
    case keyEnter, enterConfirmCheckIn, enterNextSpeaker, enterNextPhase, enterEndPause,
        enterGiveFloor, enterEndTurn
    case enterClose, enterContinue, enterAdd, keyCancel, enterAcceptLeader, enterAcceptTheme,
        enterAcceptDate, enterLeave
    case keyPass, keyPause, keyEndPause, keyPlusMinus, keyHold, keyResume, keyLate, keyClosing,
        keyHelp, keyQuit, keyMode, keyMove, keySkip, keyCycle, keySkipLeader, keyDate
    case helpEnter, helpPass, helpPause, helpPlusMinus, helpSpace, helpLate, helpClosing, helpMode,
        helpSkipPhase, helpQuit, helpEsc, helpCheckIn
    case quitTitle, quitBody, quitKeys, yesLetter
    case lateTitle, lateHint, lateGuestPrompt, lateGuestNote, lateNobody
    case tooSmall, tooSmallSize
    case storageProblem
    case firstRunTitle, firstRunBody, firstRunCreate, firstRunDemo
    case chooseGroupTitle
    case minute, minutes
    case phaseProcessTalk, promptProcessTalk, processTalkNote, keyTalk, helpTalk
    case itemPresentation, itemExpectations, itemFrame, itemPrinciples, itemSinceLast, itemRound
    case promptPresentation, promptExpectations
    case cardFrameTitle, cardFrameText, cardPrinciplesTitle, cardPrinciplesText
    case ackHint, ackCount, keyAck
    case themeProposeHint, themeProposals, keyPropose, keyBacklog
    case meetingOfHorizon, starterReminder, starterLast, helpReorder, helpUndo

    public var texts: (nb: String, en: String) {
        switch self {
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
        case .present: ("til stede", "present")
        case .notifiedAbsent: ("meldt fravær", "absent with notice")
        case .absent: ("fravær", "absent")
        case .guest: ("Gjest %1", "Guest %1")
        case .checkInHint:
            (
                "↑/↓ velg person · Mellomrom endrer: til stede → meldt fravær → fravær",
                "↑/↓ choose a person · Space changes: present → absent with notice → absent"
            )
        case .checkInCount: ("%1 til stede av %2", "%1 present of %2")
        case .openingTitle: ("Våre rammer", "Our rules")
        case .promptOpening1: ("Hvordan har jeg det her og nå?", "How am I here and now?")
        case .promptOpening2:
            ("Hva har jeg tenkt siden sist?", "What have I thought about since last time?")
        case .promptSharingRound: ("Samtale – etter tur", "Sharing – in turn")
        case .promptSharingOpen: ("Samtale – ordet er fritt", "Sharing – open floor")
        case .promptClosing: ("Avslutning – si noe rosende", "Closing – say something appreciative")
        case .hasTheFloor: ("har ordet", "has the floor")
        case .overtime: ("over tiden", "over time")
        case .held: ("på vent", "on hold")
        case .nextUp: ("Neste: %1", "Next: %1")
        case .lastInRound: ("Siste i runden", "Last in the round")
        case .turnOf: ("Tur %1 av %2", "Turn %1 of %2")
        case .passed: ("stod over", "passed")
        case .floorFree: ("Ordet er fritt", "The floor is open")
        case .pickSpeaker: ("↑/↓ velg hvem som tar ordet", "↑/↓ choose who takes the floor")
        case .pauseTitle: ("Pause", "Pause")
        case .pauseLeft: ("igjen av pausen", "of the pause left")
        case .pauseOver: ("Pausen er over", "The pause is over")
        case .pauseOverHint:
            ("Trykk Enter når alle er tilbake", "Press Enter when everyone is back")
        case .pauseSuggested:
            (
                "Det er tid for pause (minutt %1). Trykk p når det passer.",
                "It is time for the pause (minute %1). Press p when it suits."
            )
        case .nextLeaderLabel: ("Neste møteleder", "Next to lead")
        case .nextLeaderHint:
            ("↑/↓ velg en annen · s hopp over", "↑/↓ choose someone else · s skip")
        case .themeLabel: ("Tema til neste gang", "Theme for next time")
        case .themeReminder: ("Ikke skriv navn i temaet.", "Do not write names.")
        case .dateLabel: ("Neste møte", "Next meeting")
        case .dateHint: ("↑/↓ én dag · PgUp/PgDn én uke", "↑/↓ one day · PgUp/PgDn one week")
        case .nobodyChosen: ("(ingen valgt)", "(nobody chosen)")
        case .summaryTitle: ("Møtet er ferdig", "The meeting is over")
        case .summaryDuration: ("Varighet: %1 (plan %2)", "Duration: %1 (plan %2)")
        case .summaryLogWritten: ("Anonym logg skrevet til %1", "Anonymous log written to %1")
        case .summaryLogSaved:
            (
                "Den anonyme loggen er lagret: tider og antall, ingen navn.",
                "The anonymous log is saved: times and counts, no names."
            )
        case .summaryLogPending:
            ("Loggen er ikke skrevet ennå: %1", "The log is not written yet: %1")
        case .summaryNextLeader: ("Neste møteleder: %1", "Next to lead: %1")
        case .summaryNextTheme: ("Tema til neste gang: %1", "Theme for next time: %1")
        case .summaryNextDate: ("Neste møte: %1", "Next meeting: %1")
        case .summaryHandover:
            (
                "Har neste møteleder sin egen PC? Da kan gruppa gis videre, kryptert: se «runde handover --help» eller «man runde».",
                "Does the next leader have their own laptop? The group can be handed over, encrypted: see “runde handover --help” or “man runde”."
            )
        case .keyEnter: ("Enter", "Enter")
        case .enterConfirmCheckIn: ("bekreft oppmøte", "confirm check-in")
        case .enterNextSpeaker: ("neste: %1", "next: %1")
        case .enterNextPhase: ("videre til %1", "on to %1")
        case .enterEndPause: ("avslutt pausen", "end the pause")
        case .enterGiveFloor: ("gi ordet til %1", "give the floor to %1")
        case .enterEndTurn: ("avslutt turen", "end the turn")
        case .enterClose: ("lukk hjelpen", "close help")
        case .enterContinue: ("fortsett møtet", "back to the meeting")
        case .enterAdd: ("legg til", "add")
        case .keyCancel: ("avbryt", "cancel")
        case .enterAcceptLeader: ("godta møteleder", "accept leader")
        case .enterAcceptTheme: ("godta tema", "accept theme")
        case .enterAcceptDate: ("godta dato", "accept date")
        case .enterLeave: ("avslutt Runde", "leave Runde")
        case .keyPass: ("stå over", "pass")
        case .keyPause: ("pause", "pause")
        case .keyEndPause: ("avslutt pause", "end pause")
        case .keyPlusMinus: ("±1 min", "±1 min")
        case .keyHold: ("hold", "hold")
        case .keyResume: ("fortsett", "resume")
        case .keyLate: ("for sent / gjest", "late / guest")
        case .keyClosing: ("avslutning", "closing")
        case .keyHelp: ("hjelp", "help")
        case .keyQuit: ("avslutt", "quit")
        case .keyMode: ("bytt modus", "switch mode")
        case .keyMove: ("velg", "choose")
        case .keySkip: ("hopp over fase", "skip phase")
        case .keyCycle: ("endre status", "change status")
        case .keySkipLeader: ("hopp over", "skip")
        case .keyDate: ("endre dato", "change date")
        case .helpEnter:
            (
                "gå videre: neste person, neste fase, godta forslag",
                "move on: next person, next phase, accept a suggestion"
            )
        case .helpPass: ("stå over (i en runde)", "pass (in a round)")
        case .helpPause:
            ("start pausen / avslutt den tidlig", "start the pause / end it early")
        case .helpPlusMinus:
            (
                "ett minutt mer eller mindre på turen",
                "one minute more or less on the turn"
            )
        case .helpSpace: ("hold / fortsett tiden", "hold / resume the timer")
        case .helpLate:
            (
                "noen kom senere (eller en gjest)",
                "someone arrived late (or a guest)"
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
        case .helpCheckIn:
            (
                "Oppmøte: ↑/↓ velg, Mellomrom endrer status",
                "Check-in: ↑/↓ choose, Space changes status"
            )
        case .quitTitle: ("Avslutte Runde?", "Quit Runde?")
        case .quitBody:
            (
                "Møtet er ikke ferdig. Det kan gjenopptas neste gang du starter Runde.",
                "The meeting is not finished. It can be resumed next time you start Runde."
            )
        case .yesLetter: ("j", "y")
        case .quitKeys: ("j avslutt · Esc fortsett møtet", "y quit · Esc back to the meeting")
        case .lateTitle: ("Kom for sent / gjest", "Arrived late / guest")
        case .lateHint:
            ("↑/↓ velg · Enter legg til · Esc avbryt", "↑/↓ choose · Enter add · Esc cancel")
        case .lateGuestPrompt:
            ("Gjest (navn vises bare på skjermen)", "Guest (the name is only shown on screen)")
        case .lateGuestNote: ("Gjesters navn lagres aldri.", "Guests' names are never stored.")
        case .lateNobody: ("Alle i gruppa er til stede.", "Everyone in the group is here.")
        case .tooSmall: ("Gjør vinduet større", "Make the window larger")
        case .tooSmallSize: ("minst 60×16 (nå %1×%2)", "at least 60×16 (now %1×%2)")
        case .storageProblem:
            (
                "Kan ikke lagre: %1 – møtet fortsetter, Runde prøver igjen",
                "Cannot save: %1 – the meeting goes on, Runde keeps trying"
            )
        case .firstRunTitle: ("Velkommen til Runde", "Welcome to Runde")
        case .firstRunBody: ("Det finnes ingen gruppe ennå.", "There is no group yet.")
        case .firstRunCreate: ("lag en gruppe", "create a group")
        case .firstRunDemo: ("prøv en demo (lagrer ingenting)", "try the demo (saves nothing)")
        case .chooseGroupTitle: ("Velg gruppe", "Choose a group")
        case .minute: ("minutt", "minute")
        case .minutes: ("minutter", "minutes")
        // Short for the phase bar; the cards' dialog says it in full.
        case .phaseProcessTalk: ("Prat om gruppa", "Group talk")
        case .promptProcessTalk:
            ("Hvordan fungerer gruppa for oss nå?", "How is the group working for us right now?")
        case .processTalkNote:
            (
                "Her dømmer vi ingen; vi snakker om hvordan vi har det sammen. Hvem som helst kan be om dette.",
                "Nobody is judged here; we talk about how we are doing together. Anyone can ask for this."
            )
        case .keyTalk: ("prat om gruppa", "talk about the group")
        case .helpTalk:
            (
                "stopp opp og snakk om hvordan gruppa fungerer",
                "stop and talk about how the group is working"
            )
        case .itemPresentation: ("Presentasjon", "Introductions")
        case .itemExpectations: ("Forventninger", "Expectations")
        case .itemFrame: ("Taushetsplikt", "Confidentiality")
        case .itemPrinciples: ("Prinsipper", "Principles")
        case .itemSinceLast: ("Siden sist", "Since last")
        case .itemRound: ("Runde", "Round")
        case .promptPresentation:
            (
                "Presentasjonsrunde: hvem er jeg, og hva bringer meg hit?",
                "Introductions: who am I, and what brings me here?"
            )
        case .promptExpectations:
            (
                "Hva forventer jeg, hva trenger jeg, og hva motiverer meg?",
                "What do I expect, what do I need, and what motivates me?"
            )
        case .cardFrameTitle:
            ("Taushetsplikt og faste rammer", "Confidentiality and the basic frame")
        case .cardFrameText:
            (
                "Taushetsplikt: det som blir sagt her, blir her.\nMeldeplikt: gi beskjed hvis du ikke kan komme.\nTid: vi møtes til avtalt tid, og slutter til avtalt tid.\nPauser og servering: vi tar en pause midt i møtet.\nHver av oss bekrefter taushetserklæringen.",
                "Confidentiality: what is said here stays here.\nTell us if you can't come.\nTime: we start and end when agreed.\nPauses and refreshments: we take a pause halfway.\nEach of us acknowledges the confidentiality declaration."
            )
        case .cardPrinciplesTitle: ("Prinsippene", "The principles")
        case .cardPrinciplesText:
            (
                "Vi lytter til hverandre.\nVi deler egne erfaringer, og gir ikke råd.\nSi ikke mer enn du vil.\nVi er her og nå.\nAlle får snakke etter tur.",
                "We listen to each other.\nWe share our own experience and give no advice.\nSay no more than you want.\nWe are here and now.\nEveryone speaks in turn."
            )
        case .ackHint:
            (
                "↑/↓ velg · Mellomrom: bekreftet taushetserklæringen",
                "↑/↓ choose · Space: acknowledged the declaration"
            )
        case .ackCount: ("%1 av %2 har bekreftet", "%1 of %2 have acknowledged")
        case .keyAck: ("bekreft", "acknowledge")
        case .themeProposeHint:
            (
                "Tab: ta vare på forslaget til senere · ↑/↓ tidligere forslag",
                "Tab: keep the proposal for later · ↑/↓ earlier proposals"
            )
        case .themeProposals: ("Forslag: %1", "Proposals: %1")
        case .keyPropose: ("ta vare på forslag", "keep proposal")
        case .keyBacklog: ("tidligere forslag", "earlier proposals")
        case .meetingOfHorizon: ("Møte %1 av %2", "Meeting %1 of %2")
        case .starterReminder:
            (
                "Igangsetteren er med for siste gang på neste møte.",
                "The starter takes part for the last time at the next meeting."
            )
        case .starterLast:
            (
                "Veien videre: igangsetteren er med for siste gang i dag. Avtal en dato for oppfølging.",
                "The way forward: the starter takes part for the last time today. Agree a date to follow up."
            )
        case .helpUndo:
            (
                "angre siste steg (så mange steg tilbake du vil)",
                "undo the last step (as many steps back as you like)"
            )
        case .helpReorder:
            (
                "flytt neste fase ett steg senere",
                "move the next phase one step later"
            )
        }
    }
}

extension Catalog {
    /// A meeting text in this catalog's language.
    public subscript(_ key: MeetingText) -> String { text(key) }
    /// A meeting text with `%1`, `%2`, … replaced.
    public func f(_ key: MeetingText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
