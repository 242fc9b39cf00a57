import Foundation
import RundeCore
import Testing

/// `runde group edit` remembers who joined (group.toml's `new_members`), `group show` says it,
/// and a newcomer removed again before the meeting is let go, with the new-group meeting.
@Suite(
    "Newcomer on the command line",
    .enabled(if: Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)"))
struct NewcomerCLITests {
    @Test func addingAndRemovingANewcomer() throws {
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let created = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", "Zorbulon,Vexilda,Prundle,Klimbor",
            "--data-dir", data,
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let store = GroupStore(location: DataLocation(root: data))
        var g = try store.load(slug: "torsdag")
        g.meetingsHeld = 3
        try store.save(g, slug: "torsdag")

        let added = try RunCLI.runde([
            "group", "edit", "Torsdag", "--add-member", "Quixtamar", "--add-member", "Ploribet",
            "--data-dir", data,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!added.stdout.contains("Quixtamar"), "the edit says positions, not names")
        g = try store.load(slug: "torsdag")
        #expect(g.newMembers == ["Quixtamar", "Ploribet"])
        #expect(g.newMemberPending)
        let toml = try String(
            contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(toml.contains("new_members"))

        let shown = try RunCLI.runde(["group", "show", "Torsdag", "--data-dir", data])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.contains(
                "New since the last meeting (meeting the group's own rules next time): Quixtamar, Ploribet"
            ), "\(shown.stdout)")

        for name in ["Ploribet", "Quixtamar"] {
            let removed = try RunCLI.runde([
                "group", "edit", "Torsdag", "--remove-member", name, "--data-dir", data,
            ])
            #expect(removed.status == 0, "\(removed.stderr)")
        }
        g = try store.load(slug: "torsdag")
        #expect(g.newMembers.isEmpty)
        #expect(!g.newMemberPending, "both newcomers went again: the group is as it was")
    }
}
