import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The meeting's end of the room view: a Unix socket file (0600, in the group's 0700 folder)
/// that room views of the same user connect to. The meeting calls `publish` each time its loop
/// wakes (about once a second, and after every key): new room views are let in then, and every
/// view is sent the state when it changed. Nothing here ever waits: accepting and writing are
/// non-blocking, and a view that does not keep up (its buffer full) or is gone is dropped, so a
/// hung or dead room view never slows or stops the meeting.
public final class RoomServer {
    public let path: String
    private var listener: Int32
    private var clients: [Int32] = []
    /// Views let in since the last publish: they are sent the state even when it did not change.
    private var fresh: [Int32] = []
    private var last: RoomMessage?
    /// The socket file this server made, so `close` never removes another one.
    private let made: (dev: UInt64, ino: UInt64)
    private let ownUID: uid_t
    /// More views than a circle has screens is a mistake or a misbehaving program.
    public static let maxClients = 16

    /// Listens at `path`. A socket file left there by a meeting that crashed is replaced;
    /// anything else there is left alone and refused (`notASocket`).
    public init(path: String) throws(RoomSocketError) {
        self.path = path
        ownUID = getuid()
        if let existing = RoomSocket.identity(path) {
            guard existing.isSocket else { throw .notASocket(path) }
            unlink(path)
        }
        let fd = try RoomSocket.make()
        // The file is made 0600 from the start (no moment when others could connect).
        let oldMask = umask(0o177)
        let bound = try RoomSocket.withAddress(path) { bind(fd, $0, $1) }
        let bindErrno = errno
        umask(oldMask)
        guard bound == 0 else {
            RoomSocket.closeFD(fd)
            throw .system("bind", bindErrno)
        }
        chmod(path, 0o600)
        guard listen(fd, 8) == 0, let id = RoomSocket.identity(path) else {
            let e = errno
            RoomSocket.closeFD(fd)
            unlink(path)
            throw .system("listen", e)
        }
        listener = fd
        made = (id.dev, id.ino)
    }

    deinit { close() }

    /// How many room views are connected.
    public var clientCount: Int { clients.count }

    /// Lets in the views that are waiting, then sends `message` to every view when it differs
    /// from the last one sent (the send time aside), and to newly let-in views always. With no
    /// view connected the message is never made: this runs once a second all meeting long.
    public func publish(_ message: @autoclosure () -> RoomMessage) {
        acceptWaiting()
        guard !clients.isEmpty else {
            last = nil
            return
        }
        let message = message()
        let key = message.withoutSendTime
        let changed = key != last
        guard changed || !fresh.isEmpty else { return }
        last = key
        let bytes = RoomCodec.encode(message)
        let targets = changed ? clients : fresh
        fresh = []
        var dropped: Set<Int32> = []
        bytes.withUnsafeBytes { buffer in
            for fd in targets {
                #if os(Linux)
                    let flags = Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)
                #else
                    let flags = Int32(MSG_DONTWAIT)
                #endif
                // A short or refused write (a full buffer: a view that stopped reading) drops
                // the view; it may connect again.
                if send(fd, buffer.baseAddress, buffer.count, flags) != buffer.count {
                    dropped.insert(fd)
                }
            }
        }
        if !dropped.isEmpty {
            for fd in dropped { RoomSocket.closeFD(fd) }
            clients.removeAll { dropped.contains($0) }
        }
    }

    /// Accepts every connection waiting, keeping those of the same user.
    private func acceptWaiting() {
        // Asked first whether anyone is waiting: an accept with nobody there still makes and
        // frees a socket in the kernel, which cost more than the rest of a quiet second.
        guard listener >= 0, RoomSocket.hasWaiting(listener) else { return }
        while true {
            let fd = RoomSocket.acceptOne(listener)
            guard fd >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            guard let uid = RoomSocket.peerUID(fd),
                RoomPeerPolicy.accepts(peerUID: uid, ownUID: ownUID),
                clients.count < Self.maxClients
            else {
                RoomSocket.closeFD(fd)
                continue
            }
            clients.append(fd)
            fresh.append(fd)
        }
    }

    /// Closes every connection and removes the socket file (if it is still the one made here).
    /// Idempotent.
    public func close() {
        for fd in clients { RoomSocket.closeFD(fd) }
        clients = []
        fresh = []
        guard listener >= 0 else { return }
        RoomSocket.closeFD(listener)
        listener = -1
        if let id = RoomSocket.identity(path), id.isSocket, id.dev == made.dev, id.ino == made.ino {
            unlink(path)
        }
    }
}
