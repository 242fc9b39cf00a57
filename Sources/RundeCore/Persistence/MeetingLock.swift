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
        case let .heldByProcess(pid, _):
            return "this group's meeting is already open in process \(pid)"
        case let .heldOnOtherHost(pid, host, file):
            return "this group's meeting is open on the computer \"\(TextSafety.sanitize(String(host.prefix(64))))\" (process \(pid)); if it is not, remove \(file)"
        }
    }
}

/// One live meeting per group: `groups/<slug>/lock` holds the owner's PID, host name and boot id.
///
/// `acquire` creates the file with O_CREAT|O_EXCL. A lock whose process is gone (or which was
/// written before this computer last booted) is stale and is taken over.
public final class MeetingLock {
    public let path: String
    public private(set) var isHeld = false

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
        let content = Data(Self.describe(Self.currentOwner()).utf8)
        for _ in 0..<3 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileIO.fileMode)
            if fd >= 0 {
                defer { close(fd) }
                do {
                    _ = fchmod(fd, FileIO.fileMode)
                    try FileIO.writeAll(fd: fd, data: content, path: path)
                    _ = fsync(fd)
                } catch {
                    unlink(path)
                    throw error
                }
                FileIO.syncFolder(FileIO.parent(of: path))
                isHeld = true
                return
            }
            guard errno == EEXIST else { throw FileIOError(operation: "create the lock", path: path, errno: errno) }
            if let owner = Self.owner(at: path), !force {
                if let problem = Self.liveHolderError(owner, file: path) { throw problem }
            }
            // Stale (or unreadable, or forced): replace it atomically, then check that we won.
            try FileIO.writeAtomically(content, to: path)
            if Self.owner(at: path) == Self.currentOwner() {
                isHeld = true
                return
            }
        }
        if let owner = Self.owner(at: path), let problem = Self.liveHolderError(owner, file: path) { throw problem }
        throw FileIOError(operation: "take the lock", path: path, kind: .alreadyExists, code: EEXIST)
    }

    /// Removes the lock if this object holds it (and it still names this process).
    public func release() {
        guard isHeld else { return }
        isHeld = false
        if Self.owner(at: path)?.pid == getpid() { try? FileIO.remove(path) }
    }

    deinit { release() }

    // MARK: Owners

    /// Who holds the lock at `path` right now, as an error to show; nil when it is free or stale.
    public static func currentHolder(at path: String) -> MeetingLockError? {
        guard let owner = owner(at: path) else { return nil }
        return liveHolderError(owner, file: path)
    }

    static func liveHolderError(_ owner: Owner, file: String) -> MeetingLockError? {
        let me = currentOwner()
        if owner.host != me.host { return .heldOnOtherHost(pid: owner.pid, host: owner.host, file: file) }
        if !owner.bootID.isEmpty, !me.bootID.isEmpty, owner.bootID != me.bootID { return nil }
        return isAlive(owner.pid) ? .heldByProcess(pid: owner.pid, file: file) : nil
    }

    /// `kill(pid, 0)` succeeds or fails with EPERM for a live process.
    public static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Reads a lock file; nil when it is missing or unreadable (treated as stale).
    public static func owner(at path: String) -> Owner? {
        guard let data = try? FileIO.readFile(path, limit: 4096), let text = String(data: data, encoding: .utf8) else { return nil }
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
        let host = gethostname(&buf, buf.count) == 0 ? String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        let boot = (try? FileIO.readFile("/proc/sys/kernel/random/boot_id", limit: 128))
            .flatMap { String(data: $0, encoding: .utf8) }?.trimmingSpaces() ?? ""
        return Owner(pid: getpid(), host: host, bootID: boot)
    }

    static func describe(_ o: Owner) -> String { "pid=\(o.pid)\nhost=\(o.host)\nboot=\(o.bootID)\n" }
}
