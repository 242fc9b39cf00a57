import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Undo after a crash, in the binary a user runs (issue 14): a stray Enter, kill -9, the
/// meeting found an hour later, resumed, and `u`: the first speaker has the floor again with
/// the seconds she had, not an hour over time.
@Suite(
    "Undo after kill -9 and resume, in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"))
struct UndoAfterResumeE2ETests {
    /// The journal moved an hour into the past, as if the program had stopped an hour ago
    /// (every instant in it, the meeting's start included; the clock mark dropped).
    static func anHourAgo(_ bed: FaultBed) throws {
        let contents = try Journal.read(path: bed.journal)
        try FileManager.default.removeItem(atPath: bed.journal)
        try? FileManager.default.removeItem(atPath: Journal.clockMarkPath(for: bed.journal))
        var setup = contents.setup
        setup.startedAt = setup.startedAt - 3600
        let journal = try Journal(path: bed.journal, setup: setup)
        try journal.start()
        for e in contents.events {
            if case .tick(let t) = e {
                try journal.append(.tick(t - 3600))
            } else {
                try journal.append(e)
            }
        }
        journal.close()
    }

    @Test func undoAfterAResumeGivesBackTheTurnWithoutTheTimeAway() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        tmux.sendKeys("Enter")  // the stray Enter: Ola has the floor
        tmux.expectScreen("O l a")
        try tmux.signalProgram(SIGKILL)
        try #require(tmux.waitForExit(), "runde survived kill -9")
        tmux.kill()
        try Self.anHourAgo(bed)

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.sendKeys("Enter")
        tmux.expectScreen("O l a")
        #expect(
            tmux.capture().contains("left of a"),
            "Ola's turn is held over the hour:\n\(tmux.capture())")
        tmux.sendKeys("u")
        tmux.expectScreen("K a r i")
        let screen = tmux.capture()
        #expect(
            screen.contains("left of a") && !screen.contains("over time"),
            "Kari's turn came back counting the hour away:\n\(screen)")
        tmux.sendKeys("q")
        tmux.sendText("y")
        #expect(tmux.waitForExit(), "q y quits")
    }
}
