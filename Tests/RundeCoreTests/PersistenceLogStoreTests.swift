import Foundation
import Testing

@testable import RundeCore

@Suite("Persistence: log store")
struct PersistenceLogStoreTests {
    @Test func writeNamesFilesByDateAndNumberAndNeverOverwrites() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        let p1 = try store.write(persistenceSampleLog(number: 7))
        let p2 = try store.write(persistenceSampleLog(number: 7, theme: "Other"))
        let p3 = try store.write(persistenceSampleLog(number: 7, theme: "Third"))
        #expect(p1.hasSuffix("/groups/g/logs/2026-11-21-007.json"))
        #expect(p2.hasSuffix("/groups/g/logs/2026-11-21-007-2.json"))
        #expect(p3.hasSuffix("/groups/g/logs/2026-11-21-007-3.json"))
        #expect(FileIO.mode(of: p1) == 0o600)
        #expect(FileIO.mode(of: store.folder) == 0o700)
        let all = store.readAll()
        #expect(all.problems.isEmpty)
        #expect(all.logs.map(\.id) == ["2026-11-21-007", "2026-11-21-007-2", "2026-11-21-007-3"])
        #expect(all.logs[0].log == persistenceSampleLog(number: 7))
        #expect(all.logs[1].log.next.theme == "Other")
        #expect(!tmp.allNames().contains { $0.contains(".tmp-") })
    }

    @Test func readAllSkipsBadFilesNamingEach() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        try store.write(persistenceSampleLog(number: 1, date: "2026-01-01"))
        let good = try SessionLogCodec.encode(persistenceSampleLog(number: 2))
        let dir = store.folder
        try FileIO.writeAtomically(Data(), to: dir + "/2026-02-01-002.json")
        try FileIO.writeAtomically(good.prefix(good.count / 2), to: dir + "/2026-02-02-003.json")
        try FileIO.writeAtomically(Data("not json at all".utf8), to: dir + "/2026-02-03-004.json")
        let future = String(decoding: good, as: UTF8.self).replacingOccurrences(
            of: "runde.session/1", with: "runde.session/2")
        try FileIO.writeAtomically(Data(future.utf8), to: dir + "/2026-02-04-005.json")
        try FileIO.writeAtomically(
            Data("{\"schema\":\"runde.session/1\"}".utf8), to: dir + "/2026-02-05-006.json")
        try FileIO.writeAtomically(Data("ignored".utf8), to: dir + "/notes.txt")
        let all = store.readAll()
        #expect(all.logs.map(\.id) == ["2026-01-01-001"])
        #expect(all.problems.count == 5)
        for name in [
            "2026-02-01-002", "2026-02-02-003", "2026-02-03-004", "2026-02-04-005",
            "2026-02-05-006",
        ] {
            #expect(all.problems.contains { $0.contains(dir + "/" + name + ".json") }, "\(name)")
        }
        #expect(all.problems.contains { $0.contains("empty file") })
        #expect(all.problems.contains { $0.contains("newer or unknown version") })
    }

    @Test func readAllOfAMissingFolderIsEmpty() {
        let tmp = PersistenceTempFolder()
        let r = LogStore(location: tmp.location, slug: "none").readAll()
        #expect(r.logs.isEmpty && r.problems.isEmpty)
    }

    @Test func deleteByID() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        try store.write(persistenceSampleLog(number: 1))
        try store.write(persistenceSampleLog(number: 2))
        try store.delete(id: "2026-11-21-001")
        #expect(store.ids() == ["2026-11-21-002"])
        #expect(throws: LogStoreError.notFound(id: "2026-11-21-001")) {
            try store.delete(id: "2026-11-21-001")
        }
        for bad in ["../../group", "2026-11-21-002/..", "x", "2026-13-01-001", ""] {
            #expect(throws: LogStoreError.invalidID(bad)) { try store.delete(id: bad) }
        }
        #expect(store.ids() == ["2026-11-21-002"])
    }

    @Test func writeRefusesABadDate() throws {
        let tmp = PersistenceTempFolder()
        #expect(throws: LogStoreError.self) {
            try LogStore(location: tmp.location, slug: "g").write(
                persistenceSampleLog(date: "../../x"))
        }
        #expect(tmp.allNames().isEmpty)
    }
}

@Suite("Persistence: batch writes")
struct PersistenceBatchWriteTests {
    @Test func batchWriteKeepsIdsAddsSuffixesAndLeavesNoTempFiles() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        try store.write(persistenceSampleLog(number: 3, date: "2026-01-01"))
        var batch: [(id: String, data: Data)] = []
        for i in 1...20 {
            let id = String(
                DataLocation.logFileName(date: "2026-01-01", meetingNumber: i).dropLast(5))
            batch.append(
                (
                    id,
                    try SessionLogCodec.encode(persistenceSampleLog(number: i, date: "2026-01-01"))
                ))
        }
        let paths = try store.write(encoded: batch)
        #expect(paths.count == 20)
        #expect(paths[2].hasSuffix("/2026-01-01-003-2.json"))
        #expect(paths[19].hasSuffix("/2026-01-01-020.json"))
        #expect(store.ids().count == 21)
        for p in paths { #expect(FileIO.mode(of: p) == 0o600) }
        #expect(!tmp.allNames().contains { $0.contains(".tmp-") })
        let all = store.readAll()
        #expect(all.problems.isEmpty && all.logs.count == 21)
    }

    @Test func aFailedBatchPlacesNothing() throws {
        let tmp = PersistenceTempFolder()
        try FileIO.writeAtomically(Data("x".utf8), to: tmp.path + "/file")
        #expect(throws: FileIOError.self) {
            _ = try FileIO.writeNewFiles(
                [Data("a".utf8), Data("b".utf8)], in: tmp.path + "/file/sub"
            ) { i, _ in "\(i)" }
        }
        let dir = tmp.path + "/d"
        try FileIO.createFolder(dir)
        try FileIO.writeAtomically(Data("keep".utf8), to: dir + "/0")
        #expect(throws: FileIOError.self) {
            _ = try FileIO.writeNewFiles([Data("a".utf8)], in: dir) { _, attempt in
                attempt == 1 ? "0" : nil
            }
        }
        #expect(try FileIO.list(dir) == ["0"])
        #expect(try FileIO.readFile(dir + "/0") == Data("keep".utf8))
    }
}
