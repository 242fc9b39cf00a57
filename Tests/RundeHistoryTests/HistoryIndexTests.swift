import Foundation
import Testing

@testable import RundeCore
@testable import RundeHistory

@Suite("HistoryIndex")
struct HistoryIndexTests {
    @Test func loadsEveryLogInDateOrderWithTheRightFigures() {
        let fx = HistoryFixture()
        let logs = fx.writeLogs(count: 25)
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.count == 25)
        #expect(index.broken.isEmpty)
        #expect(index.decodedCount == 25)
        #expect(index.summaries.map(\.meetingNumber) == Array(1...25))
        for s in index.summaries {
            let log = logs[s.id + ".json"]!
            #expect(s == HistorySummary(id: s.id, log: log))
            #expect(s.date == log.date)
            #expect(s.present == log.attendance.present)
            #expect(s.notifiedAbsent == log.attendance.notifiedAbsent)
            #expect(s.durationS == log.durationS)
            #expect(s.plannedMinutes == log.plan.meetingMinutes)
            #expect(s.overrunS == log.overrunS)
            #expect(s.pauseTaken == log.pause.taken)
            #expect(s.balanceGini == log.speaking.balanceGini)
            #expect(s.nextTheme == log.next.theme)
        }
    }

    @Test func brokenFilesAreSkippedAndNamed() {
        let fx = HistoryFixture()
        fx.writeLogs(count: 3)
        let names = fx.writeBroken()
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.count == 3)
        #expect(index.broken.map(\.file) == names)
        for b in index.broken { #expect(b.message.hasPrefix(b.file + ":")) }
        let byFile = Dictionary(uniqueKeysWithValues: index.broken.map { ($0.file, $0.message) })
        #expect(byFile["2030-01-01-901.json"]!.contains("not valid JSON"))
        #expect(byFile["2030-01-01-902.json"]!.contains("not valid JSON"))
        #expect(byFile["2030-01-01-903.json"]!.contains("empty file"))
        #expect(byFile["2030-01-01-904.json"]!.contains("runde.session/2"))
        // A type error names the field and what it must hold.
        #expect(byFile["2030-01-01-905.json"]!.contains("meeting_number must be a whole number"))
        // Broken files are remembered in the cache too, and still reported from it.
        let again = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(again.decodedCount == 0)
        #expect(again.broken == index.broken)
    }

    @Test func secondLoadComesFromTheCache() throws {
        let fx = HistoryFixture()
        fx.writeLogs(count: 40)
        let cold = HistoryIndex.load(logsDir: fx.logsDir)
        let warm = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(cold.decodedCount == 40)
        #expect(warm.decodedCount == 0)
        #expect(warm.summaries == cold.summaries)
        let attrs = try FileManager.default.attributesOfItem(atPath: fx.cachePath)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // No temp file is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fx.logsDir).filter {
            $0.contains(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aChangedSizeIsDecodedAgain() {
        let fx = HistoryFixture()
        fx.writeLogs(count: 5)
        _ = HistoryIndex.load(logsDir: fx.logsDir)
        var changed = HistoryFixture.exampleLog(
            number: 3, date: "2024-01-18", theme: "Ny og lengre tema")
        changed.durationS = 4242
        fx.write("2024-01-18-003.json", log: changed)  // same mtime as before, other size
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.decodedCount == 1)
        #expect(index.summaries.first { $0.id == "2024-01-18-003" }?.durationS == 4242)
    }

    @Test func aChangedMtimeIsDecodedAgain() {
        let fx = HistoryFixture()
        fx.write("2026-11-21-007.json", log: HistoryFixture.exampleLog(theme: "Skam"))
        _ = HistoryIndex.load(logsDir: fx.logsDir)
        // Same size (a theme of the same length), but a newer mtime.
        fx.write(
            "2026-11-21-007.json", log: HistoryFixture.exampleLog(theme: "Sorg"),
            mtime: 1_700_000_100)
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.decodedCount == 1)
        #expect(index.summaries.map(\.nextTheme) == ["Sorg"])
    }

    @Test func newAndRemovedFilesAreNoticed() throws {
        let fx = HistoryFixture()
        fx.writeLogs(count: 4)
        _ = HistoryIndex.load(logsDir: fx.logsDir)
        fx.writeLogs(count: 1, from: 5)
        try FileManager.default.removeItem(atPath: fx.logsDir + "/2024-01-04-001.json")
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.decodedCount == 1)
        #expect(index.summaries.map(\.meetingNumber) == [2, 3, 4, 5])
        // The cache forgot the removed file.
        let cache = try String(contentsOfFile: fx.cachePath, encoding: .utf8)
        #expect(!cache.contains("2024-01-04-001"))
    }

    @Test func aCorruptCacheIsIgnoredAndRebuilt() throws {
        let fx = HistoryFixture()
        fx.writeLogs(count: 3)
        try Data("{\"schema\": broken".utf8).write(to: URL(fileURLWithPath: fx.cachePath))
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.count == 3)
        #expect(index.decodedCount == 3)
        #expect(HistoryIndex.load(logsDir: fx.logsDir).decodedCount == 0)
    }

    @Test func withoutTheCacheEverythingIsDecodedAndNothingWritten() {
        let fx = HistoryFixture()
        fx.writeLogs(count: 3)
        let index = HistoryIndex.load(logsDir: fx.logsDir, useCache: false, writeCache: false)
        #expect(index.decodedCount == 3)
        #expect(!FileManager.default.fileExists(atPath: fx.cachePath))
    }

    @Test func aMissingFolderIsEmptyAndOtherFilesAreIgnored() {
        let fx = HistoryFixture()
        #expect(
            HistoryIndex.load(logsDir: fx.logsDir + "/nope")
                == HistoryIndex(summaries: [], broken: []))
        fx.write("notes.txt", "hello")
        fx.write(".hidden.json", "{}")
        fx.write(".index.json.tmp-1.json", "{}")
        fx.writeLogs(count: 1)
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.count == 1)
        #expect(index.broken.isEmpty)
    }

    @Test func manyLogsDecodeInParallelToTheSameResult() {
        let fx = HistoryFixture()
        fx.writeLogs(count: 300)
        let parallel = HistoryIndex.load(logsDir: fx.logsDir, useCache: false, writeCache: false)
        #expect(parallel.summaries.count == 300)
        #expect(parallel.summaries.map(\.meetingNumber) == Array(1...300))
    }

    @Test func theCacheHoldsOnlyWhatTheLogsHold() throws {
        let fx = HistoryFixture()
        fx.write("2026-11-21-007.json", log: HistoryFixture.exampleLog(theme: "Hemmelig tema"))
        _ = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(try String(contentsOfFile: fx.cachePath, encoding: .utf8).contains("Hemmelig tema"))
        // Deleting the log takes its theme out of the cache as well.
        #expect(throws: Never.self) {
            try HistoryLogFiles.delete(id: "2026-11-21-007", logsDir: fx.logsDir).get()
        }
        #expect(!FileManager.default.fileExists(atPath: fx.logsDir + "/2026-11-21-007.json"))
        #expect(
            !(try String(contentsOfFile: fx.cachePath, encoding: .utf8).contains("Hemmelig tema")))
    }
}

@Suite("HistoryGroupsAndFiles")
struct HistoryGroupsAndFilesTests {
    @Test func theOnlyGroupIsChosenWithoutAName() {
        let fx = HistoryFixture(slug: "torsdag")
        #expect(HistoryGroups.resolve(nil, in: fx.location) == .success("torsdag"))
        #expect(HistoryGroups.resolve("Torsdag", in: fx.location) == .success("torsdag"))
    }

    @Test func severalGroupsNeedAName() throws {
        let fx = HistoryFixture(slug: "torsdag")
        try FileManager.default.createDirectory(
            atPath: fx.location.logsDir("mandag"), withIntermediateDirectories: true)
        guard case .failure(let f) = HistoryGroups.resolve(nil, in: fx.location) else {
            Issue.record("expected a failure")
            return
        }
        #expect(f == .ambiguous(["mandag", "torsdag"]))
        #expect(f.description.contains("--group"))
        #expect(f.description.contains("mandag"))
        #expect(HistoryGroups.resolve("mandag", in: fx.location) == .success("mandag"))
        #expect(
            HistoryGroups.resolve("fredag", in: fx.location)
                == .failure(.notFound("fredag", available: ["mandag", "torsdag"])))
    }

    @Test func noGroupsAtAll() {
        let loc = DataLocation(root: NSTemporaryDirectory() + "runde-none-\(UUID().uuidString)")
        #expect(
            HistoryGroups.resolve(nil, in: loc) == .failure(.noGroups(groupsDir: loc.groupsDir)))
    }

    @Test func logIDsCannotBePaths() {
        #expect(
            HistoryLogFiles.fileName(for: "../../etc/passwd")
                == .failure(.badID("../../etc/passwd")))
        #expect(HistoryLogFiles.fileName(for: ".index") == .failure(.badID(".index")))
        #expect(HistoryLogFiles.fileName(for: "2026-11-21-007") == .success("2026-11-21-007.json"))
        #expect(
            HistoryLogFiles.fileName(for: "2026-11-21-007.json") == .success("2026-11-21-007.json"))
    }

    @Test func loadingAndDeletingOneLog() {
        let fx = HistoryFixture()
        fx.write("2026-11-21-007.json", log: HistoryFixture.exampleLog())
        let names = fx.writeBroken()
        #expect(
            (try? HistoryLogFiles.load(id: "2026-11-21-007", logsDir: fx.logsDir).get())
                == HistoryFixture.exampleLog())
        #expect(
            HistoryLogFiles.load(id: "2026-11-21-008", logsDir: fx.logsDir)
                == .failure(.notFound("2026-11-21-008")))
        guard
            case .failure(.unreadable(let e)) = HistoryLogFiles.load(
                id: HistoryIndex.logID(names[3]), logsDir: fx.logsDir)
        else {
            Issue.record("expected unreadable")
            return
        }
        #expect(e == .unknownVersion(file: names[3], schema: "runde.session/2"))
        guard
            case .failure(.notFound("2026-11-21-008")) = HistoryLogFiles.delete(
                id: "2026-11-21-008", logsDir: fx.logsDir)
        else {
            Issue.record("expected notFound")
            return
        }
        #expect(HistoryLogFiles.exists(id: "2026-11-21-007", logsDir: fx.logsDir))
        #expect(
            (try? HistoryLogFiles.delete(id: "2026-11-21-007", logsDir: fx.logsDir).get()) != nil)
        #expect(!HistoryLogFiles.exists(id: "2026-11-21-007", logsDir: fx.logsDir))
    }
}
