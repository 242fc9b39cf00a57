import Foundation
import Testing

@testable import RundeCore

/// The clock mark keeps the last second of a running meeting beside its journal; a resume or
/// a declined resume sees it as the journal's last tick.
@Suite struct ClockMarkTests {
    static func folder() -> String {
        let dir =
            NSTemporaryDirectory() + "runde-mark-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let setup = MeetingSetup(
        memberCount: 3, leader: 0, meetingNumber: 1, date: LocalDate(year: 2027, month: 1, day: 1),
        utcOffsetSeconds: 0, plan: .standard, startedAt: Instant(1_800_000_000))

    @Test func aMarkReadsBackOnlyForItsOwnMeeting() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/journal.clock"
        let start = Instant(1_800_000_000.25)
        let mark = try #require(ClockMark(path: path, meetingStart: start, instant: start))
        mark.mark(start + 42.5)
        #expect(ClockMark.read(path: path, meetingStart: start) == start + 42.5)
        #expect(
            ClockMark.read(path: path, meetingStart: start + 1) == nil,
            "another meeting's mark is ignored")
        #expect(FileIO.mode(of: path).map { $0 & 0o777 } == 0o600)
        // Damaged or cut short: ignored.
        try Data("RUNDCLK1 not a mark".utf8).write(to: URL(fileURLWithPath: path))
        #expect(ClockMark.read(path: path, meetingStart: start) == nil)
        #expect(ClockMark.read(path: dir + "/missing", meetingStart: start) == nil)
    }

    @Test func theJournalEndsAtTheMarkedSecond() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/journal.jsonl"
        let t0 = Self.setup.startedAt
        let journal = try Journal(path: path, setup: Self.setup)
        try journal.start()
        try journal.record(.tick(t0 + 10))
        try journal.record(.advance)
        try journal.record(.tick(t0 + 37), onlyMovesTheClock: true)
        // What a kill -9 leaves: the journal as written plus the marked second.
        let read = try Journal.read(path: path)
        #expect(read.events == [.tick(t0 + 10), .advance, .tick(t0 + 37)])
        let (resumed, contents) = try Journal.resume(path: path)
        #expect(contents.events.last == .tick(t0 + 37))
        // The resumed journal keeps marking, and a later tick in the journal wins over an older mark.
        try resumed.record(.tick(t0 + 50))
        #expect(try Journal.read(path: path).events.last == .tick(t0 + 50))
        try resumed.record(.tick(t0 + 51), onlyMovesTheClock: true)
        #expect(try Journal.read(path: path).events.last == .tick(t0 + 51))
        try resumed.delete()
        #expect(!FileIO.exists(Journal.clockMarkPath(for: path)), "the mark goes with the journal")
    }

    @Test func noMarkBeforeTheJournalIsOnDisk() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal(path: dir + "/journal.jsonl", setup: Self.setup)
        try journal.record(.tick(Self.setup.startedAt + 1), onlyMovesTheClock: true)
        #expect(
            try Journal.read(path: dir + "/journal.jsonl").events == [
                .tick(Self.setup.startedAt + 1)
            ],
            "without a mark the tick is written as a line (and starts the journal)")
    }

    /// The ticks written as lines, without the clock mark's.
    static func tickLines(_ path: String) throws -> [Double] {
        try Journal.parse(try FileIO.readFile(path), file: path).contents.events.compactMap {
            if case .tick(let t) = $0 { return t.seconds } else { return nil }
        }
    }

    /// `record` alone decides: a clock-only tick goes to the mark, at most one a minute to a
    /// line; any other event is written at once, right after the held tick; closing writes the
    /// held tick; a tick that changed more than the clock is written at once.
    @Test func recordDecidesBetweenALineAndTheMark() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/journal.jsonl"
        let t0 = Self.setup.startedAt
        let journal = try Journal(path: path, setup: Self.setup)
        for s in 1...150 { try journal.record(.tick(t0 + Double(s)), onlyMovesTheClock: true) }
        #expect(try Self.tickLines(path) == [1, 61, 121].map { t0.seconds + $0 })
        #expect(
            try Journal.read(path: path).events.last == .tick(t0 + 150),
            "the mark has the last second")
        try journal.record(.advance)
        #expect(try Journal.read(path: path).events.suffix(2) == [.tick(t0 + 150), .advance])
        try journal.record(.tick(t0 + 151), onlyMovesTheClock: true)
        try journal.record(.tick(t0 + 152), onlyMovesTheClock: false)
        #expect(
            try Self.tickLines(path).last == t0.seconds + 152,
            "a tick with an effect is written at once")
        try journal.record(.tick(t0 + 153), onlyMovesTheClock: true)
        journal.close()
        try FileIO.remove(Journal.clockMarkPath(for: path))
        #expect(try Self.tickLines(path).last == t0.seconds + 153, "closing writes the held tick")
    }

    /// While the disk refuses, every tick is tried as a line (the retry comes within a second),
    /// and nothing is lost once it accepts again.
    @Test func whileTheDiskRefusesEveryTickIsTried() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/journal.jsonl"
        let t0 = Self.setup.startedAt
        let journal = try Journal(path: path, setup: Self.setup)
        try journal.record(.tick(t0 + 1))
        var attempts = 0
        var full = true
        let write = journal.writeCall
        journal.writeCall = { fd, buffer in
            attempts += 1
            if full {
                errno = ENOSPC
                return -1
            }
            return write(fd, buffer)
        }
        #expect(throws: FileIOError.self) { try journal.record(.advance) }
        for s in 2...6 { _ = try? journal.record(.tick(t0 + Double(s)), onlyMovesTheClock: true) }
        #expect(attempts >= 6, "one try a second while the disk is full (\(attempts))")
        full = false
        try journal.record(.tick(t0 + 7), onlyMovesTheClock: true)
        #expect(try Journal.read(path: path).events.contains(.advance))
        #expect(journal.pendingCount == 0)
    }
}
