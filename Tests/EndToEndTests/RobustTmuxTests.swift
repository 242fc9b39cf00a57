import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16 in tmux, where a user meets it: names inside words in the theme, Ctrl-S, and the
/// handover command with a passphrase typed at the prompt.
@Suite(
    "Robustness, end to end (tmux)",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct RobustTmuxTests {
    static let sentinels = ["Kari", "Zorbulon", "Bjørnulf", "Quixtamar", "Ola", "Åse"]

    /// From check-in to the theme field of the next-meeting phase.
    static func walkToTheme(_ tmux: Tmux) {
        tmux.enterFirstTurn()
        tmux.sendKeys("c")
        tmux.expectScreen("y yes · Esc no")  // c asks first
        tmux.sendKeys("y")
        tmux.expectScreen("Closing")
        for _ in 0..<20 where !tmux.waitFor(text: "Next to lead", timeout: 1.5) {
            tmux.sendKeys("Enter")
        }
        tmux.expectScreen("Next to lead")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Do not write names")
    }

    // MARK: Item 1

    @Test func namesInsideWordsNeverReachTheLogTheIndexOrTheGroupFile() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed(members: Self.sentinels)
        defer { bed.remove() }
        let tmux = try bed.startMeeting()
        defer { tmux.kill() }
        Self.walkToTheme(tmux)
        tmux.sendText("Kari-saken")
        tmux.expectScreen("Will be saved as: …", "the preview shows what will be saved")
        tmux.sendKeys("Tab")  // kept for later: theme_backlog
        tmux.sendText("Karis mor og superquixtamar, BJORNULFS a\u{030A}ses")
        tmux.expectScreen("Will be saved as: … mor og …, … …")
        tmux.sendKeys("Enter")
        tmux.expectScreen("accept date")
        tmux.sendKeys("Enter")
        tmux.expectScreen("The anonymous log is saved")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        let logs = try bed.logs()
        try #require(logs.count == 1)
        #expect(logs[0].log.next.theme == "… mor og …, … …")
        // writes logs/.index.json
        _ = try RunCLI.runde(["history", "list", "--data-dir", bed.data])
        #expect(FileManager.default.fileExists(atPath: bed.logsDir + "/.index.json"))
        let group = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(group.contains("next_theme = \"… mor og …, … …\""), "\(group)")
        #expect(
            group.contains("theme_backlog = [ \"…\" ]")
                || group.contains("theme_backlog = [\"…\"]"), "\(group)")
        for name in Self.sentinels + [
            "kari", "zorbulon", "bjornulf", "BJORNULF", "quixtamar", "saken",
        ] {
            #expect(
                bed.filesContaining(name).isEmpty,
                "\(name) outside group.toml: \(bed.filesContaining(name))")
        }
        // Outside next_theme and theme_backlog, group.toml holds the names as the roster, once each.
        #expect(!group.contains("Karis") && !group.contains("quixtamar"))
    }

    // MARK: Item 5

    @Test func ctrlSDoesNotFreezeAndTheTerminalIsRestored() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        // The shell around runde records the terminal's modes before and after it.
        let before = bed.data + "/stty-before"
        let after = bed.data + "/stty-after"
        let script = "stty -a > \(before); \"$@\"; stty -a > \(after)"
        let tmux = try Tmux(
            ["/bin/sh", "-c", script, "sh", Tmux.rundeBinary, "--data-dir", bed.data, "meeting"],
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        tmux.enterFirstTurn()
        let tty = tmux.paneValue("#{pane_tty}")
        try #require(!tty.isEmpty)
        #expect(
            Self.stty(tty).contains("-ixon"), "flow control is off while Runde owns the terminal")
        tmux.sendKeys("C-s")
        tmux.sendKeys("?")
        tmux.expectScreen("Esc", "keys after Ctrl-S are handled and drawn at once", timeout: 5)
        // Esc closes the help; q only once it is closed (an Esc and a letter that arrive
        // together are one Alt key, not two keys).
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil(timeout: 5) { !tmux.capture().contains("Help") }, "\(tmux.capture())")
        tmux.sendKeys("q")
        tmux.expectScreen("Quit Runde?")
        tmux.sendKeys("y")
        #expect(tmux.waitForExit())
        let shellModes = try String(contentsOfFile: before, encoding: .utf8)
        let restored = try String(contentsOfFile: after, encoding: .utf8)
        #expect(
            shellModes.contains(" ixon"), "the shell's terminal has flow control on: \(shellModes)")
        #expect(
            restored.contains(" ixon") && !restored.contains("-ixon"),
            "ixon is restored on exit: \(restored)")
    }

    static func stty(_ tty: String) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/stty")
        p.arguments = ["-F", tty, "-a"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try? p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Item 10

    @Test func handoverExportAndImportWithATypedPassphrase() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let source = try FaultBed(members: ["Quixtamar", "Zorbulon"])
        let target = RunCLI.tempDataDir()
        defer {
            source.remove()
            try? FileManager.default.removeItem(atPath: target)
        }
        let file = source.data + "/overlevering.runde"
        let pass = "korrekt hest batteri"
        let export = try Tmux(
            [
                Tmux.rundeBinary, "handover", "export", "--group", "Torsdag", "--to", file,
                "--data-dir", source.data,
            ],
            environment: ["LANG": "C.UTF-8"], unset: ["NO_COLOR", "LC_ALL", "RUNDE_PASSPHRASE"])
        defer { export.kill() }
        export.expectScreen("Passphrase:")
        export.sendText(pass)
        export.sendKeys("Enter")
        export.expectScreen("Passphrase again:")
        #expect(!export.capture().contains(pass), "the passphrase is not echoed")
        export.sendText(pass)
        export.sendKeys("Enter")
        #expect(export.waitForExit(timeout: 60))
        #expect(export.exitStatus == 0, "\(export.capture())")
        #expect(export.capture(includingHistory: true).contains("Exported"))

        let importing = try Tmux(
            [Tmux.rundeBinary, "handover", "import", file, "--data-dir", target],
            environment: ["LANG": "C.UTF-8"], unset: ["NO_COLOR", "LC_ALL", "RUNDE_PASSPHRASE"])
        defer { importing.kill() }
        importing.expectScreen("Passphrase:")
        importing.sendText(pass)
        importing.sendKeys("Enter")
        #expect(importing.waitForExit(timeout: 60))
        #expect(importing.exitStatus == 0, "\(importing.capture())")
        #expect(importing.capture(includingHistory: true).contains("Imported the group"))
        let show = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", target])
        #expect(
            show.status == 0 && show.stdout.contains("Quixtamar"), "\(show.stdout + show.stderr)")
    }

    /// The release binary holds no test hook (build it with `swift build -c release`).
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: RobustTmuxTests.releaseBinary),
            "no release build"))
    func theReleaseBinaryHasNoTestHooks() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.releaseBinary))
        for hook in ["RUNDE_PASSPHRASE", "RUNDE_TEST_JOURNAL_FAULT"] {
            #expect(bytes.range(of: Data(hook.utf8)) == nil, "\(hook) is in the release binary")
        }
    }

    static var releaseBinary: String {
        Tmux.packageRoot.appendingPathComponent(".build/release/runde").path
    }
}
