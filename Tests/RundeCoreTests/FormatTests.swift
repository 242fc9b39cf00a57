import Foundation
import Testing

@testable import RundeCore

/// The group's life cycle: built-in formats by meeting, the agenda as data, acknowledgements,
/// process talk and theme proposals.
@Suite struct FormatTests {
    typealias F = Fixture

    static func setup(_ format: MeetingFormat, members: Int = 4) -> MeetingSetup {
        MeetingSetup(
            memberCount: members, leader: 0, meetingNumber: 1, date: F.date, utcOffsetSeconds: 0,
            plan: .standard, startedAt: F.t0, agenda: format.agenda, format: format.rawValue)
    }

    /// Walks a meeting with Enter only, recording the (kind, label) of each step entered.
    static func walk(_ setup: MeetingSetup) -> (MeetingState, [String]) {
        var s = MeetingState(setup: setup)
        var t = 0.0
        var steps: [String] = []
        while !s.isFinished && t < 20_000 {
            t += 40
            _ = s.apply(.tick(F.at(t)))
            let before = s.entered.count
            _ = s.apply(.advance)
            if s.entered.count > before, let it = s.entered.last {
                steps.append("\(it.kind.rawValue):\(it.label)")
            }
        }
        return (s, steps)
    }

    @Test func formatIsChosenFromMeetingsHeld() {
        #expect(MeetingFormat.automatic(meetingsHeld: 0) == .first)
        #expect(MeetingFormat.automatic(meetingsHeld: 1) == .second)
        #expect(MeetingFormat.automatic(meetingsHeld: 2) == .regular)
        #expect(MeetingFormat.automatic(meetingsHeld: 40) == .regular)
        var g = GroupFile(name: "G", members: ["A", "B"])
        #expect(g.effectiveFormat == .first)
        g.meetingsHeld = 5
        #expect(g.effectiveFormat == .regular)
        g.format = "second"
        #expect(g.effectiveFormat == .second)
        g.format = "custom"  // custom without steps falls back to regular
        #expect(g.effectiveFormat == .regular)
    }

    @Test func firstMeeting() {
        let (s, steps) = Self.walk(Self.setup(.first))
        #expect(
            steps == [
                "opening_round:presentation_round", "opening_round:expectations_round",
                "opening:personal_goal", "opening_round:use_group", "opening:frame",
                "opening:principles", "opening:rules", "closing_round:closing_round",
                "next_meeting:next_meeting", "summary:summary",
            ])
        let log = SessionLogBuilder.build(from: s, rosterNames: [])
        #expect(log.format == "first")
        #expect(log.acknowledged == 0)
        #expect(
            log.phases.map(\.kind) == [
                "check_in", "opening_round", "opening_round", "opening", "opening_round", "opening",
                "opening", "opening", "closing_round", "next_meeting", "summary",
            ])
    }

    @Test func secondMeeting() {
        let (s, steps) = Self.walk(Self.setup(.second))
        #expect(
            steps == [
                "opening_round:since_last", "opening_round:here_and_now", "opening:principles",
                "sharing:sharing", "closing_round:closing_round", "next_meeting:next_meeting",
                "summary:summary",
            ])
        // "The speaker starts with themselves": today's leader opens the round.
        var t = MeetingState(setup: Self.setup(.second))
        _ = t.apply(.advance)
        #expect(t.item.label == "since_last" && t.turn?.speaker == .member(0))
        #expect(SessionLogBuilder.build(from: s, rosterNames: []).format == "second")
        #expect(SessionLogBuilder.build(from: s, rosterNames: []).acknowledged == nil)
    }

    @Test func regularMeeting() {
        let (s, steps) = Self.walk(Self.setup(.regular))
        #expect(
            steps == [
                "opening:rules", "opening_round:here_and_now", "sharing:sharing",
                "closing_round:closing_round",
                "next_meeting:next_meeting", "summary:summary",
            ])
        #expect(SessionLogBuilder.build(from: s, rosterNames: []).format == "regular")
    }

    @Test func customAgendaFromTheGroupFile() throws {
        var g = GroupFile(name: "G", members: ["Ada", "Bo", "Cy"], meetingsHeld: 4)
        g.format = "custom"
        g.agenda = [
            GroupAgendaStep(kind: "card", title: "Vår åpning", text: "Velkommen"),
            GroupAgendaStep(
                kind: "round", title: "Innsjekk", text: "Hva tar jeg med meg?", minutes: 20),
            GroupAgendaStep(kind: "next_meeting", title: "Neste"),
        ]
        let setup = MeetingSetup(
            memberCount: 3, leader: 0, meetingNumber: 5, date: F.date, utcOffsetSeconds: 0,
            plan: .standard, startedAt: F.t0, agenda: g.meetingAgenda,
            format: g.effectiveFormat.rawValue)
        let (s, steps) = Self.walk(setup)
        #expect(
            steps == [
                "opening:custom-1", "opening_round:custom-2", "next_meeting:custom-3",
                "summary:summary",
            ])
        #expect(g.customTexts["custom-2.text"] == "Hva tar jeg med meg?")
        // The setup (the journal's header) holds labels, never the group's texts.
        let header = String(decoding: try JSONEncoder().encode(setup), as: UTF8.self)
        #expect(!header.contains("Innsjekk") && !header.contains("Velkommen"))
        let log = String(
            decoding: try SessionLogCodec.encode(
                SessionLogBuilder.build(from: s, rosterNames: g.members)), as: UTF8.self)
        #expect(log.contains("\"format\" : \"custom\""))
        #expect(!log.contains("Innsjekk"))
        // With no open-ended sharing, the round is stretched to fill the meeting: 120 min less
        // check-in 5, pause 15, card 3 and next meeting 5 leaves 92 min for 3 people.
        var r = MeetingState(setup: setup)
        _ = r.apply(.advance)
        _ = r.apply(.advance)
        #expect(r.item.label == "custom-2")
        #expect(r.plannedTurnSeconds(r.item) == 92 * 60 / 3)
    }

    @Test(arguments: [MeetingFormat.first, .second, .regular])
    func everyFormatFillsThePlannedMeeting(_ format: MeetingFormat) {
        let s = MeetingState(setup: Self.setup(format))
        // At the very start, on plan: neither ahead nor behind.
        #expect(abs(s.aheadSeconds) < 1, "\(format): \(s.aheadSeconds)")
        // A format whose minutes add up to more than the meeting (the first) is fitted to it:
        // check-in and the pause scale with the rest.
        let total =
            (s.plannedSeconds(PhaseKind.checkIn) + s.plannedSeconds(PhaseKind.pause)) * s.fitScale
            + s.setup.agenda.reduce(0.0) { $0 + s.plannedSeconds($1) }
        #expect(abs(total - 120 * 60) < 1, "\(format): \(total)")
    }

    @Test func acknowledgementsAreCountedNeverNamed() {
        var s = MeetingState(setup: Self.setup(.first))
        _ = s.apply(.setAttendance(member: 3, .absent))
        // Through check-in, two rounds of three, the personal-goal card and a round of three.
        for _ in 0..<11 { _ = s.apply(.advance) }
        #expect(s.item.label == "frame")
        #expect(reduce(s, .acknowledge(member: 3)).0 == s)  // absent: refused
        _ = s.apply(.acknowledge(member: 0))
        _ = s.apply(.acknowledge(member: 2))
        _ = s.apply(.acknowledge(member: 1))
        _ = s.apply(.acknowledge(member: 1))  // toggles off
        #expect(s.acknowledged == [0, 2])
        _ = s.apply(.advance)
        #expect(reduce(s, .acknowledge(member: 1)).0 == s)  // the principles card asks for none
        #expect(SessionLogBuilder.build(from: s, rosterNames: []).acknowledged == 2)
    }

    @Test func processTalkInterruptsAndReturnsToTheSameSpeaker() {
        var s = MeetingState(setup: Self.setup(.regular))
        _ = s.apply(.advance)
        _ = s.apply(.advance)  // opening round, member 0
        _ = s.apply(.tick(F.at(60)))
        _ = s.apply(.advance)  // member 1
        _ = s.apply(.tick(F.at(90)))
        let fx = s.apply(.startProcessTalk)
        #expect(s.phase == .processTalk)
        #expect(fx.first == .milestone(.phaseStarted(.processTalk)))
        #expect(s.turn?.speaker == .member(0))
        #expect(reduce(s, .startProcessTalk).0 == s)  // one at a time
        for k in 0..<4 {
            _ = s.apply(.tick(F.at(100 + Double(k) * 30)))
            _ = s.apply(.advance)
        }
        // Back in the opening round: member 1 had 30 s, so member 2 is next.
        #expect(s.phase == .openingRound)
        #expect(s.item.label == "here_and_now")
        #expect(s.turn?.speaker == .member(2))
        #expect(s.segments.map(\.kind).suffix(2) == [.openingRound, .processTalk])
        let log = SessionLogBuilder.build(from: s, rosterNames: [])
        #expect(log.phases.contains { $0.kind == "process_talk" && $0.turns?.count == 4 })
    }

    @Test func proposalsAreKeptScrubbedAndDeduplicated() {
        var s = MeetingState(setup: Self.setup(.regular))
        for _ in 0..<20 where s.phase != .nextMeeting { _ = s.apply(.skipPhase) }
        _ = s.apply(.advance)  // accept leader → theme
        _ = s.apply(.proposeTheme(TextSafety.scrub("Skam og Kari", names: ["Kari"])))
        _ = s.apply(.proposeTheme("Sorg"))
        _ = s.apply(.proposeTheme("Sorg"))
        _ = s.apply(.proposeTheme("   "))
        #expect(s.next.proposals == ["Skam og …", "Sorg"])
        var g = GroupFile(
            name: "G", members: ["Kari", "Ola", "Siri", "Per"], themeBacklog: ["Sorg", "Glede"])
        _ = s.apply(.setTheme("Glede"))
        _ = s.apply(.advance)
        _ = s.apply(.advance)
        #expect(s.isFinished)
        g.meetingsHeld = 0
        // The storage's update keeps proposals not chosen and drops the chosen one (tested in TUI).
        #expect(g.themeBacklog.contains("Glede"))
    }

    @Test func groupFileRoundTripsTheLifeCycleKeys() throws {
        var g = GroupFile(name: "G", members: ["Kari", "Ola"], meetingsHeld: 3)
        g.format = "custom"
        g.agenda = [
            GroupAgendaStep(kind: "card", title: "Åpning", text: "Linje 1\nLinje 2", minutes: 5),
            GroupAgendaStep(kind: "round", title: "Runde"),
        ]
        g.horizon = 12
        g.starterMeetings = 3
        g.themeBacklog = ["Skam", "Grenser, og \"mot\""]
        g.starterFollowUp = LocalDate(year: 2027, month: 3, day: 1)
        let text = GroupFileTOML.encode(g)
        #expect(try GroupFileTOML.decode(text, file: "group.toml") == g)
    }

    @Test func badLifeCycleKeysAreRefusedByName() {
        let base = "name = \"G\"\nmembers = [\"A\", \"B\"]\n"
        let cases = [
            "format = \"weekly\"": "format", "horizon = 0": "horizon",
            "starter_meetings = -1": "starter_meetings",
            "[[agenda]]\nkind = \"dance\"\ntitle = \"x\"": "kind",
            "theme_backlog = [\"a\\u001b[31m\"]": "theme_backlog",
        ]
        for (extra, key) in cases {
            #expect(throws: GroupFileError.self) {
                try GroupFileTOML.decode(base + extra, file: "g.toml")
            }
            do { _ = try GroupFileTOML.decode(base + extra, file: "g.toml") } catch {
                #expect("\(error)".contains(key), "\(error)")
                #expect("\(error)".contains("g.toml"))
            }
        }
    }
}
