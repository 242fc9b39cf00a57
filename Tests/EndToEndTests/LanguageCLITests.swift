import Foundation
import RundeText
import Testing

/// The command line end to end in Norwegian and in English (issue 17): `group create/list/show/
/// edit/delete`, `history list` and `show`, `themes`, `--help` and a usage error print in the
/// chosen language, on the real binary; a group created in English gets English texts.
@Suite("Command line in nb and en", .serialized)
struct LanguageCLITests {
    /// Runs the binary with `--lang` (or none) and a locale.
    static func run(_ args: [String], lang: Lang?, locale: String = "C.UTF-8", data: String) throws
        -> RunCLI.Result
    {
        try RunCLI.runde(
            args + (lang.map { ["--lang", $0.rawValue] } ?? []) + ["--data-dir", data],
            environment: ["LANG": locale])
    }

    @Test(arguments: Lang.allCases)
    func everyGroupCommandSpeaksTheChosenLanguage(_ lang: Lang) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let other = Catalog(lang == .nb ? .en : .nb)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        // The locale says the other language: --lang wins.
        let locale = lang == .nb ? "C.UTF-8" : "nb_NO.UTF-8"

        let created = try Self.run(
            ["group", "create", "Torsdagsgruppa", "--members", "Quixtamar,Zorbulon,Per"],
            lang: lang, locale: locale, data: data)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(
            created.stdout.contains(c.f(.cliGroupCreated, "Torsdagsgruppa", 3)), "\(created.stdout)"
        )

        let again = try Self.run(
            ["group", "create", "Torsdagsgruppa", "--members", "A,B"], lang: lang, locale: locale,
            data: data)
        #expect(again.status == 1)
        #expect(again.stderr.contains(c.f(.cliGroupExists, "torsdagsgruppa")), "\(again.stderr)")

        let list = try Self.run(["group", "list"], lang: lang, locale: locale, data: data)
        #expect(list.status == 0)
        #expect(
            list.stdout.contains(c.f(.cliGroupLine, "Torsdagsgruppa", "torsdagsgruppa", 3, 0)),
            "\(list.stdout)")

        let show = try Self.run(
            ["group", "show", "Torsdagsgruppa"], lang: lang, locale: locale, data: data)
        #expect(show.status == 0)
        for line in [
            c[.cliShowMembers], c.f(.cliShowMeetingsHeld, 0), c[.cliShowRules],
            c[.groupDefaultRules].split(separator: "\n")[0].description,
        ] {
            #expect(show.stdout.contains(line), "\(line) not in:\n\(show.stdout)")
        }
        #expect(!show.stdout.contains(other[.cliShowRules] + "\n"))

        let edit = try Self.run(
            ["group", "edit", "Torsdagsgruppa", "--add-member", "Liv"], lang: lang, locale: locale,
            data: data)
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout.contains(c.f(.cliAddedMember, 4)), "\(edit.stdout)")
        let badEdit = try Self.run(
            ["group", "edit", "Torsdagsgruppa", "--remove-member", "Nobody"], lang: lang,
            locale: locale, data: data)
        #expect(badEdit.status == 64)
        #expect(badEdit.stderr.contains(c.f(.cliNoSuchMember, "Nobody")), "\(badEdit.stderr)")

        let missing = try Self.run(
            ["group", "show", "nope"], lang: lang, locale: locale, data: data)
        #expect(missing.status == 1)
        #expect(
            missing.stderr == "runde: " + c.f(.cliNoGroupNamed, "nope") + "\n", "\(missing.stderr)")

        // History: the table's headers, and a meeting found by its number.
        let gen = try Self.run(
            ["history", "_generate-logs", "--group", "torsdagsgruppa", "--count", "3"], lang: nil,
            data: data)
        #expect(gen.status == 0, "\(gen.stderr)")
        let table = try Self.run(["history", "list"], lang: lang, locale: locale, data: data)
        #expect(table.status == 0, "\(table.stderr)")
        let header = table.stdout.split(separator: "\n").first.map(String.init) ?? ""
        for word in [
            Catalog(lang)[.histNumber], Catalog(lang)[.histPresent], Catalog(lang)[.histDuration],
            Catalog(lang)[.histTheme],
        ] {
            #expect(header.contains(word), "\(word) not in \(header)")
        }
        let csv = try Self.run(
            ["history", "list", "--format", "csv"], lang: lang, locale: locale, data: data)
        #expect(
            csv.stdout.hasPrefix("id,date,meeting_number,"), "machine output keeps its English keys"
        )
        let shown = try Self.run(["history", "show", "2"], lang: lang, locale: locale, data: data)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.hasPrefix(c.f(.histMeetingTitle, 2, "#").components(separatedBy: "#")[0]),
            "\(shown.stdout.prefix(80))")
        let noSuch = try Self.run(
            ["history", "show", "99"], lang: lang, locale: locale, data: data)
        #expect(noSuch.status == 1)
        #expect(noSuch.stderr.contains(c.f(.cliNoMeetingNumber, 99)), "\(noSuch.stderr)")

        let themes = try Self.run(["themes"], lang: lang, locale: locale, data: data)
        #expect(themes.status == 0)
        #expect(
            themes.stdout.contains(Catalog(lang)[.themeDescDefault]), "\(themes.stdout.prefix(200))"
        )
        #expect(themes.stdout.contains(Catalog(lang).f(.themeSampleFloor, "Kari")))

        let usage = try Self.run(
            ["group", "create", "--bogus"], lang: lang, locale: locale, data: data)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains(c.f(.cliUsageError, "")), "\(usage.stderr)")
        #expect(usage.stderr.contains(c.f(.cliUsageHint, "runde group create")), "\(usage.stderr)")

        let help = try Self.run(["group", "--help"], lang: lang, locale: locale, data: data)
        #expect(help.status == 0)
        #expect(
            help.stdout.contains(c[.cliGroupAbstract])
                && help.stdout.contains(c[.cliHelpSubcommands]), "\(help.stdout)")

        let delete = try Self.run(
            ["group", "delete", "Torsdagsgruppa", "--yes"], lang: lang, locale: locale, data: data)
        #expect(delete.status == 0, "\(delete.stderr)")
        #expect(delete.stdout.contains(c.f(.cliGroupDeleted, "Torsdagsgruppa")), "\(delete.stdout)")
        let none = try Self.run(["group", "list"], lang: lang, locale: locale, data: data)
        #expect(none.stdout == c[.cliNoGroupsYet] + "\n")
    }

    /// A group created in English gets English rules and keeps English as its language, so its
    /// commands answer in English under a Norwegian locale; one created under a Norwegian
    /// locale gets Norwegian rules.
    @Test func anEnglishGroupGetsEnglishTexts() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let en = try Self.run(
            ["group", "create", "Thursday", "--members", "A,B"], lang: .en, locale: "nb_NO.UTF-8",
            data: data)
        #expect(en.status == 0, "\(en.stderr)")
        let file = try String(contentsOfFile: data + "/groups/thursday/group.toml", encoding: .utf8)
        #expect(file.contains("Confidentiality: what is said in the group stays in the group."))
        #expect(!file.contains("Taushetsplikt"))
        #expect(file.contains("language = \"en\""))
        let show = try Self.run(
            ["group", "show", "Thursday"], lang: nil, locale: "nb_NO.UTF-8", data: data)
        #expect(
            show.stdout.contains(Catalog(.en)[.cliShowRules]),
            "the group's language comes before the locale:\n\(show.stdout)")

        let nb = try Self.run(
            ["group", "create", "Torsdag", "--members", "A,B"], lang: nil, locale: "nb_NO.UTF-8",
            data: data)
        #expect(nb.stdout.contains(Catalog(.nb).f(.cliGroupCreated, "Torsdag", 2)), "\(nb.stdout)")
        let nbFile = try String(
            contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(nbFile.contains("Taushetsplikt"))
    }
}
