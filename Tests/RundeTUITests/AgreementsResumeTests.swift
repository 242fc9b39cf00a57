import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The group's agreements in a meeting survive a crash (kill -9) and a resume: the evaluation's
/// decision and the follow-up date replay from the journal, the rewritten rules come back from
/// the draft beside it, and all three reach group.toml once when the meeting finishes (or is set
/// aside as unfinished).
@Suite struct AgreementsResumeTests {
    static let t0 = Instant(1_797_271_200)  // Monday 14 December 2026, 18:00 UTC

    struct Bed {
        let root =
            NSTemporaryDirectory() + "runde-agree-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let loc: DataLocation
        let slug: String
        let session: MeetingSession

        /// A group of four that has held `held` meetings, changed by `change`.
        init(held: Int, _ change: (inout GroupFile) -> Void = { _ in }) throws {
            loc = DataLocation(root: root)
            slug = try GroupStore(location: loc).create(
                name: "Tirsdag", members: ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"])
            var g = try GroupStore(location: loc).load(slug: slug)
            g.meetingsHeld = held
            change(&g)
            try GroupStore(location: loc).save(g, slug: slug)
            session = MeetingSession(location: loc, slug: slug)
        }

        var group: GroupFile { get throws { try GroupStore(location: loc).load(slug: slug) } }
        var groupText: String {
            (try? String(contentsOfFile: loc.groupDir(slug) + "/group.toml", encoding: .utf8)) ?? ""
        }
        var draftPath: String { RulesDraft.path(forJournal: session.journalPath) }
        func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

        /// Starts the proposed meeting and runs it with Enter until `stop` holds, then `then`
        /// (journaled as the runtime would); leaves the journal as kill -9 would.
        func run(
            until stop: (MeetingState) -> Bool, then events: [MeetingEvent] = [],
            rules: String? = nil
        ) throws -> MeetingState {
            let g = try group
            let proposal = GroupLife.propose(
                for: g, today: LocalDate(instant: AgreementsResumeTests.t0, utcOffsetSeconds: 0))
            var (state, journal) = try session.start(
                group: g, proposal: proposal, at: AgreementsResumeTests.t0, utcOffsetSeconds: 0)
            let storage = FileMeetingStorage(journal: journal, location: loc, slug: slug)
            var t = AgreementsResumeTests.t0
            func send(_ e: MeetingEvent) throws {
                let before = state
                _ = state.apply(e)
                if state != before { try storage.record(e, onlyMovesTheClock: false) }
            }
            for _ in 0..<80 where !stop(state) {
                t = t + 5
                try send(.tick(t))
                try send(.advance)
            }
            #expect(stop(state), "the meeting never reached the step")
            for e in events { try send(e) }
            if let rules { try storage.keepRulesDraft(rules) }
            journal.close()
            return state
        }

        func unfinished() throws -> MeetingSession.Unfinished {
            guard case .unfinished(let u) = session.find() else { throw Missing() }
            return u
        }

        /// Resumes, runs with Enter to the summary, and finishes through the storage (twice:
        /// a retry must not apply anything again).
        func resumeAndFinish(_ u: MeetingSession.Unfinished) throws {
            var (state, journal) = session.resume(u, at: u.lastSeen + 600)
            let storage = FileMeetingStorage(
                journal: journal, location: loc, slug: slug, rulesDraft: u.rulesDraft)
            var t = state.now
            for _ in 0..<80 where !state.isFinished {
                t = t + 5
                for e in [MeetingEvent.tick(t), .advance] {
                    _ = state.apply(e)
                    try storage.record(e, onlyMovesTheClock: false)
                }
            }
            #expect(state.isFinished)
            let log = SessionLogBuilder.build(from: state, rosterNames: try group.members)
            _ = try storage.finish(log: log, state: state)
            _ = try storage.finish(log: log, state: state)
            // A process that died after saving the group file but before deleting the journal
            // finishes again on the next start: still nothing twice.
            var g = try group
            g = FileMeetingStorage.updated(g, after: state, rules: u.rulesDraft)
            try GroupStore(location: loc).save(g, slug: slug)
        }
        struct Missing: Error {}
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func theDecisionReplaysFromTheJournalAndIsStoredOnce() throws {
        let bed = try Bed(held: 5) { $0.horizon = 6 }
        defer { bed.cleanUp() }
        let before = try bed.run(until: \.onDecisionCard, then: [.decide(.goOn, newHorizon: 14)])
        #expect(before.agreements.decision == .goOn)
        let u = try bed.unfinished()
        #expect(u.state == before, "the journal replays to the state it stopped in")
        #expect(u.state.agreements == MeetingAgreements(decision: .goOn, newHorizon: 14))
        try bed.resumeAndFinish(u)
        let g = try bed.group
        #expect(
            g.decisions == [
                HorizonDecision(
                    date: LocalDate(year: 2026, month: 12, day: 14), choice: .goOn, newHorizon: 14)
            ])
        #expect(g.horizon == 6 + 14)
        #expect(Self.occurrences("[[decisions]]", in: bed.groupText) == 1)
        #expect(!FileIO.exists(bed.session.journalPath))
    }

    @Test func theFollowUpDateReplaysFromTheJournalAndIsStoredOnce() throws {
        let bed = try Bed(held: 2) { $0.starterMeetings = 3 }
        defer { bed.cleanUp() }
        let today = LocalDate(year: 2026, month: 12, day: 14)
        let before = try bed.run(
            until: { $0.phase == .nextMeeting }, then: [.setFollowUp(today.adding(days: 70))])
        let u = try bed.unfinished()
        #expect(u.state == before)
        #expect(u.state.agreements.followUp == today.adding(days: 70))
        try bed.resumeAndFinish(u)
        #expect(try bed.group.starterFollowUp == today.adding(days: 70))
        #expect(Self.occurrences("follow_up_date", in: bed.groupText) == 1)
    }

    @Test func theRewrittenRulesComeBackFromTheDraftAndAreStoredOnce() throws {
        let bed = try Bed(held: 0)
        defer { bed.cleanUp() }
        let text = "Taushetsplikt.\nVi kommer presis."
        _ = try bed.run(until: { $0.item.label == "rules" }, rules: text)
        #expect(FileIO.mode(of: bed.draftPath).map { $0 & 0o777 } == 0o600)
        let journal = try String(contentsOfFile: bed.session.journalPath, encoding: .utf8)
        #expect(!journal.contains("presis"), "the rules text never reaches the journal")
        let u = try bed.unfinished()
        #expect(u.rulesDraft == text)
        try bed.resumeAndFinish(u)
        let g = try bed.group
        #expect(g.rules == text)
        #expect(
            g.ruleChanges == [
                RuleChange(date: LocalDate(year: 2026, month: 12, day: 14), text: text)
            ])
        #expect(Self.occurrences("[[rule_changes]]", in: bed.groupText) == 1)
        #expect(!FileIO.exists(bed.draftPath), "the draft goes with the journal")
        for name in try FileManager.default.contentsOfDirectory(
            atPath: bed.loc.groupDir(bed.slug) + "/logs")
        {
            let log = try String(
                contentsOfFile: bed.loc.groupDir(bed.slug) + "/logs/" + name, encoding: .utf8)
            #expect(!log.contains("presis"))
        }
    }

    /// Set aside as an unfinished log: what the group had agreed before the interruption is kept.
    @Test func anUnfinishedMeetingSetAsideKeepsWhatWasAgreed() throws {
        let bed = try Bed(held: 5) { $0.horizon = 6 }
        defer { bed.cleanUp() }
        _ = try bed.run(
            until: \.onDecisionCard, then: [.decide(.end, newHorizon: nil)], rules: "Nye rammer.")
        try bed.session.saveUnfinished(try bed.unfinished(), group: try bed.group)
        let g = try bed.group
        #expect(g.decisions.map(\.choice) == [.end])
        #expect(g.rules == "Nye rammer.")
        #expect(g.ruleChanges.count == 1)
        #expect(g.meetingsHeld == 6)
        #expect(!FileIO.exists(bed.draftPath))
        #expect(!FileIO.exists(bed.session.journalPath))
    }

    @Test func aDamagedDraftIsNamedOnTheResumeOffer() throws {
        let bed = try Bed(held: 0)
        defer { bed.cleanUp() }
        _ = try bed.run(until: { $0.item.label == "rules" }, rules: "Vi lytter.")
        try FileIO.writeAtomically(Data("garbage".utf8), to: bed.draftPath)
        let u = try bed.unfinished()
        #expect(u.rulesDraft == nil)
        #expect(u.warnings.contains { $0.contains("journal.rules") }, "\(u.warnings)")
    }
}

/// The runtime keeps the rules draft as the group types: at once when the editor closes, and
/// at most a second behind while it is open.
@Suite struct RulesDraftRuntimeTests {
    static func rulesModel(clock: FakeClock) -> MeetingModel {
        let setup = MeetingSetup(
            memberCount: 3, leader: 0, meetingNumber: 1,
            date: LocalDate(year: 2027, month: 3, day: 4),
            utcOffsetSeconds: 0, plan: .standard, startedAt: clock.t,
            agenda: MeetingFormat.first.agenda, format: MeetingFormat.first.rawValue)
        var m = MeetingState(setup: setup)
        while m.item.label != "rules" { _ = m.apply(.skipPhase) }
        return MeetingModel(
            meeting: m, roster: ["Quixtamar", "Zorbulon", "Vexilda"], groupName: "T",
            rules: "Regel.", lang: .en)
    }

    @Test func theDraftIsKeptWhileTypingAndWhenTheEditorCloses() {
        let clock = FakeClock(Instant(1_800_000_000))
        let storage = MemoryStorage()
        let keys: [FakeTerminal.Step] = [
            .key(.char("e")), .key(.char("X")), .wait(seconds: 1.1), .key(.char("Y")),
            .key(.escape), .wait(seconds: 0.5),
        ]
        let terminal = FakeTerminal(clock: clock, script: keys)
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.rulesModel(clock: clock), storage: storage
        )
        _ = runtime.run()
        #expect(storage.rulesDraft == "Regel.XY")
        #expect(runtime.model.editedRules == "Regel.XY")
    }

    @Test func aSignalWhileTypingStillKeepsTheText() {
        let clock = FakeClock(Instant(1_800_000_000))
        let storage = MemoryStorage()
        let terminal = FakeTerminal(
            clock: clock, script: [.key(.char("e")), .key(.char("Z")), .signal(15)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: Self.rulesModel(clock: clock), storage: storage
        )
        #expect(runtime.run() == .signal(15))
        #expect(storage.rulesDraft == "Regel.Z")
    }
}

/// The guest's frame card and the decision card on screen.
@Suite struct AgreementsViewTests {
    static let roster = ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"]
    static let rules = "Det som blir sagt her, blir her.\nVi gir ikke råd.\nVi kommer presis."

    /// A regular meeting in its first round, with a guest who has just arrived.
    static func guestModel(name: String?, lang: Lang) -> MeetingModel {
        var m = MeetingState(setup: MeetingFixtures.setup())
        _ = m.apply(.tick(MeetingFixtures.t0 + 30))
        _ = m.apply(.advance)
        _ = m.apply(.advance)
        var model = MeetingModel(
            meeting: m, roster: roster + ["Liv", "Nils"], groupName: "Torsdag", rules: rules,
            lang: lang)
        model.overlay = .late(cursor: model.lateCandidates.count, guestName: "")
        for c in name ?? "" { _ = MeetingController.handle(.char(c), model: &model) }
        for cmd in MeetingController.handle(.enter, model: &model) {
            if case .send(let e) = cmd { _ = model.meeting.apply(e) }
        }
        return model
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theGuestSeesTheGroupsOwnRulesAndTheirName(lang: Lang) {
        let named = Self.guestModel(name: "Klimbor", lang: lang)
        #expect(named.overlay == .guestFrame(guest: 0))
        let frame = MeetingView.render(named, width: 80, height: 24)
        assertSnapshot(frame, named: "durable-guest-frame-\(lang.rawValue)-80x24")
        #expect(frame.text.contains("Vi kommer presis."))
        #expect(frame.text.contains("Klimbor"))
        #expect(!frame.text.contains(Catalog(lang)[.cardFrameText].split(separator: "\n")[0]))
        let unnamed = Self.guestModel(name: nil, lang: lang)
        let text = MeetingView.render(unnamed, width: 80, height: 24).text
        #expect(text.contains(Catalog(lang).f(.guest, 1)))
        assertSnapshot(
            MeetingView.render(unnamed, width: 80, height: 24),
            named: "durable-guest-frame-unnamed-\(lang.rawValue)-80x24")
    }

    @Test func theGuestsAcknowledgementIsCounted() {
        var model = Self.guestModel(name: "Klimbor", lang: .nb)
        let commands = MeetingController.handle(.enter, model: &model)
        #expect(commands == [.send(.acknowledge(member: 6))])
        #expect(model.overlay == .none)
    }

    @Test func rulesRewrittenTodayAreWhatTheGuestSees() {
        var model = Self.guestModel(name: nil, lang: .en)
        model.editedRules = "Nye rammer i dag."
        #expect(MeetingView.render(model, width: 80, height: 24).text.contains("Nye rammer i dag."))
    }

    @Test func longRulesNeverHideTheGuestsKeys() {
        var model = Self.guestModel(name: "Klimbor", lang: .en)
        model.rules = (1...40).map { "Regel nummer \($0)." }.joined(separator: "\n")
        for (w, h) in [(80, 24), (60, 16)] {
            let text = MeetingView.render(model, width: w, height: h).text
            #expect(text.contains("Enter when"), "\(w)×\(h):\n\(text)")
        }
    }

    /// The evaluation's decision card, nb and en.
    static func decisionModel(lang: Lang, cursor: Int = 0) -> MeetingModel {
        var g = GroupFile(name: "Torsdag", members: roster, meetingsHeld: 11)
        g.horizon = 12
        return {
            var model = GroupLifeViewTests.model(g, at: MeetingAgreements.decisionLabel, lang: lang)
            model.cursor = cursor
            return model
        }()
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theDecisionCard(lang: Lang) {
        let model = Self.decisionModel(lang: lang)
        #expect(model.meeting.onDecisionCard)
        assertSnapshot(
            MeetingView.render(model, width: 80, height: 24),
            named: "durable-decision-\(lang.rawValue)-80x24")
        assertSnapshot(
            MeetingView.render(model, width: 60, height: 16),
            named: "durable-decision-\(lang.rawValue)-60x16")
    }

    @Test func theDecisionCardsKeys() {
        var model = Self.decisionModel(lang: .en)
        #expect(
            MeetingController.handle(.enter, model: &model) == [
                .send(.decide(.goOn, newHorizon: 12))
            ])
        _ = MeetingController.handle(.char("+"), model: &model)
        _ = MeetingController.handle(.char("+"), model: &model)
        _ = MeetingController.handle(.char("-"), model: &model)
        #expect(
            MeetingController.handle(.enter, model: &model) == [
                .send(.decide(.goOn, newHorizon: 13))
            ])
        _ = MeetingController.handle(.down, model: &model)
        #expect(
            MeetingController.handle(.enter, model: &model) == [
                .send(.decide(.end, newHorizon: nil))
            ])
        #expect(
            !MeetingKeymap.offered(model).contains { $0.name == "plusMinus" }, "+/- only on «go on»"
        )
        _ = MeetingController.handle(.down, model: &model)
        _ = MeetingController.handle(.down, model: &model)
        #expect(
            MeetingController.handle(.enter, model: &model) == [
                .send(.decide(.later, newHorizon: nil))
            ])
        #expect(FooterKeys.enterAction(model) == Catalog(.en)[.enterDecide])
    }

    /// The card opens with its first choice under the cursor, whatever the cursor was before.
    @Test func theCardOpensOnItsFirstChoice() {
        var model = Self.decisionModel(lang: .en)
        _ = model.meeting.apply(.undo)
        model.cursor = 2
        #expect(!model.meeting.onDecisionCard)
        for cmd in MeetingController.handle(.enter, model: &model) {
            if case .send(let e) = cmd { _ = model.meeting.apply(e) }
        }
        while !model.meeting.onDecisionCard && !model.meeting.isFinished {
            for cmd in MeetingController.handle(.enter, model: &model) {
                if case .send(let e) = cmd { _ = model.meeting.apply(e) }
            }
        }
        #expect(model.meeting.onDecisionCard)
        #expect(model.cursor == 0)
    }
}

extension AgreementsViewTests {
    /// The summary says what the group decided, in the words of the card.
    @Test(arguments: [Lang.nb, Lang.en])
    func theSummaryNamesTheDecision(lang: Lang) {
        var model = Self.decisionModel(lang: lang)
        _ = model.meeting.apply(.decide(.end, newHorizon: nil))
        while !model.meeting.isFinished { _ = model.meeting.apply(.advance) }
        let text = MeetingView.render(model, width: 80, height: 24).text
        let s = Catalog(lang)
        #expect(text.contains(s.f(.summaryDecision, s[.decisionEnd])), "\(text)")
        var undecided = Self.decisionModel(lang: lang)
        _ = undecided.meeting.apply(.skipPhase)
        while !undecided.meeting.isFinished { _ = undecided.meeting.apply(.advance) }
        #expect(
            !MeetingView.render(undecided, width: 80, height: 24).text.contains(
                s.f(.summaryDecision, "")))
    }
}

/// Plain mode (screen readers) on the decision card: the card is read with its choices, and
/// each move of the cursor or the horizon says the choice now under it.
@Suite struct DecisionCardPlainTests {
    @Test func theCardAndItsChoicesAreSpoken() {
        var d = PlainDriver(
            lang: .en,
            agenda: [
                AgendaItem(.opening, MeetingAgreements.decisionLabel, minutes: 0),
                AgendaItem(.nextMeeting, "next_meeting"), .summary,
            ])
        let s = Catalog(.en)
        let opened = d.press(.enter, at: 30)
        #expect(opened.contains { $0.contains(s[.decisionTitle]) }, "\(opened)")
        #expect(opened.contains(s.f(.decisionGoOnHorizon, 12)), "\(opened)")
        #expect(d.press(.char("+")) == [s.f(.decisionGoOnHorizon, 13)])
        #expect(d.press(.down) == [s[.decisionEnd]])
        #expect(d.press(.down) == [s[.decisionLater]])
        d.press(.enter)
        #expect(d.model.meeting.agreements.decision == .later)
    }
}
