import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Declining to resume (`n`) writes the unfinished meeting as a log with `completed: false`,
/// counts it as held, and starts the next meeting; `q` at the prompt changes nothing.
@Suite(
    "Declining to resume in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct ResumeDeclineTests {
    @Test func declineWritesAnUnfinishedLogAndStartsAFreshMeeting() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.expectScreen("Leading today: Kari")
        tmux.sendKeys("Down", "Space", "Space")  // Ola: absent
        tmux.expectScreen("5 present of 6")
        tmux.sendKeys("Enter", "Enter")
        tmux.expectScreen("K a r i")
        tmux.sendKeys("s")  // Kari passes
        tmux.expectScreen("S i r i")
        try tmux.signalProgram(SIGKILL)
        try #require(tmux.waitForExit())
        tmux.kill()

        // q at the prompt: nothing changes.
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: bed.journal))
        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.sendKeys("q")
        try #require(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bed.journal)) == journalBefore)
        #expect(try bed.logs().isEmpty)
        tmux.kill()

        // n: the unfinished meeting becomes a log; meeting 2 starts.
        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.expectScreen("Meeting 1")
        tmux.sendKeys("n")
        tmux.expectScreen("Save meeting 1 as unfinished and start a new")
        tmux.sendKeys("y")
        tmux.expectScreen("Leading today: Kari", "a fresh check-in")
        tmux.expectScreen("Meeting 2")
        tmux.expectScreen("6 present of 6", "attendance starts afresh")

        let logs = try bed.logs()
        try #require(logs.count == 1, "logs: \(logs.map(\.name))")
        #expect(logs[0].name.hasSuffix("-001.json"))
        let log = logs[0].log
        #expect(!log.completed)
        #expect(!log.recovered)
        #expect(log.meetingNumber == 1)
        #expect(
            log.attendance
                == .init(members: 6, present: 5, notifiedAbsent: 0, absent: 1, late: 0, guests: 0))
        #expect(
            Array(log.phases.map(\.kind).prefix(3)) == ["check_in", "opening", "opening_round"])
        #expect(!log.phases.map(\.kind).contains("summary"))
        #expect(log.next.theme.isEmpty && !log.next.leaderChosen)
        let raw = try String(contentsOfFile: bed.logsDir + "/" + logs[0].name, encoding: .utf8)
        #expect(raw.contains("\"completed\" : false"), "the file says completed: false\n\(raw)")

        let group = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(group.contains("meetings_held = 1"))
        let journal = try Journal.read(path: bed.journal)
        #expect(journal.setup.meetingNumber == 2, "the journal is the new meeting's")
        #expect(journal.events.isEmpty || !journal.events.contains(.resumed))

        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        for name in FaultBed.names { #expect(bed.filesContaining(name).isEmpty, "\(name) on disk") }
    }

    /// `n` asks before it saves the meeting as unfinished. Esc (and a stray Enter) say no and
    /// leave the offer as it was, with nothing written; Enter on the offer then resumes. `j`
    /// says yes, in Norwegian: the unfinished log is written and meeting 2 starts.
    @Test func nAsksFirstAndOnlyJOrYSaysYes() throws {
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

        // n → the question → Esc: still on the offer, nothing written; Enter resumes.
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: bed.journal))
        tmux = try bed.startMeeting()
        tmux.expectScreen("Enter resume the meeting · n save as unfinished · q quit")
        tmux.sendKeys("n")
        tmux.expectScreen("Save meeting 1 as unfinished and start a new")
        tmux.expectScreen("y yes · Esc no")
        #expect(try bed.logs().isEmpty, "nothing is saved before the answer")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Save meeting 1 as unfinished") },
            "\(tmux.capture())")
        tmux.expectScreen("A meeting was not finished")
        tmux.expectScreen("Enter resume the meeting · n save as unfinished · q quit")
        #expect(try bed.logs().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bed.journal)) == journalBefore)
        tmux.sendKeys("Enter")
        tmux.expectScreen("K a r i", "Enter resumes Kari's turn")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        try #require(tmux.waitForExit())
        tmux.kill()

        // In Norwegian: n → a stray Enter says no → n → j: saved as unfinished, meeting 2 starts.
        tmux = try bed.startMeeting(environment: ["LANG": "nb_NO.UTF-8"])
        tmux.expectScreen("Et møte ble ikke avsluttet")
        tmux.sendKeys("n")
        tmux.expectScreen("Lagre møte 1 som uferdig og starte et nytt")
        tmux.expectScreen("j ja · Esc nei")
        tmux.sendKeys("Enter")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Lagre møte 1 som uferdig") },
            "\(tmux.capture())")
        tmux.expectScreen("Enter fortsett møtet · n lagre som uferdig · q avslutt")
        #expect(try bed.logs().isEmpty, "a stray Enter does not do what n asked")
        tmux.sendKeys("?")
        tmux.expectScreen("n      lagre møtet som uferdig og start et nytt")
        tmux.expectScreen("Enter  fortsett møtet der det stoppet")
        // Esc closes the help; n only once it is closed (an Esc and a letter that arrive
        // together are one Alt key, not two keys).
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Esc eller ? lukker") }, "\(tmux.capture())")
        tmux.sendKeys("n")
        tmux.expectScreen("Lagre møte 1 som uferdig og starte et nytt")
        tmux.sendKeys("j")
        tmux.expectScreen("Møte 2")
        tmux.expectScreen("Møteleder i dag: Kari")
        let logs = try bed.logs()
        try #require(logs.count == 1, "logs: \(logs.map(\.name))")
        #expect(!logs[0].log.completed && logs[0].log.meetingNumber == 1)
        tmux.sendKeys("q")
        tmux.expectScreen("Avslutte Runde?")
        tmux.sendKeys("j")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
    }

    /// A quiet turn journals its clock only once a minute, but marks every second in
    /// `journal.clock`: after a kill -9 the journal as read ends within a second of the kill,
    /// and so does the unfinished log.
    @Test func aKillInAQuietTurnLosesAtMostTheLastSecond() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        // Wait (for a condition, not a time) until the journal as read holds four seconds
        // past the turn's start; that instant comes from journal.clock, not from a line.
        func lastTick() -> Double? {
            guard let j = try? Journal.read(path: bed.journal) else { return nil }
            return j.events.compactMap {
                if case .tick(let t) = $0 { return t.seconds } else { return nil }
            }.last
        }
        let turnStart = try #require(lastTick())
        var marked = turnStart
        #expect(
            tmux.waitUntil(timeout: 30) {
                marked = lastTick() ?? marked
                return marked >= turnStart + 4
            }, "journal.clock moves on every second")
        try tmux.signalProgram(SIGKILL)
        try #require(tmux.waitForExit())
        tmux.kill()

        let last = try #require(lastTick())
        #expect(
            last >= marked, "the journal as read keeps the last marked second: \(last) < \(marked)")
        let raw = try String(contentsOfFile: bed.journal, encoding: .utf8)
        #expect(
            raw.split(separator: "\n").count < 10,
            "clock-only ticks are not journaled every second:\n\(raw)")

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.sendKeys("n")
        tmux.expectScreen("y yes · Esc no")
        tmux.sendKeys("y")
        tmux.expectScreen("Meeting 2")
        let log = try #require(try bed.logs().first).log
        let round = try #require(log.phases.first { $0.kind == "opening_round" })
        #expect(
            round.endS - round.startS >= 4,
            "the turn in progress counts up to the kill: \(round.endS - round.startS) s")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
    }
}
