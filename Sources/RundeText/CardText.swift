/// The meeting's cards and agenda steps: the frame, the group's own rules and their acknowledgement,
///
/// the first meeting's and the evaluation's steps, the farewell, and the talk cards for hard conversations.
public enum CardText: String, CaseIterable, CatalogKey {
    case itemRules
    case itemEvalRules
    case rulesAckHint
    case starterRoleTextN
    case starterRoleTextOne
    case itemGoal
    case cardGoalTitle
    case cardGoalText
    case itemEvalGoal
    case promptEvalGoal
    case farewellNamed
    case namesTwo
    case cardRoomTitle
    case cardRoom
    case cardLeavingTitle
    case cardLeaving
    case cardLeaderTitle
    case cardLeader
    case decisionQuestion
    case decisionGoOnHorizon
    case itemDecide
    case keyChoose
    case helpChoose
    case keyHorizon
    case helpHorizon
    case enterDecide
    case itemFarewell
    case promptFarewell
    case itemWayForward
    case promptWayForward
    case starterReachable
    case itemUseGroup
    case promptUseGroup
    case itemSharingLeading
    case promptSharingLeading
    case itemStarterRole
    case cardStarterRoleTitle
    case cardStarterRoleText
    case itemEvalGiven
    case promptEvalGiven
    case itemEvalListened
    case promptEvalListened
    case cardItemEvalRules
    case promptEvalRules
    case itemEvalBlindAlley
    case promptEvalBlindAlley
    case itemEvalDecision
    case promptEvalDecision
    case decisionTitle
    case decisionBody
    case decisionEnd
    case decisionLater
    case guestFrameTitle
    case rulesWelcomeTitle
    case rulesWelcomeTitleMany
    case ackNewMember
    case guestFrameHint
    case guestAcknowledges
    case rulesNewLine
    case rulesMove
    case rulesDone
    case rulesEditHint
    case rulesEditedHint
    case rulesEditAgain
    case rulesEditorTitle
    case rulesEditorNote
    case keyEditRules
    case helpEditRules
    case cardsTitle
    case cardsIntro
    case cardsOpen
    case cardPick
    case cardNone
    case cardForumTitle
    case cardForum
    case cardComplaintTitle
    case cardComplaint
    case cardAdviceTitle
    case cardAdvice
    case cardCliquesTitle
    case cardCliques
    case cardCoffeeTitle
    case cardCoffee
    case cardIdyllTitle
    case cardIdyll
    case promptProcessTalk
    case processTalkNote
    case keyTalk
    case helpTalk
    case itemPresentation
    case itemExpectations
    case itemFrame
    case itemPrinciples
    case itemSinceLast
    case itemRound
    case promptPresentation
    case promptExpectations
    case cardFrameTitle
    case cardFrameText
    case cardPrinciplesTitle
    case cardPrinciplesText
    case ackHint
    case ackCount
    case keyAck
    case starterLast
    case decision
    case decisionGoOnN
    case decisionGoOn
    case cardDecisionEnd
    case cardDecisionLater
    case decisionLine
    case farewell
    case farewellLine
    case ackTitle
    case ackBody
    case ackBody1
    case ackGuest

    public var texts: (nb: String, en: String) {
        switch self {
        // The group's own rules card (`rules`): named for what it shows, wherever it stands, as
        // its card says («Våre rammer» / «Our rules»).
        case .itemRules: ("Våre rammer", "Our rules")
        // The evaluation's round on the rules, apart from the rules card before it.
        case .itemEvalRules: ("Om rammene", "About our rules")
        // A new member's first meeting: the group's own rules, acknowledged by all present.
        case .rulesAckHint:
            (
                "↑/↓ velg · Mellomrom: har lest og bekrefter rammene",
                "↑/↓ choose · Space: has read and agrees to the rules"
            )
        // The starter's card at the first meeting, with the term in numbers (`starter_meetings`).
        case .starterRoleTextN:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nIgangsetteren er med på de %1 første møtene.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nThe starter takes part in the first %1 meetings.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        case .starterRoleTextOne:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nIgangsetteren er med på det første møtet.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nThe starter takes part in the first meeting.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        // Meeting 1: a personal goal, written on paper; Runde keeps none of it.
        case .itemGoal: ("Personlig mål", "Personal goal")
        case .cardGoalTitle: ("Et personlig mål, på papir", "A personal goal, on paper")
        case .cardGoalText:
            (
                "Hver av oss skriver et personlig mål på et ark:\n«I løpet av %1 ganger er målet mitt …»\nArket er ditt, og du tar det med deg.\nRunde lagrer ingenting av det.\nPå evalueringsmøtet spør vi: Har jeg kommet nærmere målet mitt?",
                "Each of us writes a personal goal on a sheet of paper:\n“Within %1 meetings, my goal is …”\nThe sheet is yours to keep.\nRunde saves nothing of it.\nAt the evaluation meeting we ask: Have I come closer to my goal?"
            )
        case .itemEvalGoal: ("Målet mitt", "My goal")
        case .promptEvalGoal:
            ("Har jeg kommet nærmere målet mitt?", "Have I come closer to my goal?")
        // The farewell round names who is leaving.
        case .farewellNamed:
            (
                "Avskjed med %1. Hva vil vi si til hverandre før vi tar farvel?",
                "Farewell to %1. What do we want to say to each other before we say goodbye?"
            )
        case .namesTwo: ("%1 og %2", "%1 and %2")
        // Talk cards for the troubles groups report (the seeds' words).
        case .cardRoomTitle: ("Å ta plass", "Taking up room")
        case .cardRoom:
            (
                "Tar noen av oss mye plass, og andre lite? Hvordan kan alle få plass her?",
                "Do some of us take up much room, and others little? How can everyone have room here?"
            )
        case .cardLeavingTitle: ("Ønske om å slutte", "Wanting to leave")
        case .cardLeaving:
            (
                "Det skaper alltid uro at noen vil slutte. Hvordan har vi det med det, og hva vil vi si til hverandre?",
                "It always unsettles a group when someone wants to leave. How are we with that, and what do we want to say to each other?"
            )
        case .cardLeaderTitle: ("Lederjakt", "Looking for a leader")
        case .cardLeader:
            (
                "Igangsetteren har trukket seg. Leter vi etter en ny leder, i stedet for å dele på å lede? Noen velger da å trekke seg – hvordan har vi det med det?",
                "The starter has withdrawn. Are we looking for a new leader instead of sharing the leading? Some then choose to withdraw – how are we with that?"
            )
        case .decisionQuestion:
            (
                "Hva vil gruppa gjøre videre? Velg det dere ble enige om.",
                "What will the group do next? Choose what you agreed on."
            )
        case .decisionGoOnHorizon:
            (
                "Vi fortsetter med %1 møter til, og evaluerer på det siste",
                "We go on for %1 more meetings, with an evaluation at the last"
            )
        case .itemDecide: ("Beslutning", "Decision")
        case .keyChoose: ("velg", "choose")
        case .helpChoose:
            (
                "Velg det gruppa ble enige om: fortsette, avslutte eller bestemme neste gang.",
                "Choose what the group agreed on: go on, end, or decide next time."
            )
        case .keyHorizon: ("færre/flere møter", "fewer/more meetings")
        case .helpHorizon:
            (
                "Færre (-) eller flere (+) møter før neste evalueringsmøte.",
                "Fewer (-) or more (+) meetings before the next evaluation meeting."
            )
        case .enterDecide: ("lagre beslutningen", "save the decision")
        case .itemFarewell: ("Avskjed", "Farewell")
        case .promptFarewell:
            (
                "Hva vil vi si til hverandre før vi tar farvel?",
                "What do we want to say to each other before we say goodbye?"
            )
        case .itemWayForward: ("Veien videre", "Way forward")
        case .promptWayForward:
            (
                "Veien videre – hvordan vil vi fortsette som gruppe?",
                "The way forward – how do we want to go on as a group?"
            )
        case .starterReachable:
            (
                "Igangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter can still be reached if the group needs it."
            )
        // The first meeting's talk on how to use the group (DESIGN §1, the first meeting).
        case .itemUseGroup: ("Bruke gruppa", "Using the group")
        case .promptUseGroup:
            (
                "Hvordan vil vi bruke gruppa? Hva trenger vi her?",
                "How do we want to use the group? What do we need here?"
            )
        case .itemSharingLeading: ("Å lede", "Leading")
        case .promptSharingLeading:
            ("Hvordan deler vi på å lede møtene?", "How do we share leading the meetings?")
        case .itemStarterRole: ("Igangsetter", "Starter")
        case .cardStarterRoleTitle: ("Igangsetterens rolle", "The starter's role")
        case .cardStarterRoleText:
            (
                "Igangsetteren hjelper gruppa i gang og trekker seg så ut.\nVi avtaler nå hvor mange møter igangsetteren er med på.\nGruppa er vår egen: vi leder møtene etter tur.\nVi avtaler en dato for oppfølging med igangsetteren.\nIgangsetteren kan fortsatt nås hvis gruppa trenger det.",
                "The starter helps the group begin, and then withdraws.\nWe agree now how many meetings the starter takes part in.\nThe group is our own: we take turns to lead the meetings.\nWe agree a date to follow up with the starter.\nThe starter can still be reached if the group needs it."
            )
        case .itemEvalGiven: ("Utbytte", "What I got")
        case .promptEvalGiven: ("Hva har gruppa gitt meg?", "What has the group given me?")
        case .itemEvalListened: ("Å bli hørt", "Being heard")
        case .promptEvalListened: ("Blir jeg lyttet til?", "Am I listened to?")
        case .cardItemEvalRules: ("Om rammene", "About our rules")
        case .promptEvalRules: ("Holder vi rammene våre?", "Do we keep our rules?")
        case .itemEvalBlindAlley: ("Blindgater", "Blind alleys")
        case .promptEvalBlindAlley:
            (
                "Er vi på vei inn i en blindgate: diskusjonsforum, klagegruppe, rådgivning, klikkdannelser, kaffeslabberas eller lyserød idyll?",
                "Are we heading into a blind alley: debating club, complaint group, advice-giving, cliques, coffee klatch or rosy idyll?"
            )
        case .itemEvalDecision: ("Fortsette?", "Go on?")
        case .promptEvalDecision:
            (
                "Fortsetter vi med flere møter, avslutter vi gruppa, eller bestemmer vi det neste gang?",
                "Do we go on with more meetings, end the group, or decide it next time?"
            )
        case .decisionTitle: ("Gruppas beslutning", "The group's decision")
        case .decisionBody:
            ("Bare beslutningen og datoen lagres.", "Only the decision and its date are stored.")
        case .decisionEnd:
            (
                "Vi avslutter gruppa (historikken blir liggende)",
                "We end the group (its history stays)"
            )
        case .decisionLater: ("Vi bestemmer neste gang", "We decide next time")
        case .guestFrameTitle: ("Våre rammer – for %1", "Our rules – for %1")
        // The rules card at a new member's first meeting, welcoming the newcomers present by
        // name; when the names do not fit on the line, all of them at once.
        case .rulesWelcomeTitle: ("Våre rammer – velkommen, %1", "Our rules – welcome, %1")
        case .rulesWelcomeTitleMany:
            ("Våre rammer – velkommen til nye medlemmer", "Our rules – welcome to our new members")
        case .guestFrameHint:
            (
                "Enter når %1 har lest og bekrefter rammene · Esc lukk",
                "Enter when %1 has read and agrees to the rules · Esc close"
            )
        case .guestAcknowledges: ("gjesten bekrefter", "the guest acknowledges")
        case .rulesNewLine: ("ny linje", "new line")
        case .rulesMove: ("flytt", "move")
        case .rulesDone: ("ferdig", "done")
        case .rulesEditHint:
            (
                "skriv rammene om sammen (lagres når møtet er ferdig)",
                "rewrite the rules together (saved when the meeting finishes)"
            )
        case .rulesEditAgain: ("endre igjen", "change again")
        case .rulesEditedHint:
            (
                "Rammene er endret i dag og lagres når møtet slutter",
                "Rules changed today, saved when the meeting ends"
            )
        case .rulesEditorTitle:
            ("Våre rammer – skriv dem sammen", "Our rules – write them together")
        case .rulesEditorNote:
            (
                "Bare teksten og datoen lagres, aldri hvem som endret den.",
                "Only the text and the date are stored, never who changed it."
            )
        case .keyEditRules: ("skriv rammene om", "rewrite the rules")
        case .helpEditRules:
            (
                "Skriv rammene om sammen; de lagres når møtet er ferdig.",
                "Rewrite the rules together; they are saved when the meeting finishes."
            )
        case .cardsTitle:
            ("Prat om hvordan gruppa har det", "Talk about how the group is doing")
        case .cardsIntro:
            ("Velg et kort å snakke ut fra, eller ingen.", "Choose a card to talk from, or none.")
        case .cardsOpen:
            (
                "Ingen kort: hvordan fungerer gruppa for oss nå?",
                "No card: how is the group working for us now?"
            )
        case .cardPick: ("ta dette kortet", "take this card")
        case .cardNone: ("tilbake, ingen endring", "back, no change")
        case .cardForumTitle: ("Diskusjonsforum", "Debating club")
        case .cardForum:
            (
                "Diskuterer vi saker og meninger, i stedet for å dele egne erfaringer?",
                "Do we debate topics and opinions instead of sharing our own experience?"
            )
        case .cardComplaintTitle: ("Klagegruppe", "Complaint group")
        case .cardComplaint:
            (
                "Dyrker vi hverandres problemer, uten å komme videre?",
                "Do we cultivate each other's problems without moving on?"
            )
        case .cardAdviceTitle: ("Rådgivning", "Advice-giving")
        case .cardAdvice:
            (
                "Gir vi hverandre råd, i stedet for å lytte?",
                "Do we give each other advice instead of listening?"
            )
        case .cardCliquesTitle: ("Klikkdannelser", "Cliques")
        case .cardCliques:
            (
                "Er det klikkdannelser, eller kontakt mellom møtene, som gjør noe med gruppa?",
                "Are cliques forming, or contact between meetings, that changes the group?"
            )
        case .cardCoffeeTitle: ("Kaffeslabberas", "Coffee klatch")
        case .cardCoffee:
            (
                "Blir det hyggeprat om løst og fast, og lite om det som betyr noe?",
                "Is it small talk about this and that, and little about what matters?"
            )
        case .cardIdyllTitle: ("Lyserød idyll", "Rosy idyll")
        case .cardIdyll:
            (
                "Holder vi det hyggelig ved å la være å si det som er vanskelig?",
                "Do we keep things pleasant by not saying what is hard?"
            )
        case .promptProcessTalk:
            ("Hvordan fungerer gruppa for oss nå?", "How is the group working for us right now?")
        case .processTalkNote:
            (
                "Her dømmer vi ingen; vi snakker om hvordan vi har det sammen. Hvem som helst kan be om dette.",
                "Nobody is judged here; we talk about how we are doing together. Anyone can ask for this."
            )
        case .keyTalk: ("prat om gruppa", "talk about the group")
        case .helpTalk:
            (
                "stopp opp og snakk om hvordan gruppa fungerer",
                "stop and talk about how the group is working"
            )
        case .itemPresentation: ("Presentasjon", "Introductions")
        case .itemExpectations: ("Forventninger", "Expectations")
        case .itemFrame: ("Taushetsplikt", "Confidentiality")
        case .itemPrinciples: ("Prinsipper", "Principles")
        case .itemSinceLast: ("Siden sist", "Since last")
        case .itemRound: ("Runde", "Round")
        case .promptPresentation:
            (
                "Presentasjonsrunde: hvem er jeg, og hva bringer meg hit?",
                "Introductions: who am I, and what brings me here?"
            )
        case .promptExpectations:
            (
                "Hva forventer jeg, hva trenger jeg, og hva motiverer meg?",
                "What do I expect, what do I need, and what motivates me?"
            )
        case .cardFrameTitle:
            ("Taushetsplikt og faste rammer", "Confidentiality and the basic frame")
        case .cardFrameText:
            (
                "Taushetsplikt: det som blir sagt her, blir her.\nMeldeplikt: gi beskjed hvis du ikke kan komme.\nTid: vi møtes til avtalt tid, og slutter til avtalt tid.\nPauser og servering: vi tar en pause midt i møtet.\nHver av oss bekrefter taushetserklæringen.",
                "Confidentiality: what is said here stays here.\nTell us if you can't come.\nTime: we start and end when agreed.\nPauses and refreshments: we take a pause halfway.\nEach of us acknowledges the confidentiality declaration."
            )
        case .cardPrinciplesTitle: ("Prinsippene", "The principles")
        case .cardPrinciplesText:
            (
                "Vi lytter til hverandre.\nVi deler egne erfaringer, og gir ikke råd.\nSi ikke mer enn du vil.\nVi er her og nå.\nAlle får snakke etter tur.",
                "We listen to each other.\nWe share our own experience and give no advice.\nSay no more than you want.\nWe are here and now.\nEveryone speaks in turn."
            )
        case .ackHint:
            (
                "↑/↓ velg · Mellomrom: bekreftet taushetserklæringen",
                "↑/↓ choose · Space: acknowledged the declaration"
            )
        case .ackCount: ("%1 av %2 har bekreftet", "%1 of %2 have acknowledged")
        case .keyAck: ("bekreft", "acknowledge")
        case .starterLast:
            (
                "Veien videre: igangsetteren er med for siste gang i dag. Avtal en dato for oppfølging.",
                "The way forward: the starter takes part for the last time today. Agree a date to follow up."
            )
        case .decision: ("Beslutning", "Decision")
        case .decisionGoOnN:
            ("gruppa fortsetter, %1 møter til", "the group goes on, %1 more meetings")
        case .decisionGoOn: ("gruppa fortsetter", "the group goes on")
        case .cardDecisionEnd: ("gruppa avslutter", "the group ends")
        case .cardDecisionLater: ("vi bestemmer neste gang", "we decide next time")
        case .decisionLine: ("Beslutning: %1", "Decision: %1")
        case .farewell: ("Avskjed", "Farewell")
        case .farewellLine:
            (
                "Et medlem tok farvel med gruppa i dette møtet.",
                "A member said goodbye to the group in this meeting."
            )

        case .ackTitle: ("Ikke alle har bekreftet", "Not everyone has acknowledged")
        case .ackBody:
            (
                "%1 av %2 har ikke bekreftet ennå. Gå videre likevel?",
                "%1 of %2 have not acknowledged yet. Go on anyway?"
            )
        // One person: a sentence of its own ("has"), not "1 … have".
        case .ackBody1:
            (
                "1 av %1 har ikke bekreftet ennå. Gå videre likevel?",
                "1 of %1 has not acknowledged yet. Go on anyway?"
            )
        case .ackGuest: ("%1 (gjest)", "%1 (guest)")
        case .ackNewMember: ("%1 (ny)", "%1 (new)")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: CardText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: CardText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
