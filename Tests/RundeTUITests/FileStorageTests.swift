import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// Finishing writes the log once, even when the process died after writing it and the
/// meeting was resumed and finished again.
@Suite struct FileStorageTests {
    @Test func aResumedFinishedMeetingIsNotLoggedTwice() throws {
        let root =
            NSTemporaryDirectory()
            + "runde-storage-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let loc = DataLocation(root: root)
        let slug = try GroupStore(location: loc).create(
            name: "Tirsdag", members: ["Kari", "Ola", "Siri"])
        let setup = MeetingSetup(
            memberCount: 3, leader: 0, meetingNumber: 1,
            date: LocalDate(year: 2027, month: 2, day: 2),
            utcOffsetSeconds: 3600, plan: .standard, startedAt: Instant(1_801_000_000))
        var s = MeetingState(setup: setup)
        for k in 0..<40 where !s.isFinished {
            _ = s.apply(.tick(Instant(1_801_000_000 + Double(k) * 60)))
            _ = s.apply(.skipPhase)
        }
        _ = s.apply(.advance)
        _ = s.apply(.advance)
        _ = s.apply(.advance)
        #expect(s.isFinished)
        let journal = try Journal(path: loc.journalFile(slug), setup: setup)
        try journal.start()
        let first = FileMeetingStorage(journal: journal, location: loc, slug: slug)
        let path1 = try first.finish(
            log: SessionLogBuilder.build(from: s, rosterNames: []), state: s)
        // As if resumed: a new storage, the same meeting marked as recovered.
        var again = s
        _ = again.apply(.resumed)
        let second = FileMeetingStorage(
            journal: try Journal(path: loc.journalFile(slug), setup: setup), location: loc,
            slug: slug)
        let path2 = try second.finish(
            log: SessionLogBuilder.build(from: again, rosterNames: []), state: again)
        #expect(path1 == path2)
        #expect(LogStore(location: loc, slug: slug).ids().count == 1)
    }
}
