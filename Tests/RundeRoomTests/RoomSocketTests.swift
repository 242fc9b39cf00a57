import Foundation
import RundeCore
import Testing

@testable import RundeRoom

#if canImport(Glibc)
    import Glibc
#endif

/// The meeting's socket and the room view's client, for real, in a temporary folder.
@Suite(.serialized) struct RoomSocketTests {
    static func folder() -> String {
        let dir =
            NSTemporaryDirectory() + "runde-room-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(dir, 0o700)
        return dir
    }

    static func message(_ n: Int) -> RoomMessage {
        RoomMessage(sentAt: Double(n), phase: .sharing, step: .sharing, meetingNumber: n)
    }

    /// Publishes and reads until the client has `count` messages (the server lets a view in
    /// only when it publishes, as the meeting's loop does once a second).
    static func collect(
        _ client: RoomClient, from server: RoomServer, _ m: RoomMessage, count: Int = 1
    ) -> [RoomMessage] {
        var got: [RoomMessage] = []
        for _ in 0..<200 where got.count < count {
            server.publish(m)
            got += client.read().messages
            if got.count < count { usleep(2000) }
        }
        return got
    }

    @Test func theSocketIsAPrivateFileAndGoesAwayWithTheMeeting() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let server = try RoomServer(path: path)
        var st = stat()
        #expect(lstat(path, &st) == 0)
        #expect(st.st_mode & S_IFMT == S_IFSOCK)
        #expect(st.st_mode & 0o777 == 0o600)
        server.close()
        #expect(!FileManager.default.fileExists(atPath: path))
        server.close()
    }

    @Test func aViewIsSentTheStateOnArrivalAndThenOnlyChanges() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let server = try RoomServer(path: path)
        defer { server.close() }
        let client = RoomClient(path: path)
        try client.connect()
        let first = Self.message(1)
        #expect(Self.collect(client, from: server, first) == [first])
        #expect(server.clientCount == 1)
        // The clock alone moved: nothing is sent.
        var later = first
        later.sentAt += 5
        server.publish(later)
        usleep(20000)
        #expect(client.read().messages.isEmpty)
        // Something changed: it is sent.
        let next = Self.message(2)
        #expect(Self.collect(client, from: server, next) == [next])
        // A second view is sent the state as it is now.
        let second = RoomClient(path: path)
        try second.connect()
        #expect(Self.collect(second, from: server, next) == [next])
        #expect(client.read().messages.isEmpty, "the first view is not sent it again")
        #expect(server.clientCount == 2)
    }

    @Test func theViewSeesTheMeetingEndAndReconnectsToTheNextOne() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let client = RoomClient(path: path)
        #expect(throws: RoomSocketError.noMeeting) { try client.connect() }
        var server = try RoomServer(path: path)
        try client.connect()
        #expect(Self.collect(client, from: server, Self.message(1)).count == 1)
        server.close()
        var closed = false
        for _ in 0..<100 where !closed {
            closed = client.read().closed
            usleep(2000)
        }
        #expect(closed)
        #expect(client.descriptor == nil)
        server = try RoomServer(path: path)
        defer { server.close() }
        try client.connect()
        #expect(Self.collect(client, from: server, Self.message(3)) == [Self.message(3)])
    }

    @Test func aSocketLeftByACrashIsReplacedAndAnythingElseIsLeftAlone() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        // A socket file nobody listens on: what a meeting killed with -9 leaves.
        let fd = try RoomSocket.make()
        #expect(try RoomSocket.withAddress(path) { bind(fd, $0, $1) } == 0)
        close(fd)
        let client = RoomClient(path: path)
        #expect(throws: RoomSocketError.noMeeting) { try client.connect() }
        let server = try RoomServer(path: path)
        try client.connect()
        #expect(Self.collect(client, from: server, Self.message(1)).count == 1)
        server.close()
        // A regular file in its place is not deleted.
        FileManager.default.createFile(atPath: path, contents: Data("keep".utf8))
        #expect(throws: RoomSocketError.notASocket(path)) { try RoomServer(path: path) }
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "keep")
    }

    @Test func aViewThatStopsReadingIsDroppedAndNeverBlocksTheMeeting() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let server = try RoomServer(path: path)
        defer { server.close() }
        let reader = RoomClient(path: path)
        let stuck = RoomClient(path: path)
        try reader.connect()
        try stuck.connect()
        #expect(Self.collect(reader, from: server, Self.message(0)).count == 1)
        #expect(server.clientCount == 2)
        // `stuck` never reads; every publish still returns (none of them waits).
        var n = 1
        while server.clientCount == 2 && n < 200_000 {
            server.publish(Self.message(n % 60000))
            _ = reader.read()
            n += 1
        }
        #expect(server.clientCount == 1, "the view that stopped reading is dropped")
        let last = Self.message(61_000 % 65535)
        #expect(Self.collect(reader, from: server, last).last == last)
    }

    @Test func onlyTheSameUserIsLetIn() {
        #expect(RoomPeerPolicy.accepts(peerUID: 1000, ownUID: 1000))
        #expect(!RoomPeerPolicy.accepts(peerUID: 65534, ownUID: 1000))
        #expect(!RoomPeerPolicy.accepts(peerUID: 0, ownUID: 1000))
    }

    static var canSwitchUser: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    /// A second user's connection is refused by the kernel's word on who connected
    /// (`SO_PEERCRED`), not only by the folder's mode: here the folder and the socket are
    /// opened to everyone, and a client running as `nobody` still gets nothing.
    @Test(
        .enabled(if: canSwitchUser, "needs root, /usr/bin/setpriv and /usr/bin/python3"))
    func anotherUsersConnectionIsRefused() throws {
        // In /tmp itself, which every user may pass through.
        let dir = "/tmp/runde-room-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(dir, 0o700)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let server = try RoomServer(path: path)
        defer { server.close() }
        chmod(dir, 0o777)
        chmod(path, 0o777)
        let script = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(5)
            s.connect(sys.argv[1])
            data = b""
            try:
                while True:
                    chunk = s.recv(4096)
                    if not chunk: break
                    data += chunk
            except Exception as e:
                print("error", e)
            print("received", len(data))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", script,
            path,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        // The meeting's loop, waking as it does, until the client is done.
        while p.isRunning {
            server.publish(Self.message(Int.random(in: 0...1000)))
            #expect(server.clientCount == 0)
            usleep(5000)
        }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("received 0"), "nobody's client: \(text)")
        #expect(server.clientCount == 0)
    }
}
