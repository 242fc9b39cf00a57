import Foundation
import RundeCore
import Testing

/// A group made on the command line opens on its group screen when `runde` starts, so
/// preparing at home starts no meeting (issue 14, setting up); `?` there shows its keys.
@Suite(
    "The group screen before a new group's first meeting",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"))
struct GroupScreenFirstTests {
    @Test func aNewGroupOpensOnItsGroupScreenAndNothingIsJournaled() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let made = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", "Quixtamar,Zorbulon,Vexilda",
            "--data-dir", data, "--lang", "nb",
        ])
        #expect(made.status == 0)
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: ["LANG": "C.UTF-8"]
        )
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Enter start møtet nå", timeout: 8), "\(tmux.capture())")
        #expect(
            !FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"),
            "no meeting started")
        tmux.sendKeys("?")
        #expect(tmux.waitFor(text: "Hjelp", timeout: 8), "\(tmux.capture())")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil(timeout: 8) { !tmux.capture().contains("╭─ Hjelp") },
            "Esc closes the help, not the screen")
        #expect(tmux.capture().contains("Enter start møtet nå"))
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "Møteleder i dag: Quixtamar", timeout: 8), "\(tmux.capture())")
        #expect(
            tmux.waitUntil(timeout: 8) {
                FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl")
            },
            "the journal starts with the meeting")
    }
}
