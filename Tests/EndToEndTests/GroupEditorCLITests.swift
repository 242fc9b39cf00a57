import Foundation
import RundeCore
import RundeText
import Testing

/// `group edit`, `group create` and `group show` on the real binary, with the rules of the one
/// group editor the group screen uses too: a shorter meeting brings its pause along, a new
/// member comes with the note that the group decides together (never a question), an unusual
/// size gets a hint, and `group show` says the format and the evaluation meeting in sentences.
@Suite(.serialized) struct GroupEditorCLITests {
    static func run(_ args: [String], _ lang: Lang, data: String) throws -> RunCLI.Result {
        try RunCLI.runde(args + ["--lang", lang.rawValue, "--data-dir", data])
    }

    static func load(_ data: String) throws -> GroupFile {
        try GroupStore(location: DataLocation(root: data)).load(slug: "torsdag")
    }

    @Test(arguments: Lang.allCases)
    func aShorterMeetingMovesThePauseAsOnTheGroupScreen(_ lang: Lang) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let made = try Self.run(
            [
                "group", "create", "Torsdag", "--members",
                "Quixtamar,Zorbulon,Vexilda,Ploribet,Klimbor",
            ],
            lang, data: data)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.contains("5–8"), "no hint for five members")
        let before = try Self.load(data)
        let edit = try Self.run(
            ["group", "edit", "Torsdag", "--set", "meeting_minutes=50"], lang, data: data)
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout.contains(c.f(.setPauseMoved, 25)), "\(edit.stdout)")
        let after = try Self.load(data)
        // The group screen's editor gives the very same group for the same change.
        #expect(after == (try GroupEditor.set(.meetingMinutes, to: .number(50), in: before)).group)
        #expect(after.settings.plan.pauseAtMinute == 25)
        // The order --set values are typed in does not matter: the meeting comes first.
        let both = try Self.run(
            [
                "group", "edit", "Torsdag", "--set", "pause_at_minute=100", "--set",
                "meeting_minutes=150",
            ], lang, data: data)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(try Self.load(data).settings.plan.pauseAtMinute == 100)
        // A refusal names the key and is worded in the user's language.
        let bad = try Self.run(
            ["group", "edit", "Torsdag", "--set", "bell=kanskje"], lang, data: data)
        #expect(bad.status == 64)
        #expect(bad.stderr == "runde: bell: " + c[.setNotOnOff] + "\n", "\(bad.stderr)")
    }

    @Test(arguments: Lang.allCases)
    func aNewMemberComesWithTheNoteAndTheSizeHint(_ lang: Lang) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let made = try Self.run(
            ["group", "create", "Torsdag", "--members", "Quixtamar,Zorbulon,Vexilda"], lang,
            data: data)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains(c.f(.sizeHint, 3)), "\(made.stdout)")
        // Standard input is not a terminal here: the note is printed, nothing is asked.
        let add = try Self.run(
            ["group", "edit", "Torsdag", "--add-member", "Ploribet"], lang, data: data)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix(c[.groupNote] + "\n"), "\(add.stdout)")
        #expect(try Self.load(data).members.last == "Ploribet")
    }

    @Test(arguments: Lang.allCases)
    func groupShowSaysTheFormatAndTheEvaluationInSentences(_ lang: Lang) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        _ = try Self.run(
            [
                "group", "create", "Torsdag", "--members",
                "Quixtamar,Zorbulon,Vexilda,Ploribet,Klimbor",
            ],
            lang, data: data)
        _ = try Self.run(["group", "edit", "Torsdag", "--set", "horizon=12"], lang, data: data)
        var show = try Self.run(["group", "show", "Torsdag"], lang, data: data)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains(c.f(.showEvaluation, 12)), "\(show.stdout)")
        #expect(show.stdout.contains(c.f(.showFormatProposed, 1, c.formatNameForTest(.first))))
        #expect(show.stdout.contains("  meeting_minutes: 120\n"))
        #expect(!show.stdout.contains("auto ("), "\(show.stdout)")
        _ = try Self.run(["group", "edit", "Torsdag", "--set", "horizon=0"], lang, data: data)
        show = try Self.run(["group", "show", "Torsdag"], lang, data: data)
        #expect(show.stdout.contains(c[.showNoEvaluation]), "\(show.stdout)")
        _ = try Self.run(["group", "edit", "Torsdag", "--format", "regular"], lang, data: data)
        show = try Self.run(["group", "show", "Torsdag"], lang, data: data)
        #expect(show.stdout.contains(c.f(.showFormatChosen, c.formatNameForTest(.regular))))
        #expect(!show.stdout.contains(c.f(.showFormatProposed, 1, c.formatNameForTest(.first))))
    }
}

extension Catalog {
    /// A format's name as the check-in says it (RundeTUI's `formatName`, which this test target
    /// does not import).
    fileprivate func formatNameForTest(_ f: MeetingFormat) -> String {
        switch f {
        case .first: return self[.formatFirst]
        case .regular: return self[.formatRegular]
        default: return f.rawValue
        }
    }
}
