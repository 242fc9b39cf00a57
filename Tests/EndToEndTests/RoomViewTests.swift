import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `runde room` beside a real meeting, each in its own tmux: the room waits, follows the
/// meeting through its turns, the overtime, the pause and the end, never shows a name, and the
/// socket goes away with the meeting. A raw reader on the socket checks the bytes themselves.
@Suite(
    "Room view in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct RoomViewE2ETests {
    static let names = ["Quixtamar", "Zorbulon", "Vexillia", "Pelmorath"]
    static let theme = "Draxelwyn"

    /// A group of four sentinel names, with a theme agreed last time that is no member's name.
    static func group(_ data: String) throws -> String {
        try RunCLI.regularGroup("Rom", members: names, dataDir: data)
        let groupDir = data + "/groups/rom"
        let file = groupDir + "/group.toml"
        let toml = try String(contentsOfFile: file, encoding: .utf8)
        let themed =
            toml.contains("next_theme")
            ? toml.replacingOccurrences(
                of: #"next_theme = """#, with: "next_theme = \"\(theme)\"")
            : "next_theme = \"\(theme)\"\n" + toml
        try themed.write(toFile: file, atomically: true, encoding: .utf8)
        return groupDir
    }

    func wait(_ tmux: Tmux, _ texts: String..., comment: String = "") throws {
        let ok = tmux.waitUntil(timeout: 8) {
            let screen = tmux.capture()
            return texts.allSatisfy { screen.contains($0) }
        }
        try #require(ok, "waiting for \(texts) \(comment):\n\(tmux.capture())")
    }

    /// Every screen the room showed, checked for names as it goes.
    final class Watch {
        var screens: [String] = []
        func look(_ tmux: Tmux) {
            let s = tmux.capture()
            screens.append(s)
            for name in RoomViewE2ETests.names + [RoomViewE2ETests.theme] {
                #expect(!s.contains(name), "\(name) on the room view:\n\(s)")
            }
        }
    }

    @Test func besideAMeetingFromCheckInToTheEnd() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let groupDir = try Self.group(data)
        let socket = groupDir + "/room.sock"
        let env = ["LANG": "C.UTF-8"]

        let room = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "room"], width: 60, height: 16,
            environment: env)
        defer { room.kill() }
        let watch = Watch()
        try wait(room, "Waiting for the meeting", "When the meeting starts")
        watch.look(room)

        let meeting = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { meeting.kill() }
        try wait(meeting, "Leading today: Quixtamar", Self.theme)
        try wait(room, "Check-in", "The meeting begins shortly.")
        watch.look(room)
        var st = stat()
        #expect(lstat(socket, &st) == 0 && st.st_mode & 0o777 == 0o600, "the socket is 0600")
        let reader = try RawReader(path: socket)

        meeting.sendKeys("Enter")
        try wait(meeting, "Our rules")
        try wait(room, "Our rules", "We read the card together.")
        watch.look(room)
        meeting.sendKeys("Enter")
        try wait(meeting, "Q u i x t a m a r")
        try wait(room, "Turn 1 of 4", "◉○○○", "left of a")
        try wait(room, "███")
        watch.look(room)
        meeting.sendKeys("Enter")
        try wait(room, "Turn 2 of 4", "●◉○○")
        meeting.sendKeys("s")
        try wait(room, "Turn 3 of 4", "●–◉○")
        watch.look(room)
        // Overtime: the turn's target taken down to nothing, as the leader sees it.
        meeting.sendKeys("-", "-", "-", "-", "-", "-", "-", "-", "-", "-")
        try wait(meeting, "over time")
        try wait(room, "over time – the turn was 0:00")
        watch.look(room)
        meeting.sendKeys("Enter")  // the fourth
        try wait(room, "Turn 4 of 4", "●–●◉")
        meeting.sendKeys("Enter")  // sharing
        try wait(meeting, "Sharing – in turn")
        try wait(room, "Sharing – in turn")
        watch.look(room)
        // The pause, its countdown, and its end.
        meeting.sendKeys("p")
        try wait(meeting, "of the pause left")
        try wait(room, "Pause", "of the pause left")
        watch.look(room)
        meeting.sendKeys(
            "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-")
        try wait(room, "The pause is over")
        watch.look(room)
        meeting.sendKeys("p")
        try wait(room, "Sharing – in turn", "Turn")
        // To the closing round, and on to the end.
        meeting.sendKeys("c")
        meeting.sendKeys("y")
        try wait(meeting, "Closing – say something appreciative")
        try wait(room, "Closing – say something appreciative", "Turn 1 of 4")
        watch.look(room)
        meeting.sendKeys("Enter", "Enter", "Enter", "Enter")
        try wait(meeting, "Next to lead")
        try wait(room, "Next meeting", "The group agrees on the next meeting.")
        watch.look(room)
        meeting.sendKeys("Enter")
        try wait(meeting, "Do not write names")
        meeting.sendText("Vexillia og grenser")
        meeting.sendKeys("Enter")
        try wait(meeting, "accept date")
        watch.look(room)
        meeting.sendKeys("Enter")
        try wait(meeting, "The meeting is over")
        try wait(room, "The meeting is over", "Thank you for today.")
        watch.look(room)
        meeting.sendKeys("Enter")
        #expect(meeting.waitForExit(), "runde did not exit:\n\(meeting.capture())")
        #expect(meeting.exitStatus == 0)
        #expect(
            room.waitUntil(timeout: 5) { !FileManager.default.fileExists(atPath: socket) },
            "the socket is removed when the meeting ends")
        // The room stays on the end, calmly.
        usleep(300_000)
        try wait(room, "The meeting is over", "Thank you for today.")
        watch.look(room)

        // The bytes on the socket: no name, no theme.
        let bytes = reader.drain()
        #expect(bytes.count > 100, "the raw reader got \(bytes.count) bytes")
        for name in Self.names + [Self.theme, "Vexillia og grenser"] {
            #expect(!bytes.contains(Array(name.utf8)), "\(name) in the socket's bytes")
        }

        // Esc does no harm; ? says what the view is; q leaves cleanly.
        room.sendKeys("Escape")
        try wait(room, "Esc does nothing here")
        room.sendKeys("?")
        try wait(room, "The room view", "It never shows names.")
        room.sendKeys("Escape")
        try wait(room, "The meeting is over")
        room.sendKeys("q")
        #expect(room.waitForExit(), "runde room did not leave:\n\(room.capture())")
        #expect(room.exitStatus == 0)
        #expect(!room.alternateOn)
        #expect(watch.screens.count >= 12)
    }

    /// SIGTERM and SIGHUP take the socket away with the meeting; the room waits calmly and
    /// finds the meeting again when it is resumed.
    @Test(arguments: [SIGTERM, SIGHUP])
    func reconnectsAfterTheMeetingStopsAndComesBack(_ signal: Int32) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let groupDir = try Self.group(data)
        let socket = groupDir + "/room.sock"
        let env = ["LANG": "C.UTF-8"]
        var meeting = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { meeting.kill() }
        try wait(meeting, "Leading today: Quixtamar")
        meeting.sendKeys("Enter", "Enter")
        try wait(meeting, "Q u i x t a m a r")
        let room = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "room"], width: 40, height: 12,
            environment: env)
        defer { room.kill() }
        try wait(room, "Turn 1 of 4")
        try meeting.signalProgram(signal)
        #expect(meeting.waitForExit())
        #expect(
            !FileManager.default.fileExists(atPath: socket), "the socket went with signal \(signal)"
        )
        try wait(room, "Waiting for the meeting", "not open just now")
        meeting.kill()
        meeting = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        try wait(meeting, "A meeting was not finished")
        meeting.sendKeys("Enter")
        try wait(meeting, "Q u i x t a m a r")
        try wait(room, "Turn 1 of 4")
        for name in Self.names { #expect(!room.capture().contains(name)) }
        room.sendKeys("q")
        #expect(room.waitForExit())
    }
}

/// A plain reader on the meeting's socket, taking every byte the meeting sends.
final class RawReader {
    let fd: Int32
    var bytes: [UInt8] = []

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else { throw Tmux.Failure(description: "connect \(path): errno \(errno)") }
    }

    deinit { close(fd) }

    /// Reads until the meeting closes the connection (or 3 s pass).
    func drain() -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 4096)
        var tv = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }
}

extension Array where Element == UInt8 {
    func contains(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count, !needle.isEmpty else { return false }
        return (0...(count - needle.count)).contains {
            Array(self[$0..<($0 + needle.count)]) == needle
        }
    }
}
