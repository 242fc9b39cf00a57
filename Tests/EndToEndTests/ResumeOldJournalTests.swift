import Foundation
import RundeCore
import Testing

/// Issue 16 item 9 (DESIGN §4): a journal last seen over 12 hours ago is offered the other way
/// round (Enter writes it as an unfinished log, `r` resumes it), and a resumed turn never counts
/// the time the program was not running (a log once held a 259,209-second turn).
@Suite(
    "An old journal in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct ResumeOldJournalTests {
    /// Moves every instant in the journal `seconds` into the past, as if the program had
    /// stopped that long ago, and drops the clock mark.
    static func age(_ bed: FaultBed, by seconds: Double) throws {
        let text = try String(contentsOfFile: bed.journal, encoding: .utf8)
        var out = ""
        for line in text.split(separator: "\n") {
            var object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if var setup = object["setup"] as? [String: Any],
                let start = setup["startedAt"] as? Double
            {
                setup["startedAt"] = start - seconds
                object["setup"] = setup
            }
            if let tick = object["tick"] as? [String: Any], let t = tick["_0"] as? Double {
                object["tick"] = ["_0": t - seconds]
            }
            out +=
                String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
                + "\n"
        }
        try FileIO.writeAtomically(Data(out.utf8), to: bed.journal)
        try? FileIO.remove(bed.groupDir + "/journal.clock")
    }

    @Test func anOldJournalIsClosedByEnterAndItsTurnNeverCountsTheGap() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        try #require(tmux.waitForExit())
        tmux.kill()

        // Three days later: `r` resumes; Kari's turn goes on from where it was.
        try Self.age(bed, by: 3 * 86_400)
        tmux = try bed.startMeeting()
        tmux.expectScreen("more than 12 hours ago")
        tmux.expectScreen("r resume anyway")
        tmux.sendKeys("r")
        tmux.expectScreen("K a r i")
        tmux.sendKeys("Enter")  // Kari's turn ends
        tmux.expectScreen("O l a")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        try #require(tmux.waitForExit())
        tmux.kill()
        let read = try Journal.read(path: bed.journal)
        let state = MeetingState.replay(setup: read.setup, events: read.events)
        let kari = try #require(state.currentTurns.first)
        #expect(kari.seconds < 600, "Kari's turn counted the days away: \(kari.seconds) s")

        // Fourteen hours later: Enter writes it as an unfinished log and starts meeting 2.
        try Self.age(bed, by: 14 * 3600)
        tmux = try bed.startMeeting()
        tmux.expectScreen("Enter save as unfinished")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Meeting 2")
        let logs = try bed.logs()
        try #require(logs.count == 1, "logs: \(logs.map(\.name))")
        #expect(!logs[0].log.completed)
        #expect(logs[0].log.recovered)
        #expect(
            (logs[0].log.speaking.perPersonS.max() ?? 0) < 600, "\(logs[0].log.speaking.perPersonS)"
        )
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
    }
}
