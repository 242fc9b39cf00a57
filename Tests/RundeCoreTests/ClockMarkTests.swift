import Foundation
import Testing
@testable import RundeCore

/// The clock mark keeps the last second of a running meeting beside its journal; a resume or
/// a declined resume sees it as the journal's last tick.
@Suite struct ClockMarkTests {
    static func folder() -> String {
        let dir = NSTemporaryDirectory() + "runde-mark-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let setup = MeetingSetup(memberCount: 3, leader: 0, meetingNumber: 1, date: LocalDate(year: 2027, month: 1, day: 1),
                                    utcOffsetSeconds: 0, plan: .standard, startedAt: Instant(1_800_000_000))

    @Test func aMarkReadsBackOnlyForItsOwnMeeting() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/journal.clock"
        let start = Instant(1_800_000_000.25)
        let mark = try #require(ClockMark(path: path, meetingStart: start, instant: start))
        mark.mark(start + 42.5)
        #expect(ClockMark.read(path: path, meetingStart: start) == start + 42.5)
        #expect(ClockMark.read(path: path, meetingStart: start + 1) == nil, "another meeting's mark is ignored")
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
        try journal.append(.tick(t0 + 10))
        try journal.append(.advance)
        #expect(journal.markClock(t0 + 37))
        // What a kill -9 leaves: the journal as written plus the marked second.
        let read = try Journal.read(path: path)
        #expect(read.events == [.tick(t0 + 10), .advance, .tick(t0 + 37)])
        let (resumed, contents) = try Journal.resume(path: path)
        #expect(contents.events.last == .tick(t0 + 37))
        // The resumed journal keeps marking, and a later tick in the journal wins over an older mark.
        try resumed.append(.tick(t0 + 50))
        #expect(try Journal.read(path: path).events.last == .tick(t0 + 50))
        #expect(resumed.markClock(t0 + 51))
        #expect(try Journal.read(path: path).events.last == .tick(t0 + 51))
        try resumed.delete()
        #expect(!FileIO.exists(Journal.clockMarkPath(for: path)), "the mark goes with the journal")
    }

    @Test func noMarkBeforeTheJournalIsOnDisk() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal(path: dir + "/journal.jsonl", setup: Self.setup)
        #expect(!journal.markClock(Self.setup.startedAt + 1), "the caller journals the tick instead")
    }
}
