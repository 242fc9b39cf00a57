import Foundation
import RundeCore
import Testing

/// Issue 14 in the real binary, in Norwegian at 80×24: a stray Enter undone with `u`, `n`
/// then Esc changing nothing, a pass shown, `?` on the welcome screen; and the journal after
/// an undo replaying to the same speaker.
@Suite(
    "A meeting night's safety nets in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct MeetingNightTests {
    static let names = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]

    func see(
        _ tmux: Tmux, _ text: String, _ comment: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(
            ok, "waiting for \"\(text)\" \(comment):\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    func startMeeting(_ data: String) throws -> Tmux {
        try RunCLI.regularGroup("Torsdag", members: Self.names, dataDir: data)
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb", "meeting"],
            environment: ["LANG": "C.UTF-8"])
        see(tmux, "Møteleder i dag: Kari")
        tmux.sendKeys("Enter", "Enter")
        see(tmux, "K a r i")
        see(tmux, "Tur 1 av 6")
        return tmux
    }

    @Test func aStrayEnterIsUndoneWithU() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try startMeeting(data)
        defer { tmux.kill() }
        see(tmux, "u angre", "offered right after a step")
        tmux.sendKeys("Enter")  // the slip: Ola gets the floor
        see(tmux, "O l a")
        see(tmux, "Tur 2 av 6")
        tmux.sendKeys("u")
        see(tmux, "K a r i", "Kari has the floor again")
        see(tmux, "Tur 1 av 6")
        #expect(!tmux.capture().contains("O l a"))
        // The undo is journaled: quit and resume, and Kari still has the floor.
        tmux.sendKeys("q")
        see(tmux, "j avslutt")
        tmux.sendKeys("j")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        let journal = try Journal.read(path: data + "/groups/torsdag/journal.jsonl")
        #expect(journal.events.contains(.undo))
        let state = MeetingState.replay(setup: journal.setup, events: journal.events)
        #expect(state.turn?.speaker == .member(0) && state.roundIndex == 0)
    }

    @Test func nThenEscChangesNothing() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try startMeeting(data)
        defer { tmux.kill() }
        tmux.sendKeys("n")
        see(tmux, "Hopp over resten av runden? 5 har ikke snakket.")
        see(tmux, "j ja · Esc nei")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Hopp over resten") }, "\(tmux.capture())")
        let screen = tmux.capture()
        #expect(screen.contains("K a r i") && screen.contains("Tur 1 av 6"), "\(screen)")
        let journal = try Journal.read(path: data + "/groups/torsdag/journal.jsonl")
        #expect(!journal.events.contains(.skipPhase), "nothing was skipped")
        tmux.sendKeys("c")
        see(tmux, "Gå rett til avslutningen?")
        tmux.sendKeys("Escape")
        #expect(tmux.waitUntil { !tmux.capture().contains("Gå rett til") }, "\(tmux.capture())")
        #expect(tmux.capture().contains("Tur 1 av 6"))
    }

    @Test func aPassIsShown() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try startMeeting(data)
        defer { tmux.kill() }
        tmux.sendKeys("s")
        see(tmux, "Kari står over")
        see(tmux, "O l a")
        see(tmux, "–◉○○○○", "the pass in the turn dots")
        // A few seconds later the notice is gone; the dots keep it.
        #expect(
            tmux.waitUntil(timeout: 10) { !tmux.capture().contains("Kari står over") },
            "\(tmux.capture())")
        #expect(tmux.capture().contains("–◉○○○○"))
    }

    @Test func helpOnTheWelcomeScreen() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: ["LANG": "C.UTF-8"]
        )
        defer { tmux.kill() }
        see(tmux, "Velkommen til Runde")
        tmux.sendKeys("?")
        see(tmux, "Hjelp")
        see(tmux, "Esc eller ? lukker")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Esc eller ? lukker") }, "\(tmux.capture())")
        see(tmux, "Velkommen til Runde", "Esc closed the help, not the program")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
    }
}
