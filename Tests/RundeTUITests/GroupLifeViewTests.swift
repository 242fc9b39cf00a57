import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The group's life on screen (DESIGN §1): snapshots of every new step at 80×24 in nb and en,
/// the guest's frame, and the group screen's edits.
@Suite struct GroupLifeViewTests {
    static let roster = ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"]
    static let date = LocalDate(year: 2027, month: 1, day: 15)

    /// A meeting of `format` (with the proposal's extra steps), walked with Enter until the step
    /// labelled `label` is current.
    static func model(_ group: GroupFile, at label: String, lang: Lang, number: Int? = nil)
        -> MeetingModel
    {
        let p = GroupLife.propose(for: group, today: date)
        let setup = MeetingSetup(
            memberCount: group.members.count, leader: 0,
            meetingNumber: number ?? group.meetingsHeld + 1,
            date: date, utcOffsetSeconds: 0, plan: .standard, startedAt: MeetingFixtures.t0,
            agenda: p.agenda, format: p.format.rawValue, nextMeetingInDays: p.nextMeetingInDays)
        var m = MeetingState(setup: setup)
        var t = 0.0
        while m.item.label != label && !m.isFinished && t < 50_000 {
            t += 30
            _ = m.apply(.tick(MeetingFixtures.t0 + t))
            _ = m.apply(.advance)
        }
        var model = MeetingModel(
            meeting: m, roster: group.members, groupName: "Torsdag", rules: group.rules, lang: lang)
        model.starterMeetings = group.starterMeetings
        model.horizon = group.horizon
        model.lifeNotes = p.reasons.map {
            model.strings.lifeReason($0, followUp: group.starterFollowUp)
        }
        return model
    }

    static func group(held: Int = 5) -> GroupFile {
        var g = GroupFile(name: "Torsdag", members: roster, meetingsHeld: held)
        g.lastMeetingDate = date.adding(days: -14)
        return g
    }

    static func checkInModel(_ g: GroupFile, lang: Lang) -> MeetingModel {
        let p = GroupLife.propose(for: g, today: date)
        let setup = MeetingSetup(
            memberCount: g.members.count, leader: 0, meetingNumber: g.meetingsHeld + 1, date: date,
            utcOffsetSeconds: 0, plan: .standard, startedAt: MeetingFixtures.t0, agenda: p.agenda,
            format: p.format.rawValue)
        var model = MeetingModel(
            meeting: MeetingState(setup: setup), roster: g.members, groupName: "Torsdag",
            rules: g.rules, lang: lang)
        model.lifeNotes = p.reasons.map {
            model.strings.lifeReason($0, followUp: g.starterFollowUp)
        }
        return model
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func snapshotsOfEveryNewStep(lang: Lang) {
        let l = lang.rawValue
        var joined = Self.group()
        joined.newMemberPending = true
        joined.leaving = ["Zorbulon"]
        assertSnapshot(
            MeetingView.render(Self.checkInModel(joined, lang: lang), width: 80, height: 24),
            named: "life-checkin-\(l)-80x24")
        assertSnapshot(
            MeetingView.render(
                Self.model(joined, at: "presentation_round", lang: lang), width: 80, height: 24),
            named: "life-newgroup-presentation-\(l)-80x24")
        assertSnapshot(
            MeetingView.render(
                Self.model(joined, at: "farewell_round", lang: lang), width: 80, height: 24),
            named: "life-farewell-\(l)-80x24")
        var gap = Self.group()
        gap.lastMeetingDate = Self.date.adding(days: -40)
        assertSnapshot(
            MeetingView.render(Self.checkInModel(gap, lang: lang), width: 80, height: 24),
            named: "life-restart-checkin-\(l)-80x24")
        var starter = Self.group(held: 0)
        starter.lastMeetingDate = nil
        starter.starterMeetings = 3
        assertSnapshot(
            MeetingView.render(
                Self.model(starter, at: "use_group", lang: lang), width: 80, height: 24),
            named: "life-use-group-\(l)-80x24")
        let small = MeetingView.render(
            Self.model(starter, at: "use_group", lang: lang), width: 60, height: 16
        ).text
        #expect(
            small.contains(Catalog(lang)[.promptUseGroup]),
            "the whole question at 60×16:\n\(small)")
        assertSnapshot(
            MeetingView.render(
                Self.model(starter, at: "starter_role", lang: lang), width: 80, height: 24),
            named: "life-starter-role-\(l)-80x24")
        starter.meetingsHeld = 2
        assertSnapshot(
            MeetingView.render(
                Self.model(starter, at: "way_forward", lang: lang), width: 80, height: 24),
            named: "life-way-forward-\(l)-80x24")
        assertSnapshot(
            MeetingView.render(
                Self.model(starter, at: "next_meeting", lang: lang), width: 80, height: 24),
            named: "life-starter-next-meeting-\(l)-80x24")
        starter.meetingsHeld = 3
        assertSnapshot(
            MeetingView.render(
                Self.model(starter, at: "sharing_leading", lang: lang), width: 80, height: 24),
            named: "life-sharing-leading-\(l)-80x24")
        var horizon = Self.group(held: 11)
        horizon.horizon = 12
        for step in [
            "eval_given", "eval_listened", "eval_rules", "eval_blind_alley", "eval_decision",
        ] {
            assertSnapshot(
                MeetingView.render(
                    Self.model(horizon, at: step, lang: lang), width: 80, height: 24),
                named: "life-\(step)-\(l)-80x24")
        }
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theFrameCardListsAndCountsGuests(lang: Lang) {
        var g = Self.group()
        g.newMemberPending = true
        var model = Self.model(g, at: "rules", lang: lang)
        _ = model.meeting.apply(.guestArrival)
        _ = model.meeting.apply(.acknowledge(member: 4))  // Gjest 1 (past the roster of 4)
        _ = model.meeting.apply(.acknowledge(member: 0))
        #expect(model.meeting.acknowledged == [0, 4])
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(text.contains(lang == .nb ? "Gjest 1" : "Guest 1"))
        #expect(text.contains(lang == .nb ? "2 av 5" : "2 of 5"))
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "life-frame-guests-\(lang.rawValue)-80x24")
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func aGuestArrivingAfterTheFrameIsShownItOnce(lang: Lang) {
        var model = Self.model(Self.group(), at: "here_and_now", lang: lang)
        #expect(MeetingController.guestNeedsFrame(model))
        model.overlay = .late(cursor: model.lateCandidates.count, guestName: "")
        _ = MeetingController.handle(.enter, model: &model)
        #expect(model.overlay == .guestFrame(guest: 0))
        _ = model.meeting.apply(.guestArrival)
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "life-guest-frame-\(lang.rawValue)-80x24")
        let commands = MeetingController.handle(.enter, model: &model)
        #expect(commands == [.send(.acknowledge(member: 4))])
        #expect(model.overlay == .none)
        // With the frame still ahead, the guest meets it there instead.
        var g = Self.group()
        g.newMemberPending = true
        #expect(
            !MeetingController.guestNeedsFrame(Self.model(g, at: "presentation_round", lang: lang)))
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theProposalScreen(lang: Lang) {
        let s = Catalog(lang)
        let proposal = PromptScreen.proposal(
            lines: [s.f(.proposalBody, s.formatName(.newGroup)), s[.reasonNewMember]],
            choices: [s[.proposalAccept], s.f(.proposalUsual, s.formatName(.regular))], s)
        assertSnapshot(
            proposal.render(width: 80, height: 24), named: "life-proposal-\(lang.rawValue)-80x24")
        // The group's decision is a card inside the evaluation meeting: AgreementsViewTests.
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func processTalkOffersTheBlindAlleyCards(lang: Lang) {
        var model = Self.model(Self.group(), at: "here_and_now", lang: lang)
        // Someone has the floor: `t` asks first (SlipViewTests), then the cards; the talk
        // starts when one is picked.
        #expect(MeetingController.handle(.char("t"), model: &model).isEmpty)
        #expect(MeetingController.handle(.char("j"), model: &model).isEmpty)
        #expect(model.overlay == .processCards(cursor: 0))
        _ = MeetingController.handle(.down, model: &model)
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "life-process-cards-\(lang.rawValue)-80x24")
        let text = MeetingView.render(model, width: 80, height: 24).text
        for card in model.strings.blindAlleyCards { #expect(text.contains(card.title)) }
        #expect(MeetingController.handle(.enter, model: &model) == [.send(.startProcessTalk)])
        _ = model.meeting.apply(.startProcessTalk)
        #expect(model.processCard == 1)
        let round = MeetingView.render(model, width: 80, height: 24).text
        #expect(round.contains(String(model.strings.blindAlleyCards[1].question.prefix(30))))
        // Esc on the cards: back as it was, nothing started.
        model.overlay = .processCards(cursor: 0)
        #expect(MeetingController.handle(.escape, model: &model).isEmpty)
        #expect(model.overlay == .none)
        #expect(model.processCard == 1)
        // Where the reducer would not start a talk (check-in), `t` does nothing.
        var checkIn = Self.checkInModel(Self.group(), lang: lang)
        #expect(MeetingController.handle(.char("t"), model: &checkIn).isEmpty)
        #expect(checkIn.overlay == .none)
    }

    @Test func theMeetingsRulesEditorMovesWithTheArrows() {
        var first = Self.group(held: 0)
        first.lastMeetingDate = nil
        first.rules = "Vi lytter."
        var model = Self.model(first, at: "rules", lang: .nb)
        _ = MeetingController.handle(.char("e"), model: &model)
        for k: Key in [.left, .left, .left, .left, .left, .left, .left] {
            _ = MeetingController.handle(k, model: &model)
        }
        for c in "alle " { _ = MeetingController.handle(.char(c), model: &model) }
        _ = MeetingController.handle(.end, model: &model)
        _ = MeetingController.handle(.backspace, model: &model)
        _ = MeetingController.handle(.char("!"), model: &model)
        #expect(model.overlay == .rulesEditor(MultiLineEditor(text: "Vi alle lytter!")))
        #expect(MeetingView.render(model, width: 80, height: 24).text.contains("Vi alle lytter!▏"))
        _ = MeetingController.handle(.escape, model: &model)
        #expect(model.editedRules == "Vi alle lytter!")
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theRulesCardIsEditedTogether(lang: Lang) {
        var first = Self.group(held: 0)
        first.lastMeetingDate = nil
        var model = Self.model(first, at: "rules", lang: lang)
        #expect(model.rulesEditable)
        _ = MeetingController.handle(.char("e"), model: &model)
        #expect(model.overlay == .rulesEditor(MultiLineEditor(text: model.rules)))
        _ = MeetingController.handle(.enter, model: &model)
        for c in "Vi kommer presis." { _ = MeetingController.handle(.char(c), model: &model) }
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "life-rules-editor-\(lang.rawValue)-80x24")
        _ = MeetingController.handle(.escape, model: &model)
        #expect(model.overlay == .none)
        #expect(model.editedRules == GroupFile.defaultRules + "\nVi kommer presis.")
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "life-rules-edited-\(lang.rawValue)-80x24")
        // Not in a regular meeting: `e` does nothing there.
        var regular = Self.model(Self.group(), at: "rules", lang: lang)
        #expect(!regular.rulesEditable)
        _ = MeetingController.handle(.char("e"), model: &regular)
        #expect(regular.overlay == .none)
    }
}
