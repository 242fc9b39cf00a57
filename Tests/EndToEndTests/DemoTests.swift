import Foundation
import Testing

/// The rehearsal: a guided tour, a fictional group, time sped up, and nothing written.
@Suite(
    "Demo in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct DemoTests {
    @Test func demoRunsAndWritesNothing() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "demo", "--speed", "60"],
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Rehearsal – a short tour"), "\(tmux.capture())")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "DEMO"), "\(tmux.capture())")
        tmux.sendKeys("Enter", "Enter")
        #expect(tmux.waitFor(text: "K a r i"), "\(tmux.capture())")
        // Sped up: the meeting clock (in whole minutes) passes two minutes within a few real
        // seconds; at real speed that would take two minutes.
        let twoMinutesOrMore = try Regex(#"Meeting time ([2-9]|\d{2,}) min"#)
        #expect(
            tmux.waitUntil(timeout: 10) { tmux.capture().contains(twoMinutesOrMore) },
            "\(tmux.capture())")
        tmux.sendKeys("q", "y")
        // The demo ends by offering to create the group; q quits.
        #expect(tmux.waitFor(text: "Would you like to create your group now?"), "\(tmux.capture())")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        #expect(tmux.exitStatus == 0)
        #expect(RunCLI.files(under: data).isEmpty, "the demo wrote \(RunCLI.files(under: data))")
    }

    @Test func firstRunOffersToCreateAGroupOrTryTheDemo() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data], environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Welcome to Runde"), "\(tmux.capture())")
        #expect(tmux.capture().contains("create a group"))
        #expect(tmux.capture().contains("try the demo"))
        tmux.sendKeys("g")
        #expect(tmux.waitFor(text: "What is the group called?"))
        tmux.sendText("Lørdag")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "Members"))
        tmux.sendText("Åse, Bjørn, Cecilie")
        tmux.sendKeys("Enter")
        // Bjørn is also an everyday word: said once, and Enter again creates the group.
        #expect(tmux.waitFor(text: "“Bjørn” is also an everyday word."), "\(tmux.capture())")
        tmux.sendKeys("Enter")
        // Creating a group ends on the group screen; the meeting starts only when asked.
        #expect(tmux.waitFor(text: "Enter start the meeting now"), "\(tmux.capture())")
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/lordag/journal.jsonl"))
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "Leading today: Åse"), "\(tmux.capture())")
        let group = try String(contentsOfFile: data + "/groups/lordag/group.toml", encoding: .utf8)
        #expect(group.contains("Bjørn"))
    }
}
