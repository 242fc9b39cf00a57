import Foundation
import Testing

@testable import RundeCore

/// The closed group's life (DESIGN §1, "The group's life"): a new member meets the group's own
/// rules, meeting 1 has a personal goal on paper, a new group sets 12 meetings with an
/// evaluation at the last, and a meeting too short for its agenda fits its plan to itself.
@Suite struct ClosedGroupLifeTests {
    static let day0 = LocalDate(year: 2027, month: 1, day: 7)
    static let t0 = Instant(1_800_000_000)

    @Test func aNewMembersMeetingShowsTheGroupsOwnRulesToBeAcknowledged() {
        let agenda = MeetingFormat.newGroup.agenda
        #expect(!agenda.contains { $0.label == "frame" }, "not the built-in frame")
        let rules = agenda.first { $0.label == "rules" }
        #expect(rules?.acknowledge == true)
        #expect(rules?.kind == .opening)
    }

    @Test func theFirstMeetingHasAPersonalGoalAndTheEvaluationAsksAboutIt() {
        let first = MeetingFormat.first.agenda.map(\.label)
        let goal = first.firstIndex(of: "personal_goal")
        #expect(goal == (first.firstIndex(of: "expectations_round") ?? -5) + 1)
        #expect(MeetingFormat.first.agenda.first { $0.label == "personal_goal" }?.kind == .opening)
        let eval = MeetingFormat.evaluation.agenda.map(\.label)
        #expect(eval.firstIndex(of: "eval_goal") == (eval.firstIndex(of: "eval_given") ?? -5) + 1)
        // Only the first meeting writes a goal.
        for f in MeetingFormat.allCases where f != .first {
            #expect(!f.agenda.contains { $0.label == "personal_goal" }, "\(f)")
        }
    }

    @Test func aNewGroupSetsTwelveMeetingsWithAnEvaluationAtTheLast() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        let slug = try store.create(
            name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda", "Prundle", "Klimbor"])
        var g = try store.load(slug: slug)
        #expect(g.horizon == 12)
        g.meetingsHeld = 11
        g.lastMeetingDate = Self.day0
        let p = GroupLife.propose(for: g, today: Self.day0.adding(days: 14))
        #expect(p.format == .evaluation)
        #expect(p.reasons == [.evaluation])
        // The group can remove it: then no evaluation is proposed at 12.
        g.horizon = nil
        try store.save(g, slug: slug)
        let again = try store.load(slug: slug)
        #expect(again.horizon == nil)
        #expect(GroupLife.propose(for: again, today: Self.day0.adding(days: 14)).format == .regular)
    }

    static func state(_ format: MeetingFormat, minutes: Int, pause: Int = 15, present: Int = 6)
        -> MeetingState
    {
        let plan = MeetingPlan(
            meetingMinutes: minutes, pauseMinutes: pause, pauseAtMinute: min(60, minutes))
        var agenda = format.agenda
        if format == .first {
            agenda.insert(AgendaItem(.opening, "starter_role", minutes: 5), at: 3)
        }
        let setup = MeetingSetup(
            memberCount: present, leader: 0, meetingNumber: 1, date: day0, utcOffsetSeconds: 3600,
            plan: plan, startedAt: t0, agenda: agenda, format: format.rawValue)
        var m = MeetingState(setup: setup)
        _ = m.apply(.tick(t0))
        return m
    }

    /// The case: a 10-minute first meeting opened 78 minutes behind.
    @Test(arguments: [MeetingFormat.first, .newGroup, .evaluation, .regular, .second, .restart])
    func aMeetingTooShortForItsAgendaOpensOnTime(_ format: MeetingFormat) {
        for minutes in [10, 30, 45] {
            var m = Self.state(format, minutes: minutes)
            #expect(abs(m.aheadSeconds) < 60, "\(format) \(minutes) min: \(m.aheadSeconds)")
            // Every step still has some time, and the whole plan is the meeting.
            let planned =
                m.setup.agenda.reduce(0.0) { $0 + m.plannedSeconds($1) }
                + m.plannedSeconds(AgendaItem.checkIn) + m.plannedSeconds(.pause) * m.fitScale
            #expect(abs(planned - Double(minutes * 60)) < 1, "\(format) \(minutes): \(planned)")
            // The first turn of a round starts with a positive target, never over time.
            _ = m.apply(.advance)
            var guardCount = 0
            while m.turn == nil && !m.isFinished && guardCount < 20 {
                _ = m.apply(.skipPhase)
                guardCount += 1
            }
            if let t = m.turn { #expect(t.targetSeconds >= 15) }
        }
    }

    /// Formats that fit two hours keep their minutes as written. (The first meeting and the
    /// evaluation add up to a little more, and are fitted to the meeting like any other.)
    @Test(arguments: [MeetingFormat.regular, .second, .restart, .newGroup])
    func aMeetingOfTheUsualLengthIsNotScaled(_ format: MeetingFormat) {
        #expect(Self.state(format, minutes: 120).fitScale == 1)
        #expect(Self.state(format, minutes: 180).fitScale == 1)
    }
}
