/// The texts of a group's settings as one table defines them (`GroupSetting` in RundeCore): a
/// help line for each, why a value was refused, the note when the pause moves with a shorter
/// meeting, what `group show` says about the format and the evaluation meeting, the hint on a
/// group's size, and the line that a closed group decides together about a new member.
public enum GroupSettingText: String, CaseIterable, CatalogKey {
    // One help line a setting (`group edit --help`).
    case setHelpMeetingMinutes, setHelpPauseMinutes, setHelpPauseAtMinute, setHelpTurnSeconds
    case setHelpClosingTurnSeconds, setHelpRhythmEarlyDays, setHelpRhythmEarlyMeetings
    case setHelpRhythmDays, setHelpHorizon, setHelpEvaluationEvery, setHelpStarterMeetings
    case setHelpBell, setHelpLanguage, setHelpTheme, setHelpFollowUpDate, setHelpTitle
    // A refused value, after its key.
    case setRefused, setNotANumber, setNotOnOff, setNotALanguage
    // The pause moved with a shorter meeting (`group edit`).
    case setPauseMoved
    // `group show`: the format, the evaluation meeting, the starter.
    case showFormatChosen, showFormatProposed, showFormatReason
    case showEvaluation, showEvaluationAfterDecision, showNoEvaluation, showEvaluationEvery
    case showStarter, showNoStarter
    // The group's size.
    case sizeHint, sizeHintEnter
    // A closed group decides together about a new member.
    case closedGroupNote, closedGroupAsk, closedGroupKeys, closedGroupNoChange
    // The group screen's words for the evaluation meeting and the starter.
    case screenEvaluationAt, screenNoEvaluation, screenMeanEvaluationEvery
    case screenMeanOnlyAtEvaluation, screenStarterFirst, screenStarterNotAgreed
    case screenMeanNoStarter

    public var texts: (nb: String, en: String) {
        switch self {
        case .setHelpMeetingMinutes:
            (
                "møtets lengde i minutter, fra oppmøte til avslutning",
                "the meeting's length in minutes, from check-in to closing"
            )
        case .setHelpPauseMinutes:
            (
                "pausens lengde i minutter (0: ingen pause)",
                "the pause's length in minutes (0: no pause)"
            )
        case .setHelpPauseAtMinute:
            (
                "minuttet pausen foreslås, innenfor møtet (et kortere møte flytter den til midten)",
                "the minute the pause is suggested, within the meeting (a shorter meeting moves it to the middle)"
            )
        case .setHelpTurnSeconds: ("en tur i en runde, i sekunder", "a turn in a round, in seconds")
        case .setHelpClosingTurnSeconds:
            ("en tur i avslutningsrunden, i sekunder", "a turn in the closing round, in seconds")
        case .setHelpRhythmEarlyDays:
            ("dager mellom møtene i starten", "days between meetings at first")
        case .setHelpRhythmEarlyMeetings:
            ("hvor mange møter starten varer", "how many meetings the start lasts")
        case .setHelpRhythmDays: ("dager mellom møtene etterpå", "days between meetings after that")
        case .setHelpHorizon:
            (
                "møtene gruppa har satt av, med evalueringsmøte på det siste (0 fjerner det)",
                "the meetings the group has set aside, with an evaluation meeting at the last (0 removes it)"
            )
        case .setHelpEvaluationEvery:
            (
                "en evaluering også hvert N. møte (0 fjerner den)",
                "an evaluation every N meetings as well (0 removes it)"
            )
        case .setHelpStarterMeetings:
            (
                "hvor mange av de første møtene igangsetteren er med på (0 fjerner det)",
                "how many of the first meetings the starter takes part in (0 removes it)"
            )
        case .setHelpBell:
            ("on eller off: lyd når en tur er over", "on or off: a sound when a turn is over")
        case .setHelpLanguage: ("nb, en eller auto (følger LANG)", "nb, en or auto (follows LANG)")
        case .setHelpTheme:
            ("fargetemaets navn (tomt: standard)", "the colour theme's name (empty: the default)")
        case .setHelpFollowUpDate:
            ("oppfølging med igangsetteren, ÅÅÅÅ-MM-DD", "follow-up with the starter, YYYY-MM-DD")
        case .setHelpTitle:
            ("Innstillinger for --set NØKKEL=VERDI:", "Settings for --set KEY=VALUE:")

        case .setRefused: ("%1: %2", "%1: %2")
        case .setNotANumber: ("må være et helt tall", "must be a whole number")
        case .setNotOnOff: ("må være on eller off", "must be on or off")
        case .setNotALanguage: ("må være nb, en eller auto", "must be nb, en or auto")
        case .setPauseMoved:
            (
                "pause_at_minute = %1 (pausen ble flyttet til midt i det kortere møtet)",
                "pause_at_minute = %1 (the pause moved to the middle of the shorter meeting)"
            )

        case .showFormatChosen:
            (
                "Møteformat: %1, valgt av gruppa (--format auto lar Runde foreslå igjen).",
                "Meeting format: %1, chosen by the group (--format auto lets Runde propose again)."
            )
        case .showFormatProposed:
            (
                "Neste møte (nr. %1) foreslås som: %2.",
                "The next meeting (no. %1) is proposed as: %2."
            )
        case .showFormatReason: ("  %1", "  %1")
        case .showEvaluation:
            (
                "Gruppa har satt av %1 møter, med evaluering på det siste.",
                "The group has set aside %1 meetings, with an evaluation at the last."
            )
        case .showEvaluationAfterDecision:
            (
                "Gruppa bestemte %1 å fortsette, og har nå satt av møtene til og med nr. %2, med evaluering på det siste.",
                "On %1 the group decided to go on, and has now set aside the meetings up to no. %2, with an evaluation at the last."
            )
        case .showNoEvaluation:
            (
                "Gruppa har ikke satt av et antall møter, så det er ikke satt opp noe evalueringsmøte.",
                "The group has not set aside a number of meetings, so no evaluation meeting is planned."
            )
        case .showEvaluationEvery:
            ("Gruppa evaluerer også hvert %1. møte.", "The group also evaluates every %1 meetings.")
        case .showStarter:
            (
                "Igangsetteren er med på de %1 første møtene.",
                "The starter takes part in the first %1 meetings."
            )
        case .showNoStarter:
            (
                "Det er ikke avtalt hvor mange møter igangsetteren er med på.",
                "It is not agreed how many meetings the starter takes part in."
            )

        case .sizeHint:
            (
                "Til orientering: grupper på 5–8 medlemmer pleier å fungere best. Denne har %1, og det er gruppas valg.",
                "For your information: groups of 5–8 members usually work best. This one has %1, and that is the group's choice."
            )

        case .sizeHintEnter:
            (
                "Enter lager gruppa slik den står, eller endre lista først.",
                "Enter creates the group as it stands, or change the list first."
            )

        case .closedGroupNote:
            (
                "Nye medlemmer tas inn når gruppa har bestemt det sammen.",
                "New members join when the group has decided it together."
            )
        case .closedGroupAsk:
            (
                "Har gruppa bestemt det sammen? Da kan du skrive inn det nye medlemmet.",
                "Has the group decided so together? Then you can type the new member."
            )
        case .closedGroupKeys: ("j  videre    Esc  ingen endring", "y  go on    Esc  no change")
        case .closedGroupNoChange: ("Ingen endring.", "No change.")

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
    /// A text of the group's settings in this catalog's language.
    public subscript(_ key: GroupSettingText) -> String { text(key) }
    /// A text of the group's settings with `%1`, `%2`, … replaced.
    public func f(_ key: GroupSettingText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
