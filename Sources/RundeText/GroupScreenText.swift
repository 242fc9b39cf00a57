/// The texts of the editable group screen: each setting's name, value and meaning in words,
/// its allowed range (the same ranges `group edit` checks), the rules editor and the keys.
public enum GroupScreenText: String, CaseIterable, CatalogKey {
    // The rows of the list.
    case gscrStartRow, gscrAddRow, gscrRulesHeader, gscrRulesEmpty, gscrMoreAbove, gscrMoreBelow
    // Setting names (short, for the list).
    case gscrLabelMeeting, gscrLabelPause, gscrLabelPauseAt, gscrLabelTurn, gscrLabelClosingTurn
    case gscrLabelEarlyDays, gscrLabelEarlyMeetings, gscrLabelLaterDays
    case gscrLabelHorizon, gscrLabelEvaluation, gscrLabelStarter
    // Values.
    case gscrMinutes, gscrMinutesSeconds, gscrSeconds, gscrDays, gscrMeetings, gscrNone, gscrNoPause
    case gscrEveryNth
    // Meanings (a sentence with the value).
    case gscrMeanMeeting, gscrMeanPause, gscrMeanNoPause, gscrMeanPauseAt, gscrMeanClosingTurn
    case gscrMeanStartRow, gscrMeanAddRow, gscrMeanMember, gscrMeanRules, gscrMeanRulesChanged
    // Allowed ranges.
    case gscrRangeMinutes, gscrRangeTime, gscrRangeDays, gscrRangeMeetings, gscrRangeOptional
    // Problems and notices.
    case gscrRefused, gscrRefusedMember, gscrAtLowest, gscrAtHighest, gscrNotANumber, gscrNotATime,
        gscrPauseMoved, gscrSaved, gscrUndone, gscrNothingToUndo
    case gscrRulesSaved, gscrRulesUnchanged, gscrRulesDiscarded, gscrTypingDiscarded
    case gscrUnfinished, gscrUnfinishedUnnumbered
    // Typing a value.
    case gscrTypeNumber, gscrTypeTime, gscrTypeOptional, gscrTypeKeys
    // Footers for the chosen row.
    case gscrKeysStart, gscrKeysMember, gscrKeysAdd, gscrKeysSetting, gscrKeysRules, gscrKeysAdding
    // The rules editor.
    case gscrRulesTitle, gscrRulesNote, gscrRulesKeys, gscrAskKeys, gscrAskTitle, gscrAskBody,
        gscrAskSave, gscrAskDiscard, gscrAskBack
    // Help, one key a line.
    case gscrHelpMove, gscrHelpEnter, gscrHelpChange, gscrHelpMoveMember, gscrHelpAdd,
        gscrHelpLeaving
    case gscrHelpUndo, gscrHelpEsc, gscrHelpQuit, gscrHelpRulesTitle, gscrHelpRules
    // Screen-reader mode.
    case gscrPlainIntro, gscrPlainRulesNow, gscrPlainRulesTyping

    public var texts: (nb: String, en: String) {
        switch self {
        case .gscrStartRow: ("Start møtet nå", "Start the meeting now")
        case .gscrAddRow: ("+ Legg til et medlem", "+ Add a member")
        case .gscrRulesHeader: ("Rammene (gruppas egne regler):", "Our rules (the group's own):")
        case .gscrRulesEmpty: ("(ingen rammer skrevet ennå)", "(no rules written yet)")
        case .gscrMoreAbove: ("▲ mer over", "▲ more above")
        case .gscrMoreBelow: ("▼ mer under (↓)", "▼ more below (↓)")

        case .gscrLabelMeeting: ("Møtelengde", "Meeting length")
        case .gscrLabelPause: ("Pause", "Pause")
        case .gscrLabelPauseAt: ("Pausen kommer etter", "The pause comes after")
        case .gscrLabelTurn: ("En tur i en runde", "A turn in a round")
        case .gscrLabelClosingTurn: ("En tur i avslutningsrunden", "A turn in the closing round")
        case .gscrLabelEarlyDays:
            ("Dager mellom møtene i starten", "Days between meetings at first")
        case .gscrLabelEarlyMeetings: ("Møter i starten", "Meetings at the start")
        case .gscrLabelLaterDays: ("Dager mellom møtene etterpå", "Days between meetings after")
        case .gscrLabelHorizon: ("Evalueringsmøte", "Evaluation meeting")
        case .gscrLabelEvaluation: ("Evaluering underveis", "Evaluation along the way")
        case .gscrLabelStarter: ("Igangsetterens møter", "The starter's meetings")

        case .gscrMinutes: ("%1 min", "%1 min")
        case .gscrMinutesSeconds: ("%1 min %2 s", "%1 min %2 s")
        case .gscrSeconds: ("%1 s", "%1 s")
        case .gscrDays: ("%1 dager", "%1 days")
        case .gscrMeetings: ("%1 møter", "%1 meetings")
        case .gscrNone: ("ingen", "none")
        case .gscrNoPause: ("ingen pause", "no pause")
        case .gscrEveryNth: ("hvert %1. møte", "every %1 meetings")

        case .gscrMeanMeeting:
            (
                "Møtet varer %1 minutter, fra oppmøte til avslutning.",
                "The meeting lasts %1 minutes, from check-in to closing."
            )
        case .gscrMeanPause: ("Pausen varer %1 minutter.", "The pause lasts %1 minutes.")
        case .gscrMeanNoPause: ("Møtet har ingen pause.", "The meeting has no pause.")
        case .gscrMeanPauseAt:
            (
                "Pausen foreslås %1 minutter etter at møtet har begynt.",
                "The pause is suggested %1 minutes after the meeting begins."
            )
        case .gscrMeanClosingTurn:
            (
                "En tur i avslutningsrunden (noe rosende) er om lag %1.",
                "A turn in the closing round (appreciation) is about %1."
            )
        case .gscrMeanStartRow:
            (
                "Enter starter møtet nå. Du kan også starte det senere: q avslutter.",
                "Enter starts the meeting now. You can also start it later: q quits."
            )
        case .gscrMeanAddRow:
            (
                "Enter for å skrive inn et nytt medlem. Gruppa starter da på nytt på neste møte.",
                "Enter to type a new member. The group then starts afresh at the next meeting."
            )
        case .gscrMeanMember:
            (
                "+/- flytter i rekkefølgen. l merker at medlemmet slutter (avskjedsrunde på neste møte).",
                "+/- moves in the order. l marks the member as leaving (a farewell round at the next meeting)."
            )
        case .gscrMeanRules:
            (
                "Rammene vises på møtene. Enter for å skrive dem om.",
                "The rules are shown at the meetings. Enter to rewrite them."
            )
        case .gscrMeanRulesChanged:
            (
                "Rammene vises på møtene; sist endret %1. Enter for å skrive dem om.",
                "The rules are shown at the meetings; last changed %1. Enter to rewrite them."
            )

        case .gscrRangeMinutes: ("Fra %1 til %2 minutter.", "From %1 to %2 minutes.")
        case .gscrRangeTime: ("Fra %1 til %2.", "From %1 to %2.")
        case .gscrRangeDays: ("Fra %1 til %2 dager.", "From %1 to %2 days.")
        case .gscrRangeMeetings: ("Fra %1 til %2 møter.", "From %1 to %2 meetings.")
        case .gscrRangeOptional:
            ("Fra %1 til %2 møter, eller 0 for ingen.", "From %1 to %2 meetings, or 0 for none.")

        case .gscrRefused: ("Ikke endret. %1", "Not changed. %1")
        case .gscrAtLowest: ("Ikke endret: lavere går ikke.", "Not changed: it cannot go lower.")
        case .gscrAtHighest: ("Ikke endret: høyere går ikke.", "Not changed: it cannot go higher.")
        case .gscrRefusedMember: ("Ikke lagt til: %1.", "Not added: %1.")
        case .gscrNotANumber:
            ("Ikke endret. Skriv et helt tall. %1", "Not changed. Type a whole number. %1")
        case .gscrNotATime:
            (
                "Ikke endret. Skriv minutter, eller minutter:sekunder (2:30). %1",
                "Not changed. Type minutes, or minutes:seconds (2:30). %1"
            )
        case .gscrPauseMoved:
            (
                "Pausen er flyttet til etter %1 minutter, så den kommer i møtet.",
                "The pause moved to after %1 minutes, so it comes within the meeting."
            )
        case .gscrSaved: ("Lagret. u angrer.", "Saved. u undoes it.")
        case .gscrUndone: ("Angret: slik det var før.", "Undone: as it was before.")
        case .gscrNothingToUndo: ("Ingenting å angre her.", "Nothing to undo here.")
        case .gscrRulesSaved:
            (
                "De nye rammene er lagret med dagens dato. u angrer.",
                "The new rules are saved with today's date. u undoes it."
            )
        case .gscrRulesUnchanged: ("Rammene er som før.", "The rules are as before.")
        case .gscrRulesDiscarded:
            (
                "Endringene i rammene er kastet. Rammene er som før.",
                "The changes to the rules were thrown away. The rules are as before."
            )
        case .gscrTypingDiscarded: ("Avbrutt: ingenting er endret.", "Cancelled: nothing changed.")
        case .gscrUnfinished:
            (
                "Møte %1 er ikke avsluttet, så gruppa endres ikke nå. Velg «Start møtet nå» og fortsett det, eller lagre det som uferdig; endre gruppa etterpå.",
                "Meeting %1 is not finished, so the group is not changed now. Choose “Start the meeting now” and resume it, or save it as unfinished; change the group after that."
            )
        case .gscrUnfinishedUnnumbered:
            (
                "Et møte er ikke avsluttet, så gruppa endres ikke nå. Velg «Start møtet nå» og fortsett det, eller lagre det som uferdig; endre gruppa etterpå.",
                "A meeting is not finished, so the group is not changed now. Choose “Start the meeting now” and resume it, or save it as unfinished; change the group after that."
            )

        case .gscrTypeNumber: ("Skriv et tall. %1", "Type a number. %1")
        case .gscrTypeTime:
            ("Skriv minutter, eller min:sek (2:30). %1", "Type minutes, or min:sec (2:30). %1")
        case .gscrTypeOptional: ("Skriv et tall. %1", "Type a number. %1")
        case .gscrTypeKeys:
            (
                "Enter bruk · Esc avbryt (ingenting endres)",
                "Enter use it · Esc cancel (nothing changes)"
            )

        case .gscrKeysStart:
            (
                "Enter start møtet nå · ↑/↓ velg · ? hjelp · Esc tilbake",
                "Enter start the meeting now · ↓ more · ? help · Esc back"
            )
        case .gscrKeysMember:
            (
                "+/- flytt · l slutter · u angre · ? hjelp · Esc tilbake",
                "+/- move · l leaving · u undo · ? help · Esc back"
            )
        case .gscrKeysAdd:
            (
                "Enter nytt medlem · u angre · ? hjelp · Esc tilbake",
                "Enter add a member · u undo · ? help · Esc back"
            )
        case .gscrKeysSetting:
            (
                "←/→ endre · Enter skriv · u angre · ? hjelp · Esc tilbake",
                "←/→ change · Enter type · u undo · ? help · Esc back"
            )
        case .gscrKeysRules:
            (
                "Enter skriv om rammene · u angre · ? hjelp · Esc tilbake",
                "Enter rewrite the rules · u undo · ? help · Esc back"
            )
        case .gscrKeysAdding:
            (
                "Enter legg til · Esc avbryt (ingenting endres)",
                "Enter add · Esc cancel (nothing changes)"
            )

        case .gscrRulesTitle: ("Rammene for «%1»", "The rules of “%1”")
        case .gscrRulesNote:
            (
                "Skriv rammene slik gruppa vil ha dem. Lagres med dato, uten navn.",
                "Write the rules as the group wants them. Saved with the date, no names."
            )
        case .gscrRulesKeys:
            (
                "Esc ferdig (spør om lagring) · Enter ny linje",
                "Esc done (asks about saving) · Enter new line"
            )
        case .gscrAskKeys:
            (
                "Enter lagre · k kast endringene · Esc skriv videre",
                "Enter save · d discard the changes · Esc go on writing"
            )
        case .gscrAskTitle: ("Lagre de nye rammene?", "Save the new rules?")
        case .gscrAskBody: ("Du har endret rammene.", "You have changed the rules.")
        case .gscrAskSave: ("Enter  lagre dem", "Enter  save them")
        case .gscrAskDiscard:
            (
                "k      kast endringene (rammene blir som før)",
                "d      discard the changes (the rules stay as before)"
            )
        case .gscrAskBack: ("Esc    tilbake til skrivingen", "Esc    back to writing")

        case .gscrHelpMove: ("↑/↓       velg en linje", "↑/↓       choose a line")
        case .gscrHelpEnter:
            (
                "Enter     gjør det linjen sier: start møtet, skriv et tall, legg til et medlem, skriv om rammene",
                "Enter     do what the line says: start the meeting, type a number, add a member, rewrite the rules"
            )
        case .gscrHelpChange:
            ("←/→ +/-   en innstilling mindre eller mer", "←/→ +/-   a setting less or more")
        case .gscrHelpMoveMember:
            (
                "+/-       flytt et medlem opp eller ned i rekkefølgen",
                "+/-       move a member up or down in the order"
            )
        case .gscrHelpAdd: ("a         legg til et medlem", "a         add a member")
        case .gscrHelpLeaving:
            (
                "l         medlemmet slutter (trykk igjen for å angre)",
                "l         the member is leaving (press again to take it back)"
            )
        case .gscrHelpUndo:
            (
                "u         angre siste endring (alt lagres med en gang)",
                "u         undo the last change (all is saved at once)"
            )
        case .gscrHelpEsc:
            (
                "Esc       tilbake: ut av skrivingen uten å endre noe, så ut av skjermen",
                "Esc       back: out of typing with nothing changed, then off this screen"
            )
        case .gscrHelpQuit:
            (
                "q         avslutt; møtet kan startes senere",
                "q         quit; the meeting can start later"
            )
        case .gscrHelpRulesTitle: ("I rammene:", "In the rules:")
        case .gscrHelpRules:
            (
                "skriv fritt · Enter ny linje · piltaster flytt · Esc spør om du vil lagre eller kaste endringene",
                "type freely · Enter new line · arrows move · Esc asks whether to save or discard the changes"
            )

        case .gscrPlainIntro:
            (
                "Gruppeskjermen. Pil opp og ned leser linjene én og én. Spørsmålstegn sier tastene.",
                "The group screen. The up and down arrows read the lines one by one. The question mark says the keys."
            )
        case .gscrPlainRulesNow: ("Rammene nå, linje for linje:", "The rules now, line by line:")
        case .gscrPlainRulesTyping:
            (
                "Skriv. Enter gir ny linje. Esc når du er ferdig: da spør Runde om du vil lagre.",
                "Type. Enter gives a new line. Esc when you are done: Runde then asks whether to save."
            )
        }
    }
}

extension Catalog {
    /// A group screen text in this catalog's language.
    public subscript(_ key: GroupScreenText) -> String { text(key) }
    /// A group screen text with `%1`, `%2`, … replaced.
    public func f(_ key: GroupScreenText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
