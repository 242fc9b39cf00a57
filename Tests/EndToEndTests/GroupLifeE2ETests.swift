import Foundation
import RundeCore
import Testing

/// The group's life in tmux (DESIGN §1): a new member's meeting, a farewell and the removal from
/// the rotation, the horizon's evaluation and decision, the starter's follow-up date, and the
/// setup screens' Esc.
@Suite(
    "Group life in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct GroupLifeE2ETests {
    static let members = ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"]
    let env = ["LANG": "C.UTF-8"]

    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(ok, "waiting for \"\(text)\":\n\(tmux.capture())", sourceLocation: sourceLocation)
    }

    /// Presses Enter until `text` is on screen (at most `limit` times). Where the frame card
    /// asks whether to go on before everyone has acknowledged it, the group says yes.
    func enterUntil(
        _ tmux: Tmux, _ text: String, limit: Int = 40,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for _ in 0..<limit {
            if tmux.waitFor(text: text, timeout: 0.4) { return }
            let goOnAnyway = tmux.capture().contains("not acknowledged yet")
            tmux.sendKeys(goOnAnyway ? "y" : "Enter")
        }
        #expect(
            tmux.waitFor(text: text, timeout: 4), "never reached \"\(text)\":\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    /// Enter through the rest of the meeting and the next-meeting screen until the summary; then leave.
    func finish(_ tmux: Tmux) {
        enterUntil(tmux, "Do not write names")
        tmux.sendKeys("Enter", "Enter")
        see(tmux, "The meeting is over")
        tmux.sendKeys("Enter")
    }

    /// A group that has held `held` meetings, the last one a week ago (edited through the store).
    func group(_ data: String, held: Int, _ change: (inout GroupFile) -> Void = { _ in }) throws {
        let created = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", Self.members.joined(separator: ","),
            "--data-dir", data,
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let store = GroupStore(location: DataLocation(root: data))
        var g = try store.load(slug: "torsdag")
        g.meetingsHeld = held
        g.lastMeetingDate = LocalDate(
            instant: Instant(Date().timeIntervalSince1970), utcOffsetSeconds: 0
        ).adding(days: -7)
        change(&g)
        try store.save(g, slug: "torsdag")
    }

    func load(_ data: String) throws -> GroupFile {
        try GroupStore(location: DataLocation(root: data)).load(slug: "torsdag")
    }

    func logTexts(_ data: String) throws -> [String] {
        let dir = data + "/groups/torsdag/logs"
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            $0.hasSuffix(".json")
        }.sorted()
            .map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
    }

    @Test func aNewMemberBringsThePresentationRoundAndTheFrame() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 5)
        let edit = try RunCLI.runde([
            "group", "edit", "Torsdag", "--add-member", "Klimbor", "--data-dir", data,
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "A proposal for today's meeting")
        see(tmux, "Use the plan for the regular meeting instead")
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"))
        tmux.sendKeys("Enter")
        see(tmux, "Klimbor is a new member: the group starts afresh")
        tmux.sendKeys("Enter")
        see(tmux, "Introductions: who am I")
        // The group's own rules, not the built-in frame, for everyone to agree to.
        enterUntil(tmux, "has read and agrees to the rules")
        see(tmux, "0 of 5 have acknowledged")
        see(tmux, "Klimbor")
        finish(tmux)
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(try load(data).newMemberPending == false)
        #expect(try logTexts(data).last?.contains("\"new_group\"") == true)
    }

    @Test func theGroupMayChooseTheRegularFormatInstead() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 5) { $0.newMemberPending = true }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "A proposal for today's meeting")
        tmux.sendKeys("Down", "Enter")
        see(tmux, "Leading today")
        #expect(!tmux.capture().contains("A new member"))
        tmux.sendKeys("Enter")
        see(tmux, "Our rules")
    }

    @Test func aFarewellRoundThenTheMemberLeavesTheRotation() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 5)
        let edit = try RunCLI.runde([
            "group", "edit", "Torsdag", "--leaving", "Zorbulon", "--data-dir", data,
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Farewell: someone is leaving the group")
        enterUntil(tmux, "Farewell to Zorbulon. What do we want to say to each other")
        finish(tmux)
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        let g = try load(data)
        #expect(g.members == ["Quixtamar", "Vexilda", "Prundle"])
        #expect(g.leaving.isEmpty)
        let log = try #require(try logTexts(data).last)
        #expect(
            log.contains("\"farewell_round\" : true") || log.contains("\"farewell_round\":true"))
        for name in Self.members { #expect(!log.contains(name)) }
    }

    @Test func theHorizonMeetingEvaluatesAndStoresOnlyTheDecision() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 5) { $0.horizon = 6 }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Runde proposes: evaluation meeting")
        tmux.sendKeys("Enter")
        see(tmux, "Evaluation meeting: today the group looks back")
        enterUntil(tmux, "What has the group given me?")
        enterUntil(tmux, "Have I come closer to my goal?")
        enterUntil(tmux, "Am I listened to?")
        enterUntil(tmux, "Do we keep our rules?")
        enterUntil(tmux, "Are we heading into a blind alley")
        // The decision is taken in the meeting, on its own card, and journaled.
        enterUntil(tmux, "The group's decision")
        tmux.sendKeys("Down", "Enter")
        see(tmux, "Closing – say something appreciative")
        // A group that ends chooses no next leader, theme or date: the closing round leads to the summary.
        enterUntil(tmux, "The meeting is over")
        #expect(!tmux.capture().contains("Next to lead"))
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        let g = try load(data)
        #expect(g.decisions.map(\.choice) == [.end])
        let list = try RunCLI.runde(["group", "list", "--data-dir", data])
        #expect(list.stdout.contains("ended"), "\(list.stdout)")
        #expect(try logTexts(data).count == 1)
    }

    @Test func theStartersLastMeetingSetsTheFollowUpDate() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 2) { $0.starterMeetings = 3 }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "The starter takes part for the last time")
        enterUntil(tmux, "The way forward – how do we want to go on")
        enterUntil(tmux, "Follow-up with the starter")
        see(tmux, "The starter can still be reached")
        tmux.sendKeys("f")  // a week later than the default 8 weeks
        finish(tmux)
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        let g = try load(data)
        let today = try #require(g.lastMeetingDate)
        #expect(g.starterFollowUp == today.adding(days: 63))
        #expect(g.nextDate == today.adding(days: 7))
        let text = try String(contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(text.contains("follow_up_date"))
    }

    @Test func settingUpEndsOnTheGroupScreenAndEscGoesBack() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data], environment: env)
        defer { tmux.kill() }
        see(tmux, "Welcome to Runde")
        tmux.sendKeys("g")
        see(tmux, "What is the group called?")
        tmux.sendKeys("Escape")
        see(tmux, "Welcome to Runde")
        tmux.sendKeys("g")
        see(tmux, "What is the group called?")
        tmux.sendText("Torsdag")
        tmux.sendKeys("Enter")
        see(tmux, "Type the members")
        tmux.sendText("Quixtamar, Zorbulon, Vexilda")
        tmux.sendKeys("Enter")
        // Three members: said once for information, and Enter again creates the group.
        see(tmux, "groups of 5–8 members usually work best")
        tmux.sendKeys("Enter")
        see(tmux, "Members, in the order they lead the meetings")
        see(tmux, "Enter start the meeting now")
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"))
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"))
        #expect(FileManager.default.fileExists(atPath: data + "/groups/torsdag/group.toml"))
    }

    @Test func processTalkShowsTheBlindAlleyCards() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 5)
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Leading today")
        enterUntil(tmux, "How am I here and now?")
        tmux.sendKeys("t")
        // Someone has the floor, so t asks first; y ends the turn for the talk.
        see(tmux, "Talk about the group now?")
        tmux.sendKeys("y")
        see(tmux, "Talk about how the group is doing")
        // The six blind alleys, the three newer cards, and talking without a card.
        for title in [
            "Debating club", "Complaint group", "Advice-giving", "Cliques", "Coffee klatch",
            "Rosy idyll", "Taking up room", "Wanting to leave", "Looking for a leader",
            "No card: how is the group working for us now?",
        ] { see(tmux, title) }
        tmux.sendKeys("Down", "Down", "Enter")
        see(tmux, "Do we give each other advice instead of listening?")
        see(tmux, "3:00")
        #expect(!tmux.capture().contains("behind"))
    }

    @Test func theRulesAreWrittenTogetherAtTheFirstMeeting() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try group(data, held: 0) { $0.lastMeetingDate = nil }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Leading today")
        enterUntil(tmux, "e rewrite the rules together")
        tmux.sendKeys("e")
        see(tmux, "Our rules – write them together")
        tmux.sendKeys("Enter")
        tmux.sendText("Vi kommer presis.")
        tmux.sendKeys("Escape")
        see(tmux, "Rules changed today")
        see(tmux, "Vi kommer presis.")
        tmux.sendKeys("Enter")
        finish(tmux)
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        let g = try load(data)
        #expect(g.rules.hasSuffix("\nVi kommer presis."))
        #expect(g.ruleChanges.count == 1)
        #expect(g.ruleChanges.first?.text == g.rules)
        let show = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", data])
        #expect(show.stdout.contains("Changes to the rules:"), "\(show.stdout)")
        for log in try logTexts(data) { #expect(!log.contains("Vi kommer presis")) }
    }
}
