/// The history browser and `history` output: meetings, details, trends, and their keys.
public enum HistoryText: String, CaseIterable, CatalogKey {
    case histMeetings
    case histMeeting
    case histID
    case histDate
    case histNumber
    case histPresent
    case histNotifiedAbsent
    case histAbsent
    case histLate
    case histGuests
    case histDuration
    case histPlan
    case histOverrun
    case histPause
    case histBalance
    case histCompleted
    case histRecovered
    case histTheme
    case histNextTheme
    case histNextDate
    case histYes
    case histNo
    case histTrends
    case histAttendance
    case histOnTime
    case histPhases
    case histPlanned
    case histActual
    case histTurns
    case histPasses
    case histMedian
    case histLongest
    case histOverruns
    case histSpeakingTime
    case histNoLogs
    case histBalanceNote
    case histNotTaken
    case histUnfinished
    case histMeetingTitle
    case histMeetingDateTitle
    case histMarkdownTitle
    case histMarkdownCount
    case histPresentOf
    case histDurationValue
    case histPauseAt
    case histStatusRecovered
    case histBalanceValue
    case histPercent
    case histTrendAttendance
    case histTrendOnTime
    case histTrendOnTimeOver
    case histTrendBalance
    case histTrendBalanceHalves
    case histTrendPause
    case histProseHoursMinutes
    case histProseMinutes
    case histProseSeconds
    case histTitleMeetings
    case histTitleTrends
    case histColTimePlan
    case histFilter
    case histFilterEditing
    case histFilterShown
    case histNoMatch
    case histTooSmall
    case histTooSmallDetail
    case histDeleted
    case histUnfinishedShort
    case histTurns1
    case histTurnsN
    case histPasses1
    case histPassesN
    case histTurnsAndPasses
    case histConfirmDelete
    case histSkipped1
    case histSkippedN
    case histLastN
    case histAllN
    case histDetailAttendance
    case histDetailTime
    case histDetailTheme
    case histDetailNextTheme
    case histDetailNextThemeDate
    case histTrendCaptionAttendance
    case histTrendCaptionOverrun
    case histTrendCaptionBalance
    case histKeySelect
    case histKeyDetails
    case histKeyFilter
    case histKeyTrends
    case histKeyDelete
    case histKeyQuit
    case histKeyPrevNext
    case histKeyBack
    case histKeyApply
    case histKeyClearFilter
    case histKeyScroll
    case histKeyHelp
    case histBadLogID
    case histNoLog
    case histCannotDeleteLog
    case histMarkdownCount1
    case histPresentOf1
    case histTrendAttendance1
    case histTrendOnTime1
    case histTrendOnTimeOver1
    case histTrendOnTimeOverOther
    case histTrendPause1
    case histAll1
    case histPlainAttendance1Guest
    case histPlainTrendsTitle1
    case histPlainTrendsOnTime1
    case histPlainTrendsPause1
    case histPlainPhaseTurns1
    case histPlainPhasePasses1
    case historyHelpTitle
    case histHelpMove
    case histHelpOpen
    case histHelpFilter
    case histHelpClearFilter
    case histHelpDelete
    case histHelpTrends
    case histHelpBack
    case histHelpOther
    case histHelpQuit
    case histHelpHelp
    case histHelpScroll
    case historyDetailTimeNoPause

    public var texts: (nb: String, en: String) {
        switch self {
        case .histMeetings: ("Møter", "Meetings")
        case .histMeeting: ("Møte", "Meeting")
        case .histID: ("ID", "ID")
        case .histDate: ("Dato", "Date")
        case .histNumber: ("Nr.", "No.")
        case .histPresent: ("Til stede", "Present")
        case .histNotifiedAbsent: ("Meldt fravær", "Absent with notice")
        case .histAbsent: ("Fravær", "Absent")
        case .histLate: ("Kom senere", "Arrived late")
        case .histGuests: ("Gjester", "Guests")
        case .histDuration: ("Varighet", "Duration")
        case .histPlan: ("Plan", "Plan")
        case .histOverrun: ("Over tid", "Overrun")
        case .histPause: ("Pause", "Pause")
        case .histBalance: ("Balanse", "Balance")
        case .histCompleted: ("Fullført", "Completed")
        case .histRecovered: ("Gjenopprettet", "Recovered")
        case .histTheme: ("Tema", "Theme")
        case .histNextTheme: ("Tema til neste gang", "Theme for next time")
        case .histNextDate: ("Neste møte", "Next meeting")
        case .histYes: ("ja", "yes")
        case .histNo: ("nei", "no")
        case .histTrends: ("Trender", "Trends")
        case .histAttendance: ("Oppmøte", "Attendance")
        case .histOnTime: ("På tid", "On time")
        case .histPhases: ("Faser", "Phases")
        case .histPlanned: ("Planlagt", "Planned")
        case .histActual: ("Faktisk", "Actual")
        case .histTurns: ("Turer", "Turns")
        case .histPasses: ("Stå over", "Passes")
        case .histMedian: ("Median", "Median")
        case .histLongest: ("Lengste", "Longest")
        case .histOverruns: ("Over tid", "Overruns")
        case .histSpeakingTime: ("Taletid (anonym, sortert)", "Speaking time (anonymous, sorted)")
        case .histNoLogs: ("Ingen møter er logget ennå.", "No meetings logged yet.")
        case .histBalanceNote:
            (
                "0 = alle snakket like lenge, 1 = én snakket hele tiden",
                "0 = everyone spoke equally long, 1 = one person spoke all the time"
            )
        case .histNotTaken: ("ikke tatt", "not taken")
        case .histUnfinished: ("ikke fullført", "not completed")
        case .histMeetingTitle: ("Møte %1  (%2)", "Meeting %1  (%2)")
        case .histMeetingDateTitle: ("Møte %1 · %2", "Meeting %1 · %2")
        case .histMarkdownTitle: ("Runde: møter", "Runde: meetings")
        case .histMarkdownCount: ("%1 møter, %2 – %3.", "%1 meetings, %2 – %3.")
        case .histPresentOf: ("%1 av %2 medlemmer", "%1 of %2 members")
        case .histDurationValue: ("%1 (plan %2, %3)", "%1 (plan %2, %3)")
        case .histPauseAt: ("%1 ved minutt %2", "%1 at minute %2")
        case .histStatusRecovered: ("%1 (gjenopprettet)", "%1 (recovered)")
        case .histBalanceValue:
            (
                "%1  (0 = alle snakket like lenge, 1 = én snakket hele tiden)",
                "%1  (0 = everyone spoke equally long, 1 = one person spoke all the time)"
            )
        case .histPercent: ("%1 %", "%1%")
        case .histTrendAttendance:
            (
                "Oppmøte: i snitt %1 (%2 av %3); siste %4 møter %5.",
                "Attendance: %1 on average (%2 of %3); last %4 meetings %5."
            )
        case .histTrendOnTime:
            (
                "På tid: %1 av %2 møter sluttet innen planen.",
                "On time: %1 of %2 meetings ended within the plan."
            )
        case .histTrendOnTimeOver:
            (
                "På tid: %1 av %2 møter sluttet innen planen; de andre gikk i snitt %3 over.",
                "On time: %1 of %2 meetings ended within the plan; the others ran %3 over on average."
            )
        case .histTrendBalance:
            (
                "Balanse i taletid (0 = alle snakket like lenge, 1 = én snakket hele tiden): i snitt %1.",
                "Balance of speaking time (0 = everyone spoke equally long, 1 = one person spoke all the time): %1 on average."
            )
        case .histTrendBalanceHalves:
            (
                "Balanse i taletid (0 = alle snakket like lenge, 1 = én snakket hele tiden): i snitt %1; første halvdel %2, siste halvdel %3.",
                "Balance of speaking time (0 = everyone spoke equally long, 1 = one person spoke all the time): %1 on average; first half %2, second half %3."
            )
        case .histTrendPause:
            ("Pause: tatt i %1 av %2 møter.", "Pause: taken in %1 of %2 meetings.")
        case .histProseHoursMinutes: ("%1 t %2 min", "%1 h %2 min")
        case .histProseMinutes: ("%1 min", "%1 min")
        case .histProseSeconds: ("%1 sek", "%1 s")
        case .histTitleMeetings: ("Runde · Møter", "Runde · Meetings")
        case .histTitleTrends: ("Runde · Trender", "Runde · Trends")
        case .histColTimePlan: ("Tid / plan", "Time / plan")
        case .histFilter: ("Filter", "Filter")
        case .histFilterEditing: ("Filter (dato eller tema): %1▏", "Filter (date or theme): %1▏")
        case .histFilterShown: ("Filter: %1", "Filter: %1")
        case .histNoMatch: ("Ingen møter passer filteret.", "No meetings match the filter.")
        case .histTooSmall: ("Gjør vinduet større", "Make the window larger")
        case .histTooSmallDetail: ("minst 60 × 16 tegn", "at least 60 × 16 characters")
        case .histDeleted: ("Slettet %1", "Deleted %1")
        case .histUnfinishedShort: ("(uferdig) %1", "(unfinished) %1")
        case .histTurns1: ("1 tur", "1 turn")
        case .histTurnsN: ("%1 turer", "%1 turns")
        case .histPasses1: ("1 stå over", "1 pass")
        case .histPassesN: ("%1 stå over", "%1 passes")
        case .histTurnsAndPasses: ("%1, %2", "%1, %2")
        case .histConfirmDelete:
            (
                "Slette %1? Dette kan ikke angres.  j = slett, annen tast = avbryt",
                "Delete %1? This cannot be undone.  y = delete, any other key = cancel"
            )
        case .histSkipped1: ("1 fil hoppet over (%1)", "1 file skipped (%1)")
        case .histSkippedN: ("%1 filer hoppet over (%2 …)", "%1 files skipped (%2 …)")
        case .histLastN: ("siste %1 av %2 møter", "last %1 of %2 meetings")
        case .histAllN: ("%1 møter", "%1 meetings")
        case .histDetailAttendance:
            (
                "Til stede %1/%2 · meldt fravær %3 · fravær %4 · kom senere %5 · gjester %6",
                "Present %1/%2 · absent with notice %3 · absent %4 · arrived late %5 · guests %6"
            )
        case .histDetailTime:
            (
                "Varighet %1 (plan %2, %3) · pause %4 · balanse %5",
                "Duration %1 (plan %2, %3) · pause %4 · balance %5"
            )
        case .histDetailTheme: ("Tema: %1", "Theme: %1")
        case .histDetailNextTheme: ("Tema til neste gang: %1", "Theme for next time: %1")
        case .histDetailNextThemeDate:
            ("Tema til neste gang: %1 · neste møte %2", "Theme for next time: %1 · next meeting %2")
        case .histTrendCaptionAttendance: ("%1 · min %2 · maks %3", "%1 · min %2 · max %3")
        case .histTrendCaptionOverrun:
            ("på tid: %1 av %2 · mest over tid %3", "on time: %1 of %2 · longest overrun %3")
        case .histTrendCaptionBalance:
            ("%1 · 0 = jevnt, 1 = én snakket alene", "%1 · 0 = even, 1 = one person spoke alone")
        case .histKeySelect: ("velg", "select")
        case .histKeyDetails: ("detaljer", "details")
        case .histKeyFilter: ("filter", "filter")
        case .histKeyTrends: ("trender", "trends")
        case .histKeyDelete: ("slett", "delete")
        case .histKeyQuit: ("avslutt", "quit")
        case .histKeyPrevNext: ("forrige/neste", "previous/next")
        case .histKeyBack: ("tilbake", "back")
        case .histKeyApply: ("bruk", "apply")
        case .histKeyClearFilter: ("fjern filter", "clear filter")
        case .histKeyScroll: ("mer", "more")
        case .histKeyHelp: ("hjelp", "help")
        case .histBadLogID:
            (
                "«%1» er ikke et møtenummer eller en logg-id (som 2026-11-21-007)",
                "“%1” is not a meeting number or a log id (like 2026-11-21-007)"
            )
        case .histNoLog:
            ("ingen logg «%1»; se: runde history list", "no log “%1”; see: runde history list")
        case .histCannotDeleteLog: ("kunne ikke slette %1.json: %2", "could not delete %1.json: %2")
        case .histMarkdownCount1: ("1 møte, %1.", "1 meeting, %1.")
        case .histPresentOf1: ("%1 av 1 medlem", "%1 of 1 member")
        case .histTrendAttendance1:
            (
                "Oppmøte: i snitt %1 (%2 av %3); siste møte %4.",
                "Attendance: %1 on average (%2 of %3); last meeting %4."
            )
        case .histTrendOnTime1:
            (
                "På tid: %1 av 1 møte sluttet innen planen.",
                "On time: %1 of 1 meeting ended within the plan."
            )
        case .histTrendOnTimeOver1:
            (
                "På tid: møtet sluttet ikke innen planen; det gikk %1 over.",
                "On time: the meeting did not end within the plan; it ran %1 over."
            )
        case .histTrendOnTimeOverOther:
            (
                "På tid: %1 av %2 møter sluttet innen planen; det andre gikk %3 over.",
                "On time: %1 of %2 meetings ended within the plan; the other one ran %3 over."
            )
        case .histTrendPause1: ("Pause: tatt i %1 av 1 møte.", "Pause: taken in %1 of 1 meeting.")
        case .histAll1: ("1 møte", "1 meeting")
        case .histPlainAttendance1Guest:
            (
                "Oppmøte: %1 av %2, %3 meldt fravær, %4 fravær, %5 kom senere, 1 gjest.",
                "Attendance: %1 of %2, %3 absent with notice, %4 absent, %5 arrived late, 1 guest."
            )
        case .histPlainTrendsTitle1: ("Trender over 1 møte.", "Trends over 1 meeting.")
        case .histPlainTrendsOnTime1:
            ("Ferdig i tide: %1 av 1 møte.", "Finished on time: %1 of 1 meeting.")
        case .histPlainTrendsPause1: ("Pause tatt: %1 av 1 møte.", "Pause taken: %1 of 1 meeting.")
        case .histPlainPhaseTurns1: ("%1: %2, planlagt %3, 1 tur.", "%1: %2, planned %3, 1 turn.")
        case .histPlainPhasePasses1:
            ("%1: %2, planlagt %3, 1 tur (stod over).", "%1: %2, planned %3, 1 turn (passed).")
        case .historyHelpTitle: ("Hjelp – historikk", "Help – history")
        case .histHelpMove:
            (
                "velg et møte (PgUp/PgDn, Home/End)",
                "choose a meeting (PgUp/PgDn, Home/End)"
            )
        case .histHelpOpen: ("vis møtet", "show the meeting")
        case .histHelpFilter:
            ("filtrer på dato, id eller tema", "filter by date, id or theme")
        case .histHelpClearFilter: ("fjern filteret", "clear the filter")
        case .histHelpDelete:
            ("slett loggen (spør først)", "delete the log (asks first)")
        case .histHelpTrends: ("utvikling over tid", "trends over time")
        case .histHelpBack: ("tilbake til lista", "back to the list")
        case .histHelpOther: ("forrige eller neste møte", "previous or next meeting")
        case .histHelpQuit: ("avslutt", "quit")
        case .histHelpHelp: ("denne hjelpen", "this help")
        case .histHelpScroll:
            (
                "bla når møtet ikke får plass",
                "scroll when the meeting does not fit"
            )
        // A meeting whose plan had no pause: its facts say nothing of a pause.
        case .historyDetailTimeNoPause:
            ("Varighet %1 (plan %2, %3) · balanse %4", "Duration %1 (plan %2, %3) · balance %4")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: HistoryText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: HistoryText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }

    /// A number with `places` decimals written with the language's decimal mark ("0,22" in nb).
    /// `fixed` is the number already written with a point, as the exports compute it.
    public func decimalMark(_ fixed: String) -> String {
        lang == .en ? fixed : String(fixed.map { $0 == "." ? "," : $0 })
    }
}
