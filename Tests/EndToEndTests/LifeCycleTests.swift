import Foundation
import RundeCore
import Testing

/// A new group holds its first, second and third meetings, each showing the right rounds, and
/// each log records the format by name and nothing more of it.
@Suite(
    "Group life cycle in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct LifeCycleTests {
    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(ok, "waiting for \"\(text)\":\n\(tmux.capture())", sourceLocation: sourceLocation)
    }

    func enter(_ tmux: Tmux, _ n: Int) { for _ in 0..<n { tmux.sendKeys("Enter") } }

    func finishNextMeeting(_ tmux: Tmux) {
        see(tmux, "Next to lead")
        enter(tmux, 1)
        see(tmux, "Do not write names")
        enter(tmux, 2)
        see(tmux, "The meeting is over")
        enter(tmux, 1)
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
    }

    func logs(_ data: String) throws -> [SessionLog] {
        let dir = data + "/groups/onsdag/logs"
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            $0.hasSuffix(".json")
        }.sorted().map {
            try SessionLogCodec.decode(
                try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)), file: $0)
        }
    }

    @Test func firstSecondAndThirdMeetings() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let created = try RunCLI.runde([
            "group", "create", "Onsdag", "--members", "Kari,Ola,Siri", "--data-dir", data,
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let env = ["LANG": "C.UTF-8"]

        // Meeting 1: the first-meeting format.
        do {
            let tmux = try Tmux(
                [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
            defer { tmux.kill() }
            see(tmux, "Leading today: Kari")
            enter(tmux, 1)
            see(tmux, "Introductions: who am I")
            enter(tmux, 3)
            see(tmux, "What do I expect, what do I need")
            enter(tmux, 3)
            see(tmux, "Runde saves nothing of it.")  // the personal goal, on paper
            enter(tmux, 1)
            see(tmux, "How do we want to use the group?")  // the talk on using the group
            enter(tmux, 3)
            see(tmux, "Confidentiality and the basic frame")
            see(tmux, "0 of 3 have acknowledged")
            tmux.sendKeys("Space", "Down", "Space")
            see(tmux, "2 of 3 have acknowledged")
            enter(tmux, 1)
            see(tmux, "1 of 3 has not acknowledged yet.")  // asks first
            tmux.sendKeys("y")
            see(tmux, "The principles")
            enter(tmux, 1)
            see(tmux, "e rewrite the rules together")  // the rules card, written together
            enter(tmux, 1)
            see(tmux, "Closing – say something appreciative")
            enter(tmux, 3)
            finishNextMeeting(tmux)
        }
        // Meeting 2: "since last time" first, then "here and now", then the principles again.
        do {
            let tmux = try Tmux(
                [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
            defer { tmux.kill() }
            see(tmux, "Leading today: Ola")
            enter(tmux, 1)
            see(tmux, "What have I thought about since last time?")
            #expect(!tmux.capture().contains("How am I here and now?"))
            see(tmux, "O l a")  // the leader starts with themselves
            enter(tmux, 3)
            see(tmux, "How am I here and now?")
            enter(tmux, 3)
            see(tmux, "The principles")
            enter(tmux, 1)
            see(tmux, "Sharing – in turn")
            enter(tmux, 3)
            see(tmux, "Closing – say something appreciative")
            enter(tmux, 3)
            finishNextMeeting(tmux)
        }
        // Meeting 3: the regular format opens with the group's own rules.
        do {
            let tmux = try Tmux(
                [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
            defer { tmux.kill() }
            see(tmux, "Leading today: Siri")
            enter(tmux, 1)
            see(tmux, "Our rules")
            // the group was created in English (LANG=C), so its rules are English
            see(tmux, "Confidentiality")
            enter(tmux, 1)
            see(tmux, "How am I here and now?")
            tmux.sendKeys("n")  // skip the rest of the round
            see(tmux, "y yes · Esc no")  // it asks first
            tmux.sendKeys("y")
            see(tmux, "Sharing – in turn")
            tmux.sendKeys("c")
            tmux.expectScreen("y yes · Esc no")  // c asks first
            tmux.sendKeys("y")
            see(tmux, "Closing – say something appreciative")
            enter(tmux, 3)
            finishNextMeeting(tmux)
        }
        let all = try logs(data)
        try #require(all.count == 3)
        #expect(all.map(\.format) == ["first", "second", "regular"])
        #expect(all.map(\.meetingNumber) == [1, 2, 3])
        #expect(all[0].acknowledged == 2)
        #expect(all[1].acknowledged == nil)
        // In the order walked: introductions, expectations, the personal goal (a card), the
        // talk on using the group (a round), then the frame, the principles and the rules.
        #expect(
            all[0].phases.map(\.kind) == [
                "check_in", "opening_round", "opening_round", "opening", "opening_round",
                "opening", "opening", "opening", "closing_round", "next_meeting", "summary",
            ])
        #expect(
            all[1].phases.map(\.kind).prefix(5) == [
                "check_in", "opening_round", "opening_round", "opening", "sharing",
            ])
    }
}
