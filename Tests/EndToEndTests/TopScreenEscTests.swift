import Foundation
import RundeCore
import Testing

/// DESIGN §4: "`?`, Esc and `q` work on every screen, the menus included; Esc goes back one
/// screen, never out of the program." On the top screens there is nothing behind: Esc stays
/// and says quietly that `q` quits (issue 14).
@Suite(
    "Esc on the top screens",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"))
struct TopScreenEscTests {
    /// Two groups: the chooser. Esc leaves runde running on the chooser; q then quits.
    @Test func escOnTheChooserStaysAndQQuits() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        for (name, members) in [
            ("Torsdag", "Quixtamar,Zorbulon,Vexilda"), ("Mandag", "Zorbulon,Quixtamar,Yrsilde"),
        ] {
            #expect(
                try RunCLI.runde([
                    "group", "create", name, "--members", members, "--data-dir", data, "--lang",
                    "nb",
                ]).status == 0)
        }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: ["LANG": "C.UTF-8"]
        )
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Velg gruppe", timeout: 8), "\(tmux.capture())")
        #expect(
            tmux.capture().contains("q avslutt"),
            "the footer names q, not Esc, for quitting: \(tmux.capture())")
        tmux.sendKeys("Escape")
        #expect(tmux.waitFor(text: "Trykk q for å avslutte Runde", timeout: 8), "\(tmux.capture())")
        #expect(!tmux.isPaneDead, "Esc left the program")
        #expect(
            tmux.capture().contains("Torsdag") && tmux.capture().contains("Mandag"),
            "still on the chooser")
        // Any other key takes the hint away; the chooser goes on working.
        tmux.sendKeys("Down")
        #expect(
            tmux.waitUntil(timeout: 8) { !tmux.capture().contains("Trykk q for å avslutte Runde") },
            "\(tmux.capture())")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(timeout: 8), "q quits from the chooser")
        #expect(tmux.exitStatus == 0)
        #expect(
            !FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"),
            "no meeting started")
    }

    /// The welcome screen of a first run: Esc stays there too (English this time).
    @Test func escOnTheWelcomeScreenStays() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "en"], environment: ["LANG": "C.UTF-8"]
        )
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Welcome to Runde", timeout: 8), "\(tmux.capture())")
        tmux.sendKeys("Escape")
        #expect(tmux.waitFor(text: "Press q to quit Runde", timeout: 8), "\(tmux.capture())")
        #expect(!tmux.isPaneDead)
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(timeout: 8))
        #expect(tmux.exitStatus == 0)
    }
}
