import Foundation
import RundeCore
import Testing

/// The name rule from the command line (DESIGN §2): `group edit --next-theme` saves the theme
/// through the scrubber and prints what is saved; a new member with no letters or digits is
/// refused by name; a name that is also an everyday word is pointed out once.
@Suite("The name rule, command line", .serialized)
struct NameRuleCLITests {
    static func bed() throws -> String {
        let data =
            NSTemporaryDirectory()
            + "runde-namecli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let r = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", "Quixtamar,Zorbulon,Søren", "--data-dir",
            data,
            "--lang", "nb",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        return data
    }

    static func groupText(_ data: String) throws -> String {
        try String(contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
    }

    @Test func nextThemeIsSavedThroughTheRuleAndPrinted() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try Self.bed()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let typed = "Zor\u{00AD}bulons sorg, Soeren-saken og 𝐐𝐮𝐢𝐱𝐭𝐚𝐦𝐚𝐫\nog livet"
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--next-theme", typed, "--data-dir", data, "--lang", "nb",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Lagres som: … sorg, … og … og livet"), "\(r.stdout)")
        let toml = try Self.groupText(data)
        #expect(toml.contains("next_theme = \"… sorg, … og … og livet\""), "\(toml)")
        let en = try RunCLI.runde([
            "group", "edit", "Torsdag", "--next-theme", "Grenser", "--data-dir", data, "--lang",
            "en",
        ])
        #expect(en.stdout.contains("Saved as: Grenser"), "\(en.stdout)")
    }

    @Test func aNewMemberWithNoLettersIsRefusedNamingIt() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try Self.bed()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--add-member", "🦊", "--data-dir", data, "--lang", "nb",
        ])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Medlem 4 («🦊») har verken bokstaver eller tall"), "\(r.stderr)")
        let c = try RunCLI.runde([
            "group", "create", "Fredag", "--members", "Quixtamar,...", "--data-dir", data,
            "--lang", "en",
        ])
        #expect(c.status == 64)
        #expect(c.stderr.contains("Member 2 (“...”) has no letters or digits"), "\(c.stderr)")
    }

    @Test func anEverydayWordNameIsPointedOutOnce() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = try Self.bed()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--add-member", "Vår", "--data-dir", data, "--lang", "nb",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let note = "«Vår» er også et vanlig ord. Runde tar det ordet ut av temaene, som alle navn."
        #expect(r.stdout.components(separatedBy: note).count == 2, "\(r.stdout)")
        let c = try RunCLI.runde([
            "group", "create", "Fredag", "--members", "Quixtamar,Liv,Per", "--data-dir", data,
            "--lang", "en",
        ])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("“Liv” is also an everyday word."), "\(c.stdout)")
        #expect(c.stdout.contains("“Per” is also an everyday word."), "\(c.stdout)")
        // Themes keep ordinary words that merely begin with those names.
        let t = try RunCLI.runde([
            "group", "edit", "Fredag", "--next-theme",
            "Livet etter skilsmisse, persienner og perspektiv",
            "--data-dir", data, "--lang", "en",
        ])
        #expect(t.stdout.contains("Saved as: Livet etter skilsmisse, persienner og perspektiv"))
    }
}
