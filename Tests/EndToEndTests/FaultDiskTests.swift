import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The disk refuses writes in the middle of a meeting: a clear message at once, the meeting
/// carries on, nothing half-written is left, and once the disk is fixed the retry succeeds.
@Suite(
    "Disk faults, end to end",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct FaultDiskTests {
    /// Runs the meeting from check-in to the date step of the next-meeting phase.
    func runToDateStep(_ tmux: Tmux) {
        tmux.enterFirstTurn()
        tmux.sendKeys("c")
        tmux.expectScreen("y yes · Esc no")  // c asks first
        tmux.sendKeys("y")
        tmux.expectScreen("Closing – say something appreciative")
        for _ in 0..<6 { tmux.sendKeys("Enter") }
        tmux.expectScreen("Next to lead")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Do not write names")
        tmux.sendText("Grenser")
        tmux.sendKeys("Enter")
        tmux.expectScreen("accept date")
    }

    @Test func journalWritesFailMidMeetingThenRecover() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let flag = bed.data + ".diskfull"
        defer { unlink(flag) }
        let tmux = try bed.startMeeting(environment: ["RUNDE_TEST_JOURNAL_FAULT": flag])
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        let healthy = try Journal.read(path: bed.journal)

        FileManager.default.createFile(atPath: flag, contents: Data())
        tmux.sendKeys("Enter")
        tmux.expectScreen("Cannot save", "the message comes with the next event")
        tmux.expectScreen("disk is full", "the reason is visible at 80 columns")
        tmux.expectScreen("O l a", "the meeting carries on")
        tmux.sendKeys("Enter")
        tmux.expectScreen("S i r i")
        let during = try Journal.read(path: bed.journal)
        #expect(during.warnings.isEmpty, "only whole lines on disk: \(during.warnings)")
        #expect(during.events.count <= healthy.events.count + 1)

        unlink(flag)
        #expect(
            tmux.waitFor(timeout: 8) { !$0.contains("Cannot save") },
            "the message goes once the disk works:\n\(tmux.capture())")
        let after = try Journal.read(path: bed.journal)
        #expect(after.warnings.isEmpty)
        let replayed = MeetingState.replay(setup: after.setup, events: after.events)
        #expect(
            replayed.turn?.speaker == .member(2), "the events that waited are on disk, in order")
        #expect(replayed.currentTurns.count == 2)

        tmux.sendKeys("c")

        tmux.expectScreen("y yes · Esc no")  // c asks first

        tmux.sendKeys("y")
        tmux.expectScreen("Closing – say something appreciative")
        for _ in 0..<6 { tmux.sendKeys("Enter") }
        tmux.expectScreen("Next to lead")
        tmux.sendKeys("Enter", "Enter", "Enter")
        tmux.expectScreen("The anonymous log is saved")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        let logs = try bed.logs()
        try #require(logs.count == 1)
        #expect(logs[0].log.phases.first { $0.kind == "opening_round" }?.turns?.count == 3)
        #expect(!logs[0].log.recovered)
    }

    /// How the fault is fixed: in place (the running program retries by itself), or after a
    /// kill -9, by starting again and resuming.
    enum Fix: String, CaseIterable, Sendable { case inPlace, afterKill }

    @Test(arguments: Fix.allCases)
    func theLogsFolderIsAFileWhenTheMeetingEnds(fix: Fix) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        runToDateStep(tmux)
        try? FileManager.default.removeItem(atPath: bed.logsDir)
        FileManager.default.createFile(atPath: bed.logsDir, contents: Data("in the way".utf8))

        tmux.sendKeys("Enter")
        tmux.expectScreen("The meeting is over")
        tmux.expectScreen("The log could not be saved", "at once")
        tmux.expectScreen("not a folder", "the reason is visible at 80 columns")
        tmux.sendKeys("Enter")  // leaving is refused while the log is unwritten
        // Keys are handled in order: once help shows, the Enter before it has been handled.
        tmux.sendKeys("?")
        tmux.expectScreen("Help – the keys here", "the Enter was handled, and runde is still here")
        tmux.sendKeys("Escape")
        #expect(tmux.waitFor(timeout: 8) { !$0.contains("Help – the keys here") })
        #expect(!tmux.isPaneDead, "runde must not leave before the log is written")
        #expect(FileManager.default.fileExists(atPath: bed.journal), "the journal is kept")
        #expect(
            bed.leftoverTempFiles().isEmpty, "no half-written files: \(bed.leftoverTempFiles())")
        let group = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(group.contains("meetings_held = 0"), "the group moves on only with the log")

        if fix == .afterKill {
            try tmux.signalProgram(SIGKILL)
            #expect(tmux.waitForExit())
            tmux.kill()
        }
        try FileManager.default.removeItem(atPath: bed.logsDir)
        if fix == .afterKill {
            tmux = try bed.startMeeting()
            tmux.expectScreen("A meeting was not finished")
            tmux.sendKeys("Enter")
        }
        tmux.expectScreen("The anonymous log is saved", "the retry succeeds")
        // A round trip through help: the loop has run on past the write, with no new failure.
        tmux.sendKeys("?")
        tmux.expectScreen("Help – the keys here")
        tmux.sendKeys("Escape")
        #expect(tmux.waitFor(timeout: 8) { !$0.contains("Help – the keys here") })
        #expect(!tmux.capture().contains("could not be saved"), "\(tmux.capture())")
        #expect(
            !FileManager.default.fileExists(atPath: bed.journal),
            "no journal comes back after the log")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        let logs = try bed.logs()
        try #require(logs.count == 1, "\(logs.map(\.name))")
        #expect(logs[0].log.completed)
        #expect(logs[0].log.recovered == (fix == .afterKill))
        #expect(logs[0].log.next.theme == "Grenser")
        #expect(!FileManager.default.fileExists(atPath: bed.journal))
        #expect(bed.leftoverTempFiles().isEmpty)
        let updated = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(updated.contains("meetings_held = 1"))
        #expect(updated.contains("next_theme = \"Grenser\""))
    }
}

/// A real full disk: the data folder on a small tmpfs that is filled up before the meeting
/// ends. Needs permission to mount (root in a container or CI); skipped otherwise.
@Suite(
    "Full disk on a tmpfs, end to end",
    .enabled(
        if: Tmux.isAvailable && TinyDisk.canMount, "needs tmux and permission to mount a tmpfs"),
    .serialized)
struct FaultFullDiskTests {
    @Test func theDiskFillsUpBeforeTheLogIsWritten() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let disk = try TinyDisk()
        defer { disk.unmount() }
        let bed = try FaultBed(data: disk.path + "/data")
        let tmux = try bed.startMeeting()
        defer { tmux.kill() }
        FaultDiskTests().runToDateStep(tmux)
        let filler = disk.path + "/filler"
        disk.fill(filler)

        tmux.sendKeys("Enter")
        tmux.expectScreen("The meeting is over")
        tmux.expectScreen("The log could not be saved: the disk is full", "at once, reason first")
        #expect(
            bed.leftoverTempFiles().isEmpty, "no half-written files: \(bed.leftoverTempFiles())")
        #expect(try bed.logs().isEmpty)
        #expect(FileManager.default.fileExists(atPath: bed.journal))

        unlink(filler)
        tmux.expectScreen("The anonymous log is saved", "the retry succeeds")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        #expect(try bed.logs().count == 1)
        #expect(!FileManager.default.fileExists(atPath: bed.journal))
        #expect(bed.leftoverTempFiles().isEmpty)
    }
}

/// A 256 KiB tmpfs mounted on a fresh folder.
struct TinyDisk {
    let path: String

    /// True when this process may mount a tmpfs (tried once, on a scratch folder).
    static let canMount: Bool = {
        guard let disk = try? TinyDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        path = RunCLI.tempDataDir()
        let r = try Self.run(
            "/bin/mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", path])
        guard r == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    /// Writes zeros to `file` until the disk refuses.
    func fill(_ file: String) {
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    func unmount() {
        _ = try? Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    static func run(_ tool: String, _ args: [String]) throws -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}
