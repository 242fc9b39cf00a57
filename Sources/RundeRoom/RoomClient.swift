import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The room view's end: connects to the meeting's socket, and reads the state messages as they
/// come. Never blocks: `connect` gives up at once when no meeting listens, and `read` takes
/// what has arrived.
public final class RoomClient {
    public let path: String
    /// The connected socket (for the terminal to watch), nil while not connected.
    public private(set) var descriptor: Int32?
    private var buffer: [UInt8] = []

    public init(path: String) {
        self.path = path
    }

    deinit { disconnect() }

    /// Connects when not connected. Throws `noMeeting` when nothing listens (no file, or one a
    /// crashed meeting left), and refuses a socket of another user as if none were there.
    public func connect() throws(RoomSocketError) {
        guard descriptor == nil else { return }
        guard let id = RoomSocket.identity(path) else { throw .noMeeting }
        guard id.isSocket else { throw .notASocket(path) }
        let fd = try RoomSocket.make()
        let rc = try RoomSocket.withAddress(path) { RoomSocket.connectFD(fd, $0, $1) }
        let e = errno
        // A Unix socket connects at once or not at all (EAGAIN: the meeting's queue is full).
        guard rc == 0 || e == EINPROGRESS else {
            RoomSocket.closeFD(fd)
            if e == ECONNREFUSED || e == ENOENT || e == EAGAIN { throw .noMeeting }
            throw .system("connect", e)
        }
        guard let uid = RoomSocket.peerUID(fd),
            RoomPeerPolicy.accepts(peerUID: uid, ownUID: getuid())
        else {
            RoomSocket.closeFD(fd)
            throw .noMeeting
        }
        descriptor = fd
        buffer = []
    }

    /// What one read gave: the messages that arrived, oldest first, and whether the meeting
    /// went away (the connection is then closed).
    public struct Update: Equatable, Sendable {
        public var messages: [RoomMessage] = []
        public var closed = false
    }

    /// Reads what has arrived, without waiting.
    public func read() -> Update {
        var update = Update()
        guard let fd = descriptor else { return update }
        var chunk = [UInt8](repeating: 0, count: 4096)
        readLoop: while true {
            let n = chunk.withUnsafeMutableBytes {
                recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
            }
            if n > 0 {
                buffer += chunk[0..<n]
                continue
            }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN || errno == EWOULDBLOCK { break readLoop }
            update.closed = true
            break
        }
        while true {
            switch RoomCodec.decode(buffer[...]) {
            case .message(let m, let consumed):
                update.messages.append(m)
                buffer.removeFirst(consumed)
                continue
            case .incomplete: break
            case .invalid: update.closed = true
            }
            break
        }
        if update.closed { disconnect() }
        return update
    }

    /// Closes the connection (idempotent).
    public func disconnect() {
        if let fd = descriptor { RoomSocket.closeFD(fd) }
        descriptor = nil
        buffer = []
    }
}
