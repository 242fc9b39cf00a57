import Foundation
import RundeCore
import Testing

/// A whole meeting with `--plain`, as a blind leader runs it: the real binary in tmux, every
/// line it prints checked in order against what was done, and its raw output (tmux
/// pipe-pane) checked for escape sequences: no alternate screen, no colour, no cursor moves.
@Suite(
    "Plain mode: a whole meeting in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct PlainMeetingTests {
    static let members = ["Quixtamar", "Zorbulon", "Kari", "Ola"]
    /// A length of time in words ("3 minutter 15 sekunder", "1 time 2 minutter").
    static let d = #"(\d+ (timer?|minutt(er)?|sekund(er)?) ?)+"#
    /// A date in words ("tirsdag 15. desember 2026").
    static let date = #"\p{L}+ \d+\. \p{L}+ \d{4}"#

    /// The expected transcript: literal lines, where `{d}` stands for a length of time and
    /// `{date}` for a date.
    static let expected: [String] = [
        "Torsdagsgruppa, møte 1 av 12.",
        "Møteleder i dag: Quixtamar.",
        "Tema i dag: ikke valgt.",
        "Oppmøte: 4 medlemmer.",
        "Quixtamar: til stede.",
        "Zorbulon: til stede.",
        "Kari: til stede.",
        "Ola: til stede.",
        "Pil opp og ned velger person, mellomrom endrer status, Enter bekrefter oppmøtet.",
        "Trykk i for hvor møtet står, og spørsmålstegn for hjelp.",
        "Hjelp for Oppmøte. Taster her:",
        "Enter: Bekreft oppmøte.",
        "Pil opp og ned: Flytt valget opp og ned i lista.",
        "Mellomrom: Endre oppmøte for den valgte: til stede, meldt fravær, fravær.",
        "n: Hopp over resten av denne fasen (spør først).",
        ">: Flytt neste fase ett steg senere.",
        "Spørsmålstegn: Vis eller lukk denne hjelpen.",
        "q: Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
        "i: Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka.",
        "Esc lukker hjelpen.",
        "Hjelpen er lukket.",
        "Zorbulon: til stede.",
        "Zorbulon: meldt fravær.",
        "Oppmøte bekreftet: 3 av 4 til stede.",
        "Kort: Våre rammer.",
        "Taushetsplikt: det som blir sagt i gruppa, blir i gruppa.",
        "Meldeplikt: gi beskjed hvis du ikke kan komme.",
        "Si ikke mer enn du vil.",
        "Vi gir ikke råd. Vi lytter, og deler egne erfaringer.",
        "Vi er her og nå.",
        "Enter: videre til Runde.",
        "Runde: Hvordan har jeg det her og nå?",
        "Hva har jeg tenkt siden sist?",
        "Quixtamar har ordet, {d}.",
        "Neste: Kari.",
        "Kari har ordet, {d}.",
        "Neste: Ola.",
        "Kari står over.",
        "Ola har ordet, {d}.",
        "Ola er sist i runden.",
        "Hjelp for Runde. Taster her:",
        "Enter: Videre til Samtale.",
        "u: Angre det siste steget (neste person, stå over, hopp over, fase, kom senere). Trykk igjen for å g",
        "å lenger tilbake.",
        "s: Den som har ordet står over denne gangen. Ingen merknad.",
        "Mellomrom: Stopp tiden for turen et øyeblikk; trykk igjen for å fortsette.",
        "p: Start pausen nå.",
        "Pluss og minus: Ett minutt mer (+) eller mindre (-) på turen eller pausen.",
        "a: Noen kom senere, eller en gjest kom: legg dem til.",
        "c: Gå rett til avslutningsrunden (spør først).",
        "t: Stopp opp og snakk om hvordan gruppa fungerer, så tilbake hit.",
        "n: Hopp over resten av denne fasen (spør først).",
        ">: Flytt neste fase ett steg senere.",
        "Spørsmålstegn: Vis eller lukk denne hjelpen.",
        "q: Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
        "i: Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka.",
        "Esc lukker hjelpen.",
        "Hjelpen er lukket.",
        "Runden er ferdig.",
        "Samtale – etter tur.",
        "Quixtamar har ordet, {d}.",
        "Neste: Kari.",
        "Kom for sent eller gjest: pil opp og ned velger, Enter legger til, Esc avbryter.",
        "Zorbulon, meldt fravær.",
        "Zorbulon er kommet.",
        "Kom for sent eller gjest: pil opp og ned velger, Enter legger til, Esc avbryter.",
        "Ny gjest.",
        "En gjest er bare med når gruppa i fellesskap har bestemt det.",
        "j fortsetter, Esc går tilbake.",
        "Gjest: skriv navnet og trykk Enter. Navnet lagres aldri.",
        "Vera",
        "Vera er kommet.",
        "Våre rammer – for Vera",
        "Taushetsplikt: det som blir sagt i gruppa, blir i gruppa.",
        "Meldeplikt: gi beskjed hvis du ikke kan komme.",
        "Si ikke mer enn du vil.",
        "Vi gir ikke råd. Vi lytter, og deler egne erfaringer.",
        "Vi er her og nå.",
        "Enter når Vera har lest og bekrefter rammene, Esc lukk",
        "Tilbake til møtet.",
        "Pause: 15 minutter. Enter avslutter pausen.",
        "Fase: Pause.",
        "{d} igjen av pausen.",
        "Møtetid {d}, {d} før skjema.",
        "Enter: avslutt pausen.",
        "Hjelp for Pause. Taster her:",
        "Enter: Avslutt pausen.",
        "u: Angre det siste steget (neste person, stå over, hopp over, fase, kom senere). Trykk igjen for å g",
        "å lenger tilbake.",
        "p: Avslutt pausen nå.",
        "Pluss og minus: Ett minutt mer (+) eller mindre (-) på turen eller pausen.",
        "a: Noen kom senere, eller en gjest kom: legg dem til.",
        "c: Gå rett til avslutningsrunden (spør først).",
        "n: Hopp over resten av denne fasen (spør først).",
        ">: Flytt neste fase ett steg senere.",
        "Spørsmålstegn: Vis eller lukk denne hjelpen.",
        "q: Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
        "i: Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka.",
        "Esc lukker hjelpen.",
        "Hjelpen er lukket.",
        "Samtale fortsetter.",
        "Kari har ordet, {d}.",
        "Neste: Ola.",
        "Til avslutningen?",
        "Gå rett til avslutningen? Dette hoppes over:",
        "Samtale.",
        "3 har ikke snakket i denne runden.",
        "j ja, Esc nei",
        "Avslutning – si noe rosende.",
        "Quixtamar har ordet, 1 minutt.",
        "Neste: Zorbulon.",
        "Zorbulon har ordet, 1 minutt.",
        "Neste: Kari.",
        "Kari har ordet, 1 minutt.",
        "Neste: Ola.",
        "Ola har ordet, 1 minutt.",
        "Neste: Vera.",
        "Vera har ordet, 1 minutt.",
        "Vera er sist i runden.",
        "Runden er ferdig.",
        "Neste møte: møteleder, tema og dato.",
        "Neste møteleder: Zorbulon.",
        "Pil opp og ned velger en annen, s hopper over, Enter godtar.",
        "Neste møteleder: Kari.",
        "Tema til neste gang: skriv det og trykk Enter, tomt er lov. Ikke skriv navn.",
        "Grenser",
        "Tema til neste gang: Grenser.",
        "Neste møte: {date}.",
        "Pil opp og ned én dag, Page Up og Page Down én uke, Enter godtar.",
        "Neste møte: {date}.",
        "Møtet er ferdig.",
        "Varighet: {d}, planlagt 2 timer.",
        "Neste møteleder: Kari.",
        "Tema til neste gang: Grenser.",
        "Neste møte: {date}.",
        "Neste møteleder er en annen: gruppa kan gis videre med runde handover export.",
        "Anonym logg lagret i gruppas mappe.",
        "Noe å ta tilbake? u går tilbake inn i møtet så lenge Runde er åpen.",
        "Enter avslutter Runde.",
    ]

    static func regex(_ line: String) -> NSRegularExpression {
        var pattern = NSRegularExpression.escapedPattern(for: line)
        pattern = pattern.replacingOccurrences(of: "\\{d\\}", with: d).replacingOccurrences(
            of: "\\{date\\}", with: date)
        return try! NSRegularExpression(pattern: "^" + pattern + "$")
    }

    static func matches(_ line: String, _ expected: String) -> Bool {
        regex(expected).firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Sends keys (or types `literal`) and waits until the last line printed holds `text`.
    func step(
        _ tmux: Tmux, _ keys: [String], literal: String? = nil, until text: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if let literal { tmux.sendText(literal) } else { tmux.sendKeys(keys) }
        let ok = tmux.waitUntil(timeout: 8) { Self.transcript(tmux).last?.contains(text) == true }
        #expect(
            ok,
            "waiting for a last line with \"\(text)\":\n\(Self.transcript(tmux).suffix(8).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// The lines printed so far, without tmux's own.
    static func transcript(_ tmux: Tmux) -> [String] {
        tmux.capture(includingHistory: true).split(separator: "\n").map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        .filter { !$0.isEmpty && !$0.hasPrefix("Pane is dead") && !$0.hasPrefix("EXIT") }
    }

    @Test func aWholeMeetingIsSpokenLineByLine() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        // A Norwegian group: its rules card is written in bokmål.
        let nb = ["LANG": "nb_NO.UTF-8"]
        try #require(
            try RunCLI.runde(
                [
                    "group", "create", "Torsdagsgruppa", "--members",
                    Self.members.joined(separator: ","),
                    "--data-dir", data,
                ], environment: nb
            ).status == 0)
        try #require(
            try RunCLI.runde(
                ["group", "edit", "Torsdagsgruppa", "--format", "regular", "--data-dir", data],
                environment: nb
            ).status == 0)
        let raw = data + "/raw-output"
        let go = data + "/go"
        // The program waits for `go`, so pipe-pane records its output from the first byte.
        let script = #"while [ ! -e "$0" ]; do sleep 0.05; done; exec "$@""#
        let tmux = try Tmux(
            [
                "/bin/sh", "-c", script, go, Tmux.rundeBinary, "--plain", "--lang", "nb",
                "--data-dir", data, "meeting",
            ],
            width: 100, height: 40, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        try tmux.command(["pipe-pane", "-o", "-t", tmux.target, "cat >> '\(raw)'"])
        FileManager.default.createFile(atPath: go, contents: nil)

        #expect(
            tmux.waitUntil(timeout: 8) {
                Self.transcript(tmux).last
                    == "Trykk i for hvor møtet står, og spørsmålstegn for hjelp."
            })
        step(tmux, ["?"], until: "Esc lukker hjelpen.")
        step(tmux, ["Escape"], until: "Hjelpen er lukket.")
        step(tmux, ["Down"], until: "Zorbulon: til stede.")
        step(tmux, ["Space"], until: "Zorbulon: meldt fravær.")
        step(tmux, ["Enter"], until: "Enter: videre til Runde.")
        step(tmux, ["Enter"], until: "Neste: Kari.")
        step(tmux, ["Enter"], until: "Neste: Ola.")
        step(tmux, ["s"], until: "Ola er sist i runden.")
        step(tmux, ["?"], until: "Esc lukker hjelpen.")
        step(tmux, ["Escape"], until: "Hjelpen er lukket.")
        step(tmux, ["Enter"], until: "Neste: Kari.")
        step(tmux, ["a"], until: "Zorbulon, meldt fravær.")
        step(tmux, ["Enter"], until: "Zorbulon er kommet.")
        step(tmux, ["a"], until: "Ny gjest.")
        step(tmux, ["Enter"], until: "Esc går tilbake.")
        step(tmux, ["j"], until: "Navnet lagres aldri.")
        step(tmux, [], literal: "Vera", until: "Vera")
        step(tmux, ["Enter"], until: "Esc lukk")
        step(tmux, ["Enter"], until: "Tilbake til møtet.")
        step(tmux, ["p"], until: "Enter avslutter pausen.")
        step(tmux, ["i"], until: "Enter: avslutt pausen.")
        step(tmux, ["?"], until: "Esc lukker hjelpen.")
        step(tmux, ["Escape"], until: "Hjelpen er lukket.")
        step(tmux, ["p"], until: "Neste: Ola.")
        step(tmux, ["c"], until: "j ja, Esc nei")  // asks first, naming what is skipped
        step(tmux, ["j"], until: "Neste: Zorbulon.")
        for next in ["Neste: Kari.", "Neste: Ola.", "Neste: Vera.", "Vera er sist i runden."] {
            step(tmux, ["Enter"], until: next)
        }
        step(tmux, ["Enter"], until: "Enter godtar.")
        step(tmux, ["Down"], until: "Neste møteleder: Kari.")
        step(tmux, ["Enter"], until: "Ikke skriv navn.")
        step(tmux, [], literal: "Grenser", until: "Grenser")
        step(tmux, ["Enter"], until: "Enter godtar.")
        step(tmux, ["Up"], until: "Neste møte: ")
        step(tmux, ["Enter"], until: "Enter avslutter Runde.")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)

        // Line by line against what was done.
        let lines = Self.transcript(tmux)
        #expect(
            lines.count == Self.expected.count,
            "\(lines.count) lines, expected \(Self.expected.count):\n\(lines.joined(separator: "\n"))"
        )
        for (i, (line, expected)) in zip(lines, Self.expected).enumerated() {
            #expect(
                Self.matches(line, expected),
                "line \(i + 1): \"\(line)\" does not match \"\(expected)\"")
        }
        // The summary's date is the one chosen (the changed one, said just before the summary).
        if let end = lines.firstIndex(of: "Møtet er ferdig."), end > 0, end + 4 < lines.count {
            #expect(lines[end + 4] == lines[end - 1])
        }

        // The raw bytes: text, with one exception: bracketed paste is switched on first and
        // off last (the pane's TERM is xterm-256color, a terminal that acts on the switch and
        // never shows it; a dumb terminal gets not even that, see below). No other escape
        // sequence (so no alternate screen, no colour, no cursor moves), no bell (it is off
        // by default), and no path to the log.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
        let pasteOn = Data("\u{1B}[?2004h".utf8)
        let pasteOff = Data("\u{1B}[?2004l".utf8)
        #expect(bytes.starts(with: pasteOn), "bracketed paste is switched on before any text")
        #expect(bytes.suffix(pasteOff.count) == pasteOff, "and off after the last line")
        let text = bytes.dropFirst(pasteOn.count).dropLast(pasteOff.count)
        #expect(!text.isEmpty)
        #expect(!text.contains(0x1B), "an escape sequence was printed")
        #expect(!text.contains(0x07), "the bell rang, though it is off")
        #expect(!String(decoding: text, as: UTF8.self).contains(data), "a path was printed")
        #expect(!tmux.alternateOn)

        // The meeting was logged, and no name reached it.
        let logs = RunCLI.files(under: data + "/groups").filter { $0.contains("/logs/") }
        #expect(logs.count == 1)
        let log = try String(contentsOfFile: logs.first ?? "", encoding: .utf8)
        for name in Self.members + ["Vera"] { #expect(!log.contains(name), "\(name) in the log") }
        #expect(log.contains("\"theme\" : \"Grenser\"") || log.contains("\"theme\":\"Grenser\""))

        if let keep = ProcessInfo.processInfo.environment["RUNDE_E2E_PLAIN_TRANSCRIPT"],
            !keep.isEmpty
        {
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: keep, atomically: true, encoding: .utf8)
        }
    }

    /// On a dumb terminal (Emacs's shell buffer, a serial braille line) an escape sequence
    /// would be shown as text and read aloud: plain mode prints nothing but text there, not
    /// even bracketed paste's switch.
    @Test func aDumbTerminalGetsNothingButText() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try RunCLI.regularGroup("Torsdagsgruppa", members: Self.members, dataDir: data)
        let raw = data + "/raw-output"
        let go = data + "/go"
        let script = #"while [ ! -e "$0" ]; do sleep 0.05; done; exec "$@""#
        let tmux = try Tmux(
            [
                "/bin/sh", "-c", script, go, Tmux.rundeBinary, "--plain", "--lang", "nb",
                "--data-dir", data, "meeting",
            ],
            width: 100, height: 40, environment: ["LANG": "C.UTF-8", "TERM": "dumb"])
        defer { tmux.kill() }
        try tmux.command(["pipe-pane", "-o", "-t", tmux.target, "cat >> '\(raw)'"])
        FileManager.default.createFile(atPath: go, contents: nil)
        step(tmux, [], until: "spørsmålstegn for hjelp.")
        step(tmux, ["Enter"], until: "Enter: videre til Runde.")
        step(tmux, ["q"], until: "j avslutt")
        tmux.sendKeys("j")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
        #expect(String(decoding: bytes, as: UTF8.self).contains("Oppmøte bekreftet"))
        #expect(!bytes.contains(0x1B), "an escape sequence was printed to a dumb terminal")
    }
}
