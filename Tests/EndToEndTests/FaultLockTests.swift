import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One live meeting per group: a second `runde meeting` is refused naming the process that
/// holds the meeting; a lock left by a process that is gone is taken over.
@Suite(
    "Meeting lock, end to end",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct FaultLockTests {
    @Test func aSecondMeetingIsRefusedNamingTheFirstProcess() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let first = try bed.startMeeting()
        defer { first.kill() }
        first.expectScreen("Leading today: Kari")
        let pid = try #require(first.panePID)

        // Without a terminal (plain mode) ...
        let plain = try RunCLI.runde(["meeting", "--plain", "--data-dir", bed.data])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("already open in process \(pid)"), "stderr: \(plain.stderr)")

        // ... and in a terminal, which is restored before the message.
        let second = try bed.startMeeting()
        defer { second.kill() }
        try #require(second.waitForExit(), "the second meeting did not stop:\n\(second.capture())")
        #expect(second.exitStatus == 1)
        #expect(!second.alternateOn)
        #expect(second.capture(includingHistory: true).contains("already open in process \(pid)"))

        // The first meeting is untouched and still holds the lock.
        #expect(MeetingLock.owner(at: bed.lock)?.pid == pid)
        first.sendKeys("Enter")
        first.expectScreen("Our rules")
    }

    @Test(arguments: ["dead", "garbage", "empty"])
    func aStaleLockIsTakenOver(kind: String) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let content: String
        switch kind {
        case "dead":
            let host = ProcessInfo.processInfo.hostName
            var buf = [CChar](repeating: 0, count: 256)
            let hostname = gethostname(&buf, buf.count) == 0 ? String(cString: buf) : host
            let boot =
                (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            content = "pid=\(try deadPID())\nhost=\(hostname)\nboot=\(boot)\n"
        case "garbage": content = "\u{1B}[2J not a lock \u{0}\u{FF}"
        default: content = ""
        }
        try Data(content.utf8).write(to: URL(fileURLWithPath: bed.lock))

        let tmux = try bed.startMeeting()
        defer { tmux.kill() }
        tmux.expectScreen("Leading today: Kari", "a stale (\(kind)) lock is taken over")
        let pid = try #require(tmux.panePID)
        #expect(MeetingLock.owner(at: bed.lock)?.pid == pid)
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: bed.lock))
    }

    @Test func aLockFromAnotherComputerIsRefusedWithTheWayOut() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        try Data("pid=4242\nhost=other-laptop\u{1B}[31m\nboot=x\n".utf8).write(
            to: URL(fileURLWithPath: bed.lock))
        let r = try RunCLI.runde(["meeting", "--plain", "--data-dir", bed.data])
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("“other-laptop") || r.stderr.contains("«other-laptop"),
            "stderr: \(r.stderr)")
        #expect(
            !r.stderr.contains("\u{1B}"),
            "no escape sequence from the lock file reaches the terminal")
        #expect(r.stderr.contains(bed.lock), "names the file to remove")
    }

    /// The PID of a process that has exited.
    func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }
}
