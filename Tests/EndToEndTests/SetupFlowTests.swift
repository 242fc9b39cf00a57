import Foundation
import RundeCore
import Testing

/// The screens before a meeting, played as a nervous first-time leader (a walkthrough found
/// these): the new-group form checks each field on its own step; Esc on the demo's first
/// screen goes back, never out; `runde` with one group that has met opens on the chooser and
/// starts nothing before Enter; the welcome screen's `?` names the keys its footer names.
@Suite(
    "Setting up, before any meeting",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"))
struct SetupFlowTests {
    let env = ["LANG": "nb_NO.UTF-8"]

    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            tmux.waitFor(text: text, timeout: 8), "waiting for \(text):\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    @Test func theNewGroupFormShowsEachProblemOnItsOwnStepAt60x16() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], width: 60, height: 16,
            environment: env)
        defer { tmux.kill() }
        see(tmux, "Velkommen til Runde")
        tmux.sendKeys("g")
        see(tmux, "Hva heter gruppa?")
        // An empty name: refused on the name step, at once.
        tmux.sendKeys("Enter")
        see(tmux, "⚠ gruppenavnet er tomt")
        #expect(tmux.capture().contains("Hva heter gruppa?"), "\(tmux.capture())")
        tmux.sendText("Fredagsgruppa")
        see(tmux, "> Fredagsgruppa▏")
        tmux.sendKeys("Enter")
        see(tmux, "Medlemmer")
        #expect(!tmux.capture().contains("gruppenavnet er tomt"))
        // Empty members: refused on the members step, where typing goes on.
        tmux.sendKeys("Enter")
        see(tmux, "⚠ en gruppe trenger minst 2 medlemmer, ikke 0")
        #expect(
            tmux.capture().contains("Skriv medlemmene"), "still the members step: \(tmux.capture())"
        )
        #expect(!tmux.capture().contains("Hva heter gruppa?"))
        tmux.sendText("Kari, Ola, Siri, Per, Nils, Vera")
        see(tmux, "> Kari, Ola, Siri, Per, Nils, Vera▏")
        #expect(!tmux.capture().contains("FredagsgruppaKari"))
        tmux.sendKeys("Enter")
        // Per is also an everyday word: said once; Enter again creates the group.
        see(tmux, "«Per» er også et vanlig ord.")
        tmux.sendKeys("Enter")
        see(tmux, "Gruppa «Fredagsgruppa»")
        let group = try GroupStore(location: DataLocation(root: data)).load(slug: "fredagsgruppa")
        #expect(group.name == "Fredagsgruppa")
        #expect(group.members == ["Kari", "Ola", "Siri", "Per", "Nils", "Vera"])
        #expect(
            !FileManager.default.fileExists(atPath: data + "/groups/fredagsgruppa/journal.jsonl"))
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
    }

    @Test func escOnTheDemoIntroGoesBackToTheWelcomeScreen() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Velkommen til Runde")
        tmux.sendKeys("d")
        see(tmux, "Enter start øvelsen")
        #expect(tmux.capture().contains("Esc tilbake") && tmux.capture().contains("q avslutt"))
        #expect(!tmux.capture().contains("Esc avslutt"))
        tmux.sendKeys("?")
        see(tmux, "Esc    tilbake")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("Esc    tilbake") },
            "Esc closes the help first: \(tmux.capture())")
        see(tmux, "Øvelse – en kort omvisning")
        tmux.sendKeys("Escape")
        see(tmux, "Velkommen til Runde")
        #expect(!tmux.isPaneDead, "Esc left the program")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        #expect(tmux.exitStatus == 0)
        #expect(RunCLI.files(under: data).isEmpty)
    }

    @Test func escOnTheIntroOfRundeDemoStaysAndSaysQQuits() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let tmux = try Tmux(
            [Tmux.rundeBinary, "demo", "--lang", "en"], width: 60, height: 16,
            environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        see(tmux, "Enter start the rehearsal")
        #expect(tmux.capture().contains("q quit"), "\(tmux.capture())")
        #expect(!tmux.capture().contains("Esc quit"))
        tmux.sendKeys("?")
        see(tmux, "Esc    does not leave from here (q quits)")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("does not leave from here") },
            "\(tmux.capture())")
        tmux.sendKeys("Escape")
        see(tmux, "This is the first screen. Press q to quit Runde.")
        #expect(!tmux.isPaneDead, "Esc left the program")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        #expect(tmux.exitStatus == 0)
    }

    @Test func oneGroupThatHasMetOpensOnTheChooserAndNothingStartsBeforeEnter() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(
            try RunCLI.runde([
                "group", "create", "Torsdag", "--members", "Quixtamar,Zorbulon,Vexilda",
                "--data-dir", data, "--lang", "nb",
            ]).status == 0)
        let store = GroupStore(location: DataLocation(root: data))
        var g = try store.load(slug: "torsdag")
        g.meetingsHeld = 3
        try store.save(g, slug: "torsdag")
        let journal = data + "/groups/torsdag/journal.jsonl"
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Velg gruppe")
        see(tmux, "↑/↓ · Enter møte · g gruppa · q avslutt")
        #expect(tmux.capture().contains("▸ Torsdag"))
        #expect(!FileManager.default.fileExists(atPath: journal), "no meeting before Enter")
        // Esc stays; g shows the group screen, Esc there comes back.
        tmux.sendKeys("Escape")
        see(tmux, "Trykk q for å avslutte Runde")
        tmux.sendKeys("g")
        see(tmux, "Gruppa «Torsdag»")
        tmux.sendKeys("Escape")
        see(tmux, "Velg gruppe")
        #expect(!FileManager.default.fileExists(atPath: journal), "no meeting before Enter")
        tmux.sendKeys("Enter")
        see(tmux, "Møteleder i dag")
        #expect(
            tmux.waitUntil(timeout: 8) { FileManager.default.fileExists(atPath: journal) },
            "the journal starts with the meeting")
    }

    @Test func anEnglishGroupsScreenIsInEnglishUnderANorwegianLang() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(
            try RunCLI.runde([
                "group", "create", "Thursday", "--members", "Quixtamar,Zorbulon,Vexilda",
                "--data-dir", data, "--lang", "en",
            ]).status == 0)
        let store = GroupStore(location: DataLocation(root: data))
        var g = try store.load(slug: "thursday")
        g.meetingsHeld = 2
        try store.save(g, slug: "thursday")
        // No --lang: the chooser follows LANG (no group is chosen yet), the group screen the group.
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data], environment: env)
        defer { tmux.kill() }
        see(tmux, "Velg gruppe")
        tmux.sendKeys("g")
        see(tmux, "Start the meeting now")
        #expect(!tmux.capture().contains("Start møtet nå"), "\(tmux.capture())")
        tmux.sendKeys("Escape")
        see(tmux, "Velg gruppe")
    }

    @Test func theWelcomeHelpNamesTheKeysTheFooterNames() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: env)
        defer { tmux.kill() }
        see(tmux, "↑/↓ · Enter velg · g ny gruppe · d demo · q avslutt · ? hjelp")
        tmux.sendKeys("?")
        see(tmux, "g      lag en gruppe")
        see(tmux, "d      prøv en demo (lagrer ingenting)")
        see(tmux, "q      avslutt")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil { !tmux.capture().contains("g      lag en gruppe") }, "\(tmux.capture())"
        )
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
    }
}
