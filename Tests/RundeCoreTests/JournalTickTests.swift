import Foundation
import Testing

@testable import RundeCore

/// Ticks are encoded by hand for speed; they must read back exactly as the encoder's would.
@Suite struct JournalTickTests {
    @Test(arguments: [
        1_800_000_000.0, 1_800_000_000.123456, 0.5, 2_000_000_000.25, 1_795_000_100.999_999_9, 12.0,
    ])
    func handEncodedTicksReadBackExactly(_ seconds: Double) throws {
        let dir =
            NSTemporaryDirectory() + "runde-tick-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let setup = MeetingSetup(
            memberCount: 2, leader: 0, meetingNumber: 1,
            date: LocalDate(year: 2027, month: 1, day: 1),
            utcOffsetSeconds: 0, plan: .standard, startedAt: Instant(1))
        let j = try Journal(path: dir + "/journal.jsonl", setup: setup)
        try j.start()
        for _ in 0..<3 { try j.append(.tick(Instant(seconds))) }
        try j.append(.advance)
        let contents = try Journal.read(path: dir + "/journal.jsonl")
        #expect(
            contents.events == [
                .tick(Instant(seconds)), .tick(Instant(seconds)), .tick(Instant(seconds)), .advance,
            ])
        #expect(contents.warnings.isEmpty)
    }
}
