/// The summary screen at a meeting's end: what was decided, the log, and undo back into the meeting.
public enum SummaryText: String, CaseIterable, CatalogKey {
    case summaryDecision
    case summaryNotSaved
    case summaryNotSavedBody
    case summaryTryAgain
    case summaryNotSavedHelp
    case summaryTitle
    case summaryDuration
    case summaryLogWritten
    case summaryLogSaved
    case summaryLogPending
    case summaryNextLeader
    case summaryNextTheme
    case summaryNextDate
    case summaryHandover
    case enterLeave
    case summaryPauseNotTaken
    case summaryLeaderRotation
    case summaryUndo
    case helpUndoSummary

    public var texts: (nb: String, en: String) {
        switch self {
        case .summaryDecision: ("Gruppas beslutning: %1", "The group's decision: %1")
        case .summaryNotSaved:
            (
                "Loggen kunne ikke lagres: %1.",
                "The log could not be saved: %1."
            )
        case .summaryNotSavedBody:
            (
                "Møtet er ikke borte: det kan fortsettes neste gang Runde starter. Frigjør plass og trykk Enter for å prøve igjen, eller q for å avslutte.",
                "The meeting is not lost: it can be resumed the next time Runde starts. Free some space and press Enter to try again, or q to quit."
            )
        case .summaryTryAgain: ("prøv å lagre igjen", "try saving again")
        case .summaryNotSavedHelp:
            (
                "Loggen er ikke lagret ennå. Enter prøver å lagre den igjen. q avslutter Runde uten loggen; møtet ligger i journalen og tilbys neste gang Runde starter.",
                "The log is not saved yet. Enter tries to save it again. q leaves Runde without the log; the meeting stays in the journal and is offered the next time Runde starts."
            )
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
        case .enterLeave: ("avslutt Runde", "leave Runde")
        case .summaryPauseNotTaken: ("Pausen ble ikke tatt.", "The pause was not taken.")
        case .summaryLeaderRotation:
            (
                "Neste møteleder: %1 (etter rotasjonen, ikke valgt i møtet)",
                "Next to lead: %1 (by the rotation, not chosen in the meeting)"
            )
        case .summaryUndo:
            (
                "Noe å ta tilbake? u går tilbake inn i møtet så lenge Runde er åpen.",
                "Something to take back? u goes back into the meeting while Runde is open."
            )
        case .helpUndoSummary:
            (
                "Tilbake inn i møtet, til steget før oppsummeringen. Loggen skrives på nytt når dere kommer hit igjen.",
                "Back into the meeting, to the step before the summary. The log is written again when you come back here."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: SummaryText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: SummaryText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
