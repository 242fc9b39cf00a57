import Foundation
import Testing

@testable import RundeCore

/// What the group agrees in a meeting about its own life (the evaluation's decision, the
/// follow-up date, rewritten rules): pure domain events asserted on the whole state, applied to
/// the group file exactly once, and the rules draft beside the journal.
@Suite struct GroupAgreementsTests {
    typealias F = Fixture

    static let decisionCard = AgendaItem(.opening, MeetingAgreements.decisionLabel, minutes: 5)

    /// A meeting whose agenda is the decision card, the next meeting and the summary.
    static func decisionSetup() -> MeetingSetup {
        MeetingSetup(
            memberCount: 4, leader: 0, meetingNumber: 12, date: F.date, utcOffsetSeconds: 3600,
            plan: .standard, startedAt: F.t0,
            agenda: [decisionCard, AgendaItem(.nextMeeting, "next_meeting"), .summary],
            format: MeetingFormat.evaluation.rawValue)
    }

    /// The starter's last meeting: its agenda has the "way forward" round (after the next
    /// meeting here, so the next meeting comes straight after check-in).
    static func starterSetup() -> MeetingSetup {
        MeetingSetup(
            memberCount: 4, leader: 0, meetingNumber: 3, date: F.date, utcOffsetSeconds: 3600,
            plan: .standard, startedAt: F.t0,
            agenda: [
                AgendaItem(.nextMeeting, "next_meeting"), AgendaItem(.openingRound, "way_forward"),
                .summary,
            ])
    }

    /// Check-in → the first item, at 10 s.
    static func toFirstItem(_ store: inout TestStore, kind: PhaseKind) {
        store.tick(10)
        store.send(.advance, effects: [.milestone(.phaseStarted(kind))]) {
            $0.segments = [F.segment(.checkIn, 0, 10, ordinal: 0)]
            F.advanceItem(&$0)
            $0.segmentStart = F.at(10)
            if kind == .nextMeeting { $0.next.leaderChoice = 1 }
        }
    }

    @Test func theDecisionIsRecordedOnItsCardAndTheMeetingMovesOn() {
        var store = TestStore(setup: Self.decisionSetup())
        Self.toFirstItem(&store, kind: .opening)
        #expect(store.state.onDecisionCard)
        store.tick(40)
        store.send(
            .decide(.goOn, newHorizon: 14), effects: [.milestone(.phaseStarted(.nextMeeting))]
        ) {
            $0.agreements = MeetingAgreements(decision: .goOn, newHorizon: 14)
            $0.segments.append(F.segment(.opening, 10, 40, ordinal: 1))
            F.advanceItem(&$0)
            $0.segmentStart = F.at(40)
            $0.next.leaderChoice = 1
        }
        // Off the card the decision is refused, and so is a second one.
        store.send(.decide(.end, newHorizon: nil))
    }

    @Test func endingTheGroupDropsTheNextMeetingStep() {
        var store = TestStore(setup: Self.decisionSetup())
        Self.toFirstItem(&store, kind: .opening)
        store.send(.decide(.end, newHorizon: 12))  // refused: a horizon only with "go on"
        store.tick(25)
        // No leader, theme or date for a group that ends: straight on to the summary.
        store.send(
            .decide(.end, newHorizon: nil),
            effects: [.milestone(.phaseStarted(.summary)), .meetingFinished]
        ) {
            $0.agreements = MeetingAgreements(decision: .end)
            $0.segments.append(F.segment(.opening, 10, 25, ordinal: 1))
            $0.upcoming.removeAll { $0.kind == .nextMeeting }
            F.advanceItem(&$0)
            $0.segmentStart = F.at(25)
            $0.finishedAt = F.at(25)
        }
    }

    @Test(arguments: [HorizonDecision.Choice.later])
    func endingOrDecidingLaterCarryNoHorizon(choice: HorizonDecision.Choice) {
        var store = TestStore(setup: Self.decisionSetup())
        Self.toFirstItem(&store, kind: .opening)
        store.send(.decide(choice, newHorizon: 12))  // refused: a horizon only with "go on"
        store.tick(25)
        store.send(
            .decide(choice, newHorizon: nil), effects: [.milestone(.phaseStarted(.nextMeeting))]
        ) {
            $0.agreements = MeetingAgreements(decision: choice)
            $0.segments.append(F.segment(.opening, 10, 25, ordinal: 1))
            F.advanceItem(&$0)
            $0.segmentStart = F.at(25)
            $0.next.leaderChoice = 1
        }
    }

    @Test func aNewHorizonOutOfRangeOrMissingIsRefused() {
        var store = TestStore(setup: Self.decisionSetup())
        store.send(.decide(.goOn, newHorizon: 12))  // not on the card (check-in)
        Self.toFirstItem(&store, kind: .opening)
        store.send(.decide(.goOn, newHorizon: nil))
        store.send(.decide(.goOn, newHorizon: 0))
        store.send(.decide(.goOn, newHorizon: 501))
        #expect(store.state.agreements == MeetingAgreements())
    }

    @Test func theDecisionIsAStepThatUndoTakesBack() {
        var s = MeetingState(setup: Self.decisionSetup())
        _ = s.apply(.tick(F.at(10)))
        _ = s.apply(.advance)
        let before = s
        _ = s.apply(.decide(.later, newHorizon: nil))
        #expect(s.agreements.decision == .later)
        _ = s.apply(.tick(F.at(20)))
        _ = s.apply(.undo)
        var want = before
        want.now = F.at(20)
        #expect(s == want)
        #expect(s.onDecisionCard && s.agreements.decision == nil)
        #expect(MeetingEvent.decide(.end, newHorizon: nil).isStep)
    }

    /// A slip with `F` is taken back by `u`, and only that press.
    @Test func eachFollowUpMoveIsAStepThatUndoTakesBack() {
        var s = MeetingState(setup: Self.starterSetup())
        _ = s.apply(.tick(F.at(10)))
        _ = s.apply(.advance)
        _ = s.apply(.setFollowUp(F.date.adding(days: 63)))
        let before = s
        _ = s.apply(.setFollowUp(F.date.adding(days: 49)))
        _ = s.apply(.tick(F.at(20)))
        _ = s.apply(.undo)
        var want = before
        want.now = F.at(20)
        #expect(s == want)
        #expect(s.phase == .nextMeeting && s.followUpDate == F.date.adding(days: 63))
        #expect(MeetingEvent.setFollowUp(F.date).isStep)
    }

    @Test func skippingTheCardDecidesNothing() {
        var s = MeetingState(setup: Self.decisionSetup())
        _ = s.apply(.advance)
        _ = s.apply(.skipPhase)
        #expect(s.phase == .nextMeeting && s.agreements == MeetingAgreements())
    }

    @Test func theFollowUpDateIsSetAtTheStartersLastMeeting() {
        var store = TestStore(setup: Self.starterSetup())
        store.send(.setFollowUp(F.date.adding(days: 63)))  // refused at check-in
        Self.toFirstItem(&store, kind: .nextMeeting)
        #expect(store.state.followUpDate == F.date.adding(days: 56))
        store.send(.setFollowUp(F.date.adding(days: 63))) {
            $0.agreements.followUp = F.date.adding(days: 63)
        }
        store.send(.setFollowUp(F.date.adding(days: 6)))  // sooner than a week after
        store.send(.setFollowUp(F.date.adding(days: 3651)))  // more than ten years on
        store.send(.setFollowUp(F.date.adding(days: 63)))  // no change
        store.send(.setFollowUp(F.date.adding(days: 7))) {
            $0.agreements.followUp = F.date.adding(days: 7)
        }
        #expect(store.state.followUpDate == F.date.adding(days: 7))
    }

    @Test func theFollowUpDateIsRefusedAtAnyOtherMeeting() {
        var s = MeetingState(setup: Self.decisionSetup())
        _ = s.apply(.advance)
        _ = s.apply(.decide(.later, newHorizon: nil))
        #expect(s.phase == .nextMeeting)
        #expect(!s.canApply(.setFollowUp(F.date.adding(days: 63))))
    }

    // MARK: Into group.toml, once

    static func finished(_ events: [MeetingEvent], setup: MeetingSetup) -> MeetingState {
        var s = MeetingState(setup: setup)
        for e in events { _ = s.apply(e) }
        return s
    }

    @Test func theAgreementsReachTheGroupFileExactlyOnce() {
        var g = GroupFile(
            name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"],
            meetingsHeld: 11)
        g.horizon = 12
        let s = Self.finished(
            [.advance, .decide(.goOn, newHorizon: 10)], setup: Self.decisionSetup())
        let once = GroupLife.applyingAgreements(g, of: s, rules: "Vi kommer presis.")
        var want = g
        want.decisions = [HorizonDecision(date: F.date, choice: .goOn, newHorizon: 10)]
        want.horizon = 22
        want.rules = "Vi kommer presis."
        want.ruleChanges = [RuleChange(date: F.date, text: "Vi kommer presis.")]
        #expect(once == want)
        // The save that wrote them also counts the meeting as held: a retry changes nothing.
        var saved = once
        saved.meetingsHeld = 12
        #expect(GroupLife.applyingAgreements(saved, of: s, rules: "Vi kommer presis.") == saved)
    }

    @Test func rulesThatDidNotChangeAreNoChange() {
        let g = GroupFile(name: "Torsdag", members: ["A", "B", "C"], meetingsHeld: 11)
        let s = MeetingState(setup: Self.decisionSetup())
        #expect(GroupLife.applyingAgreements(g, of: s, rules: g.rules) == g)
        #expect(GroupLife.applyingAgreements(g, of: s, rules: nil) == g)
    }

    @Test func theMovedFollowUpDateReachesTheGroupFile() {
        let g = GroupFile(
            name: "Torsdag", members: ["A", "B", "C"], meetingsHeld: 2, starterMeetings: 3)
        let s = Self.finished(
            [.advance, .setFollowUp(F.date.adding(days: 70))], setup: Self.starterSetup())
        #expect(
            GroupLife.applyingAgreements(g, of: s, rules: nil).starterFollowUp
                == F.date.adding(days: 70))
    }

    @Test func theEvaluationFormatHasTheDecisionCardAfterTheRoundOnIt() {
        let labels = MeetingFormat.evaluation.agenda.map(\.label)
        let round = labels.firstIndex(of: "eval_decision")
        #expect(
            round != nil
                && labels.firstIndex(of: MeetingAgreements.decisionLabel) == round.map { $0 + 1 })
    }

    @Test func theJournalRangeChecksTheNewEvents() {
        let setup = Self.decisionSetup()
        #expect(JournalSanity.isPlausible(.decide(.goOn, newHorizon: 12), setup: setup))
        #expect(!JournalSanity.isPlausible(.decide(.goOn, newHorizon: 1_000_000), setup: setup))
        #expect(!JournalSanity.isPlausible(.decide(.end, newHorizon: 3), setup: setup))
        #expect(
            !JournalSanity.isPlausible(
                .setFollowUp(LocalDate(year: 12_000, month: 1, day: 1)), setup: setup))
    }
}

/// The rules draft beside the journal: 0600, atomic, tied to its meeting, gone with the journal.
@Suite struct RulesDraftTests {
    let dir =
        NSTemporaryDirectory() + "runde-draft-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var journal: String { dir + "/journal.jsonl" }

    func setup() -> MeetingSetup {
        MeetingSetup(
            memberCount: 3, leader: 0, meetingNumber: 1, date: Fixture.date, utcOffsetSeconds: 0,
            plan: .standard, startedAt: Fixture.t0)
    }

    @Test func itIsWrittenPrivatelyAndReadBackForItsOwnMeetingOnly() throws {
        try FileIO.createFolder(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try RulesDraft.write(
            "Taushetsplikt.\nVi kommer presis.", journal: journal, meetingStart: Fixture.t0)
        let path = RulesDraft.path(forJournal: journal)
        #expect(FileIO.mode(of: path).map { $0 & 0o777 } == 0o600)
        #expect(
            try RulesDraft.read(journal: journal, meetingStart: Fixture.t0)
                == "Taushetsplikt.\nVi kommer presis.")
        #expect(try RulesDraft.read(journal: journal, meetingStart: Fixture.t0 + 1) == nil)
        try RulesDraft.write("Kort.", journal: journal, meetingStart: Fixture.t0)
        #expect(try RulesDraft.read(journal: journal, meetingStart: Fixture.t0) == "Kort.")
    }

    @Test func aDamagedDraftIsNamedAndControlCharactersAreDropped() throws {
        try FileIO.createFolder(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = RulesDraft.path(forJournal: journal)
        try FileIO.writeAtomically(Data("not a header\ntext".utf8), to: path)
        #expect(throws: RulesDraft.Unreadable.self) {
            try RulesDraft.read(journal: journal, meetingStart: Fixture.t0)
        }
        try FileIO.writeAtomically(Data([0xFF, 0xFE, 0x0A]), to: path)
        #expect(throws: RulesDraft.Unreadable.self) {
            try RulesDraft.read(journal: journal, meetingStart: Fixture.t0)
        }
        let header = RulesDraft.schemaID + " " + String(Fixture.t0.seconds) + "\n"
        try FileIO.writeAtomically(Data((header + "Vi\u{1B}[31m lytter\n\u{07}Ro").utf8), to: path)
        #expect(try RulesDraft.read(journal: journal, meetingStart: Fixture.t0) == "Vi lytter\nRo")
    }

    @Test func itGoesWithTheJournalAndANewJournalStartsWithoutIt() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let j = try Journal(path: journal, setup: setup())
        try j.start()
        try RulesDraft.write("Quixtamar", journal: journal, meetingStart: Fixture.t0)
        try j.delete()
        #expect(!FileIO.exists(RulesDraft.path(forJournal: journal)))
        // A draft left by a process that died between the two removals: a new meeting drops it.
        try RulesDraft.write("stale", journal: journal, meetingStart: Fixture.t0)
        let next = try Journal(path: journal, setup: setup())
        try next.start()
        #expect(!FileIO.exists(RulesDraft.path(forJournal: journal)))
        try next.delete()
    }
}
