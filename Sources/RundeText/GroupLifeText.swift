/// The texts of the group's life beyond one meeting (DESIGN §1): why a format is proposed, the
/// rounds and cards of the new formats, the proposal and decision screens.
public enum GroupLifeText: String, CaseIterable, CatalogKey {
    case lifeReasonNewMember, lifeReasonLongGap, lifeReasonEvaluation, lifeReasonFarewell
    case lifeReasonStarterFirst, lifeReasonStarterLast, lifeReasonAfterStarter,
        lifeReasonFollowUpDue
    case lifeFormatFirst, lifeFormatSecond, lifeFormatRegular, lifeFormatCustom, lifeFormatNewGroup
    case lifeFormatRestart, lifeFormatEvaluation
    case lifeProposalTitle, lifeProposalBody, lifeProposalAccept, lifeProposalUsual
    case lifeItemFarewell, lifePromptFarewell
    case lifeItemWayForward, lifePromptWayForward, lifeStarterReachable
    case lifeItemUseGroup, lifePromptUseGroup
    case lifeItemSharingLeading, lifePromptSharingLeading
    case lifeItemStarterRole, lifeCardStarterRoleTitle, lifeCardStarterRoleText
    case lifeItemEvalGiven, lifePromptEvalGiven, lifeItemEvalListened, lifePromptEvalListened
    case lifeItemEvalRules, lifePromptEvalRules, lifeItemEvalBlindAlley, lifePromptEvalBlindAlley
    case lifeItemEvalDecision, lifePromptEvalDecision
    case lifeDecisionTitle, lifeDecisionBody, lifeDecisionEnd, lifeDecisionLater
    case lifeFollowUpLine, lifeFollowUpKeys
    case lifeGuestFrameTitle, lifeGuestFrameHint, lifeGuestAcknowledges
    case gsTitle, gsMembers, gsLeadsNext, gsLeaving, gsAddPrompt, gsSettings
    case gsTurn, gsRhythm, gsStarter
    case lifeCreateNameTitle, lifeCreateNameBody, lifeCreateNameLabel, lifeCreateMembersBody,
        lifeCreateMembersLabel, lifeCreateKeys
    case lifeDemoOfferTitle, lifeDemoOfferBody, lifeDemoOfferCreate, lifeDemoOfferQuit
    case lifeRulesNewLine, lifeRulesMove, lifeRulesDone, lifeRulesEditHint, lifeRulesEditedHint,
        lifeRulesEditorTitle, lifeRulesEditorNote
    case lifeKeyEditRules, lifeHelpEditRules, lifeKeyFollowUp, lifeHelpFollowUp
    case lifeCardsTitle, lifeCardsIntro, lifeCardsOpen, lifeCardPick, lifeCardNone
    case lifeCardForumTitle, lifeCardForum, lifeCardComplaintTitle, lifeCardComplaint,
        lifeCardAdviceTitle, lifeCardAdvice
    case lifeCardCliquesTitle, lifeCardCliques, lifeCardCoffeeTitle, lifeCardCoffee,
        lifeCardIdyllTitle, lifeCardIdyll

    public var texts: (nb: String, en: String) {
        switch self {
        case .lifeReasonNewMember:
            (
                "Nytt medlem: gruppa starter på nytt, med presentasjon og gruppas egne rammer.",
                "A new member: the group starts afresh, with introductions and the group's own rules."
            )
        case .lifeReasonLongGap:
            (
                "Lenge siden sist: gruppa begynner med «Hva har jeg tenkt siden sist?» og prinsippene.",
                "A long time since last: the group begins with “What have I thought since last time?” and the principles."
            )
        case .lifeReasonEvaluation:
            (
                "Evalueringsmøte: i dag ser gruppa tilbake og bestemmer veien videre.",
                "Evaluation meeting: today the group looks back and decides the way on."
            )
        case .lifeReasonFarewell:
            (
                "Avskjed: noen slutter i gruppa, og i dag er det en avskjedsrunde.",
                "Farewell: someone is leaving the group, and today there is a farewell round."
            )
        case .lifeReasonStarterFirst:
            (
                "Igangsetteren er med: et kort om igangsetterens rolle.",
                "The starter takes part: a card on the starter's role."
            )
        case .lifeReasonStarterLast:
            (
                "Igangsetteren er med for siste gang: en runde om veien videre.",
                "The starter takes part for the last time: a round on the way forward."
            )
        case .lifeReasonAfterStarter:
            (
                "Første møte uten igangsetteren: en runde om hvordan vi deler på å lede.",
                "The first meeting without the starter: a round on how we share leading."
            )
        case .lifeReasonFollowUpDue:
            ("Avtalt oppfølging med igangsetteren: %1.", "Follow-up agreed with the starter: %1.")
        case .lifeFormatFirst: ("første møte", "first meeting")
        case .lifeFormatSecond: ("andre møte", "second meeting")
        case .lifeFormatRegular: ("vanlig møte", "regular meeting")
        case .lifeFormatCustom: ("gruppas egen plan", "the group's own agenda")
        case .lifeFormatNewGroup:
            (
                "ny gruppe (presentasjon, forventninger, våre rammer, prinsipper)",
                "new group (introductions, expectations, our rules, principles)"
            )
        case .lifeFormatRestart:
            ("omstart (siden sist, prinsippene)", "restart (since last time, the principles)")
        case .lifeFormatEvaluation: ("evalueringsmøte", "evaluation meeting")
        case .lifeProposalTitle: ("Forslag til møtet i dag", "A proposal for today's meeting")
        case .lifeProposalBody:
            ("Runde foreslår: %1. Gruppa bestemmer selv.", "Runde proposes: %1. The group decides.")
        case .lifeProposalAccept: ("Bruk forslaget", "Use the proposal")
        case .lifeProposalUsual:
            ("Bruk opplegget for %1 i stedet", "Use the plan for the %1 instead")
        case .lifeItemFarewell: ("Avskjed", "Farewell")
        case .lifePromptFarewell:
            (
                "Hva vil vi si til hverandre før vi tar farvel?",
                "What do we want to say to each other before we say goodbye?"
            )
        // The first meeting's talk on how to use the group (DESIGN §1, the first meeting).
        case .lifeItemUseGroup: ("Bruke gruppa", "Using the group")
        case .lifePromptUseGroup:
            (
                "Hvordan vil vi bruke gruppa? Hva trenger vi her?",
                "How do we want to use the group? What do we need here?"
            )
        case .lifeItemWayForward: ("Veien videre", "Way forward")
        case .lifePromptWayForward:
            (
                "Veien videre – hvordan vil vi fortsette som gruppe?",
                "The way forward – how do we want to go on as a group?"
            )
        case .lifeStarterReachable:
            (
                "Igangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter can still be reached if the group needs it."
            )
        case .lifeItemSharingLeading: ("Å lede", "Leading")
        case .lifePromptSharingLeading:
            ("Hvordan deler vi på å lede møtene?", "How do we share leading the meetings?")
        case .lifeItemStarterRole: ("Igangsetter", "Starter")
        case .lifeCardStarterRoleTitle: ("Igangsetterens rolle", "The starter's role")
        case .lifeCardStarterRoleText:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nVi avtaler nå hvor mange møter igangsetteren er med på.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nWe agree now how many meetings the starter takes part in.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        case .lifeItemEvalGiven: ("Utbytte", "What I got")
        case .lifePromptEvalGiven: ("Hva har gruppa gitt meg?", "What has the group given me?")
        case .lifeItemEvalListened: ("Å bli hørt", "Being heard")
        case .lifePromptEvalListened: ("Blir jeg lyttet til?", "Am I listened to?")
        case .lifeItemEvalRules: ("Om rammene", "About our rules")
        case .lifePromptEvalRules: ("Holder vi rammene våre?", "Do we keep our rules?")
        case .lifeItemEvalBlindAlley: ("Blindgater", "Blind alleys")
        case .lifePromptEvalBlindAlley:
            (
                "Er vi på vei inn i en blindgate: diskusjonsforum, klagegruppe, rådgivning, klikkdannelser, kaffeslabberas eller lyserød idyll?",
                "Are we heading into a blind alley: debating club, complaint group, advice-giving, cliques, coffee klatch or rosy idyll?"
            )
        case .lifeItemEvalDecision: ("Fortsette?", "Go on?")
        case .lifePromptEvalDecision:
            (
                "Fortsetter vi med flere møter, avslutter vi gruppa, eller bestemmer vi det neste gang?",
                "Do we go on with more meetings, end the group, or decide it next time?"
            )
        case .lifeDecisionTitle: ("Gruppas beslutning", "The group's decision")
        case .lifeDecisionBody:
            ("Bare beslutningen og datoen lagres.", "Only the decision and its date are stored.")
        case .lifeDecisionEnd:
            (
                "Vi avslutter gruppa (historikken blir liggende)",
                "We end the group (its history stays)"
            )
        case .lifeDecisionLater: ("Vi bestemmer neste gang", "We decide next time")
        case .lifeFollowUpLine:
            (
                "Oppfølging med igangsetteren: %1 (egen dato, ikke neste møte)",
                "Follow-up with the starter: %1 (its own date, not the next meeting)"
            )
        case .lifeGuestFrameTitle: ("Våre rammer – for %1", "Our rules – for %1")
        case .lifeGuestFrameHint:
            (
                "Enter når %1 har lest og bekrefter rammene · Esc lukk",
                "Enter when %1 has read and agrees to the rules · Esc close"
            )
        case .gsTitle: ("Gruppa «%1»", "The group “%1”")
        case .gsMembers:
            (
                "Medlemmer, i rekkefølgen de leder møtene:",
                "Members, in the order they lead the meetings:"
            )
        case .gsLeadsNext: ("leder neste møte", "leads the next meeting")
        case .gsLeaving:
            (
                "slutter: avskjedsrunde på neste møte",
                "leaving: a farewell round at the next meeting"
            )
        case .gsAddPrompt:
            (
                "Nytt medlem (fornavn, kallenavn eller initialer):",
                "New member (first name, nickname or initials):"
            )
        case .gsSettings: ("Innstillinger:", "Settings:")
        case .gsTurn:
            (
                "En tur i runden er om lag %1 når ikke noe annet er planlagt.",
                "A turn in a round is about %1 when nothing else is planned."
            )
        case .gsRhythm:
            (
                "Neste møte foreslås %1 dager senere de %2 første møtene, så hver %3. dag.",
                "The next meeting is proposed %1 days later for the first %2 meetings, then every %3 days."
            )
        case .gsStarter:
            (
                "Igangsetteren er med på de %1 første møtene.",
                "The starter takes part in the first %1 meetings."
            )
        case .lifeCreateNameTitle: ("Ny gruppe", "New group")
        case .lifeCreateNameBody: ("Hva heter gruppa?", "What is the group called?")
        case .lifeCreateNameLabel: ("Navn", "Name")
        case .lifeCreateMembersBody:
            (
                "Skriv medlemmene i rekkefølgen for møteleder, med komma mellom (fornavn, kallenavn eller initialer).",
                "Type the members in the order they take turns to lead, separated by commas (first names, nicknames or initials)."
            )
        case .lifeCreateMembersLabel: ("Medlemmer", "Members")
        case .lifeCreateKeys: ("Enter videre · Esc tilbake", "Enter next · Esc back")
        case .lifeDemoOfferTitle: ("Demoen er ferdig", "The demo is over")
        case .lifeDemoOfferBody:
            (
                "Ingenting ble lagret. Vil du lage gruppa deres nå?",
                "Nothing was saved. Would you like to create your group now?"
            )
        case .lifeDemoOfferCreate: ("g  lag en gruppe", "g  create a group")
        case .lifeDemoOfferQuit: ("q  avslutt", "q  quit")
        case .lifeFollowUpKeys:
            (
                "f oppfølging en uke senere · F en uke tidligere",
                "f follow-up a week later · F a week earlier"
            )
        case .lifeRulesNewLine: ("ny linje", "new line")
        case .lifeRulesMove: ("flytt", "move")
        case .lifeRulesDone: ("ferdig", "done")
        case .lifeRulesEditHint:
            (
                "e: skriv rammene om sammen (lagres når møtet er ferdig)",
                "e: rewrite the rules together (saved when the meeting finishes)"
            )
        case .lifeRulesEditedHint:
            (
                "Rammene er endret i dag og lagres når møtet slutter · e endre igjen",
                "Rules changed today, saved when the meeting ends · e change again"
            )
        case .lifeKeyFollowUp: ("oppfølging senere/tidligere", "follow-up later/earlier")
        case .lifeHelpFollowUp:
            (
                "Flytt datoen for oppfølging med igangsetteren en uke senere (f) eller tidligere (F).",
                "Move the follow-up date with the starter a week later (f) or earlier (F)."
            )
        case .lifeKeyEditRules: ("skriv rammene om", "rewrite the rules")
        case .lifeHelpEditRules:
            (
                "Skriv rammene om sammen; de lagres når møtet er ferdig.",
                "Rewrite the rules together; they are saved when the meeting finishes."
            )
        case .lifeRulesEditorTitle:
            ("Våre rammer – skriv dem sammen", "Our rules – write them together")
        case .lifeRulesEditorNote:
            (
                "Bare teksten og datoen lagres, aldri hvem som endret den.",
                "Only the text and the date are stored, never who changed it."
            )
        case .lifeCardsTitle:
            ("Prat om hvordan gruppa har det", "Talk about how the group is doing")
        case .lifeCardsIntro:
            ("Velg et kort å snakke ut fra, eller ingen.", "Choose a card to talk from, or none.")
        case .lifeCardsOpen:
            (
                "Ingen kort: hvordan fungerer gruppa for oss nå?",
                "No card: how is the group working for us now?"
            )
        case .lifeCardPick: ("ta dette kortet", "take this card")
        case .lifeCardNone: ("tilbake, ingen endring", "back, no change")
        case .lifeCardForumTitle: ("Diskusjonsforum", "Debating club")
        case .lifeCardForum:
            (
                "Diskuterer vi saker og meninger, i stedet for å dele egne erfaringer?",
                "Do we debate topics and opinions instead of sharing our own experience?"
            )
        case .lifeCardComplaintTitle: ("Klagegruppe", "Complaint group")
        case .lifeCardComplaint:
            (
                "Dyrker vi hverandres problemer, uten å komme videre?",
                "Do we cultivate each other's problems without moving on?"
            )
        case .lifeCardAdviceTitle: ("Rådgivning", "Advice-giving")
        case .lifeCardAdvice:
            (
                "Gir vi hverandre råd, i stedet for å lytte?",
                "Do we give each other advice instead of listening?"
            )
        case .lifeCardCliquesTitle: ("Klikkdannelser", "Cliques")
        case .lifeCardCliques:
            (
                "Er det klikkdannelser, eller kontakt mellom møtene, som gjør noe med gruppa?",
                "Are cliques forming, or contact between meetings, that changes the group?"
            )
        case .lifeCardCoffeeTitle: ("Kaffeslabberas", "Coffee klatch")
        case .lifeCardCoffee:
            (
                "Blir det hyggeprat om løst og fast, og lite om det som betyr noe?",
                "Is it small talk about this and that, and little about what matters?"
            )
        case .lifeCardIdyllTitle: ("Lyserød idyll", "Rosy idyll")
        case .lifeCardIdyll:
            (
                "Holder vi det hyggelig ved å la være å si det som er vanskelig?",
                "Do we keep things pleasant by not saying what is hard?"
            )
        case .lifeGuestAcknowledges: ("gjesten bekrefter", "the guest acknowledges")
        }
    }
}

extension Catalog {
    /// A text of the group's life in this catalog's language.
    public subscript(_ key: GroupLifeText) -> String { text(key) }
    /// A text of the group's life with `%1`, `%2`, … replaced.
    public func f(_ key: GroupLifeText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
