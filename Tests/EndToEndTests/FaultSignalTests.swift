import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGTERM, SIGHUP and SIGINT in the middle of a meeting and at the resume prompt: the terminal
/// is restored, the exit status is 128 + n, the journal is kept, and the next start offers to
/// resume the meeting where it was.
@Suite(
    "Signals in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct FaultSignalTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))])
    func signalInATurnRestoresTheTerminalAndKeepsTheMeeting(signal: Int32, status: Int32) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        tmux.sendKeys("Enter")
        tmux.expectScreen("O l a")
        #expect(tmux.alternateOn, "a meeting runs on the alternate screen")

        try tmux.signalProgram(signal)
        try #require(
            tmux.waitForExit(), "runde did not stop on signal \(signal):\n\(tmux.capture())")
        #expect(tmux.exitStatus == status)
        #expect(!tmux.alternateOn, "the terminal is back on the normal screen")
        if signal != SIGHUP {
            #expect(
                tmux.capture(includingHistory: true).contains(
                    "Interrupted. The meeting can be resumed."))
        }
        #expect(FileManager.default.fileExists(atPath: bed.journal))
        #expect(!FileManager.default.fileExists(atPath: bed.lock), "the lock is released")
        let journal = try Journal.read(path: bed.journal)
        #expect(journal.warnings.isEmpty)
        tmux.kill()

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.expectScreen("“Round”")
        tmux.sendKeys("Enter")
        tmux.expectScreen("O l a", "the same speaker after resuming")
        tmux.expectScreen("Turn 2 of 6")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        #expect(
            FileManager.default.fileExists(atPath: bed.journal),
            "quitting keeps the meeting resumable")
    }

    @Test func signalAtTheResumePromptKeepsTheJournal() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.expectScreen("Leading today: Kari")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Our rules")
        try tmux.signalProgram(SIGKILL)
        #expect(tmux.waitForExit())
        tmux.kill()
        let before = try Data(contentsOf: URL(fileURLWithPath: bed.journal))

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        try tmux.signalProgram(SIGTERM)
        try #require(tmux.waitForExit())
        #expect(tmux.exitStatus == 143)
        #expect(!tmux.alternateOn)
        let after = try Data(contentsOf: URL(fileURLWithPath: bed.journal))
        #expect(after == before, "the prompt alone changes nothing")
        #expect(try bed.logs().isEmpty)
    }
}
