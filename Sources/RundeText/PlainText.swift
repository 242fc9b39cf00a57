/// Plain mode's spoken lines: what a screen reader hears for each change, one line at a time.
public enum PlainText: String, CaseIterable, CatalogKey {
    case plainMember
    case plainHour
    case plainHours
    case plainMinute
    case plainMinutes
    case plainSecond
    case plainSeconds
    case plainKeyArrows
    case plainKeyQuestion
    case plainKeySpace
    case plainKeyPlusMinus
    case plainKeyPages
    case plainGroupMeeting
    case plainGroupMeetingOfHorizon
    case plainLeaderToday
    case plainThemeToday
    case plainNoTheme
    case plainDemo
    case plainWarning
    case plainStarterReminder
    case plainHowToHelp
    case plainCheckInStart
    case plainMemberStatus
    case plainCheckInHint
    case plainCheckInDone
    case plainCheckInNobody
    case plainCard
    case plainAckCount
    case plainAckHint
    case plainAckMember
    case plainNotAckMember
    case plainRoundPrompt
    case plainFloor
    case plainFloorNoTarget
    case plainNext
    case plainLastInRound
    case plainPassed
    case plainRoundDone
    case plainNearlyTime
    case plainOvertime
    case plainHeld
    case plainResumed
    case plainTurnLength
    case plainFloorFree
    case plainOpenFloorStart
    case plainRoundMode
    case plainFloorPick
    case plainFloorPickCurrent
    case plainFloorPickSpoken
    case plainLateArrived
    case plainPhaseContinues
    case plainNextPhaseMoved
    case plainPauseStart
    case plainPauseLength
    case plainPauseOver
    case plainPauseSuggested
    case plainNextMeetingStart
    case plainNextLeader
    case plainNextLeaderNobody
    case plainNextLeaderHint
    case plainThemeStart
    case plainThemePreview
    case plainThemeSaved
    case plainThemeEmpty
    case plainThemeCleared
    case plainThemeProposed
    case plainThemeSuggestion
    case plainThemeProposals
    case plainDate
    case plainDateHint
    case plainFollowUp
    case plainSummary
    case plainSummaryDuration
    case plainSummaryLeader
    case plainSummaryTheme
    case plainSummaryDate
    case plainLogWritten
    case plainLogPending
    case plainLeaveHint
    case plainHandover
    case plainStatusPhase
    case plainStatusTurnOf
    case plainStatusLeft
    case plainStatusOver
    case plainStatusHeld
    case plainStatusFloorFree
    case plainStatusPauseLeft
    case plainStatusPauseOver
    case plainStatusClock
    case plainOnTime
    case plainAhead
    case plainBehind
    case plainHelpTitle
    case plainHelpKey
    case plainHelpStatus
    case plainHelpClose
    case plainHelpClosed
    case plainQuitTitle
    case plainQuitKeys
    case plainQuitCancelled
    case plainLateTitle
    case plainLateCandidate
    case plainLateGuestChoice
    case plainLateGuestPrompt
    case plainLateCancelled
    case plainEnterHint
    case plainNothingHere
    case plainNotice
    case plainDialogClosed
    case plainChoice
    case plainChoiceHint
    case plainChoiceHintTop
    case plainField
    case plainError
    case plainHistoryTitle
    case plainHistoryEmpty
    case plainHistoryHint
    case plainHistoryRow
    case plainHistoryRowUnfinished
    case plainHistoryDetailTitle
    case plainHistoryDuration
    case plainHistoryAttendance
    case plainHistoryPause
    case plainHistoryNoPause
    case plainHistoryPhase
    case plainHistoryPhaseTurns
    case plainHistoryPhasePasses
    case plainHistorySpeaking
    case plainHistoryTheme
    case plainHistoryDetailHint
    case plainHistoryTrendsTitle
    case plainHistoryTrendsAttendance
    case plainHistoryTrendsOnTime
    case plainHistoryTrendsPause
    case plainHistoryTrendsBalance
    case plainHistoryTrendsOverrun
    case plainHistoryTrendsHint
    case plainHistoryDelete
    case plainHistoryFilter
    case plainHistoryFilterDone
    case plainHistoryNoMatch
    case plainKeyDown
    case plainKeyUp
    case plainKeyLeftRight
    case plainKeyAllArrows

    public var texts: (nb: String, en: String) {
        switch self {
        case .plainMember: ("Medlem %1", "Member %1")
        case .plainHour: ("1 time", "1 hour")
        case .plainHours: ("%1 timer", "%1 hours")
        case .plainMinute: ("1 minutt", "1 minute")
        case .plainMinutes: ("%1 minutter", "%1 minutes")
        case .plainSecond: ("1 sekund", "1 second")
        case .plainSeconds: ("%1 sekunder", "%1 seconds")
        case .plainKeyArrows: ("Pil opp og ned", "Up and down arrows")
        case .plainKeyQuestion: ("Spørsmålstegn", "Question mark")
        case .plainKeySpace: ("Mellomrom", "Space")
        case .plainKeyPlusMinus: ("Pluss og minus", "Plus and minus")
        case .plainKeyPages: ("Page Up og Page Down", "Page Up and Page Down")
        case .plainGroupMeeting: ("%1, møte %2.", "%1, meeting %2.")
        case .plainGroupMeetingOfHorizon: ("%1, møte %2 av %3.", "%1, meeting %2 of %3.")
        case .plainLeaderToday: ("Møteleder i dag: %1.", "Leading today: %1.")
        case .plainThemeToday: ("Tema i dag: %1.", "Today's theme: %1.")
        case .plainNoTheme: ("Tema i dag: ikke valgt.", "Today's theme: none chosen.")
        case .plainDemo: ("Øvelse: ingenting lagres.", "Rehearsal: nothing is saved.")
        case .plainWarning: ("Advarsel: %1", "Warning: %1")
        case .plainStarterReminder:
            (
                "Merk: igangsetteren er med for siste gang på neste møte.",
                "Note: the starter takes part for the last time at the next meeting."
            )
        case .plainHowToHelp:
            (
                "Trykk i for hvor møtet står, og spørsmålstegn for hjelp.",
                "Press i for where the meeting stands, and question mark for help."
            )
        case .plainCheckInStart: ("Oppmøte: %1 medlemmer.", "Check-in: %1 members.")
        case .plainMemberStatus: ("%1: %2.", "%1: %2.")
        case .plainCheckInHint:
            (
                "Pil opp og ned velger person, mellomrom endrer status, Enter bekrefter oppmøtet.",
                "Up and Down choose a person, Space changes the status, Enter confirms check-in."
            )
        case .plainCheckInDone:
            ("Oppmøte bekreftet: %1 av %2 til stede.", "Check-in confirmed: %1 of %2 present.")
        case .plainCheckInNobody:
            (
                "Ingen er til stede. Sett minst én til stede med mellomrom.",
                "Nobody is present. Set at least one person present with Space."
            )
        case .plainCard: ("Kort: %1.", "Card: %1.")
        case .plainAckCount: ("%1 av %2 har bekreftet.", "%1 of %2 have acknowledged.")
        case .plainAckHint:
            (
                "Pil opp og ned velger person, mellomrom bekrefter taushetserklæringen.",
                "Up and Down choose a person, Space acknowledges the declaration."
            )
        case .plainAckMember: ("%1: har bekreftet.", "%1: has acknowledged.")
        case .plainNotAckMember: ("%1: har ikke bekreftet.", "%1: has not acknowledged.")
        case .plainRoundPrompt: ("%1: %2", "%1: %2")
        case .plainFloor: ("%1 har ordet, %2.", "%1 has the floor, %2.")
        case .plainFloorNoTarget: ("%1 har ordet.", "%1 has the floor.")
        case .plainNext: ("Neste: %1.", "Next: %1.")
        case .plainLastInRound: ("%1 er sist i runden.", "%1 is last in the round.")
        case .plainPassed: ("%1 står over.", "%1 passes.")
        case .plainRoundDone: ("Runden er ferdig.", "The round is over.")
        case .plainNearlyTime: ("Snart slutt.", "Nearly time.")
        case .plainOvertime: ("Over tiden.", "Over time.")
        case .plainHeld: ("Tiden står.", "Timer on hold.")
        case .plainResumed: ("Tiden går igjen.", "Timer running again.")
        case .plainTurnLength: ("Turen er nå %1.", "The turn is now %1.")
        case .plainFloorFree: ("Ordet er fritt.", "The floor is open.")
        case .plainOpenFloorStart:
            (
                "Ordet er fritt: pil opp og ned velger hvem som får ordet, Enter gir ordet.",
                "Open floor: Up and Down choose who takes the floor, Enter gives it."
            )
        case .plainRoundMode: ("Samtale etter tur.", "Sharing in turn.")
        case .plainFloorPick: ("%1. Enter gir ordet.", "%1. Enter gives the floor.")
        case .plainFloorPickCurrent:
            ("%1 har ordet. Enter avslutter turen.", "%1 has the floor. Enter ends the turn.")
        case .plainFloorPickSpoken:
            ("%1, har hatt ordet. Enter gir ordet.", "%1, has spoken. Enter gives the floor.")
        case .plainLateArrived: ("%1 er kommet.", "%1 has arrived.")
        case .plainPhaseContinues: ("%1 fortsetter.", "%1 continues.")
        case .plainNextPhaseMoved: ("Neste fase: %1.", "Next phase: %1.")
        case .plainPauseStart:
            ("Pause: %1. Enter avslutter pausen.", "Pause: %1. Enter ends the pause.")
        case .plainPauseLength: ("Pausen er nå %1.", "The pause is now %1.")
        case .plainPauseOver:
            (
                "Pausen er over. Enter når alle er tilbake.",
                "The pause is over. Enter when everyone is back."
            )
        case .plainPauseSuggested:
            ("Tid for pause. Trykk p når det passer.", "Time for the pause. Press p when it suits.")
        case .plainNextMeetingStart:
            ("Neste møte: møteleder, tema og dato.", "Next meeting: leader, theme and date.")
        case .plainNextLeader: ("Neste møteleder: %1.", "Next to lead: %1.")
        case .plainNextLeaderNobody:
            ("Neste møteleder: ingen valgt.", "Next to lead: nobody chosen.")
        case .plainNextLeaderHint:
            (
                "Pil opp og ned velger en annen, s hopper over, Enter godtar.",
                "Up and Down choose someone else, s skips, Enter accepts."
            )
        case .plainThemeStart:
            (
                "Tema til neste gang: skriv det og trykk Enter, tomt er lov. Ikke skriv navn.",
                "Theme for next time: type it and press Enter; empty is allowed. Do not write names."
            )
        case .plainThemePreview: ("Lagres som: %1", "Will be saved as: %1")
        case .plainThemeSaved: ("Tema til neste gang: %1.", "Theme for next time: %1.")
        case .plainThemeEmpty: ("Tema til neste gang: ingen.", "Theme for next time: none.")
        case .plainThemeCleared: ("Temafeltet er tømt.", "The theme field is cleared.")
        case .plainThemeProposed: ("Forslag tatt vare på: %1.", "Proposal kept for later: %1.")
        case .plainThemeSuggestion: ("Tidligere forslag: %1.", "Earlier proposal: %1.")
        case .plainThemeProposals:
            (
                "Tidligere forslag finnes: pil opp og ned henter dem, Tab tar vare på et nytt.",
                "There are earlier proposals: Up and Down bring them, Tab keeps a new one."
            )
        case .plainDate: ("Neste møte: %1.", "Next meeting: %1.")
        case .plainDateHint:
            (
                "Pil opp og ned én dag, Page Up og Page Down én uke, Enter godtar.",
                "Up and Down one day, Page Up and Page Down one week, Enter accepts."
            )
        case .plainFollowUp: ("Oppfølging: %1.", "Follow-up: %1.")
        case .plainSummary: ("Møtet er ferdig.", "The meeting is over.")
        case .plainSummaryDuration: ("Varighet: %1, planlagt %2.", "Duration: %1, planned %2.")
        case .plainSummaryLeader: ("Neste møteleder: %1.", "Next to lead: %1.")
        case .plainSummaryTheme: ("Tema til neste gang: %1.", "Theme for next time: %1.")
        case .plainSummaryDate: ("Neste møte: %1.", "Next meeting: %1.")
        case .plainLogWritten:
            ("Anonym logg lagret i gruppas mappe.", "Anonymous log saved in the group's folder.")
        case .plainLogPending: ("Loggen er ikke lagret ennå: %1", "The log is not saved yet: %1")
        case .plainLeaveHint: ("Enter avslutter Runde.", "Enter leaves Runde.")
        case .plainHandover:
            (
                "Neste møteleder er en annen: gruppa kan gis videre med runde handover export.",
                "Someone else leads next: hand the group over with runde handover export."
            )
        case .plainStatusPhase: ("Fase: %1.", "Phase: %1.")
        case .plainStatusTurnOf: ("Fase: %1, tur %2 av %3.", "Phase: %1, turn %2 of %3.")
        case .plainStatusLeft: ("%1 har ordet: %2 igjen av %3.", "%1 has the floor: %2 left of %3.")
        case .plainStatusOver: ("%1 har ordet: %2 over tiden.", "%1 has the floor: %2 over time.")
        case .plainStatusHeld:
            ("%1 har ordet, tiden står: %2 igjen.", "%1 has the floor, timer on hold: %2 left.")
        case .plainStatusFloorFree: ("Ingen har ordet.", "Nobody has the floor.")
        case .plainStatusPauseLeft: ("%1 igjen av pausen.", "%1 of the pause left.")
        case .plainStatusPauseOver: ("Pausen var over for %1 siden.", "The pause ended %1 ago.")
        case .plainStatusClock: ("Møtetid %1, %2.", "Meeting time %1, %2.")
        case .plainOnTime: ("i rute", "on time")
        // The screen's words (før skjema, på etterskudd), with the length in words.
        case .plainAhead: ("%1 før skjema", "%1 ahead of plan")
        case .plainBehind: ("%1 på etterskudd", "%1 behind plan")
        case .plainHelpTitle: ("Hjelp for %1. Taster her:", "Help for %1. Keys here:")
        case .plainHelpKey: ("%1: %2.", "%1: %2.")
        case .plainHelpStatus:
            (
                "Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka",
                "Say where the meeting stands: the phase, who has the floor, the time left and the meeting clock"
            )
        case .plainHelpClose: ("Esc lukker hjelpen.", "Esc closes help.")
        case .plainHelpClosed: ("Hjelpen er lukket.", "Help closed.")
        case .plainQuitTitle:
            (
                "Avslutte Runde? Møtet er ikke ferdig, og kan gjenopptas neste gang.",
                "Quit Runde? The meeting is not finished, and can be resumed next time."
            )
        case .plainQuitKeys:
            ("j avslutter, Esc fortsetter møtet.", "y quits, Esc goes back to the meeting.")
        case .plainQuitCancelled: ("Møtet fortsetter.", "The meeting goes on.")
        case .plainLateTitle:
            (
                "Kom for sent eller gjest: pil opp og ned velger, Enter legger til, Esc avbryter.",
                "Arrived late or a guest: Up and Down choose, Enter adds, Esc cancels."
            )
        case .plainLateCandidate: ("%1, %2.", "%1, %2.")
        case .plainLateGuestChoice: ("Ny gjest.", "A new guest.")
        case .plainLateGuestPrompt:
            (
                "Gjest: skriv navnet og trykk Enter. Navnet lagres aldri.",
                "Guest: type the name and press Enter. The name is never stored."
            )
        case .plainLateCancelled: ("Avbrutt.", "Cancelled.")
        case .plainEnterHint: ("Enter: %1.", "Enter: %1.")
        case .plainNothingHere:
            (
                "%1 gjør ingenting her. Spørsmålstegn gir hjelp.",
                "%1 does nothing here. Question mark gives help."
            )
        case .plainNotice: ("Advarsel: %1", "Warning: %1")
        case .plainDialogClosed: ("Tilbake til møtet.", "Back to the meeting.")
        case .plainChoice: ("%1, %2 av %3.", "%1, %2 of %3.")
        case .plainChoiceHint:
            (
                "Pil opp og ned velger, Enter bekrefter, Esc går tilbake.",
                "Up and Down choose, Enter confirms, Esc goes back."
            )
        case .plainChoiceHintTop:
            ("Pil opp og ned velger, Enter bekrefter.", "Up and Down choose, Enter confirms.")
        case .plainField: ("%1: skriv og trykk Enter.", "%1: type and press Enter.")
        case .plainError: ("Feil: %1", "Problem: %1")
        case .plainHistoryTitle: ("Historikk: %1.", "History: %1.")
        case .plainHistoryEmpty: ("Historikk: ingen møter ennå.", "History: no meetings yet.")
        case .plainHistoryHint:
            (
                "Pil opp og ned blar, Enter viser detaljer, t trender, skråstrek filter, d sletter, q avslutter.",
                "Up and Down browse, Enter shows details, t trends, slash filters, d deletes, q quits."
            )
        case .plainHistoryRow:
            ("Møte %1, %2: %3 av %4 til stede, %5.", "Meeting %1, %2: %3 of %4 present, %5.")
        case .plainHistoryRowUnfinished:
            (
                "Møte %1, %2: uferdig, %3 av %4 til stede, %5.",
                "Meeting %1, %2: unfinished, %3 of %4 present, %5."
            )
        case .plainHistoryDetailTitle: ("Møte %1, %2.", "Meeting %1, %2.")
        case .plainHistoryDuration: ("Varighet: %1, planlagt %2.", "Duration: %1, planned %2.")
        case .plainHistoryAttendance:
            (
                "Oppmøte: %1 av %2, %3 meldt fravær, %4 fravær, %5 kom senere, %6 gjester.",
                "Attendance: %1 of %2, %3 absent with notice, %4 absent, %5 arrived late, %6 guests."
            )
        case .plainHistoryPause: ("Pause ved minutt %1, %2.", "Pause at minute %1, %2.")
        case .plainHistoryNoPause: ("Ingen pause.", "No pause.")
        case .plainHistoryPhase: ("%1: %2, planlagt %3.", "%1: %2, planned %3.")
        case .plainHistoryPhaseTurns:
            ("%1: %2, planlagt %3, %4 turer.", "%1: %2, planned %3, %4 turns.")
        case .plainHistoryPhasePasses:
            (
                "%1: %2, planlagt %3, %4 turer, %5 stod over.",
                "%1: %2, planned %3, %4 turns, %5 passed."
            )
        case .plainHistorySpeaking:
            (
                "Taletid: lengst %1, kortest %2, jevnhet %3 (0 er helt jevnt).",
                "Speaking time: longest %1, shortest %2, balance %3 (0 is even)."
            )
        case .plainHistoryTheme: ("Tema til neste gang: %1.", "Theme for next time: %1.")
        case .plainHistoryDetailHint:
            (
                "Pil opp og ned: forrige og neste møte, Esc tilbake til listen.",
                "Up and Down: previous and next meeting, Esc back to the list."
            )
        case .plainHistoryTrendsTitle: ("Trender over %1 møter.", "Trends over %1 meetings.")
        case .plainHistoryTrendsAttendance:
            ("Oppmøte i snitt: %1 prosent.", "Average attendance: %1 percent.")
        case .plainHistoryTrendsOnTime:
            ("Ferdig i tide: %1 av %2 møter.", "Finished on time: %1 of %2 meetings.")
        case .plainHistoryTrendsPause:
            ("Pause tatt: %1 av %2 møter.", "Pause taken: %1 of %2 meetings.")
        case .plainHistoryTrendsBalance:
            (
                "Jevnhet i taletid i snitt: %1 (0 er helt jevnt).",
                "Average balance of speaking time: %1 (0 is even)."
            )
        case .plainHistoryTrendsOverrun: ("Overtid i snitt: %1.", "Average overrun: %1.")
        case .plainHistoryTrendsHint: ("Esc tilbake til listen.", "Esc back to the list.")
        case .plainHistoryDelete:
            (
                "Slette møte %1? Det kan ikke angres. y sletter, en annen tast avbryter.",
                "Delete meeting %1? This cannot be undone. y deletes, any other key cancels."
            )
        case .plainHistoryFilter:
            (
                "Filter: skriv dato eller tema, Enter bruker, Esc fjerner.",
                "Filter: type a date or theme, Enter applies, Esc clears."
            )
        case .plainHistoryFilterDone: ("Filter %1: %2.", "Filter %1: %2.")
        case .plainHistoryNoMatch: ("Ingen møter passer filteret.", "No meetings match the filter.")
        // Keys drawn as arrows, as plain mode says them (beside `plainKeyArrows`).
        case .plainKeyDown: ("Pil ned", "Down arrow")
        case .plainKeyUp: ("Pil opp", "Up arrow")
        case .plainKeyLeftRight: ("Pil venstre og høyre", "Left and right arrows")
        case .plainKeyAllArrows: ("Piltastene", "The arrow keys")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: PlainText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: PlainText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
