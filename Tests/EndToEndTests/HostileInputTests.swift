import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile input against the real binary in tmux: Ctrl-\ (SIGQUIT) once printed Swift's crash
/// report over the meeting; a pasted newline acted as Enter; an OSC 52 or a mouse report was
/// read as Esc (which wiped the field) and the rest typed in.
@Suite(
    "Hostile input in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct HostileInputTests {
    @Test func ctrlBackslashInAMeetingSavesAndNeverPrintsACrashReport() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        // Ctrl-\ sends SIGQUIT to the terminal's foreground group, which here also holds the
        // harness's non-interactive sh (it would die of it too, unlike a login shell), so the
        // signal goes to runde alone.
        try tmux.signalProgram(SIGQUIT)
        try #require(tmux.waitForExit(), "runde did not stop on Ctrl-\\:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 128 + SIGQUIT)
        #expect(!tmux.alternateOn, "the terminal is back on the normal screen")
        let screen = tmux.capture(includingHistory: true)
        #expect(!screen.contains("crashed"), "\(screen)")
        #expect(!screen.contains("💣"))
        #expect(screen.contains("Interrupted. The meeting can be resumed."), "\(screen)")
        #expect(FileManager.default.fileExists(atPath: bed.journal))
        tmux.kill()

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.sendKeys("Enter")
        tmux.expectScreen("K a r i", "the same speaker after resuming")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
    }

    @Test func ctrlBackslashAtThePassphrasePromptEndsItQuietly() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let target = bed.data + "/handover.runde"
        let tmux = try Tmux(
            [
                Tmux.rundeBinary, "--data-dir", bed.data, "handover", "export", "--group",
                "Torsdag", "--to", target,
            ], environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        tmux.expectScreen("Passphrase:")
        // Ctrl-\ sends SIGQUIT to the terminal's foreground group, which here also holds the
        // harness's non-interactive sh (it would die of it too, unlike a login shell), so the
        // signal goes to runde alone.
        try tmux.signalProgram(SIGQUIT)
        try #require(tmux.waitForExit(), "\(tmux.capture())")
        #expect(tmux.exitStatus == 128 + SIGQUIT)
        let screen = tmux.capture(includingHistory: true)
        #expect(!screen.contains("crashed"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// A paste (tmux paste-buffer -p wraps it only when the program turned bracketed paste on)
    /// stays in the field; a clipboard write and mouse reports neither wipe nor type.
    @Test func aPasteIsOneEditAndStraySequencesAreDropped() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "--lang", "en"])
        defer { tmux.kill() }
        tmux.expectScreen("Welcome to Runde")
        tmux.sendKeys("g")
        tmux.expectScreen("What is the group called?")
        tmux.sendText("Tors")
        tmux.expectScreen("> Tors▏")
        try tmux.command(["set-buffer", "-b", "hostile", "dag\nkveld\n"])
        try tmux.command(["paste-buffer", "-p", "-b", "hostile", "-t", tmux.target])
        tmux.expectScreen("> Torsdag kveld ▏", "the paste's newlines are spaces, not Enter")
        #expect(tmux.capture().contains("What is the group called?"), "still the name step")
        // OSC 52, an SGR mouse report, an X10 mouse report and a DCS, sent as raw bytes.
        tmux.sendText("\u{1B}]52;c;UXVpeHRhbWFy\u{07}\u{1B}[<0;3;4M\u{1B}[M !!\u{1B}P1$r\u{1B}\\")
        tmux.sendText("X")
        tmux.expectScreen("> Torsdag kveld X▏", "nothing wiped, nothing stray typed")
        #expect(!tmux.capture().contains("Quixtamar"))
        #expect(!tmux.capture().contains("UXV"))
        // A real Esc is still Esc: it asks before dropping the typed name, and again goes back.
        tmux.sendKeys("Escape")
        tmux.expectScreen("Press Esc again to go back without what you typed.")
        #expect(tmux.capture().contains("> Torsdag kveld X▏"), "the name is kept while it asks")
        tmux.sendKeys("Escape")
        tmux.expectScreen("Welcome to Runde", "a real Esc still goes back")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
    }
}
