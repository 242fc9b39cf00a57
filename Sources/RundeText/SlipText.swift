/// The texts of a meeting without a slip: what a jump will not do (the next meeting, the pause),
/// `t` asked first, the frame's ticks, a key that cannot act now, the meeting clock in words.
public enum SlipText: String, CaseIterable, CatalogKey {
    case slipNextSkippedRotation, slipNextSkippedLeader, slipNextSkippedDate
    case slipPauseNotTaken, slipSummaryPauseNotTaken, slipSummaryLeaderRotation
    case slipSummaryUndo, slipHelpUndoSummary
    case slipTalkTitle, slipTalkBody, slipTalkBodyOpen
    case slipAckTitle, slipAckBody, slipAckGuest
    case slipWhyUndoCheckIn, slipWhyUndoNothing, slipWhyMode, slipWhyPauseTaken, slipWhyPauseNone
    case slipWhyPauseNow, slipWhyTalk
    case slipClockMinutes, slipClockHours, slipClockWholeHours, slipMoreBelow, slipMoreAbove
    case slipQuitReopened, slipDemoTourPlain

    public var texts: (nb: String, en: String) {
        switch self {
        case .slipNextSkippedRotation:
            (
                "Neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder (etter rotasjonen), ikke noe tema, og %2 som dato.",
                "The next meeting is not agreed. The group file then has %1 as next to lead (by the rotation), no theme, and %2 as the date."
            )
        case .slipNextSkippedLeader:
            (
                "Datoen for neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder, ikke noe tema, og %2 som dato.",
                "The date for next time is not agreed. The group file then has %1 as next to lead, no theme, and %2 as the date."
            )
        case .slipNextSkippedDate:
            (
                "Datoen for neste møte blir ikke avtalt. I gruppefila står da %1 som neste møteleder, «%2» som tema, og %3 som dato.",
                "The date for next time is not agreed. The group file then has %1 as next to lead, “%2” as the theme, and %3 as the date."
            )
        case .slipPauseNotTaken:
            ("Pausen er ikke tatt ennå.", "The pause has not been taken yet.")
        case .slipSummaryPauseNotTaken: ("Pausen ble ikke tatt.", "The pause was not taken.")
        case .slipSummaryLeaderRotation:
            (
                "Neste møteleder: %1 (etter rotasjonen, ikke valgt i møtet)",
                "Next to lead: %1 (by the rotation, not chosen in the meeting)"
            )
        case .slipSummaryUndo:
            (
                "Noe å ta tilbake? u går tilbake inn i møtet så lenge Runde er åpen.",
                "Something to take back? u goes back into the meeting while Runde is open."
            )
        case .slipHelpUndoSummary:
            (
                "Tilbake inn i møtet, til steget før oppsummeringen. Loggen skrives på nytt når dere kommer hit igjen.",
                "Back into the meeting, to the step before the summary. The log is written again when you come back here."
            )
        case .slipTalkTitle: ("Prate om gruppa nå?", "Talk about the group now?")
        case .slipTalkBody:
            (
                "%1 har ordet. Turen avsluttes, og dere prater om hvordan gruppa fungerer. Etterpå fortsetter runden med neste.",
                "%1 has the floor. The turn ends, and you talk about how the group is working. Afterwards the round goes on with the next person."
            )
        case .slipTalkBodyOpen:
            (
                "%1 har ordet. Turen avsluttes, og dere prater om hvordan gruppa fungerer. Etterpå er ordet fritt igjen.",
                "%1 has the floor. The turn ends, and you talk about how the group is working. Afterwards the floor is open again."
            )
        case .slipAckTitle: ("Ikke alle har bekreftet", "Not everyone has acknowledged")
        case .slipAckBody:
            (
                "%1 av %2 har ikke bekreftet rammen. Gå videre likevel?",
                "%1 of %2 have not acknowledged the frame. Go on anyway?"
            )
        case .slipAckGuest: ("%1 (gjest)", "%1 (guest)")
        case .slipWhyUndoCheckIn:
            (
                "Ingenting å angre ennå; oppmøtet endres med mellomrom.",
                "Nothing to undo yet; Space changes the check-in."
            )
        case .slipWhyUndoNothing:
            ("Det er ikke noe å angre ennå.", "There is nothing to undo yet.")
        case .slipWhyMode:
            (
                "o virker bare i samtalen (runde eller ordet fritt).",
                "o works only in sharing (round or open floor)."
            )
        case .slipWhyPauseTaken:
            ("Pausen er allerede tatt i dette møtet.", "The pause has already been taken.")
        case .slipWhyPauseNone:
            ("Dette møtet har ingen pause i planen.", "This meeting has no pause in its plan.")
        case .slipWhyPauseNow:
            ("Pausen kan ikke tas akkurat nå.", "The pause cannot be taken just now.")
        case .slipWhyTalk:
            (
                "t virker i runder, i samtalen og på kort, ikke her.",
                "t works in rounds, in sharing and on cards, not here."
            )
        case .slipClockMinutes: ("%1 min", "%1 min")
        case .slipClockHours: ("%1 t %2 min", "%1 h %2 min")
        case .slipClockWholeHours: ("%1 t", "%1 h")
        case .slipMoreBelow: ("▼ %1 til", "▼ %1 more")
        case .slipMoreAbove: ("▲ %1 over", "▲ %1 above")
        case .slipDemoTourPlain:
            (
                "Enter fører møtet videre: neste person, neste fase. i forteller hvor dere er og hva Enter gjør.",
                "Enter moves the meeting on: next person, next phase. i tells where you are and what Enter does."
            )
        case .slipQuitReopened:
            (
                "Loggen ble skrevet ved oppsummeringen og står som den er. Avslutte Runde?",
                "The log was written at the summary and stays as it is. Leave Runde?"
            )
        }
    }
}

extension Catalog {
    /// A text of the slip-free meeting in this catalog's language.
    public subscript(_ key: SlipText) -> String { text(key) }
    /// A text of the slip-free meeting with `%1`, `%2`, … replaced.
    public func f(_ key: SlipText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
