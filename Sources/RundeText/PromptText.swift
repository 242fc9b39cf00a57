/// The screens before a meeting: welcome, choosing a group, the new-group form and the proposed format.
public enum PromptText: String, CaseIterable, CatalogKey {
    case escTopHint
    case promptHelpEscTop
    case chooseEnter
    case chooseGroupShort
    case chooseHelpGroup
    case welcomeEnter
    case welcomeCreateShort
    case welcomeDemoShort
    case proposalEnter
    case proposalEscHint
    case resumeEscHint
    case reasonNewMember
    case reasonNewMemberNamed
    case reasonNewMembersNamed
    case reasonLongGap
    case reasonEvaluation
    case reasonFarewell
    case reasonStarterFirst
    case reasonStarterLast
    case reasonAfterStarter
    case reasonFollowUpDue
    case formatFirst
    case formatSecond
    case formatRegular
    case formatCustom
    case formatNewGroup
    case formatRestart
    case formatEvaluation
    case proposalTitle
    case proposalBody
    case proposalAccept
    case proposalUsual
    case createNameTitle
    case createNameBody
    case createNameLabel
    case createMembersBody
    case createMembersLabel
    case createEnter
    case promptHelpTitle
    case promptHelpChoose
    case promptHelpEnter
    case promptHelpType
    case promptHelpEsc
    case promptHelpQuit
    case promptHelpHelp
    case firstRunTitle
    case firstRunBody
    case firstRunCreate
    case firstRunDemo
    case chooseGroupTitle

    public var texts: (nb: String, en: String) {
        switch self {
        case .escTopHint:
            (
                "Dette er første skjerm. Trykk q for å avslutte Runde.",
                "This is the first screen. Press q to quit Runde."
            )
        case .promptHelpEscTop:
            ("går ikke ut herfra (q avslutter)", "does not leave from here (q quits)")
        // The chooser's and the welcome screen's footers: the arrows and Enter; the letter keys
        // come from the screen's key table, which also gives `?` its lines.
        case .chooseEnter: ("møte", "meeting")
        case .chooseGroupShort: ("gruppa", "the group")
        case .chooseHelpGroup: ("se og endre gruppa", "see and change the group")
        case .welcomeEnter: ("velg", "choose")
        case .welcomeCreateShort: ("ny gruppe", "new group")
        case .welcomeDemoShort: ("demo", "demo")
        case .proposalEnter: ("start møtet", "start the meeting")
        case .proposalEscHint:
            (
                "Trykk q for å avslutte uten å starte møtet.",
                "Press q to quit without starting the meeting."
            )
        case .resumeEscHint:
            (
                "Trykk q for å avslutte. Møtet kan fortsettes senere.",
                "Press q to quit. The meeting can be resumed later."
            )
        case .reasonNewMember:
            (
                "Nytt medlem: gruppa starter på nytt, med presentasjon og gruppas egne rammer.",
                "A new member: the group starts afresh, with introductions and the group's own rules."
            )
        // The same, naming who joined: one member, then two or more («Quixtamar og Zorbulon»).
        case .reasonNewMemberNamed:
            (
                "%1 er nytt medlem: gruppa starter på nytt, med presentasjon og gruppas egne rammer.",
                "%1 is a new member: the group starts afresh, with introductions and the group's own rules."
            )
        case .reasonNewMembersNamed:
            (
                "%1 er nye medlemmer: gruppa starter på nytt, med presentasjon og gruppas egne rammer.",
                "%1 are new members: the group starts afresh, with introductions and the group's own rules."
            )
        case .reasonLongGap:
            (
                "Lenge siden sist: gruppa begynner med «Hva har jeg tenkt siden sist?» og prinsippene.",
                "A long time since last: the group begins with “What have I thought since last time?” and the principles."
            )
        case .reasonEvaluation:
            (
                "Evalueringsmøte: i dag ser gruppa tilbake og bestemmer veien videre.",
                "Evaluation meeting: today the group looks back and decides the way on."
            )
        case .reasonFarewell:
            (
                "Avskjed: noen slutter i gruppa, og i dag er det en avskjedsrunde.",
                "Farewell: someone is leaving the group, and today there is a farewell round."
            )
        case .reasonStarterFirst:
            (
                "Igangsetteren er med: et kort om igangsetterens rolle.",
                "The starter takes part: a card on the starter's role."
            )
        case .reasonStarterLast:
            (
                "Igangsetteren er med for siste gang: en runde om veien videre.",
                "The starter takes part for the last time: a round on the way forward."
            )
        case .reasonAfterStarter:
            (
                "Første møte uten igangsetteren: en runde om hvordan vi deler på å lede.",
                "The first meeting without the starter: a round on how we share leading."
            )
        case .reasonFollowUpDue:
            ("Avtalt oppfølging med igangsetteren: %1.", "Follow-up agreed with the starter: %1.")
        case .formatFirst: ("første møte", "first meeting")
        case .formatSecond: ("andre møte", "second meeting")
        case .formatRegular: ("vanlig møte", "regular meeting")
        case .formatCustom: ("gruppas egen plan", "the group's own agenda")
        case .formatNewGroup:
            (
                "ny gruppe (presentasjon, forventninger, våre rammer, prinsipper)",
                "new group (introductions, expectations, our rules, principles)"
            )
        case .formatRestart:
            ("omstart (siden sist, prinsippene)", "restart (since last time, the principles)")
        case .formatEvaluation: ("evalueringsmøte", "evaluation meeting")
        case .proposalTitle: ("Forslag til møtet i dag", "A proposal for today's meeting")
        case .proposalBody:
            ("Runde foreslår: %1. Gruppa bestemmer selv.", "Runde proposes: %1. The group decides.")
        case .proposalAccept: ("Bruk forslaget", "Use the proposal")
        case .proposalUsual:
            ("Bruk opplegget for %1 i stedet", "Use the plan for the %1 instead")
        case .createNameTitle: ("Ny gruppe", "New group")
        case .createNameBody: ("Hva heter gruppa?", "What is the group called?")
        case .createNameLabel: ("Navn", "Name")
        case .createMembersBody:
            (
                "Skriv medlemmene i rekkefølgen for møteleder, med komma mellom (fornavn, kallenavn eller initialer).",
                "Type the members in the order they take turns to lead, separated by commas (first names, nicknames or initials)."
            )
        case .createMembersLabel: ("Medlemmer", "Members")
        case .createEnter: ("videre", "next")
        case .promptHelpTitle: ("Hjelp", "Help")
        case .promptHelpChoose: ("velg i lista", "choose in the list")
        case .promptHelpEnter: ("ta valget", "take the choice")
        case .promptHelpType:
            (
                "Skriv i feltet; Enter godtar, F1 viser hjelpen",
                "Type in the field; Enter accepts, F1 shows this help"
            )
        case .promptHelpEsc: ("tilbake", "back")
        case .promptHelpQuit: ("avslutt", "quit")
        case .promptHelpHelp: ("denne hjelpen", "this help")
        case .firstRunTitle: ("Velkommen til Runde", "Welcome to Runde")
        case .firstRunBody: ("Det finnes ingen gruppe ennå.", "There is no group yet.")
        case .firstRunCreate: ("lag en gruppe", "create a group")
        case .firstRunDemo: ("prøv en demo (lagrer ingenting)", "try the demo (saves nothing)")
        case .chooseGroupTitle: ("Velg gruppe", "Choose a group")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: PromptText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: PromptText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
