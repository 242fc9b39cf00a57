/// The texts of the closed group and its hard conversations (DESIGN §1, "The group's life"): a
/// guest the group decides on together, the group's own rules for a new member, the starter's
/// term in numbers, the personal goal on paper, and the talk cards about room, leaving and
/// the search for a leader.
public enum ClosedGroupText: String, CaseIterable, CatalogKey {
    case closedGuestAskTitle, closedGuestAskLine, closedGuestAskKeys, closedKeyGoOn,
        closedPlainGuestAskKeys
    case closedRulesAckHint
    case closedStarterRoleTextN, closedStarterRoleTextOne
    case closedItemGoal, closedCardGoalTitle, closedCardGoalText
    case closedItemEvalGoal, closedPromptEvalGoal
    case closedFarewellNamed, closedNamesTwo
    case closedCardRoomTitle, closedCardRoom, closedCardLeavingTitle, closedCardLeaving,
        closedCardLeaderTitle, closedCardLeader
    case closedDemoRealTime

    public var texts: (nb: String, en: String) {
        switch self {
        // `a`, then the guest entry: one calm line, and the leader goes on (it never blocks).
        case .closedGuestAskTitle: ("En gjest i gruppa", "A guest in the group")
        case .closedGuestAskLine:
            (
                "En gjest er bare med når gruppa i fellesskap har bestemt det.",
                "A guest joins only when the group has decided it together."
            )
        case .closedGuestAskKeys: ("j fortsett · Esc nei", "y go on · Esc no")
        case .closedKeyGoOn: ("fortsett", "go on")
        case .closedPlainGuestAskKeys:
            ("j fortsetter, Esc går tilbake.", "y goes on, Esc goes back.")
        // A new member's first meeting: the group's own rules, acknowledged by all present.
        case .closedRulesAckHint:
            (
                "↑/↓ velg · Mellomrom: har lest og bekrefter rammene",
                "↑/↓ choose · Space: has read and agrees to the rules"
            )
        // The starter's card at the first meeting, with the term in numbers (`starter_meetings`).
        case .closedStarterRoleTextN:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nIgangsetteren er med på de %1 første møtene.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nThe starter takes part in the first %1 meetings.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        case .closedStarterRoleTextOne:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nIgangsetteren er med på det første møtet.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nThe starter takes part in the first meeting.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        // Meeting 1: a personal goal, written on paper; Runde keeps none of it.
        case .closedItemGoal: ("Personlig mål", "Personal goal")
        case .closedCardGoalTitle: ("Et personlig mål, på papir", "A personal goal, on paper")
        case .closedCardGoalText:
            (
                "Hver av oss skriver et personlig mål på et ark:\n«I løpet av %1 ganger er målet mitt …»\nArket er ditt, og du tar det med deg.\nRunde lagrer ingenting av det.\nPå evalueringsmøtet spør vi: Har jeg kommet nærmere målet mitt?",
                "Each of us writes a personal goal on a sheet of paper:\n“Within %1 meetings, my goal is …”\nThe sheet is yours to keep.\nRunde saves nothing of it.\nAt the evaluation meeting we ask: Have I come closer to my goal?"
            )
        case .closedItemEvalGoal: ("Målet mitt", "My goal")
        case .closedPromptEvalGoal:
            ("Har jeg kommet nærmere målet mitt?", "Have I come closer to my goal?")
        // The farewell round names who is leaving.
        case .closedFarewellNamed:
            (
                "Avskjed med %1. Hva vil vi si til hverandre før vi tar farvel?",
                "Farewell to %1. What do we want to say to each other before we say goodbye?"
            )
        case .closedNamesTwo: ("%1 og %2", "%1 and %2")
        // Talk cards for the troubles groups report (the seeds' words).
        case .closedCardRoomTitle: ("Å ta plass", "Taking up room")
        case .closedCardRoom:
            (
                "Tar noen av oss mye plass, og andre lite? Hvordan kan alle få plass her?",
                "Do some of us take up much room, and others little? How can everyone have room here?"
            )
        case .closedCardLeavingTitle: ("Ønske om å slutte", "Wanting to leave")
        case .closedCardLeaving:
            (
                "Det skaper alltid uro at noen vil slutte. Hvordan har vi det med det, og hva vil vi si til hverandre?",
                "It always unsettles a group when someone wants to leave. How are we with that, and what do we want to say to each other?"
            )
        case .closedCardLeaderTitle: ("Lederjakt", "Looking for a leader")
        case .closedCardLeader:
            (
                "Igangsetteren har trukket seg. Leter vi etter en ny leder, i stedet for å dele på å lede? Noen velger da å trekke seg – hvordan har vi det med det?",
                "The starter has withdrawn. Are we looking for a new leader instead of sharing the leading? Some then choose to withdraw – how are we with that?"
            )
        // The demo's tour at `--speed 1`.
        case .closedDemoRealTime:
            ("Tiden går som vanlig i denne øvelsen.", "Time runs as usual in this rehearsal.")
        }
    }
}

extension Catalog {
    /// A text of the closed group and its hard conversations, in this catalog's language.
    public subscript(_ key: ClosedGroupText) -> String { text(key) }
    /// The same text with `%1`, `%2`, … replaced.
    public func f(_ key: ClosedGroupText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
