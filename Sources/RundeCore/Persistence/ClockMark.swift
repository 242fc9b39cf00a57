import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The last instant a running meeting was seen, in `journal.clock` beside the journal, kept
/// through a shared memory map: marking it every second is a store to memory, not a system
/// call, and a killed process leaves it in the page cache for the next start to read. The
/// journal itself gets a tick that only moves the clock once a minute (`Journal.record`), so
/// this is what keeps "kill -9 loses at most the last second" (DESIGN §5) true.
///
/// 24 bytes: `RUNDCLK1`, the meeting's start and the instant, as little-endian doubles. No
/// names, no events: only two times.
public final class ClockMark {
    static let magic = Array("RUNDCLK1".utf8)
    static let size = 24

    public let path: String
    private let base: UnsafeMutableRawPointer

    /// Creates (or replaces) the mark for the meeting that started at `meetingStart`, holding
    /// `instant`. Its bytes are written and synced before they are mapped, so later stores
    /// never need new space on the disk. Nil when any of that fails; the caller then journals
    /// the clock instead.
    public init?(path: String, meetingStart: Instant, instant: Instant) {
        self.path = path
        var bytes = ClockMark.magic
        bytes += ClockMark.bytes(of: meetingStart.seconds) + ClockMark.bytes(of: instant.seconds)
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        guard
            (try? FileIO.adoptFolderOwner(fd: fd, path: path, folder: FileIO.parent(of: path)))
                != nil
        else { return nil }
        let written = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        guard written == ClockMark.size, fdatasync(fd) == 0 else {
            unlink(path)
            return nil
        }
        guard let p = mmap(nil, ClockMark.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0),
            p != MAP_FAILED
        else {
            unlink(path)
            return nil
        }
        base = p
    }

    deinit { munmap(base, ClockMark.size) }

    /// Marks `instant` (one aligned 8-byte store, so a reader never sees half of it).
    public func mark(_ instant: Instant) {
        base.storeBytes(
            of: instant.seconds.bitPattern.littleEndian, toByteOffset: 16, as: UInt64.self)
    }

    /// Removes the file (the meeting is over or written as unfinished).
    public func remove() { unlink(path) }

    /// The instant marked for the meeting that started at `meetingStart`, or nil when there is
    /// no mark, it is damaged, or it belongs to another meeting.
    public static func read(path: String, meetingStart: Instant) -> Instant? {
        guard let data = try? FileIO.readFile(path, limit: 4096), data.count == size else {
            return nil
        }
        let b = [UInt8](data)
        guard Array(b[0..<8]) == magic else { return nil }
        let start = double(b[8..<16])
        let instant = double(b[16..<24])
        guard start == meetingStart.seconds, instant.isFinite, instant >= start else { return nil }
        return Instant(instant)
    }

    static func bytes(of value: Double) -> [UInt8] {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) }
    }

    static func double(_ b: ArraySlice<UInt8>) -> Double {
        var v: UInt64 = 0
        for (i, byte) in b.enumerated() { v |= UInt64(byte) << (8 * UInt64(i)) }
        return Double(bitPattern: v)
    }
}
