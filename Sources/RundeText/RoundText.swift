/// Rounds and speaking turns: who has the floor, passes, overtime, and the pause.
public enum RoundText: String, CaseIterable, CatalogKey {
    case openingTitle
    case promptOpening1
    case promptOpening2
    case promptSharingRound
    case promptSharingOpen
    case promptClosing
    case hasTheFloor
    case overtime
    case held
    case nextUp
    case lastInRound
    case turnOf
    case passed
    case floorFree
    case pickSpeaker
    case pauseTitle
    case pauseLeft
    case pauseOver
    case pauseOverHint
    case pauseSuggested
    case enterNextSpeaker
    case enterEndPause
    case enterGiveFloor
    case enterEndTurn
    case keyPass
    case keyPause
    case keyEndPause
    case keyHold
    case keyResume
    case helpPass
    case helpPause
    case helpSpace

    public var texts: (nb: String, en: String) {
        switch self {
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
        case .enterNextSpeaker: ("neste: %1", "next: %1")
        case .enterEndPause: ("avslutt pausen", "end the pause")
        case .enterGiveFloor: ("gi ordet til %1", "give the floor to %1")
        case .enterEndTurn: ("avslutt turen", "end the turn")
        case .keyPass: ("stå over", "pass")
        case .keyPause: ("pause", "pause")
        case .keyEndPause: ("avslutt pause", "end pause")
        case .keyHold: ("hold", "hold")
        case .keyResume: ("fortsett", "resume")
        case .helpPass: ("stå over (i en runde)", "pass (in a round)")
        case .helpPause:
            ("start pausen / avslutt den tidlig", "start the pause / end it early")
        case .helpSpace: ("hold / fortsett tiden", "hold / resume the timer")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: RoundText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: RoundText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
