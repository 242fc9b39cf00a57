import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The closed group and its hard conversations (DESIGN §1, "The group's life"): a guest the
/// group decides on together, the group's own rules for a new member, the starter's term in
/// numbers, the personal goal on paper, the talk cards, and every such card whole on a narrow
/// screen.
@Suite struct ClosedGroupTests {
    static let t0 = MeetingFixtures.t0

    /// A meeting of `format` (or `agenda`), moved on to the step labelled `label`, with a few
    /// seconds on the clock; the first turn of a round has started.
    static func model(
        _ format: MeetingFormat, at label: String, lang: Lang = .nb, number: Int = 5,
        agenda: [AgendaItem]? = nil, plan: MeetingPlan = .standard
    ) -> MeetingModel {
        let setup = MeetingSetup(
            memberCount: 6, leader: 0, meetingNumber: number,
            date: LocalDate(year: 2027, month: 1, day: 15), utcOffsetSeconds: 3600,
            plan: plan, startedAt: t0, agenda: agenda ?? format.agenda, format: format.rawValue)
        var m = MeetingState(setup: setup)
        _ = m.apply(.tick(t0 + 60))
        _ = m.apply(.advance)
        var guardCount = 0
        while m.item.label != label && guardCount < 30 {
            _ = m.apply(.skipPhase)
            guardCount += 1
        }
        _ = m.apply(.tick(t0 + 90))
        return MeetingModel(
            meeting: m, roster: ["Kari", "Ola", "Siri", "Per", "Liv", "Quixtamar"],
            groupName: "Torsdagsgruppa", rules: "Vi møtes annenhver torsdag.\nVi holder tida.",
            lang: lang)
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    /// Every word of `text` shows somewhere in `frame` (no word lost to a cut).
    static func missing(_ text: String, in frame: String) -> [Substring] {
        words(text).filter { !frame.contains($0) }
    }

    // MARK: whole at every size

    /// The models whose texts must show whole: each of the evaluation's rounds, the farewell,
    /// every talk card (in the picker and in the talk), the guest question, the starter's and
    /// the personal goal's cards, and a new member's rules card. With the text that must show.
    static func cards(_ lang: Lang) -> [(String, MeetingModel, String)] {
        var out: [(String, MeetingModel, String)] = []
        let s = Catalog(lang)
        for label in [
            "eval_given", "eval_goal", "eval_listened", "eval_rules", "eval_blind_alley",
            "eval_decision",
        ] {
            let m = model(.evaluation, at: label, lang: lang)
            out.append((label, m, s.lifePrompt(label) ?? ""))
        }
        var farewell = model(
            .regular, at: "farewell_round", lang: lang,
            agenda: [
                AgendaItem(.opening, "rules"), AgendaItem(.openingRound, "farewell_round"),
                AgendaItem(.closingRound, "closing_round"), .summary,
            ])
        farewell.leaving = ["Quixtamar"]
        out.append(("farewell", farewell, s.farewellPrompt(leaving: ["Quixtamar"])))
        for (i, card) in s.blindAlleyCards.enumerated() {
            var picker = model(.regular, at: "here_and_now", lang: lang)
            _ = picker.meeting.apply(.startProcessTalk)
            picker.overlay = .processCards(cursor: i)
            out.append(("cards \(i)", picker, card.question))
            var talk = picker
            talk.overlay = .none
            talk.processCard = i
            out.append(("talk \(i)", talk, card.question))
        }
        var guest = model(.regular, at: "here_and_now", lang: lang)
        guest.overlay = .guestAsk(cursor: 0)
        out.append(("guest", guest, s[.guestAskLine]))
        var starter = model(
            .first, at: "starter_role", lang: lang, number: 1,
            agenda: [AgendaItem(.opening, "starter_role", minutes: 5)] + MeetingFormat.first.agenda)
        starter.starterMeetings = 3
        out.append(("starter", starter, s.f(.starterRoleTextN, 3)))
        let goal = model(.first, at: "personal_goal", lang: lang, number: 1)
        out.append(("goal", goal, s.f(.cardGoalText, 12)))
        return out
    }

    @Test(arguments: [Lang.nb, .en])
    func theHardConversationsShowWholeAtEverySize(_ lang: Lang) {
        let pieces = NarrowScreenTests.pieces(lang)
        let wholes = NarrowScreenTests.wholes(lang)
        for (name, model, text) in Self.cards(lang) {
            #expect(!text.isEmpty, "\(name) has its text")
            for (w, h) in NarrowScreenTests.sizes {
                var model = model
                (model.screenWidth, model.screenHeight) = (w, h)
                let frame = MeetingView.render(model, width: w, height: h)
                let cuts = NarrowScreenTests.cuts(
                    NarrowScreenTests.rows(frame), pieces, wholes: wholes)
                #expect(cuts.isEmpty, "\(name) \(lang) \(w)×\(h):\n\(cuts.joined(separator: "\n"))")
                // A card may scroll (its border says so); a question or a line never loses words.
                if OpeningView.overflows(model) { continue }
                let lost = Self.missing(text, in: frame.text)
                #expect(lost.isEmpty, "\(name) \(lang) \(w)×\(h) lost \(lost):\n\(frame.text)")
            }
        }
    }

    // MARK: the guest

    @Test(arguments: [Lang.nb, .en])
    func aGuestAsksFirstThatTheGroupDecidesTogether(_ lang: Lang) {
        var model = Self.model(.regular, at: "here_and_now", lang: lang)
        let s = model.strings
        _ = MeetingController.handle(.char("a"), model: &model)
        // Everyone is here: the only entry is the guest.
        #expect(model.overlay == .late(cursor: 0, guestName: nil))
        _ = MeetingController.handle(.enter, model: &model)
        #expect(model.overlay == .guestAsk(cursor: 0))
        let asked = MeetingView.render(model, width: 80, height: 24).text
        #expect(Self.missing(s[.guestAskLine], in: asked).isEmpty, "\(asked)")
        #expect(asked.contains(DialogKeys.footer(s, yes: s[.keyGoOn], no: s[.keyNo])))
        // Esc: back to the list, nobody added; Enter says no too.
        _ = MeetingController.handle(.escape, model: &model)
        #expect(model.overlay == .late(cursor: 0, guestName: nil))
        _ = MeetingController.handle(.enter, model: &model)
        _ = MeetingController.handle(.enter, model: &model)
        #expect(model.overlay == .late(cursor: 0, guestName: nil))
        // j/y: go on to the name, and the guest joins.
        _ = MeetingController.handle(.enter, model: &model)
        _ = MeetingController.handle(.char(s[.yesLetter].first!), model: &model)
        #expect(model.overlay == .late(cursor: 0, guestName: ""))
        for c in "Zorbulon" { _ = MeetingController.handle(.char(c), model: &model) }
        let commands = MeetingController.handle(.enter, model: &model)
        #expect(commands == [.send(.guestArrival)])
        #expect(model.guestNames[0] == "Zorbulon")
        #expect(model.meeting.guests == 0, "the runtime applies the event")
    }

    @Test func aLateMemberIsAddedWithoutTheQuestion() {
        var absent = Self.model(.regular, at: "rules")
        absent.meeting = {
            var s = MeetingState(setup: absent.meeting.setup)
            _ = s.apply(.tick(Self.t0 + 10))
            _ = s.apply(.setAttendance(member: 2, .absent))
            _ = s.apply(.advance)
            return s
        }()
        _ = MeetingController.handle(.char("a"), model: &absent)
        let commands = MeetingController.handle(.enter, model: &absent)
        #expect(commands == [.send(.lateArrival(member: 2))])
        #expect(absent.overlay == .none)
    }

    // MARK: the cards

    @Test func theStartersTermIsSaidInNumbersOrAgreed() {
        var model = Self.model(
            .first, at: "starter_role", number: 1,
            agenda: [AgendaItem(.opening, "starter_role", minutes: 5)] + MeetingFormat.first.agenda)
        model.starterMeetings = 3
        #expect(
            MeetingView.render(model, width: 100, height: 30).text.contains(
                "Igangsetteren er med på de 3 første møtene."))
        model.starterMeetings = 1
        #expect(OpeningView.card(model).text.contains("Igangsetteren er med på det første møtet."))
        model.starterMeetings = nil
        let agree = OpeningView.card(model).text
        #expect(agree.contains("Vi avtaler nå hvor mange møter igangsetteren er med på."))
        // One voice: the card says "vi", never "dere".
        for n in [nil, 1, 3] as [Int?] {
            model.starterMeetings = n
            #expect(!Self.words(OpeningView.card(model).text).contains("dere"))
        }
    }

    @Test func theFirstMeetingHasAPersonalGoalOnPaperThatIsNotSaved() {
        var model = Self.model(.first, at: "personal_goal", number: 1)
        #expect(model.meeting.item.label == "personal_goal")
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(text.contains("«I løpet av 12 ganger er målet mitt …»"), "\(text)")
        #expect(text.contains("Runde lagrer ingenting av det."))
        model.horizon = 10
        #expect(OpeningView.card(model).text.contains("I løpet av 10 ganger"))
        let eval = Self.model(.evaluation, at: "eval_goal")
        #expect(RoundView.prompts(eval) == ["Har jeg kommet nærmere målet mitt?"])
    }

    @Test func aNewMembersMeetingShowsTheGroupsOwnRulesForEveryoneToAcknowledge() {
        var model = Self.model(.newGroup, at: "rules")
        #expect(model.meeting.item.acknowledge)
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(text.contains("Vi møtes annenhver torsdag."), "\(text)")
        #expect(text.contains("Quixtamar"), "the newcomer is listed by name")
        #expect(text.contains(model.strings[.rulesAckHint]))
        #expect(!text.contains("Taushetsplikt: det som blir sagt her"), "not the built-in frame")
        // Everyone present, the newcomer too, can be ticked.
        for _ in 0..<6 {
            let commands = MeetingController.handle(.char(" "), model: &model)
            for case .send(let e) in commands { _ = model.meeting.apply(e) }
            _ = MeetingController.handle(.down, model: &model)
        }
        #expect(model.meeting.acknowledged.count == 6)
    }

    @Test(arguments: [Lang.nb, .en])
    func theTalkCardsCarryTheSeedsWords(_ lang: Lang) {
        let s = Catalog(lang)
        let titles = s.blindAlleyCards.map(\.title)
        if lang == .nb {
            for t in [
                "Kaffeslabberas", "Klikkdannelser", "Klagegruppe", "Å ta plass",
                "Ønske om å slutte",
                "Lederjakt",
            ] {
                #expect(titles.contains(t), "\(t) in \(titles)")
            }
            #expect(s[.cardComplaint].contains("Dyrker vi hverandres problemer"))
            #expect(!titles.contains("Kaffeklubb"))
        }
        #expect(titles.count == 9)
    }

    @Test func aFarewellMeetingOffersTheCardOnLeavingFirst() {
        var model = Self.model(
            .regular, at: "here_and_now",
            agenda: [
                AgendaItem(.openingRound, "here_and_now"),
                AgendaItem(.openingRound, "farewell_round"), .summary,
            ])
        // Between turns, so `t` opens the cards at once.
        _ = model.meeting.apply(.endTurn)
        _ = MeetingController.handle(.char("t"), model: &model)
        // While a turn runs, `t` asks first.
        if case .confirm = model.overlay { _ = MeetingController.handle(.char("j"), model: &model) }
        guard case .processCards(let cursor) = model.overlay else {
            Issue.record("no cards: \(model.overlay)")
            return
        }
        #expect(model.strings.blindAlleyCards[cursor].title == "Ønske om å slutte")
    }

    @Test func theFarewellNamesWhoIsLeaving() {
        let s = Catalog(.nb)
        #expect(
            s.farewellPrompt(leaving: ["Quixtamar"])
                == "Avskjed med Quixtamar. Hva vil vi si til hverandre før vi tar farvel?")
        #expect(
            s.farewellPrompt(leaving: ["Quixtamar", "Zorbulon", "Kari"])
                == "Avskjed med Quixtamar, Zorbulon og Kari. Hva vil vi si til hverandre før vi tar farvel?"
        )
        #expect(s.farewellPrompt(leaving: []) == "Hva vil vi si til hverandre før vi tar farvel?")
    }

    // MARK: words

    @Test func theSecondMeetingAsksAboutSinceLastTimeOnce() {
        let since = Self.model(.second, at: "since_last")
        let here = Self.model(.second, at: "here_and_now")
        let s = here.strings
        #expect(RoundView.prompts(since) == [s[.promptOpening2]])
        #expect(RoundView.prompts(here) == [s[.promptOpening1]])
        // A regular meeting, with no round on since last time, asks both in its one round.
        let regular = Self.model(.regular, at: "here_and_now")
        #expect(RoundView.prompts(regular) == [s[.promptOpening1], s[.promptOpening2]])
    }

    @Test(arguments: [Lang.nb, .en])
    func theHandoverHintPointsToWhatIsOnTheLaptop(_ lang: Lang) {
        let text = Catalog(lang)[.summaryHandover]
        #expect(text.contains("runde handover --help") && text.contains("man runde"))
        #expect(!text.contains("README"))
    }
}
