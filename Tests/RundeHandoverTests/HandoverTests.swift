import Foundation
import RundeCore
import Testing

@testable import RundeHandover

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh temporary folder, removed when the value goes away.
final class HandoverTemp {
    let path: String

    init() {
        var template = Array("/tmp/runde-handover-XXXXXX".utf8CString)
        _ = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { try? FileIO.removeTree(path) }

    /// Every file under `sub` with its bytes, to check that nothing changed.
    func snapshot(_ sub: String = "") -> [String: Data] { snapshotOf(path, sub) }
}

/// Every file and folder under `root/sub`, with file bytes.
func snapshotOf(_ root: String, _ sub: String = "") -> [String: Data] {
    var out: [String: Data] = [:]
    let dir = sub.isEmpty ? root : root + "/" + sub
    for name in (try? FileIO.list(dir)) ?? [] {
        let rel = sub.isEmpty ? name : sub + "/" + name
        if FileIO.isFolder(root + "/" + rel) {
            out[rel + "/"] = Data()
            out.merge(snapshotOf(root, rel)) { a, _ in a }
        } else {
            out[rel] = try? FileIO.readFile(root + "/" + rel)
        }
    }
    return out
}

func log(_ number: Int, _ date: String) -> SessionLog {
    SessionLog(
        appVersion: "0.1.0", meetingNumber: number, date: date, startedAt: "\(date)T18:00:00+01:00",
        endedAt: "\(date)T20:00:00+01:00", durationS: 7200, completed: true, recovered: false,
        plan: .standard,
        attendance: .init(members: 4, present: 4, notifiedAbsent: 0, absent: 0, late: 0, guests: 0),
        phases: [.init(kind: "check_in", startS: 0, endS: 60)],
        speaking: .init(perPersonS: [600, 500, 400, 300], balanceGini: 0.1),
        pause: .init(taken: false), overrunS: 0,
        next: .init(theme: "Tema \(number)", date: nil, leaderChosen: true))
}

let members = ["Kari", "Ola", "Åsmund", "Zainab"]
let passphrase = "correct horse battery"

/// A data folder with one group and three logs.
func makeSource(_ tmp: HandoverTemp, meetingsHeld: Int = 3) throws -> DataLocation {
    let loc = DataLocation(root: tmp.path + "/source")
    let store = GroupStore(location: loc)
    let slug = try store.create(name: "Tirsdagsgruppa", members: members)
    var g = try store.load(slug: slug)
    g.meetingsHeld = meetingsHeld
    g.nextLeader = 3
    try store.save(g, slug: slug)
    let logs = LogStore(location: loc, slug: slug)
    try logs.write(log(1, "2026-01-06"))
    try logs.write(log(2, "2026-01-20"))
    try logs.write(log(3, "2026-02-03"))
    return loc
}

@Suite("Handover")
struct HandoverTests {
    func exported(_ tmp: HandoverTemp) throws -> (source: DataLocation, file: String) {
        let source = try makeSource(tmp)
        let file = tmp.path + "/handover.runde"
        let report = try Handover.export(
            slug: "tirsdagsgruppa", location: source, to: file, passphrase: passphrase,
            cost: .testing)
        #expect(report.logCount == 3 && report.skipped.isEmpty)
        #expect(FileIO.mode(of: file) == 0o600)
        return (source, file)
    }

    @Test func roundTripIntoAnEmptyFolderGivesTheSameGroupAndLogs() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let target = DataLocation(root: tmp.path + "/target")
        let r = try Handover.importFile(file, into: target, passphrase: passphrase)
        #expect(r.createdGroup && r.logsAdded == 3 && r.logsAlreadyPresent == 0)
        #expect(
            tmp.snapshot("target").mapKeys { $0.replacingOccurrences(of: "target/", with: "") }
                == tmp.snapshot("source").mapKeys {
                    $0.replacingOccurrences(of: "source/", with: "")
                })
        #expect(try GroupStore(location: target).load(slug: "tirsdagsgruppa").members == members)
        #expect(FileIO.mode(of: target.groupFile("tirsdagsgruppa")) == 0o600)
        #expect(FileIO.mode(of: target.logsDir("tirsdagsgruppa")) == 0o700)
    }

    @Test func noNameAppearsInTheExportedBytes() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let bytes = try FileIO.readFile(file)
        for word in members + ["Tirsdagsgruppa", "tirsdagsgruppa", "Tema", "meeting_number"] {
            #expect(bytes.range(of: Data(word.utf8)) == nil, "\(word)")
        }
        #expect(bytes.prefix(8) == Data("RUNDEHO\0".utf8))
    }

    @Test func wrongPassphraseChangesNothing() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let target = DataLocation(root: tmp.path + "/source")  // importing over the source, too
        let before = tmp.snapshot()
        #expect(throws: HandoverError.wrongPassphraseOrDamaged(file: file)) {
            try Handover.importFile(file, into: target, passphrase: "correct horse battery!")
        }
        #expect(tmp.snapshot() == before)
    }

    @Test func everyTamperedByteIsRefusedAndNothingChanges() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let original = try FileIO.readFile(file)
        let target = DataLocation(root: tmp.path + "/target")
        let positions = [
            0, 7, 8, 9, 10, 11, 12, 13, 20, 30, 40, 45, original.count / 2, original.count - 17,
            original.count - 1,
        ]
        for i in positions {
            var bytes = original
            bytes[i] ^= 0x01
            try FileIO.writeAtomically(bytes, to: file)
            let before = tmp.snapshot()
            do {
                try Handover.importFile(file, into: target, passphrase: passphrase)
                Issue.record("accepted a change at byte \(i)")
            } catch let e as HandoverError {
                #expect(e.description.hasPrefix(file), "\(e)")
            }
            #expect(tmp.snapshot() == before)
            #expect(!FileIO.exists(target.root))
        }
    }

    @Test func truncatedFilesAreRefusedAndNothingChanges() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let original = try FileIO.readFile(file)
        let target = DataLocation(root: tmp.path + "/target")
        for length in [1, 5, 8, 9, 20, 44, 45, 60, original.count / 2, original.count - 1] {
            try FileIO.writeAtomically(original.prefix(length), to: file)
            do {
                try Handover.importFile(file, into: target, passphrase: passphrase)
                Issue.record("accepted \(length) bytes")
            } catch let e as HandoverError {
                switch e {
                case .truncated, .wrongPassphraseOrDamaged: break
                default: Issue.record("\(length): \(e)")
                }
            }
            #expect(!FileIO.exists(target.root))
        }
        try FileIO.writeAtomically(original.prefix(30), to: file)
        #expect(throws: HandoverError.truncated(file: file)) {
            try Handover.importFile(file, into: target, passphrase: passphrase)
        }
    }

    @Test func foreignFilesAreRefused() throws {
        let tmp = HandoverTemp()
        let file = tmp.path + "/foreign"
        let target = DataLocation(root: tmp.path + "/target")
        for content in ["", "name = \"x\"\n", String(repeating: "PK\u{3}\u{4}", count: 40)] {
            try FileIO.writeAtomically(Data(content.utf8), to: file)
            #expect(throws: HandoverError.notAHandoverFile(file: file)) {
                try Handover.importFile(file, into: target, passphrase: passphrase)
            }
        }
        var future = Data("RUNDEHO\0".utf8)
        future.append(contentsOf: [2] + [UInt8](repeating: 0, count: 60))
        try FileIO.writeAtomically(future, to: file)
        #expect(throws: HandoverError.unsupportedVersion(file: file, version: 2)) {
            try Handover.importFile(file, into: target, passphrase: passphrase)
        }
        var greedy = Data("RUNDEHO\0".utf8)
        greedy.append(contentsOf: [1, 1, 40, 8, 1] + [UInt8](repeating: 0, count: 60))
        try FileIO.writeAtomically(greedy, to: file)
        #expect(throws: HandoverError.unreasonableCost(file: file)) {
            try Handover.importFile(file, into: target, passphrase: passphrase)
        }
        #expect(!FileIO.exists(target.root))
    }

    @Test func mergeDeduplicatesLogsAndTheGroupWithMoreMeetingsWins() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)  // meetings_held = 3, logs 1–3
        let target = DataLocation(root: tmp.path + "/target")
        let store = GroupStore(location: target)
        let slug = try store.create(name: "Tirsdagsgruppa", members: ["Kari", "Ola"])
        var g = try store.load(slug: slug)
        g.meetingsHeld = 1
        try store.save(g, slug: slug)
        let localBytes = try FileIO.readFile(target.groupFile(slug))
        let logs = LogStore(location: target, slug: slug)
        try logs.write(log(1, "2026-01-06"))
        try logs.write(log(9, "2026-03-03"))
        let r = try Handover.importFile(
            file, into: target, passphrase: passphrase,
            now: Date(timeIntervalSince1970: 1_800_000_000), keepBackup: true)
        #expect(r.logsAdded == 2 && r.logsAlreadyPresent == 1 && r.groupReplaced && !r.createdGroup)
        #expect(
            logs.ids() == ["2026-01-06-001", "2026-01-20-002", "2026-02-03-003", "2026-03-03-009"])
        #expect(try store.load(slug: slug).members == members)
        let backup = try #require(r.backupPath)
        #expect(try FileIO.readFile(backup) == localBytes)
        #expect(FileIO.mode(of: backup) == 0o600)
        // Importing again changes nothing: all logs present, and the group is as new.
        let before = snapshotOf(target.root)
        let again = try Handover.importFile(file, into: target, passphrase: passphrase)
        #expect(
            again.logsAdded == 0 && again.logsAlreadyPresent == 3 && !again.groupReplaced
                && again.backupPath == nil)
        #expect(snapshotOf(target.root) == before)
    }

    @Test func theLocalGroupWinsWhenItHasHeldMoreMeetings() throws {
        let tmp = HandoverTemp()
        let (_, file) = try exported(tmp)
        let target = DataLocation(root: tmp.path + "/target")
        let store = GroupStore(location: target)
        let slug = try store.create(name: "tirsdagsgruppa", members: ["X", "Y"])
        var g = try store.load(slug: slug)
        g.meetingsHeld = 10
        try store.save(g, slug: slug)
        let r = try Handover.importFile(file, into: target, passphrase: passphrase)
        #expect(!r.groupReplaced && r.backupPath == nil && r.logsAdded == 3)
        #expect(try store.load(slug: slug).members == ["X", "Y"])
    }

    @Test func exportRefusesWeakPassphrasesAndExistingFiles() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp)
        let file = tmp.path + "/out"
        #expect(throws: HandoverError.weakPassphrase(minimum: 8)) {
            try Handover.export(
                slug: "tirsdagsgruppa", location: source, to: file, passphrase: "short",
                cost: .testing)
        }
        try FileIO.writeAtomically(Data("keep".utf8), to: file)
        #expect(throws: HandoverError.targetExists(file: file)) {
            try Handover.export(
                slug: "tirsdagsgruppa", location: source, to: file, passphrase: passphrase,
                cost: .testing)
        }
        #expect(try FileIO.readFile(file) == Data("keep".utf8))
    }

    @Test func exportLeavesOutUnreadableLogsByName() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp)
        let bad = source.logsDir("tirsdagsgruppa") + "/2026-02-17-004.json"
        try FileIO.writeAtomically(Data("{\"schema\":".utf8), to: bad)
        let r = try Handover.export(
            slug: "tirsdagsgruppa", location: source, to: tmp.path + "/out",
            passphrase: passphrase, cost: .testing)
        #expect(r.logCount == 3)
        #expect(r.skipped.count == 1 && r.skipped[0].contains(bad))
    }

    @Test func aLiveMeetingBlocksImport() throws {
        let tmp = HandoverTemp()
        let (source, file) = try exported(tmp)
        let lock = MeetingLock(path: source.lockFile("tirsdagsgruppa"))
        try lock.acquire()
        defer { lock.release() }
        let before = tmp.snapshot()
        #expect(throws: HandoverError.self) {
            try Handover.importFile(file, into: source, passphrase: passphrase)
        }
        #expect(tmp.snapshot() == before)
    }
}

/// Issue 16, items 2, 7 and 11: what import refuses, and the backup it does not leave behind.
@Suite("Handover: refusals and the backup")
struct HandoverRobustTests {
    @Test func importRefusesWhileTheGroupHasAnUnfinishedMeeting() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp, meetingsHeld: 9)
        let file = tmp.path + "/h.runde"
        try Handover.export(
            slug: "tirsdagsgruppa", location: source, to: file, passphrase: passphrase,
            cost: .testing)
        let target = DataLocation(root: tmp.path + "/target")
        let slug = try GroupStore(location: target).create(
            name: "Tirsdagsgruppa", members: ["X", "Y"])
        try FileIO.writeAtomically(Data("{}\n".utf8), to: target.journalFile(slug))
        let before = snapshotOf(target.root)
        #expect(throws: HandoverError.unfinishedMeeting(group: "Tirsdagsgruppa", slug: slug)) {
            try Handover.importFile(file, into: target, passphrase: passphrase)
        }
        #expect(snapshotOf(target.root) == before)
    }

    @Test func importRefusesCraftedLogsNamingThem() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp)
        var crafted = String(
            decoding: try SessionLogCodec.encode(log(4, "2026-02-17")), as: UTF8.self)
        crafted = crafted.replacingOccurrences(
            of: "\"balance_gini\" : 0.1", with: "\"balance_gini\" : 1e19")
        #expect(crafted.contains("1e19"))
        let payload = HandoverPayload(
            slug: "tirsdagsgruppa",
            groupTOML: String(
                decoding: try FileIO.readFile(source.groupFile("tirsdagsgruppa")), as: UTF8.self),
            logs: [.init(id: "2026-02-17-004", json: crafted)])
        let file = tmp.path + "/crafted.runde"
        try FileIO.writeAtomically(
            try HandoverCipher.seal(
                try JSONEncoder().encode(payload), passphrase: passphrase, cost: .testing), to: file
        )
        let target = DataLocation(root: tmp.path + "/target")
        #expect {
            try Handover.importFile(file, into: target, passphrase: passphrase)
        } throws: { error in
            guard case HandoverError.badLogs(_, let logs) = error else { return false }
            return logs.count == 1 && logs[0].description.contains("2026-02-17-004.json")
                && logs[0].description.contains("balance_gini")
        }
        #expect(!FileIO.exists(target.root))
    }

    @Test func theBackupOfAReplacedGroupFileIsRemovedUnlessKept() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp, meetingsHeld: 9)
        let file = tmp.path + "/h.runde"
        try Handover.export(
            slug: "tirsdagsgruppa", location: source, to: file, passphrase: passphrase,
            cost: .testing)
        let target = DataLocation(root: tmp.path + "/target")
        let slug = try GroupStore(location: target).create(
            name: "Tirsdagsgruppa", members: ["Quixtamar", "Y"])
        let r = try Handover.importFile(file, into: target, passphrase: passphrase)
        #expect(r.groupReplaced && r.backupRemoved && r.backupPath == nil)
        let names = try FileIO.list(target.groupDir(slug))
        #expect(!names.contains { $0.contains("backup") }, "\(names)")
        #expect(
            snapshotOf(target.root).values.allSatisfy {
                $0.range(of: Data("Quixtamar".utf8)) == nil
            })
    }
}

extension Dictionary where Key == String {
    func mapKeys(_ f: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (f($0.key), $0.value) })
    }
}
