import Foundation
import Testing

/// Issue 14 item 9: the resume offer names the step where the meeting stopped (the principles
/// card, not the phase «Åpning») and its date in the local long form, not ISO.
@Suite(
    "Resume names its step in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct ResumeStepTests {
    @Test func resumeNamesItsStep() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let created = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", "Kari,Ola,Siri", "--data-dir", data,
        ])
        try #require(created.status == 0, "\(created.stderr)")
        let start = [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb", "meeting"]
        var tmux = try Tmux(start, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        tmux.expectScreen("bekreft oppmøte")
        // Enter through check-in, the presentation and expectation rounds, the personal goal
        // and the talk on using the group, one step at a time, until the frame card.
        var onFrame = false
        for _ in 0..<20 where !onFrame {
            tmux.sendKeys("Enter")
            onFrame = tmux.waitUntil(timeout: 2) { tmux.capture().contains("0 av 3 har bekreftet") }
        }
        try #require(onFrame, "never reached the frame card:\n\(tmux.capture())")
        // Everyone acknowledges the frame, so Enter goes on to the principles without asking.
        tmux.sendKeys("Space", "Down", "Space", "Down", "Space")
        tmux.expectScreen("3 av 3 har bekreftet")
        tmux.sendKeys("Enter")
        tmux.expectScreen("▶Prin", "the principles card is the current step")
        tmux.sendKeys("q")
        tmux.expectScreen("Avslutte Runde?")
        tmux.sendKeys("y")
        try #require(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        tmux.kill()

        tmux = try Tmux(start, environment: ["LANG": "C.UTF-8"])
        tmux.expectScreen("Et møte ble ikke avsluttet")
        let screen = tmux.capture()
        #expect(screen.contains("«Prinsipper»"), "the step, not the phase:\n\(screen)")
        #expect(!screen.contains("«Åpning»"), "\(screen)")
        let longDate = try Regex(
            #"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d{1,2}\. [a-zæøå]+ \d{4}"#)
        #expect(screen.contains(longDate), "the date in the long form:\n\(screen)")
        #expect(!screen.contains(try Regex(#"\d{4}-\d{2}-\d{2}"#)), "no ISO date:\n\(screen)")
        #expect(screen.contains("Enter fortsett møtet"), "a fresh journal: Enter resumes")
        tmux.sendKeys("Enter")
        tmux.expectScreen("▶Prin", "resumed on the principles card")
        tmux.sendKeys("q")
        tmux.expectScreen("Avslutte Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
    }
}
