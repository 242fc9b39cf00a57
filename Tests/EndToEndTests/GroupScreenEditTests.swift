import Foundation
import RundeCore
import Testing

/// The group screen edited in tmux on the real binary, as a leader without flags would: the
/// pause and the rhythm changed and found in group.toml and `group show`, the rules rewritten
/// and their change listed, a wrong value refused with a message, and Esc from an edit
/// changing nothing; in plain mode the screen says the chosen line and each message.
@Suite(
    "The group screen, edited in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct GroupScreenEditTests {
    let env = ["LANG": "C.UTF-8"]

    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            tmux.waitFor(text: text, timeout: 8), "waiting for \"\(text)\":\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    /// A new group made on the command line; `runde` opens on its group screen.
    func newGroup(_ lang: String) throws -> String {
        let data = RunCLI.tempDataDir()
        let made = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", "Quixtamar,Zorbulon,Vexilda",
            "--data-dir", data, "--lang", lang,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        return data
    }

    func load(_ data: String) throws -> GroupFile {
        try GroupStore(location: DataLocation(root: data)).load(slug: "torsdag")
    }

    func down(_ tmux: Tmux, _ n: Int) { tmux.sendKeys(Array(repeating: "Down", count: n)) }

    @Test func pauseRhythmAndRulesChangedOnTheScreenReachTheFileAndGroupShow() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try newGroup("nb")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let before = try load(data)
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "nb"], environment: env)
        defer { tmux.kill() }
        see(tmux, "Enter start møtet nå")
        // The pause: start, 3 members, "add", meeting length, then the pause.
        down(tmux, 6)
        see(tmux, "Pausen varer 15 minutter.")
        tmux.sendKeys("Right")
        see(tmux, "Pausen varer 20 minutter.")
        see(tmux, "Lagret. u angrer.")
        #expect(tmux.waitUntil(timeout: 8) { (try? load(data).settings.plan.pauseMinutes) == 20 })
        // The rhythm after the first meetings, typed.
        down(tmux, 6)
        see(tmux, "Fra 1 til 365 dager.")
        tmux.sendKeys("Enter")
        see(tmux, "Skriv et tall. Fra 1 til 365 dager.")
        tmux.sendText("21")
        tmux.sendKeys("Enter")
        see(tmux, "så hver 21. dag.")
        // A wrong value is refused with a message and changes nothing.
        tmux.sendKeys("Enter")
        tmux.sendText("999")
        tmux.sendKeys("Enter")
        see(tmux, "Ikke endret. Fra 1 til 365 dager.")
        tmux.sendKeys("Escape")
        see(tmux, "Avbrutt: ingenting er endret.")
        #expect(try load(data).settings.rhythm.laterDays == 21)
        // The rules, rewritten; Esc asks, Enter saves.
        down(tmux, 4)
        see(tmux, "Enter skriv om rammene")
        tmux.sendKeys("Enter")
        see(tmux, "Rammene for «Torsdag»")
        tmux.sendKeys("Enter")
        tmux.sendText("Vi kommer presis.")
        tmux.sendKeys("Escape")
        see(tmux, "Lagre de nye rammene?")
        tmux.sendKeys("Enter")
        see(tmux, "De nye rammene er lagret med dagens dato.")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")

        let g = try load(data)
        #expect(g.settings.plan.pauseMinutes == 20)
        #expect(g.settings.rhythm.laterDays == 21)
        #expect(g.rules == before.rules + "\nVi kommer presis.")
        #expect(g.ruleChanges.map(\.text) == [g.rules])
        let toml = try String(contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(toml.contains("pause_minutes = 20"), "\(toml)")
        #expect(toml.contains("rhythm_days = 21"), "\(toml)")
        #expect(toml.contains("[[rule_changes]]"), "\(toml)")
        #expect(
            !FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"),
            "no meeting started")
        let show = try RunCLI.runde([
            "group", "show", "Torsdag", "--data-dir", data, "--lang", "nb",
        ])
        #expect(show.stdout.contains("pause_minutes: 20"), "\(show.stdout)")
        #expect(show.stdout.contains("så hver 21. dag"), "\(show.stdout)")
        #expect(show.stdout.contains("  Vi kommer presis."), "\(show.stdout)")
        #expect(show.stdout.contains("Endringer i rammene:"), "\(show.stdout)")
    }

    @Test func escFromAnEditChangesNothingAt60x16InEnglish() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try newGroup("en")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let before = try String(
            contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "--lang", "en"], width: 60, height: 16,
            environment: env)
        defer { tmux.kill() }
        see(tmux, "Enter start the meeting now")
        // Meeting length: a value typed, then Esc.
        down(tmux, 5)
        see(tmux, "The meeting lasts 120 minutes")
        tmux.sendKeys("Enter")
        tmux.sendText("45")
        see(tmux, "45▏")
        tmux.sendKeys("Escape")
        see(tmux, "Cancelled: nothing changed.")
        // A new member: the group decides together; y goes on, the member typed, then Esc.
        tmux.sendKeys("a")
        see(tmux, "New members join when the group has decided it together.")
        tmux.sendKeys("y")
        tmux.sendText("Klimbor")
        see(tmux, "Klimbor▏")
        // Esc asks before it drops what was typed; a second Esc goes back.
        tmux.sendKeys("Escape")
        see(tmux, "Press Esc again to go back without what you typed.")
        tmux.sendKeys("Escape")
        see(tmux, "Cancelled: nothing changed.")
        // The rules changed, Esc asks; Esc again goes back to writing; d discards.
        tmux.sendKeys("End")
        see(tmux, "Enter rewrite the rules")
        tmux.sendKeys("Enter")
        see(tmux, "The rules of “Torsdag”")
        tmux.sendText("Zzz")
        tmux.sendKeys("Escape")
        see(tmux, "Save the new rules?")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil(timeout: 8) { !tmux.capture().contains("Save the new rules?") },
            "\(tmux.capture())")
        tmux.sendKeys("Escape")
        see(tmux, "Save the new rules?")
        tmux.sendKeys("d")
        see(tmux, "The changes to the rules were thrown away.")
        // The help, and Esc out of it and then off the screen to the list of groups.
        tmux.sendKeys("?")
        see(tmux, "choose a line")
        see(tmux, "Esc or ? closes · ↑/↓ scrolls")
        tmux.sendKeys("Escape")
        see(tmux, "Enter rewrite the rules")
        tmux.sendKeys("Escape")
        #expect(
            tmux.waitUntil(timeout: 8) { !tmux.capture().contains("Enter rewrite the rules") },
            "\(tmux.capture())")
        let after = try String(contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(after == before, "Esc from every edit left group.toml as it was")
    }

    @Test func inPlainModeTheChosenLineIsSaidAndAChangeIsSaved() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try newGroup("nb")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--plain", "--data-dir", data, "--lang", "nb"], height: 40,
            environment: env)
        defer { tmux.kill() }
        see(tmux, "Gruppeskjermen. Pil opp og ned leser linjene én og én.")
        down(tmux, 6)
        see(tmux, "Pause: 15 min")
        tmux.sendKeys("Right")
        see(tmux, "Pause: 20 min")
        see(tmux, "Lagret. u angrer.")
        tmux.sendKeys("Enter")
        see(tmux, "Skriv et tall. Fra 0 til 120 minutter.")
        tmux.sendText("500")
        tmux.sendKeys("Enter")
        see(tmux, "⚠ Ikke endret. Fra 0 til 120 minutter.")
        tmux.sendKeys("Escape")
        see(tmux, "Avbrutt: ingenting er endret.")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(try load(data).settings.plan.pauseMinutes == 20)
    }
}
