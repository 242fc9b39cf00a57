import Foundation
import RundeCore
import Testing

/// `group edit` refuses every change while a meeting of the group is unfinished (DESIGN §4):
/// the journal counts the members by their place in group.toml, so moving, adding, removing
/// or marking someone would put the wrong names on people when the meeting resumes. The
/// refusal names the meeting and what to do, in the user's language, exits 1 as the other
/// refusals do, and leaves group.toml byte for byte as it was. With the journal gone (the
/// meeting resumed and ended, or saved as unfinished) the same edit goes through.
@Suite("group edit while a meeting is unfinished", .serialized)
struct UnfinishedGuardTests {
    /// A journal for meeting 3 of the group, written through the journal's own API, as a
    /// meeting that was quit with q leaves it.
    static func leaveUnfinishedMeeting(_ bed: FaultBed, number: Int = 3) throws {
        let setup = MeetingSetup(
            memberCount: FaultBed.names.count, leader: 0, meetingNumber: number,
            date: LocalDate(year: 2027, month: 1, day: 14), utcOffsetSeconds: 3600,
            plan: .standard, startedAt: Instant(1_800_000_000))
        let journal = try Journal(path: bed.journal, setup: setup)
        try journal.start()
        try journal.record(.setAttendance(member: 1, .notifiedAbsent))
        journal.close()
    }

    static let edits: [[String]] = [
        ["--move-member", "Ola", "--to", "1"], ["--add-member", "Berit"],
        ["--remove-member", "Nils"],
        ["--leaving", "Liv"], ["--next-leader", "Siri"], ["--set", "bell=on"],
        ["--rules", "Nye rammer"],
    ]

    @Test func everyEditIsRefusedInTheUsersLanguageAndTheFileStaysAsItWas() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        try Self.leaveUnfinishedMeeting(bed)
        let file = bed.groupDir + "/group.toml"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        for edit in Self.edits {
            let nb = try RunCLI.runde(
                ["group", "edit", "Torsdag"] + edit + ["--data-dir", bed.data],
                environment: ["LANG": "nb_NO.UTF-8"])
            #expect(nb.status == 1, "\(edit): \(nb.status) \(nb.stdout) \(nb.stderr)")
            #expect(
                nb.stderr
                    == "runde: Møte 3 er ikke avsluttet, så gruppa er ikke endret. Fortsett møtet med «runde meeting --group torsdag», eller lagre det der som uferdig (n), og endre gruppa etterpå.\n",
                "\(edit): \(nb.stderr)")
            #expect(nb.stdout.isEmpty, "\(edit): nothing is reported as changed: \(nb.stdout)")
            let en = try RunCLI.runde(
                ["group", "edit", "Torsdag"] + edit + ["--data-dir", bed.data, "--lang", "en"])
            #expect(en.status == 1, "\(edit): \(en.status) \(en.stderr)")
            #expect(
                en.stderr
                    == "runde: Meeting 3 is not finished, so the group was not changed. Resume the meeting with \"runde meeting --group torsdag\", or save it there as unfinished (n), then change the group.\n",
                "\(edit): \(en.stderr)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: file)) == before,
                "\(edit) changed group.toml")
        }
        #expect(FileManager.default.fileExists(atPath: bed.journal), "the journal is left alone")

        // The meeting is dealt with (here: its journal is gone): the same edit goes through.
        try FileManager.default.removeItem(atPath: bed.journal)
        let moved = try RunCLI.runde([
            "group", "edit", "Torsdag", "--move-member", "Ola", "--to", "1", "--data-dir", bed.data,
        ])
        #expect(moved.status == 0, "\(moved.stderr)")
        let group = try GroupStore(location: DataLocation(root: bed.data)).load(slug: bed.slug)
        #expect(group.members.first == "Ola")
    }

    /// A journal whose first line cannot be read still refuses (the meeting may be repaired
    /// and resumed), without a number it cannot know.
    @Test func anUnreadableJournalStillRefuses() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        try Data("not a journal\n".utf8).write(to: URL(fileURLWithPath: bed.journal))
        let file = bed.groupDir + "/group.toml"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let r = try RunCLI.runde([
            "group", "edit", "Torsdag", "--add-member", "Berit", "--data-dir", bed.data, "--lang",
            "en",
        ])
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix(
                "runde: A meeting of the group is not finished, so the group was not changed."),
            "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }
}
