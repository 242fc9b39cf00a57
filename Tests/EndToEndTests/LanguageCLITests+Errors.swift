import Foundation
import RundeText
import Testing

/// Every error a person can provoke from the command line, on the real binary, in the chosen
/// language: a broken group file (syntax, a number out of range, a wrong type, an unknown
/// setting), a broken theme, a terminal that cannot show the full screen, bad arguments, a data
/// folder that is a file, no HOME, a handover with the wrong passphrase or a foreign file, the
/// history of a missing group and a missing log. Each message names the file or the argument.
/// The language comes from `--lang`, or from `LANG=nb_NO.UTF-8` alone.
extension LanguageCLITests {
    /// (language, whether it is given by --lang; otherwise by LANG alone).
    static let errorCases: [(Lang, Bool)] = [(.nb, true), (.en, true), (.nb, false), (.en, false)]

    /// Runs with the language given the chosen way; the locale says the other language when
    /// `--lang` is given, so the flag has to win.
    static func runIn(
        _ lang: Lang, flag: Bool, _ args: [String], data: String,
        environment: [String: String] = [:]
    ) throws -> RunCLI.Result {
        let locale =
            flag
            ? (lang == .nb ? "C.UTF-8" : "nb_NO.UTF-8") : (lang == .nb ? "nb_NO.UTF-8" : "C.UTF-8")
        var env = environment
        env["LANG"] = locale
        return try RunCLI.runde(
            args + (flag ? ["--lang", lang.rawValue] : []) + ["--data-dir", data], environment: env)
    }

    /// Words of the other language's messages that must not show up.
    static func foreignWords(for lang: Lang) -> [String] {
        lang == .nb
            ? [
                " must ", "not valid", "unknown", "is missing", "cannot", " no such",
                "standard input",
            ]
            : [
                " må ", "ikke gyldig", "ukjent", "mangler", "kan ikke", "finnes ikke",
                "standard inn",
            ]
    }

    static func expectOneLine(
        _ r: RunCLI.Result, status: Int32, _ message: String, _ lang: Lang,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(r.status == status, "exit \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(
            r.stderr == "runde: " + message + "\n", "got: \(r.stderr)\nwanted: runde: \(message)",
            sourceLocation: sourceLocation)
        for word in foreignWords(for: lang) {
            #expect(
                !r.stderr.contains(word), "\(word) in \(r.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: errorCases)
    func aBrokenGroupFileIsExplainedInTheChosenLanguage(_ lang: Lang, _ flag: Bool) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let created = try Self.runIn(
            lang, flag: flag, ["group", "create", "Quixtamar", "--members", "Zorbulon,Ada,Bo"],
            data: data)
        try #require(created.status == 0, "\(created.stderr)")
        let file = data + "/groups/quixtamar/group.toml"
        let good = try String(contentsOfFile: file, encoding: .utf8)
        func write(_ text: String) throws {
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        func line(of key: String, in text: String) -> Int {
            (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.hasPrefix(key + " ")
            } ?? -1) + 1
        }

        // Syntax: a table header toml++ would crash on, found by the guard; shown by name.
        try write("name = \"Quixtamar\"\nmembers = [\"A\", \"B\"]\n[=]\n")
        let header = try Self.runIn(lang, flag: flag, ["group", "show", "Quixtamar"], data: data)
        Self.expectOneLine(
            header, status: 1,
            c.f(.fileProblemLine, file, 3, c.f(.errTOMLBadHeader, "[settings]")), lang)

        // Syntax the TOML reader refuses: our words first, its own after them.
        try write("name = \"Quixtamar\nmembers = [\"A\", \"B\"]\n")
        let unterminated = try Self.runIn(lang, flag: flag, ["group", "list"], data: data)
        let readerWords = c[.errNotTOMLDetail].components(separatedBy: "%1")[0]
        #expect(
            unterminated.stdout.hasPrefix(c.f(.fileProblemLine, file, 1, readerWords)),
            "\(unterminated.stdout)")
        #expect(unterminated.stdout.contains(c[.badGroupHint]))

        // A number out of range, on the meeting command (refused before any terminal).
        let huge = good.replacingOccurrences(
            of: "meetings_held = 0", with: "meetings_held = 99999999")
        try write(huge)
        let range = try Self.runIn(
            lang, flag: flag, ["meeting", "--group", "Quixtamar"], data: data)
        Self.expectOneLine(
            range, status: 1,
            c.f(
                .fileProblemLineKey, file, line(of: "meetings_held", in: huge), "meetings_held",
                c.f(.errOutOfRange, 0, 99999, 99_999_999)), lang)

        // A value of the wrong type.
        let typed = good.replacingOccurrences(of: "next_leader = 0", with: "next_leader = \"x\"")
        try write(typed)
        let type = try Self.runIn(lang, flag: flag, ["group", "show", "Quixtamar"], data: data)
        Self.expectOneLine(
            type, status: 1,
            c.f(
                .fileProblemLineKey, file, line(of: "next_leader", in: typed), "next_leader",
                c.f(.errWrongType, c[.errKindWholeNumber], c[.errKindString])), lang)

        // A setting out of range and an unknown setting, through group edit (usage, 64): the
        // argument is at fault, so the message names the `--set` key, not the file.
        try write(good)
        let edit = try Self.runIn(
            lang, flag: flag, ["group", "edit", "Quixtamar", "--set", "turn_seconds=5"], data: data)
        Self.expectOneLine(
            edit, status: 64, c.f(.setRefused, "turn_seconds", c.f(.errOutOfRange, 10, 3600, 5)),
            lang)
        let unknown = try Self.runIn(
            lang, flag: flag, ["group", "edit", "Quixtamar", "--set", "colour=blue"], data: data)
        Self.expectOneLine(unknown, status: 64, c.f(.cliUnknownSetting, "colour"), lang)
        #expect(
            try String(contentsOfFile: file, encoding: .utf8) == good,
            "a refused edit changes nothing")
    }

    @Test(arguments: errorCases)
    func aBrokenThemeIsExplainedInTheChosenLanguage(_ lang: Lang, _ flag: Bool) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        _ = try Self.runIn(
            lang, flag: flag, ["group", "create", "Quixtamar", "--members", "Zorbulon,Ada"],
            data: data)
        let theme = data + "/mine.toml"
        try "name = \"x\"\n[roles.speeker]\nfg = \"red\"\n".write(
            toFile: theme, atomically: true, encoding: .utf8)
        let role = try Self.runIn(lang, flag: flag, ["themes", "--check", theme], data: data)
        #expect(role.status == 1)
        #expect(
            role.stderr.hasPrefix(
                "runde: "
                    + c.f(.fileProblemLine, theme, 2, c.f(.errThemeUnknownRole, "speeker", ""))),
            "\(role.stderr)")

        try "name = \"x\"\n[roles.speaker]\nfg = \"reddish\"\n".write(
            toFile: theme, atomically: true, encoding: .utf8)
        let colour = try Self.runIn(lang, flag: flag, ["--theme", theme, "meeting"], data: data)
        Self.expectOneLine(
            colour, status: 64,
            c.f(
                .fileProblemLine, theme, 3, c.f(.errThemeBadColor, "reddish", "roles.speaker.fg")
            ), lang)

        let missing = try Self.runIn(
            lang, flag: flag, ["themes", "--check", data + "/none.toml"], data: data)
        Self.expectOneLine(
            missing, status: 1, c.f(.fileProblem, data + "/none.toml", c[.errThemeNoSuchFile]),
            lang)

        let name = try Self.runIn(
            lang, flag: flag, ["--theme", "nosuchtheme", "meeting"], data: data)
        #expect(name.status == 64)
        #expect(
            name.stderr.hasPrefix(
                "runde: " + c.f(.fileProblem, "nosuchtheme", c.f(.errThemeNoSuchTheme, ""))),
            "\(name.stderr)")
    }

    @Test(arguments: errorCases)
    func argumentsFoldersAndFilesAreExplainedInTheChosenLanguage(_ lang: Lang, _ flag: Bool) throws
    {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        _ = try Self.runIn(
            lang, flag: flag, ["group", "create", "Quixtamar", "--members", "Zorbulon,Ada"],
            data: data)

        // Not in a terminal: standard input is /dev/null here.
        let tty = try Self.runIn(lang, flag: flag, ["meeting", "--group", "Quixtamar"], data: data)
        Self.expectOneLine(tty, status: 1, c[.errTermStdin], lang)

        // A bad value for an option: usage, naming the option.
        let format = try Self.runIn(
            lang, flag: flag, ["history", "list", "--format", "xml"], data: data)
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix(c.f(.cliUsageError, "--format")), "\(format.stderr)")
        #expect(
            format.stderr.contains("xml")
                && format.stderr.contains(c.f(.cliUsageHint, "runde history list")),
            "\(format.stderr)")

        // The data folder is a file; no HOME at all.
        let plainFile = data + "/afile"
        FileManager.default.createFile(atPath: plainFile, contents: Data())
        let notFolder = try Self.runIn(lang, flag: flag, ["group", "list"], data: plainFile)
        Self.expectOneLine(notFolder, status: 1, c.f(.dataDirNotFolder, plainFile), lang)
        let locale =
            flag
            ? (lang == .nb ? "C.UTF-8" : "nb_NO.UTF-8") : (lang == .nb ? "nb_NO.UTF-8" : "C.UTF-8")
        let noHome = try RunCLI.runde(
            ["group", "list"] + (flag ? ["--lang", lang.rawValue] : []),
            environment: ["LANG": locale, "HOME": "", "RUNDE_HOME": "", "XDG_DATA_HOME": ""])
        Self.expectOneLine(noHome, status: 1, c[.noHome], lang)

        // History of a group that does not exist, and a log that does not exist.
        let group = try Self.runIn(
            lang, flag: flag, ["history", "--group", "nope", "list"], data: data)
        Self.expectOneLine(group, status: 1, c.f(.cliNoGroupCalled, "nope", "quixtamar"), lang)
        let log = try Self.runIn(
            lang, flag: flag, ["history", "show", "2026-01-01-001"], data: data)
        Self.expectOneLine(log, status: 1, c.f(.histNoLog, "2026-01-01-001"), lang)

        // A log that cannot be read is skipped, and said so in the chosen language (twice: the
        // second time its reason comes back from the index cache).
        let logs = data + "/groups/quixtamar/logs"
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        try "garbage".write(
            toFile: logs + "/2026-01-01-001.json", atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let list = try Self.runIn(lang, flag: flag, ["history", "list"], data: data)
            #expect(
                list.stderr.contains(
                    c.f(.errLogUnreadable, "2026-01-01-001.json", c[.errReadNotJSON])),
                "\(list.stderr)")
        }

        // Handover: a foreign file, and the wrong passphrase (debug builds read it from the
        // environment).
        let foreign = data + "/foreign.runde"
        FileManager.default.createFile(
            atPath: foreign, contents: Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) }))
        let crafted = try Self.runIn(
            lang, flag: flag, ["handover", "import", foreign], data: data,
            environment: ["RUNDE_PASSPHRASE": "x"])
        Self.expectOneLine(crafted, status: 1, c.f(.cliHandoverNotAFile, foreign), lang)
        let handover = data + "/group.runde"
        let export = try Self.runIn(
            lang, flag: flag, ["handover", "export", "--group", "Quixtamar", "--to", handover],
            data: data,
            environment: ["RUNDE_PASSPHRASE": "correct horse battery"])
        try #require(export.status == 0, "\(export.stderr)")
        let wrong = try Self.runIn(
            lang, flag: flag, ["handover", "import", handover], data: data + "/elsewhere",
            environment: ["RUNDE_PASSPHRASE": "wrong wrong wrong"])
        Self.expectOneLine(wrong, status: 1, c.f(.cliHandoverWrongPassphrase, handover), lang)
    }

    /// A terminal that cannot show the full screen (TERM=dumb) or has no TERM: said in the
    /// chosen language, in the terminal itself.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"), arguments: errorCases)
    func aTerminalThatCannotShowTheScreenIsExplainedInTheChosenLanguage(_ lang: Lang, _ flag: Bool)
        throws
    {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        _ = try Self.runIn(
            lang, flag: flag, ["group", "create", "Quixtamar", "--members", "Zorbulon,Ada"],
            data: data)
        let locale =
            flag
            ? (lang == .nb ? "C.UTF-8" : "nb_NO.UTF-8") : (lang == .nb ? "nb_NO.UTF-8" : "C.UTF-8")
        for (term, message) in [
            ("dumb", c.f(.errTermNoCursor, "\"dumb\"")), ("", c[.errTermNotSet]),
        ] {
            let tmux = try Tmux(
                [Tmux.rundeBinary, "meeting", "--data-dir", data]
                    + (flag ? ["--lang", lang.rawValue] : []),
                width: 300, height: 10, environment: ["TERM": term, "LANG": locale])
            defer { tmux.kill() }
            #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
            #expect(tmux.exitStatus == 1)
            #expect(
                tmux.capture(includingHistory: true).contains("runde: " + message),
                "TERM=\(term):\n\(tmux.capture())")
        }
    }
}
