import Foundation
import RundeCore
import Testing

/// The real binary on the bad-input corpus: `history` skips every broken log naming it and
/// prints no escape sequence from a file; `group list`, `group show` and `meeting` on a broken
/// group file say which file is wrong and never crash (toml++ aborts are kept out).
@Suite("Bad input through the CLI")
struct BadInputCLITests {
    static let corpus = Tmux.packageRoot.appendingPathComponent("Tests/Corpus").path

    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus + "/" + folder)) ?? [])
            .sorted()
    }

    @Test func historySkipsBrokenLogsNamingThemAndPrintsNoEscapes() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        try FileManager.default.createDirectory(
            atPath: bed.logsDir, withIntermediateDirectories: true)
        var bad: [String] = []
        for (i, name) in Self.names("logs").enumerated() {
            let id = String(format: "2026-02-%02d-%03d", i % 28 + 1, i + 1)
            try FileManager.default.copyItem(
                atPath: Self.corpus + "/logs/" + name, toPath: bed.logsDir + "/" + id + ".json")
            if name.hasPrefix("bad-") { bad.append(id) }
        }
        for format in ["table", "csv", "json", "markdown"] {
            let r = try RunCLI.runde([
                "history", "list", "--format", format, "--data-dir", bed.data,
            ])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(
                !r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{202E}"),
                "\(format) printed an escape from a file")
            #expect(!r.stderr.contains("\u{1B}"))
            for id in bad {
                #expect(
                    r.stderr.contains(id + ".json"), "\(format): \(id) is not named in: \(r.stderr)"
                )
            }
        }
        let show = try RunCLI.runde(["history", "show", bad[0], "--data-dir", bed.data])
        #expect(show.status == 1)
        #expect(show.stderr.contains(bad[0] + ".json"))
        let escape = try #require(Self.names("logs").firstIndex(of: "ok-theme-escape.json"))
        let id = String(format: "2026-02-%02d-%03d", escape % 28 + 1, escape + 1)
        for format in ["table", "json", "markdown"] {
            let r = try RunCLI.runde([
                "history", "show", id, "--format", format, "--data-dir", bed.data,
            ])
            #expect(r.status == 0)
            #expect(
                !r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{7}")
                    && !r.stdout.contains("\u{202E}"), "\(format)")
        }
    }

    @Test(arguments: BadInputCLITests.names("groups").filter { $0.hasPrefix("bad-") })
    func aBrokenGroupFileIsNamedAndNothingCrashes(_ name: String) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let file = data + "/groups/g/group.toml"
        try FileManager.default.createDirectory(
            atPath: data + "/groups/g", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.corpus + "/groups/" + name, toPath: file)
        let list = try RunCLI.runde(["group", "list", "--data-dir", data])
        #expect(list.status == 0 || list.status == 1, "\(name): status \(list.status)")
        // Listed (issue 16): the unreadable group is a line of the list, naming the file.
        #expect(list.stdout.contains(file), "\(name): \(list.stdout)")
        for args in [["group", "show", "g"], ["meeting", "--plain", "--group", "g"]] {
            let r = try RunCLI.runde(args + ["--data-dir", data])
            #expect(r.status == 1, "\(name) \(args): status \(r.status)")
            #expect(r.stderr.contains(file), "\(name) \(args): \(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{202E}"))
        }
    }
}
