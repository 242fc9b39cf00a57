/// The group screen: members, settings, the rules editor, and what each change means.
public enum GroupScreenText: String, CaseIterable, CatalogKey {
    case groupTitle
    case groupMembers
    case groupLeadsNext
    case groupLeaving
    case groupNewMember
    case groupAddPrompt
    case groupSettings
    case groupTurn
    case groupRhythm
    case groupStarter
    case screenStartRow
    case screenAddRow
    case screenRulesHeader
    case screenRulesEmpty
    case screenMoreAbove
    case screenMoreBelow
    case screenLabelMeeting
    case screenLabelPause
    case screenLabelPauseAt
    case screenLabelTurn
    case screenLabelClosingTurn
    case screenLabelEarlyDays
    case screenLabelEarlyMeetings
    case screenLabelLaterDays
    case screenLabelHorizon
    case screenLabelEvaluation
    case screenLabelStarter
    case screenMinutes
    case screenMinutesSeconds
    case screenSeconds
    case screenDays
    case screenMeetings
    case screenNone
    case screenNoPause
    case screenEveryNth
    case screenMeanMeeting
    case screenMeanPause
    case screenMeanNoPause
    case screenMeanPauseAt
    case screenMeanClosingTurn
    case screenMeanStartRow
    case screenMeanAddRow
    case screenMeanMember
    case screenMeanRules
    case screenMeanRulesChanged
    case screenRangeMinutes
    case screenRangeTime
    case screenRangeDays
    case screenRangeMeetings
    case screenRangeOptional
    case screenRefused
    case screenRefusedMember
    case screenAtLowest
    case screenAtHighest
    case screenNotANumber
    case screenNotATime
    case screenPauseMoved
    case screenSaved
    case screenUndone
    case screenNothingToUndo
    case screenRulesSaved
    case screenRulesUnchanged
    case screenRulesDiscarded
    case screenTypingDiscarded
    case screenUnfinished
    case screenUnfinishedUnnumbered
    case screenTypeNumber
    case screenTypeTime
    case screenTypeOptional
    case screenFooterUse
    case screenFooterStart
    case screenFooterMoveMember
    case screenFooterAddRow
    case screenFooterType
    case screenFooterRules
    case screenFooterAdd
    case screenRulesTitle
    case screenRulesNote
    case screenFooterRulesDone
    case screenFooterDiscard
    case screenFooterCancel
    case screenFooterNewLine
    case screenFooterSave
    case screenFooterWriteOn
    case screenFooterChange
    case screenFooterLeaving
    case screenFooterChoose
    case screenDiscardLetter
    case screenAskTitle
    case screenAskBody
    case screenAskSave
    case screenAskDiscard
    case screenAskBack
    case screenHelpMove
    case screenHelpEnter
    case screenHelpChange
    case screenHelpMoveMember
    case screenHelpAdd
    case screenHelpLeaving
    case screenHelpUndo
    case screenHelpEsc
    case screenHelpQuit
    case screenHelpRulesTitle
    case screenHelpRules
    case screenPlainIntro
    case screenPlainRulesNow
    case screenPlainRulesTyping
    case screenEvaluationAt
    case screenNoEvaluation
    case screenMeanEvaluationEvery
    case screenMeanOnlyAtEvaluation
    case screenStarterFirst
    case screenStarterNotAgreed
    case screenMeanNoStarter

    public var texts: (nb: String, en: String) {
        switch self {
        case .groupTitle: ("Gruppa «%1»", "The group “%1”")
        case .groupMembers:
            (
                "Medlemmer, i rekkefølgen de leder møtene:",
                "Members, in the order they lead the meetings:"
            )
        case .groupLeadsNext: ("leder neste møte", "leads the next meeting")
        case .groupLeaving:
            (
                "slutter: avskjedsrunde på neste møte",
                "leaving: a farewell round at the next meeting"
            )
        case .groupNewMember:
            (
                "ny: møter gruppas egne rammer på neste møte",
                "new: meets the group's own rules at the next meeting"
            )
        case .groupAddPrompt:
            (
                "Nytt medlem (fornavn, kallenavn eller initialer):",
                "New member (first name, nickname or initials):"
            )
        case .groupSettings: ("Innstillinger:", "Settings:")
        case .groupTurn:
            (
                "En tur i runden er om lag %1 når ikke noe annet er planlagt.",
                "A turn in a round is about %1 when nothing else is planned."
            )
        case .groupRhythm:
            (
                "Neste møte foreslås %1 dager senere de %2 første møtene, så hver %3. dag.",
                "The next meeting is proposed %1 days later for the first %2 meetings, then every %3 days."
            )
        case .groupStarter:
            (
                "Igangsetteren er med på de %1 første møtene.",
                "The starter takes part in the first %1 meetings."
            )
        case .screenStartRow: ("Start møtet nå", "Start the meeting now")
        case .screenAddRow: ("+ Legg til et medlem", "+ Add a member")
        case .screenRulesHeader: ("Rammene (gruppas egne regler):", "Our rules (the group's own):")
        case .screenRulesEmpty: ("(ingen rammer skrevet ennå)", "(no rules written yet)")
        case .screenMoreAbove: ("▲ mer over", "▲ more above")
        case .screenMoreBelow: ("▼ mer under (↓)", "▼ more below (↓)")

        case .screenLabelMeeting: ("Møtelengde", "Meeting length")
        case .screenLabelPause: ("Pause", "Pause")
        case .screenLabelPauseAt: ("Pausen kommer etter", "The pause comes after")
        case .screenLabelTurn: ("En tur i en runde", "A turn in a round")
        case .screenLabelClosingTurn: ("En tur i avslutningsrunden", "A turn in the closing round")
        case .screenLabelEarlyDays:
            ("Dager mellom møtene i starten", "Days between meetings at first")
        case .screenLabelEarlyMeetings: ("Møter i starten", "Meetings at the start")
        case .screenLabelLaterDays: ("Dager mellom møtene etterpå", "Days between meetings after")
        case .screenLabelHorizon: ("Evalueringsmøte", "Evaluation meeting")
        case .screenLabelEvaluation: ("Evaluering underveis", "Evaluation along the way")
        case .screenLabelStarter: ("Igangsetterens møter", "The starter's meetings")

        case .screenMinutes: ("%1 min", "%1 min")
        case .screenMinutesSeconds: ("%1 min %2 s", "%1 min %2 s")
        case .screenSeconds: ("%1 s", "%1 s")
        case .screenDays: ("%1 dager", "%1 days")
        case .screenMeetings: ("%1 møter", "%1 meetings")
        case .screenNone: ("ingen", "none")
        case .screenNoPause: ("ingen pause", "no pause")
        case .screenEveryNth: ("hvert %1. møte", "every %1 meetings")

        case .screenMeanMeeting:
            (
                "Møtet varer %1 minutter, fra oppmøte til avslutning.",
                "The meeting lasts %1 minutes, from check-in to closing."
            )
        case .screenMeanPause: ("Pausen varer %1 minutter.", "The pause lasts %1 minutes.")
        case .screenMeanNoPause: ("Møtet har ingen pause.", "The meeting has no pause.")
        case .screenMeanPauseAt:
            (
                "Pausen foreslås %1 minutter etter at møtet har begynt.",
                "The pause is suggested %1 minutes after the meeting begins."
            )
        case .screenMeanClosingTurn:
            (
                "En tur i avslutningsrunden (noe rosende) er om lag %1.",
                "A turn in the closing round (appreciation) is about %1."
            )
        case .screenMeanStartRow:
            (
                "Enter starter møtet nå. Du kan også starte det senere: q avslutter.",
                "Enter starts the meeting now. You can also start it later: q quits."
            )
        case .screenMeanAddRow:
            (
                "Enter for å skrive inn et nytt medlem. Gruppa starter da på nytt på neste møte.",
                "Enter to type a new member. The group then starts afresh at the next meeting."
            )
        case .screenMeanMember:
            (
                "+/- flytter i rekkefølgen. l merker at medlemmet slutter (avskjedsrunde på neste møte).",
                "+/- moves in the order. l marks the member as leaving (a farewell round at the next meeting)."
            )
        case .screenMeanRules:
            (
                "Rammene vises på møtene. Enter for å skrive dem om.",
                "The rules are shown at the meetings. Enter to rewrite them."
            )
        case .screenMeanRulesChanged:
            (
                "Rammene vises på møtene; sist endret %1. Enter for å skrive dem om.",
                "The rules are shown at the meetings; last changed %1. Enter to rewrite them."
            )

        case .screenRangeMinutes: ("Fra %1 til %2 minutter.", "From %1 to %2 minutes.")
        case .screenRangeTime: ("Fra %1 til %2.", "From %1 to %2.")
        case .screenRangeDays: ("Fra %1 til %2 dager.", "From %1 to %2 days.")
        case .screenRangeMeetings: ("Fra %1 til %2 møter.", "From %1 to %2 meetings.")
        case .screenRangeOptional:
            ("Fra %1 til %2 møter, eller 0 for ingen.", "From %1 to %2 meetings, or 0 for none.")

        case .screenRefused: ("Ikke endret. %1", "Not changed. %1")
        case .screenRefusedMember: ("Ikke lagt til: %1.", "Not added: %1.")
        case .screenAtLowest: ("Ikke endret: lavere går ikke.", "Not changed: it cannot go lower.")
        case .screenAtHighest:
            ("Ikke endret: høyere går ikke.", "Not changed: it cannot go higher.")
        case .screenNotANumber:
            ("Ikke endret. Skriv et helt tall. %1", "Not changed. Type a whole number. %1")
        case .screenNotATime:
            (
                "Ikke endret. Skriv minutter, eller minutter:sekunder (2:30). %1",
                "Not changed. Type minutes, or minutes:seconds (2:30). %1"
            )
        case .screenPauseMoved:
            (
                "Pausen er flyttet til etter %1 minutter, så den kommer i møtet.",
                "The pause moved to after %1 minutes, so it comes within the meeting."
            )
        case .screenSaved: ("Lagret. u angrer.", "Saved. u undoes it.")
        case .screenUndone: ("Angret: slik det var før.", "Undone: as it was before.")
        case .screenNothingToUndo: ("Ingenting å angre her.", "Nothing to undo here.")
        case .screenRulesSaved:
            (
                "De nye rammene er lagret med dagens dato. u angrer.",
                "The new rules are saved with today's date. u undoes it."
            )
        case .screenRulesUnchanged: ("Rammene er som før.", "The rules are as before.")
        case .screenRulesDiscarded:
            (
                "Endringene i rammene er kastet. Rammene er som før.",
                "The changes to the rules were thrown away. The rules are as before."
            )
        case .screenTypingDiscarded:
            ("Avbrutt: ingenting er endret.", "Cancelled: nothing changed.")
        case .screenUnfinished:
            (
                "Møte %1 er ikke avsluttet, så gruppa endres ikke nå. Velg «Start møtet nå» og fortsett det, eller lagre det som uferdig; endre gruppa etterpå.",
                "Meeting %1 is not finished, so the group is not changed now. Choose “Start the meeting now” and resume it, or save it as unfinished; change the group after that."
            )
        case .screenUnfinishedUnnumbered:
            (
                "Et møte er ikke avsluttet, så gruppa endres ikke nå. Velg «Start møtet nå» og fortsett det, eller lagre det som uferdig; endre gruppa etterpå.",
                "A meeting is not finished, so the group is not changed now. Choose “Start the meeting now” and resume it, or save it as unfinished; change the group after that."
            )

        case .screenTypeNumber: ("Skriv et tall. %1", "Type a number. %1")
        case .screenTypeTime:
            ("Skriv minutter, eller min:sek (2:30). %1", "Type minutes, or min:sec (2:30). %1")
        case .screenTypeOptional: ("Skriv et tall. %1", "Type a number. %1")
        case .screenFooterUse: ("bruk", "use it")
        case .screenFooterStart: ("start møtet nå", "start the meeting now")
        case .screenFooterMoveMember: ("flytt", "move")
        case .screenFooterAddRow: ("nytt medlem", "add a member")
        case .screenFooterType: ("skriv", "type")
        case .screenFooterRules: ("skriv om rammene", "rewrite the rules")
        case .screenFooterAdd: ("legg til", "add")
        case .screenRulesTitle: ("Rammene for «%1»", "The rules of “%1”")
        case .screenRulesNote:
            (
                "Skriv rammene slik gruppa vil ha dem. Lagres med dato, uten navn.",
                "Write the rules as the group wants them. Saved with the date, no names."
            )
        case .screenFooterRulesDone: ("ferdig (spør om lagring)", "done (asks about saving)")
        case .screenFooterDiscard: ("kast endringene", "discard the changes")
        case .screenFooterCancel: ("avbryt (ingenting endres)", "cancel (nothing changes)")
        case .screenFooterNewLine: ("ny linje", "new line")
        case .screenFooterSave: ("lagre", "save")
        case .screenFooterWriteOn: ("skriv videre", "go on writing")
        case .screenFooterChange: ("endre", "change")
        case .screenFooterLeaving: ("slutter", "leaving")
        case .screenFooterChoose: ("velg", "choose")
        // The letter that discards changed rules, as the footer shows it (k, d and n all work).
        case .screenDiscardLetter: ("k", "d")
        case .screenAskTitle: ("Lagre de nye rammene?", "Save the new rules?")
        case .screenAskBody: ("Du har endret rammene.", "You have changed the rules.")
        case .screenAskSave: ("lagre dem", "save them")
        case .screenAskDiscard:
            (
                "kast endringene (rammene blir som før)",
                "discard the changes (the rules stay as before)"
            )
        case .screenAskBack: ("tilbake til skrivingen", "back to writing")

        case .screenHelpMove: ("velg en linje", "choose a line")
        case .screenHelpEnter:
            (
                "gjør det linjen sier: start møtet, skriv et tall, legg til et medlem, skriv om rammene",
                "do what the line says: start the meeting, type a number, add a member, rewrite the rules"
            )
        case .screenHelpChange:
            ("en innstilling mindre eller mer", "a setting less or more")
        case .screenHelpMoveMember:
            (
                "flytt et medlem opp eller ned i rekkefølgen",
                "move a member up or down in the order"
            )
        case .screenHelpAdd: ("legg til et medlem", "add a member")
        case .screenHelpLeaving:
            (
                "medlemmet slutter (trykk igjen for å angre)",
                "the member is leaving (press again to take it back)"
            )
        case .screenHelpUndo:
            (
                "angre siste endring (alt lagres med en gang)",
                "undo the last change (all is saved at once)"
            )
        case .screenHelpEsc:
            (
                "tilbake: ut av skrivingen uten å endre noe, så ut av skjermen",
                "back: out of typing with nothing changed, then off this screen"
            )
        case .screenHelpQuit:
            (
                "avslutt; møtet kan startes senere",
                "quit; the meeting can start later"
            )
        case .screenHelpRulesTitle: ("I rammene:", "In the rules:")
        case .screenHelpRules:
            (
                "skriv fritt · Enter ny linje · piltaster flytt · Esc spør om du vil lagre eller kaste endringene",
                "type freely · Enter new line · arrows move · Esc asks whether to save or discard the changes"
            )

        case .screenPlainIntro:
            (
                "Gruppeskjermen. Pil opp og ned leser linjene én og én. Spørsmålstegn sier tastene.",
                "The group screen. The up and down arrows read the lines one by one. The question mark says the keys."
            )
        case .screenPlainRulesNow: ("Rammene nå, linje for linje:", "The rules now, line by line:")
        case .screenPlainRulesTyping:
            (
                "Skriv. Enter gir ny linje. Esc når du er ferdig: da spør Runde om du vil lagre.",
                "Type. Enter gives a new line. Esc when you are done: Runde then asks whether to save."
            )
        case .screenEvaluationAt: ("på møte %1", "at meeting %1")
        case .screenNoEvaluation: ("ikke satt opp", "not planned")
        case .screenMeanEvaluationEvery:
            (
                "Gruppa evaluerer også hvert %1. møte, ikke bare på evalueringsmøtet.",
                "The group also evaluates every %1 meetings, not only at the evaluation meeting."
            )
        case .screenMeanOnlyAtEvaluation:
            (
                "Gruppa evaluerer bare på evalueringsmøtet.",
                "The group evaluates only at the evaluation meeting."
            )
        case .screenStarterFirst: ("de %1 første møtene", "the first %1 meetings")
        case .screenStarterNotAgreed: ("ikke avtalt", "not agreed")
        case .screenMeanNoStarter:
            (
                "Det er ikke avtalt hvor mange møter igangsetteren er med på.",
                "It is not agreed how many meetings the starter takes part in."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: GroupScreenText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: GroupScreenText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
