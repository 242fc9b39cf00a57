import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a meeting lock could not be taken (file errors come as `FileIOError`).
public enum MeetingLockError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A live process on this computer holds the lock.
    case heldByProcess(pid: Int32, file: String)
    /// The lock was taken on another computer (a shared or USB folder); its process cannot be
    /// checked from here. `acquire(force: true)` takes it over.
    case heldOnOtherHost(pid: Int32, host: String, file: String)

    public var description: String {
        switch self {
        case .heldByProcess(let pid, _):
            return "this group's meeting is already open in process \(pid)"
        case .heldOnOtherHost(let pid, let host, let file):
            return
                "this group's meeting is open on the computer \"\(TextSafety.sanitize(String(host.prefix(64))))\" (process \(pid)); if it is not, remove \(file)"
        }
    }
}

/// One live meeting per group: `groups/<slug>/lock`, held as a kernel lock (`flock`) for the
/// life of the process (DESIGN §4). The file also names the owner (PID, host name, boot id) for
/// the message another start shows.
///
/// The kernel releases the lock when the process dies in any way, so a lock file left by a
/// crash is simply taken over, and two starts can never both win: `flock` decides. A file
/// naming another computer (a shared or USB folder, where this kernel cannot see that
/// computer's lock) still needs `acquire(force: true)`.
public final class MeetingLock {
    public let path: String
    public private(set) var isHeld = false
    /// The open lock file while the lock is held; closing it releases the kernel lock.
    private var fd: Int32 = -1

    public init(path: String) { self.path = path }

    /// The owner recorded in a lock file.
    public struct Owner: Equatable, Sendable {
        public var pid: Int32
        public var host: String
        public var bootID: String
    }

    /// Takes the lock, or throws `MeetingLockError` naming the process that has it.
    public func acquire(force: Bool = false) throws {
        if isHeld { return }
        try FileIO.createFolder(FileIO.parent(of: path))
        let me = Self.currentOwner()
        var busyTries = 0
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileIO.fileMode)
            guard fd >= 0 else {
                throw FileIOError(operation: "create the lock", path: path, errno: errno)
            }
            do {
                try FileIO.adoptFolderOwner(fd: fd, path: path, folder: FileIO.parent(of: path))
            } catch {
                close(fd)
                throw error
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let err = errno
                close(fd)
                guard err == EWOULDBLOCK || err == EAGAIN || err == EINTR else {
                    throw FileIOError(operation: "take the lock", path: path, errno: err)
                }
                // Another open file holds it: a live meeting, or for a moment a probe by
                // `currentHolder`, or a holder that has not written its name yet.
                // A meeting holds it for hours; a probe or a start for milliseconds: ask again
                // for a moment (50 ms) before naming the holder.
                let owner = Self.owner(at: path)
                if busyTries >= 10
                    || (busyTries >= 2
                        && owner.map { Self.isAlive($0.pid) && $0.host == me.host } == true)
                {
                    if let owner, owner.host != me.host {
                        throw MeetingLockError.heldOnOtherHost(
                            pid: owner.pid, host: owner.host, file: path)
                    }
                    throw MeetingLockError.heldByProcess(pid: owner?.pid ?? 0, file: path)
                }
                busyTries += 1
                usleep(5_000)
                continue
            }
            // The path may have been removed (and made anew) by a holder releasing between our
            // open and our flock: then we hold a lock on a file nobody else sees. Try again.
            var mine = stat()
            var named = stat()
            guard fstat(fd, &mine) == 0, stat(path, &named) == 0,
                mine.st_dev == named.st_dev, mine.st_ino == named.st_ino
            else {
                close(fd)
                continue
            }
            if !force, let owner = Self.owner(at: path), owner.host != me.host, owner.pid != 0 {
                close(fd)
                throw MeetingLockError.heldOnOtherHost(pid: owner.pid, host: owner.host, file: path)
            }
            do {
                _ = fchmod(fd, FileIO.fileMode)
                guard ftruncate(fd, 0) == 0 else {
                    throw FileIOError(operation: "write the lock", path: path, errno: errno)
                }
                let content = Data(Self.describe(me).utf8)
                var written = 0
                while written < content.count {
                    let n = content.withUnsafeBytes {
                        pwrite(
                            fd, $0.baseAddress! + written, content.count - written, off_t(written))
                    }
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else {
                        throw FileIOError(operation: "write the lock", path: path, errno: errno)
                    }
                    written += n
                }
                _ = fsync(fd)
            } catch {
                close(fd)
                throw error
            }
            FileIO.syncFolder(FileIO.parent(of: path))
            self.fd = fd
            isHeld = true
            return
        }
    }

    /// Removes the lock file and releases the kernel lock, if this object holds it.
    public func release() {
        guard isHeld else { return }
        isHeld = false
        // Unlink while still holding the lock; a start that opened the old file notices
        // (its inode no longer has the name) and tries again.
        unlink(path)
        close(fd)
        fd = -1
    }

    deinit { release() }

    // MARK: Owners

    /// Who holds the lock at `path` right now, as an error to show; nil when it is free.
    /// A same-computer file that no process holds the kernel lock on is left over from a
    /// crash, and is free.
    public static func currentHolder(at path: String) -> MeetingLockError? {
        guard let owner = owner(at: path) else {
            return isLockedByKernel(path) ? .heldByProcess(pid: 0, file: path) : nil
        }
        if owner.host != currentOwner().host {
            return .heldOnOtherHost(pid: owner.pid, host: owner.host, file: path)
        }
        return isLockedByKernel(path) ? .heldByProcess(pid: owner.pid, file: path) : nil
    }

    /// True when some open file holds the kernel lock on `path`.
    static func isLockedByKernel(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK || errno == EAGAIN
    }

    /// `kill(pid, 0)` succeeds or fails with EPERM for a live process.
    public static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Reads a lock file; nil when it is missing or unreadable (treated as stale).
    public static func owner(at path: String) -> Owner? {
        guard let data = try? FileIO.readFile(path, limit: 4096),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
        return Owner(pid: pid, host: fields["host"] ?? "", bootID: fields["boot"] ?? "")
    }

    static func currentOwner() -> Owner {
        var buf = [CChar](repeating: 0, count: 256)
        let host =
            gethostname(&buf, buf.count) == 0
            ? String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : ""
        let boot =
            (try? FileIO.readFile("/proc/sys/kernel/random/boot_id", limit: 128))
            .flatMap { String(data: $0, encoding: .utf8) }?.trimmingSpaces() ?? ""
        return Owner(pid: getpid(), host: host, bootID: boot)
    }

    static func describe(_ o: Owner) -> String {
        "pid=\(o.pid)\nhost=\(o.host)\nboot=\(o.bootID)\n"
    }
}
