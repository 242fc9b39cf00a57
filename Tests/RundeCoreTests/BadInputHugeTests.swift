import Foundation
import Testing

@testable import RundeCore

/// Huge inputs, made here rather than committed: refused by size with a message naming the
/// file, or read quickly when within the limits.
@Suite("Bad input: huge files")
struct BadInputHugeTests {
    @Test func aLogOverFourMiBIsSkippedNamingIt() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        try FileIO.createFolder(store.folder)
        var log = persistenceSampleLog()
        log.next.theme = String(repeating: "å", count: 3 << 20)  // 6 MiB of UTF-8
        let path = store.folder + "/2026-11-21-007.json"
        try FileIO.writeAtomically(try SessionLogCodec.encode(log), to: path)
        try store.write(persistenceSampleLog(number: 8))
        let result = store.readAll()
        #expect(result.logs.map(\.id) == ["2026-11-21-008"])
        #expect(result.problems == ["cannot read \(path): the file is too large"])
        #expect(throws: FileIOError.self) { try store.read(id: "2026-11-21-007") }
    }

    @Test func aBigButValidLogIsReadQuickly() throws {
        var log = persistenceSampleLog()
        log.speaking.perPersonS = Array(repeating: 60, count: 200_000)
        log.next.theme = String(repeating: "Å", count: 100_000)
        let data = try SessionLogCodec.encode(log)
        #expect(data.count < 4 << 20)
        // How fast is for Benchmarks/; a unit test checks only that it is read whole.
        #expect(try SessionLogCodec.decode(data, file: "big.json") == log)
    }

    @Test func aGroupFileOverOneMiBIsRefusedNamingIt() throws {
        let tmp = PersistenceTempFolder()
        let file = tmp.location.groupFile("g")
        try FileIO.createFolder(tmp.location.groupDir("g"))
        let text =
            GroupFileTOML.encode(GroupFile(name: "G", members: ["A", "B"])) + "# "
            + String(repeating: "x", count: 2 << 20) + "\n"
        try FileIO.writeAtomically(Data(text.utf8), to: file)
        #expect(throws: FileIOError(operation: "read", path: file, kind: .tooLarge, code: EFBIG)) {
            try GroupStore(location: tmp.location).load(slug: "g")
        }
        let listing = GroupStore(location: tmp.location).list()
        #expect(
            listing.entries.isEmpty
                && listing.problems == ["cannot read \(file): the file is too large"])
    }

    @Test func aGroupFileOfManyLongArraysIsParsedOrRefusedWithoutCrashing() throws {
        let members = (1...60).map { "\"M\($0)\"" }.joined(separator: ", ")
        let noise = (0..<2_000).map { "k\($0) = [\(String(repeating: "\"v\", ", count: 50))]" }
            .joined(separator: "\n")
        let text = "name = \"G\"\nmembers = [\(members)]\n" + noise + "\n"
        // 60 members > 50
        #expect(throws: GroupFileError.self) { try GroupFileTOML.decode(text, file: "many.toml") }
        let nested =
            "name = \"G\"\nmembers = [\"A\", \"B\"]\nx = " + String(repeating: "[", count: 100_000)
            + "\n"
        #expect(throws: GroupFileError.self) {
            try GroupFileTOML.decode(nested, file: "nested.toml")
        }
    }

    @Test func aLongJournalIsReadAndReplayedQuickly() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let setup = persistenceSampleSetup(members: 6)
        let journal = try Journal(path: path, setup: setup)
        try journal.start()
        journal.close()
        // Three hours of ticks, one a second, and a turn every five minutes: 11,000 lines.
        var lines = ""
        for s in 1...10_800 {
            lines +=
                String(
                    decoding: try Journal.encoder.encode(
                        MeetingEvent.tick(setup.startedAt + Double(s))), as: UTF8.self) + "\n"
            if s % 300 == 0 { lines += "{\"advance\":{}}\n" }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(lines.utf8))
        try handle.close()
        let contents = try Journal.read(path: path)
        let state = MeetingState.replay(setup: contents.setup, events: contents.events)
        #expect(contents.events.count == 10_836)
        #expect(state.now == setup.startedAt + 10_800)
    }

    @Test func aJournalOverTheReadLimitIsRefusedNamingIt() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(fd, off_t(FileIO.defaultReadLimit + 1)) == 0)  // sparse: no real disk use
        close(fd)
        #expect(throws: FileIOError(operation: "read", path: path, kind: .tooLarge, code: EFBIG)) {
            try Journal.read(path: path)
        }
    }
}
