import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the room's socket could not be opened or reached.
public enum RoomSocketError: Error, Equatable, Sendable {
    /// Something that is not a socket stands where the socket goes; it is left alone.
    case notASocket(String)
    /// No meeting listens there (no file, or a socket left by a meeting that stopped).
    case noMeeting
    /// A system call failed: its name and errno.
    case system(String, Int32)
}

extension DataLocation {
    /// The socket a running meeting listens on for room views, in the group's own folder.
    public func roomSocket(_ slug: String) -> String { groupDir(slug) + "/room.sock" }
}

/// Who may connect: only a process of the meeting's own user. Kept apart from the socket calls
/// so it can be tested with any uid.
public enum RoomPeerPolicy {
    public static func accepts(peerUID: uid_t, ownUID: uid_t) -> Bool { peerUID == ownUID }
}

/// The small system calls the server and the client share.
enum RoomSocket {
    /// A new non-blocking, close-on-exec Unix stream socket.
    static func make() throws(RoomSocketError) -> Int32 {
        #if os(Linux)
            let type =
                Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
                | Int32(SOCK_CLOEXEC.rawValue)
            let fd = socket(AF_UNIX, type, 0)
        #else
            let fd = socket(AF_UNIX, SOCK_STREAM, 0)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        #endif
        guard fd >= 0 else { throw .system("socket", errno) }
        return fd
    }

    /// Calls `body` with the address of `path`. A path longer than a socket address holds (a
    /// deep data folder) is reached through its folder's descriptor (`/proc/self/fd/N/name`),
    /// which the kernel resolves like the path itself.
    static func withAddress<R>(
        _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R
    ) throws(RoomSocketError) -> R {
        var name = path
        var folderFD: Int32 = -1
        defer { if folderFD >= 0 { close(folderFD) } }
        var addr = sockaddr_un()
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        if path.utf8.count >= capacity {
            #if os(Linux)
                folderFD = open(FileIO.parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard folderFD >= 0 else { throw .system("open", errno) }
                name = "/proc/self/fd/\(folderFD)/" + FileIO.baseName(of: path)
            #endif
            guard name.utf8.count < capacity else { throw .system("bind", ENAMETOOLONG) }
        }
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in name.utf8.enumerated() { raw[i] = b }
            raw[name.utf8.count] = 0
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.size)
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// The uid of the process at the other end of a connected socket, if the kernel says.
    static func peerUID(_ fd: Int32) -> uid_t? {
        #if os(Linux)
            // `struct ucred` (pid, uid, gid), which Glibc hides without _GNU_SOURCE.
            var cred: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
            var size = socklen_t(MemoryLayout.size(ofValue: cred))
            guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &size) == 0,
                size == MemoryLayout.size(ofValue: cred)
            else { return nil }
            return cred.uid
        #else
            var uid: uid_t = 0
            var gid: gid_t = 0
            guard getpeereid(fd, &uid, &gid) == 0 else { return nil }
            return uid
        #endif
    }

    static func closeFD(_ fd: Int32) { _ = close(fd) }

    /// Accepts one waiting connection as a non-blocking, close-on-exec socket; -1 when none.
    /// Whether a connection waits on `listener`, without waiting.
    static func hasWaiting(_ listener: Int32) -> Bool {
        var p = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0 && p.revents & Int16(POLLIN) != 0
    }

    static func acceptOne(_ listener: Int32) -> Int32 {
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { return fd }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    static func connectFD(_ fd: Int32, _ addr: UnsafePointer<sockaddr>, _ len: socklen_t) -> Int32 {
        connect(fd, addr, len)
    }

    /// The device and inode of a file, without following a symlink.
    static func identity(_ path: String) -> (dev: UInt64, ino: UInt64, isSocket: Bool)? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino), (st.st_mode & S_IFMT) == S_IFSOCK)
    }
}
