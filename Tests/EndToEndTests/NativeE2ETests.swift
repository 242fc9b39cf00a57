import Foundation
import RundeText
import Testing

/// Runde on a Norwegian laptop, end to end: rules in the meeting's language until the group
/// edits them, `history list` that fits the window, the rehearsal of a first meeting with its
/// guided tour, and help that says what is true.
@Suite(
    "Native: rules, fitted history, first-meeting demo, help",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct NativeE2ETests {
    static let members = ["Quixtamar", "Zorbulon", "Ada", "Bo"]

    @Test func aGroupMadeInEnglishMeetsInNorwegianWithNorwegianRules() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        // RunCLI runs under LANG=C.UTF-8: the group gets the English built-in rules.
        try RunCLI.regularGroup("Torsdag", members: Self.members, dataDir: data)
        let shown = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", data])
        #expect(shown.stdout.contains("Confidentiality"), "\(shown.stdout)")
        let nb = Catalog(.nb)[.groupDefaultRules].split(separator: "\n")
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting", "--lang", "nb"],
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Quixtamar"), "\(tmux.capture())")
        tmux.sendKeys("Enter")  // check-in confirmed: the rules card
        #expect(tmux.waitFor(text: String(nb[0].prefix(40))), "\(tmux.capture())")
        #expect(!tmux.capture().contains("Confidentiality"), "\(tmux.capture())")
        tmux.sendKeys("q")
        tmux.sendKeys("j")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        // The group's file still holds its own (English) text: nothing was rewritten.
        let after = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", data])
        #expect(after.stdout.contains("Confidentiality"), "\(after.stdout)")
    }

    @Test func rulesTheGroupEditedStayItsOwnWords() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try RunCLI.regularGroup("Torsdag", members: Self.members, dataDir: data)
        let edit = try RunCLI.runde([
            "group", "edit", "Torsdag", "--rules", "We bring coffee in turn.", "--data-dir", data,
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting", "--lang", "nb"],
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Quixtamar"), "\(tmux.capture())")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "We bring coffee in turn."), "\(tmux.capture())")
        tmux.sendKeys("q")
        tmux.sendKeys("j")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
    }

    @Test func historyListFitsEightyColumns() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try RunCLI.regularGroup("Torsdag", members: Self.members, dataDir: data)
        let made = try RunCLI.runde([
            "history", "_generate-logs", "--count", "12", "--group", "Torsdag", "--data-dir", data,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        func widest(_ s: String) -> Int {
            s.split(separator: "\n").map { (line: Substring) in line.count }.max() ?? 0
        }
        for lang in ["C.UTF-8", "nb_NO.UTF-8"] {
            let fitted = try RunCLI.runde(
                ["history", "list", "--group", "Torsdag", "--data-dir", data],
                environment: ["COLUMNS": "80", "LANG": lang])
            #expect(fitted.status == 0, "\(fitted.stderr)")
            #expect(fitted.stdout.split(separator: "\n").count == 13, "\(fitted.stdout)")
            #expect(widest(fitted.stdout) <= 80, "\(fitted.stdout)")
            // `--format table` keeps every column for scripts, whatever COLUMNS says.
            let full = try RunCLI.runde(
                ["history", "list", "--group", "Torsdag", "--format", "table", "--data-dir", data],
                environment: ["COLUMNS": "80", "LANG": lang])
            #expect(widest(full.stdout) > 80, "\(full.stdout)")
        }
        let help = try RunCLI.runde(
            ["history", "list", "--help"], environment: ["LANG": "C.UTF-8"])
        #expect(help.stdout.contains("columns are left out in this order"), "\(help.stdout)")
    }

    @Test func theDemoRehearsesAFirstMeetingWithAGuidedTour() throws {
        try #require(Tmux.rundeBinaryExists)
        let c = Catalog(.nb)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb", "demo", "--speed", "60"],
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: c[.cliDemoTourTitle]), "\(tmux.capture())")
        #expect(tmux.waitFor(text: "f første møte"), "\(tmux.capture())")
        tmux.sendKeys("f")
        #expect(tmux.waitFor(text: "DEMO"), "\(tmux.capture())")
        #expect(tmux.waitFor(text: c.f(.meetingNumber, 1)), "\(tmux.capture())")
        #expect(tmux.waitFor(text: c[.tourCheckIn]), "\(tmux.capture())")
        tmux.sendKeys("Enter")  // check-in confirmed: the presentation round
        #expect(tmux.waitFor(text: c[.tourRoundFirstMeeting]), "\(tmux.capture())")
        #expect(tmux.waitFor(text: String(c[.promptPresentation].prefix(30))), "\(tmux.capture())")
        tmux.sendKeys("q")
        tmux.sendKeys("y")
        #expect(tmux.waitFor(text: c[.demoOfferTitle]), "\(tmux.capture())")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        #expect(RunCLI.files(under: data).isEmpty, "the demo wrote \(RunCLI.files(under: data))")
    }

    @Test func helpSaysWhatIsTrueNowInBothLanguages() throws {
        try #require(Tmux.rundeBinaryExists)
        let en = try RunCLI.runde(["--help"], environment: ["LANG": "C.UTF-8"])
        #expect(!en.stdout.contains("milestones"), "\(en.stdout)")
        #expect(en.stdout.contains("every screen as lines of text"), "\(en.stdout)")
        #expect(en.stdout.contains("veiledning.md"), "\(en.stdout)")
        let nb = try RunCLI.runde(["--help"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(nb.stdout.contains("BRUK:") && nb.stdout.contains("VALG:"), "\(nb.stdout)")
        #expect(nb.stdout.contains("<mappe>") && nb.stdout.contains("<språk>"), "\(nb.stdout)")
        #expect(nb.stdout.contains("<underkommando>"), "\(nb.stdout)")
        #expect(!nb.stdout.contains("<options>") && !nb.stdout.contains("<subcommand>"))
        #expect(nb.stdout.contains("veiledning for gruppemedlemmer"), "\(nb.stdout)")
        let demo = try RunCLI.runde(["demo", "--help"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(demo.stdout.contains("--first"), "\(demo.stdout)")
    }
}
