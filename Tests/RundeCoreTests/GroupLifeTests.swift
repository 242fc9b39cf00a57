import Foundation
import Testing

@testable import RundeCore

/// The group's life beyond one meeting (DESIGN §1 table): for each moment, a case where Runde
/// proposes its format or step and one where it does not; a life of 20 meetings; group.toml
/// round trips; nothing new stores a name outside group.toml.
@Suite struct GroupLifeTests {
    static let day0 = LocalDate(year: 2027, month: 1, day: 7)
    static func group(
        held: Int = 5, members: [String] = ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"]
    ) -> GroupFile {
        var g = GroupFile(name: "Torsdag", members: members, meetingsHeld: held)
        g.lastMeetingDate = day0
        return g
    }
    static func labels(_ p: MeetingProposal) -> [String] { p.agenda.map(\.label) }
    static let soon = day0.adding(days: 14)

    // MARK: each moment, proposed and not

    @Test func firstMeetingProposesTheFirstFormat() {
        var g = Self.group(held: 0)
        g.lastMeetingDate = nil
        let p = GroupLife.propose(for: g, today: Self.day0)
        #expect(p.format == .first)
        #expect(p.usual == nil)
        #expect(!Self.labels(p).contains("starter_role"))
        g.starterMeetings = 3
        let withStarter = GroupLife.propose(for: g, today: Self.day0)
        #expect(
            Self.labels(withStarter).prefix(5) == [
                "presentation_round", "expectations_round", "personal_goal", "use_group",
                "starter_role",
            ])
        #expect(withStarter.reasons == [.starterFirst])
    }

    @Test func onlyTheFirstMeetingTalksAboutHowToUseTheGroup() {
        var g = Self.group(held: 0)
        g.lastMeetingDate = nil
        #expect(Self.labels(GroupLife.propose(for: g, today: Self.day0)).contains("use_group"))
        g.meetingsHeld = 1
        g.lastMeetingDate = Self.day0
        #expect(
            !Self.labels(GroupLife.propose(for: g, today: Self.day0.adding(days: 7))).contains(
                "use_group"))
        g.newMemberPending = true  // a new member: the group starts anew, but has its ways
        #expect(
            !Self.labels(GroupLife.propose(for: g, today: Self.day0.adding(days: 7))).contains(
                "use_group"))
    }

    @Test func secondMeetingProposesTheSecondFormat() {
        let p = GroupLife.propose(for: Self.group(held: 1), today: Self.day0.adding(days: 7))
        #expect(p.format == .second)
        #expect(p.reasons.isEmpty)
        #expect(GroupLife.propose(for: Self.group(held: 2), today: Self.soon).format == .regular)
    }

    @Test func aMemberJoins() {
        var g = Self.group()
        #expect(GroupLife.propose(for: g, today: Self.soon).format == .regular)
        g.members.append("Klimbor")
        g.newMemberPending = true
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.format == .newGroup)
        #expect(p.reasons == [.newMember])
        #expect(
            Self.labels(p) == [
                "presentation_round", "expectations_round", "rules", "principles", "sharing",
                "closing_round", "next_meeting", "summary",
            ])
        #expect(p.agenda.first { $0.label == "rules" }?.acknowledge == true)
        // The group may choose the regular format instead.
        #expect(p.usual == .regular)
        #expect(p.usualAgenda == MeetingFormat.regular.agenda)
        // Once a meeting is held, the proposal is not made again.
        let after = GroupLife.afterMeeting(g, agenda: p.agenda, number: 6, date: Self.soon)
        #expect(after.newMemberPending == false)
        #expect(GroupLife.propose(for: after, today: Self.soon.adding(days: 14)).format == .regular)
    }

    @Test func aGroupThatChoseItsFormatIsNotProposedAnother() {
        var g = Self.group()
        g.format = "regular"
        g.newMemberPending = true
        let p = GroupLife.propose(for: g, today: Self.soon.adding(days: 60))
        #expect(p.format == .regular)
        #expect(p.usual == nil)
        #expect(p.reasons.isEmpty)
    }

    @Test func aMemberLeaves() {
        var g = Self.group()
        #expect(
            !Self.labels(GroupLife.propose(for: g, today: Self.soon)).contains("farewell_round"))
        g.leaving = ["Vexilda"]
        g.nextLeader = 2
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.format == .regular)
        #expect(p.reasons == [.farewell])
        #expect(
            Self.labels(p) == [
                "rules", "here_and_now", "sharing", "farewell_round", "closing_round",
                "next_meeting", "summary",
            ])
        // When the meeting finishes the member leaves the rotation; the next leader moves on.
        let after = GroupLife.afterMeeting(g, agenda: p.agenda, number: 6, date: Self.soon)
        #expect(after.members == ["Quixtamar", "Zorbulon", "Prundle"])
        #expect(after.leaving.isEmpty)
        #expect(after.nextLeader == 2)
        // Without a farewell round in the meeting, nobody leaves.
        let untouched = GroupLife.afterMeeting(
            g, agenda: MeetingFormat.regular.agenda, number: 6, date: Self.soon)
        #expect(untouched.members == g.members)
        #expect(untouched.leaving == ["Vexilda"])
    }

    @Test func theLeaderStaysTheSamePersonWhenSomeoneElseLeaves() {
        var g = Self.group()
        g.leaving = ["Quixtamar"]
        g.nextLeader = 3
        let p = GroupLife.propose(for: g, today: Self.soon)
        let after = GroupLife.afterMeeting(g, agenda: p.agenda, number: 6, date: Self.soon)
        #expect(after.members[after.nextLeader] == "Prundle")
    }

    @Test func theStartersLastMeetingAndTheFollowUp() {
        var g = Self.group(held: 2)
        g.starterMeetings = 4
        #expect(!Self.labels(GroupLife.propose(for: g, today: Self.soon)).contains("way_forward"))
        g.meetingsHeld = 3
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.reasons == [.starterLast])
        #expect(Self.labels(p).contains("way_forward"))
        let after = GroupLife.afterMeeting(g, agenda: p.agenda, number: 4, date: Self.soon)
        #expect(after.starterFollowUp == Self.soon.adding(days: 56))
        // Kept apart from the next meeting's date.
        #expect(after.nextDate == g.nextDate)
        let chosen = GroupLife.afterMeeting(
            g, agenda: p.agenda, number: 4, date: Self.soon, followUp: Self.soon.adding(days: 30))
        #expect(chosen.starterFollowUp == Self.soon.adding(days: 30))
        // Not the starter's last meeting: no follow-up date.
        #expect(
            GroupLife.afterMeeting(g, agenda: p.agenda, number: 3, date: Self.soon).starterFollowUp
                == nil)
    }

    @Test func afterTheStarter() {
        var g = Self.group(held: 4)
        g.starterMeetings = 4
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.reasons == [.afterStarter])
        #expect(Self.labels(p).contains("sharing_leading"))
        g.meetingsHeld = 5
        #expect(
            !Self.labels(GroupLife.propose(for: g, today: Self.soon)).contains("sharing_leading"))
    }

    @Test func theFollowUpIsShownOnceDue() {
        var g = Self.group(held: 8)
        g.starterFollowUp = Self.soon
        #expect(
            !GroupLife.propose(for: g, today: Self.soon.adding(days: -1)).reasons.contains(
                .followUpDue))
        #expect(GroupLife.propose(for: g, today: Self.soon).reasons == [.followUpDue])
    }

    @Test func rhythmWeeklyThenFortnightly() {
        let r = Rhythm()
        #expect((1...6).map(r.days(after:)) == [7, 7, 7, 7, 14, 14])
        var g = Self.group(held: 3)
        #expect(GroupLife.propose(for: g, today: Self.soon).nextMeetingInDays == 7)
        g.meetingsHeld = 4
        #expect(GroupLife.propose(for: g, today: Self.soon).nextMeetingInDays == 14)
        g.settings.rhythm = Rhythm(earlyMeetings: 2, earlyDays: 10, laterDays: 21)
        #expect(GroupLife.propose(for: g, today: Self.soon).nextMeetingInDays == 21)
    }

    @Test func aLongGapProposesARestart() {
        let g = Self.group()
        #expect(GroupLife.propose(for: g, today: Self.day0.adding(days: 27)).format == .regular)
        let p = GroupLife.propose(for: g, today: Self.day0.adding(days: 28))
        #expect(p.format == .restart)
        #expect(p.reasons == [.longGap])
        #expect(Self.labels(p).contains("since_last"))
        #expect(Self.labels(p).contains("principles"))
        #expect(p.usual == .regular)
    }

    @Test func theHorizonProposesAnEvaluation() {
        var g = Self.group(held: 10)
        g.horizon = 12
        #expect(GroupLife.propose(for: g, today: Self.soon).format == .regular)
        g.meetingsHeld = 11
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.format == .evaluation)
        #expect(p.reasons == [.evaluation])
        #expect(
            Self.labels(p) == [
                "here_and_now", "eval_given", "eval_goal", "eval_listened", "rules", "eval_rules",
                "eval_blind_alley", "eval_decision", "group_decision", "closing_round",
                "next_meeting",
                "summary",
            ])
        // Every N meetings, when the group wants it.
        g.meetingsHeld = 5
        #expect(GroupLife.propose(for: g, today: Self.soon).format == .regular)
        g.evaluationEvery = 6
        #expect(GroupLife.propose(for: g, today: Self.soon).format == .evaluation)
    }

    @Test func theEvaluationWalksThroughTheReducer() {
        let g = {
            var g = Self.group(held: 11)
            g.horizon = 12
            return g
        }()
        let p = GroupLife.propose(for: g, today: Self.soon)
        let setup = MeetingSetup(
            memberCount: 4, leader: 0, meetingNumber: 12, date: Self.soon, utcOffsetSeconds: 0,
            plan: .standard, startedAt: Fixture.t0, agenda: p.agenda, format: p.format.rawValue,
            nextMeetingInDays: p.nextMeetingInDays)
        let (s, steps) = FormatTests.walk(setup)
        #expect(steps.contains("opening_round:eval_listened"))
        #expect(steps.last == "summary:summary")
        #expect(SessionLogBuilder.build(from: s, rosterNames: g.members).format == "evaluation")
    }

    // MARK: a life of 20 meetings

    @Test func aGroupLifeOfTwentyMeetings() {
        var g = GroupFile(
            name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"])
        g.starterMeetings = 3
        g.horizon = 16
        var date = Self.day0
        var seen: [String] = []
        for n in 1...20 {
            // What happens between meetings.
            if n == 6 {
                g.members.append("Klimbor")
                g.newMemberPending = true
            }  // a member joins
            if n == 9 { g.leaving = ["Zorbulon"] }  // a member leaves
            if n == 12 { date = date.adding(days: 50) }  // a long summer break
            let p = GroupLife.propose(for: g, today: date)
            let extras = p.agenda.map(\.label).filter {
                ["starter_role", "way_forward", "sharing_leading", "farewell_round"].contains($0)
            }
            seen.append(([p.format.rawValue] + extras).joined(separator: "+"))
            g = GroupLife.afterMeeting(g, agenda: p.agenda, number: n, date: date)
            g.meetingsHeld = n
            date = date.adding(days: p.nextMeetingInDays)
        }
        #expect(
            seen == [
                "first+starter_role", "second", "regular+way_forward", "regular+sharing_leading",
                "regular",
                "new_group", "regular", "regular", "regular+farewell_round", "regular",
                "regular", "restart", "regular", "regular", "regular",
                "evaluation", "regular", "regular", "regular", "regular",
            ])
        #expect(g.members == ["Quixtamar", "Vexilda", "Prundle", "Klimbor"])
        #expect(g.starterFollowUp != nil)
    }

    // MARK: group.toml

    @Test func lifeKeysRoundTrip() throws {
        var g = Self.group()
        g.newMemberPending = true
        g.leaving = ["Zorbulon"]
        g.evaluationEvery = 6
        g.starterFollowUp = Self.soon
        g.settings.rhythm = Rhythm(earlyMeetings: 3, earlyDays: 7, laterDays: 21)
        g.decisions = [
            HorizonDecision(date: Self.soon, choice: .goOn, newHorizon: 8),
            HorizonDecision(date: Self.soon, choice: .end),
        ]
        g.ruleChanges = [RuleChange(date: Self.day0, text: "Vi lytter.\nVi gir ikke råd.")]
        let text = GroupFileTOML.encode(g)
        #expect(text.contains("follow_up_date"))
        #expect(text.contains("[[rule_changes]]"))
        let back = try GroupFileTOML.decode(text, file: "group.toml")
        #expect(back == g)
        #expect(back.hasEnded)
    }

    @Test func theOldFollowUpKeyIsStillRead() throws {
        let text = "name = \"G\"\nmembers = [\"A\", \"B\"]\nstarter_followup = \"2027-03-01\"\n"
        #expect(
            try GroupFileTOML.decode(text, file: "g").starterFollowUp
                == LocalDate(year: 2027, month: 3, day: 1))
    }

    @Test func badLifeKeysAreRefusedWithTheirName() {
        let base = "name = \"G\"\nmembers = [\"A\", \"B\"]\n"
        for (extra, key) in [
            ("leaving = [\"C\"]\n", "leaving"), ("evaluation_every = 0\n", "evaluation_every"),
            ("last_meeting_date = \"soon\"\n", "last_meeting_date"),
            ("[settings]\nrhythm_days = 9999\n", "rhythm_days"),
            ("[[decisions]]\ndate = \"2027-01-01\"\nchoice = \"maybe\"\n", "choice"),
        ] {
            #expect(throws: GroupFileError.self) {
                try GroupFileTOML.decode(base + extra, file: "g")
            }
            do { _ = try GroupFileTOML.decode(base + extra, file: "g") } catch {
                #expect("\(error)".contains(key))
            }
        }
    }

    // MARK: privacy

    @Test func theFarewellLogRecordsOnlyThatItHappened() throws {
        var g = Self.group()
        g.leaving = ["Zorbulon"]
        let p = GroupLife.propose(for: g, today: Self.soon)
        let setup = MeetingSetup(
            memberCount: 4, leader: 0, meetingNumber: 6, date: Self.soon, utcOffsetSeconds: 0,
            plan: .standard, startedAt: Fixture.t0, agenda: p.agenda, format: p.format.rawValue)
        let (s, steps) = FormatTests.walk(setup)
        #expect(steps.contains("opening_round:farewell_round"))
        let log = SessionLogBuilder.build(from: s, rosterNames: g.members)
        #expect(log.farewellRound == true)
        let json = String(decoding: try SessionLogCodec.encode(log), as: UTF8.self)
        #expect(
            json.contains("\"farewell_round\":true") || json.contains("\"farewell_round\" : true"))
        for name in g.members { #expect(!json.contains(name)) }
        // The journal's header (the setup) holds labels only, no names.
        let header = String(decoding: try JSONEncoder().encode(setup), as: UTF8.self)
        for name in g.members { #expect(!header.contains(name)) }
        // A meeting without a farewell leaves no mark.
        let plain = SessionLogBuilder.build(
            from: FormatTests.walk(FormatTests.setup(.regular)).0, rosterNames: [])
        #expect(plain.farewellRound == nil)
    }
}

/// Process talk (`t`): turns of the normal length, its time taken out of sharing.
@Suite struct ProcessTalkPlanTests {
    @Test func processTalkTurnsHaveTheNormalLengthAndNeverPutTheGroupBehind() {
        var s = MeetingState(setup: FormatTests.setup(.regular))
        _ = s.apply(.tick(Fixture.at(60)))
        _ = s.apply(.advance)  // rules card
        _ = s.apply(.tick(Fixture.at(240)))
        _ = s.apply(.advance)  // here and now
        _ = s.apply(.startProcessTalk)
        let before = s.aheadSeconds
        #expect(s.phase == .processTalk)
        #expect(s.turn?.targetSeconds == MeetingPlan.standard.turnSeconds)
        // Through every turn of the talk, over time too, the plan does not move.
        var t = 240.0
        while s.phase == .processTalk {
            t += 150
            _ = s.apply(.tick(Fixture.at(t)))
            #expect(
                abs(s.aheadSeconds - before) < 0.001,
                "at \(t): \(s.aheadSeconds) vs \(before); spent \(s.processTalkSeconds) left \(s.processTalkPlannedLeft) credit \(s.processTalkCredit) phase \(s.phase) turn \(String(describing: s.turn))"
            )
            if t.truncatingRemainder(dividingBy: 300) == 90 { _ = s.apply(.advance) }
            if t > 5000 { break }
        }
        #expect(t > 1000)
        #expect(s.processTalkSeconds > 0)
    }

    @Test func withoutProcessTalkNothingIsCredited() {
        let (s, _) = FormatTests.walk(FormatTests.setup(.regular))
        #expect(s.processTalkSeconds == 0)
        #expect(s.processTalkCredit == 0)
    }
}
