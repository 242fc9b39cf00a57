import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16 through the command line, as a user meets each failure: the crafted log, the
/// group file's numbers, `group edit`, HOME, `--data-dir`, slugs, themes, import refusals.
@Suite("Robustness, end to end (command line)", .serialized)
struct RobustCLITests {
    /// Runs the built runde with exactly `environment` (nothing inherited but PATH).
    static func run(_ args: [String], environment: [String: String]) throws -> RunCLI.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tmux.rundeBinary)
        p.arguments = args
        p.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    static func write(_ text: String, to path: String) throws {
        try FileIO.writeAtomically(Data(text.utf8), to: path)
    }

    // MARK: Item 2

    @Test func aCraftedLogIsReportedAndHistoryDoesNotCrash() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        try FileManager.default.createDirectory(
            atPath: bed.logsDir, withIntermediateDirectories: true)
        let good = String(
            decoding: try SessionLogCodec.encode(HistoryLogFixture.log(number: 1)), as: UTF8.self)
        try Self.write(good, to: bed.logsDir + "/2026-01-01-001.json")
        let crafted = good.replacingOccurrences(
            of: "\"meeting_number\" : 1", with: "\"meeting_number\" : 2"
        )
        .replacingOccurrences(of: "\"balance_gini\" : 0.25", with: "\"balance_gini\" : 1e19")
        #expect(crafted.contains("1e19"))
        try Self.write(crafted, to: bed.logsDir + "/2026-01-02-002.json")
        for args in [
            ["history", "list"], ["history", "list", "--format", "csv"],
            ["history", "show", "2026-01-02-002"],
        ] {
            let r = try RunCLI.runde(args + ["--data-dir", bed.data])
            #expect(r.status < 128, "\(args) died: \(r.status) \(r.stderr)")
            #expect(
                r.stderr.contains("2026-01-02-002.json"),
                "\(args): the bad file is named: \(r.stderr)")
        }
        let list = try RunCLI.runde(["history", "list", "--data-dir", bed.data])
        #expect(
            list.status == 0 && list.stdout.contains("2026-01-01-001"),
            "the good log is still listed")
    }

    // MARK: Item 3

    @Test func aHugeMeetingsHeldIsRefusedWithAMessageAndNoLock() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let file = bed.groupDir + "/group.toml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "meetings_held = 0", with: "meetings_held = 9223372036854775807")
        try Self.write(text, to: file)
        let r = try RunCLI.runde(["meeting", "--group", "torsdag", "--data-dir", bed.data])
        #expect(r.status < 128 && r.status != 0, "\(r.status) \(r.stderr)")
        #expect(
            r.stderr.contains("meetings_held") && r.stderr.contains("group.toml"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bed.lock))
        let plain = try RunCLI.runde(["meeting", "--data-dir", bed.data])
        #expect(plain.status == 1 && plain.stderr.contains("meetings_held"), "\(plain.stderr)")
        #expect(!plain.stderr.contains("no group yet"), "\(plain.stderr)")
        // Item 4: a group file that fails to load is still listed, naming the file and the problem.
        let list = try RunCLI.runde(["group", "list", "--data-dir", bed.data])
        #expect(!list.stdout.contains("No groups yet"), "\(list.stdout)")
        #expect(
            list.stdout.contains("group.toml") && list.stdout.contains("meetings_held"),
            "\(list.stdout)")
    }

    // MARK: Item 4

    @Test(arguments: [
        ("horizon=-1", "horizon"), ("horizon=501", "horizon"),
        ("starter_meetings=-3", "starter_meetings"),
        ("starter_meetings=1000", "starter_meetings"), ("turn_seconds=99999999999", "turn_seconds"),
        ("theme=nonexistent", "nonexistent"),
    ])
    func groupEditRefusesWhatTheLoaderRefuses(_ setting: String, _ named: String) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let file = bed.groupDir + "/group.toml"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--set", setting, "--data-dir", bed.data,
        ])
        #expect(r.status == 64, "\(setting): \(r.status) \(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains(named), "\(setting): \(r.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: file)) == before,
            "\(setting) changed the file")
        let show = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", bed.data])
        #expect(show.status == 0, "\(show.stderr)")
    }

    @Test func groupEditNamesTheAllowedRange() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--set", "horizon=501", "--data-dir", bed.data,
        ])
        #expect(r.stderr.contains("between 1 and 500") && r.stderr.contains("501"), "\(r.stderr)")
    }

    // MARK: Item 8 and 11 (--data-dir)

    @Test func noHomeIsRefusedNamingDataDirAndRundeHome() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        for env in [[:], ["HOME": ""]] as [[String: String]] {
            let r = try Self.run(["group", "list"], environment: env)
            #expect(r.status == 1, "\(env): \(r.status) \(r.stdout) \(r.stderr)")
            #expect(
                r.stderr.contains("--data-dir") && r.stderr.contains("RUNDE_HOME"), "\(r.stderr)")
            let create = try Self.run(
                ["group", "create", "G", "--members", "Quixtamar,Zorbulon"], environment: env)
            #expect(create.status == 1 && create.stderr.contains("RUNDE_HOME"), "\(create.stderr)")
        }
        let nb = try Self.run(["group", "list", "--lang", "nb"], environment: [:])
        #expect(nb.stderr.contains("HOME er ikke satt"), "\(nb.stderr)")
    }

    @Test func aDataDirThatIsAFileSaysSo() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let dir = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/a-file"
        try Self.write("x", to: file)
        let r = try RunCLI.runde(["group", "list", "--data-dir", file])
        #expect(
            r.status == 1 && r.stderr.contains("a-file") && r.stderr.contains("not a folder"),
            "\(r.stdout) \(r.stderr)")
        #expect(!r.stdout.contains("No groups yet"))
    }

    // MARK: Item 11 (slugs)

    @Test func nonLatinGroupNamesGetTheirOwnFolders() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let dir = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["Группа", "Ομάδα", "小组"] {
            let r = try RunCLI.runde([
                "group", "create", name, "--members", "A,B", "--data-dir", dir,
            ])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        let list = try RunCLI.runde(["group", "list", "--data-dir", dir])
        for name in ["Группа", "Ομάδα", "小组"] {
            #expect(list.stdout.contains(name), "\(list.stdout)")
        }
    }

    // MARK: Item 7 (and 10: the debug-only passphrase hook)

    @Test func importIsRefusedWhileAMeetingIsUnfinished() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let source = try FaultBed(members: ["Kari", "Ola"])
        let target = try FaultBed(members: ["Kari", "Ola"])
        defer {
            source.remove()
            target.remove()
        }
        let file = source.data + "/handover.runde"
        let pass = ["RUNDE_PASSPHRASE": "correct horse battery"]
        let export = try RunCLI.runde(
            ["handover", "export", "--group", "Torsdag", "--to", file, "--data-dir", source.data],
            environment: pass)
        try #require(export.status == 0, "\(export.stderr)")
        try Self.write("{}\n", to: target.journal)
        let before = RunCLI.files(under: target.data).sorted()
        let r = try RunCLI.runde(
            ["handover", "import", file, "--data-dir", target.data], environment: pass)
        #expect(r.status == 1, "\(r.status) \(r.stdout) \(r.stderr)")
        #expect(
            r.stderr.contains("not finished") && r.stderr.contains("runde meeting"), "\(r.stderr)")
        #expect(RunCLI.files(under: target.data).sorted() == before)
    }
}

/// A plausible log for the command-line tests.
enum HistoryLogFixture {
    static func log(number: Int) -> SessionLog {
        SessionLog(
            appVersion: "0.1.0", meetingNumber: number, date: "2026-01-0\(number)",
            startedAt: "2026-01-0\(number)T18:00:00+01:00",
            endedAt: "2026-01-0\(number)T20:00:00+01:00",
            durationS: 7200, completed: true, recovered: false, plan: .standard,
            attendance: .init(
                members: 6, present: 6, notifiedAbsent: 0, absent: 0, late: 0, guests: 0),
            phases: [.init(kind: "check_in", startS: 0, endS: 60)],
            speaking: .init(perPersonS: [600, 500, 400, 300], balanceGini: 0.25),
            pause: .init(taken: false), overrunS: 0,
            next: .init(theme: "Skam", date: nil, leaderChosen: true))
    }
}
