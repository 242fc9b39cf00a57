import Foundation
import RundeText
import Testing

/// `group edit --add-member` says that the next meeting proposes the new-group format only
/// when it does: before the group's first meeting (a new group's meeting anyway) it does not.
@Suite("Adding a member says what the next meeting is, truly")
struct AddMemberLineTests {
    @Test(arguments: Lang.allCases)
    func theNewGroupLineComesOnlyOnceTheGroupHasMet(_ lang: Lang) throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let c = Catalog(lang)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        func runde(_ args: [String]) throws -> RunCLI.Result {
            try RunCLI.runde(args + ["--lang", lang.rawValue, "--data-dir", data])
        }
        let created = try runde([
            "group", "create", "Quixgruppa", "--members", "Quixtamar,Zorbulon,Per",
        ])
        #expect(created.status == 0, "\(created.stderr)")

        let before = try runde(["group", "edit", "Quixgruppa", "--add-member", "Liv"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains(c.f(.cliAddedMember, 4)), "\(before.stdout)")
        #expect(!before.stdout.contains(c[.addedMemberNewGroupNext]), "\(before.stdout)")

        // The group has met once: the next meeting is a new group's meeting.
        let file = data + "/groups/quixgruppa/group.toml"
        let toml = try String(contentsOfFile: file, encoding: .utf8)
        #expect(toml.contains("meetings_held = 0"), "\(toml)")
        try toml.replacingOccurrences(of: "meetings_held = 0", with: "meetings_held = 1")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let after = try runde(["group", "edit", "Quixgruppa", "--add-member", "Nils"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains(c.f(.cliAddedMember, 5)), "\(after.stdout)")
        #expect(after.stdout.contains(c[.addedMemberNewGroupNext]), "\(after.stdout)")
    }
}
