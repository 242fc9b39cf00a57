import Testing

@testable import RundeCore

/// Who joined since the last meeting (DESIGN §1, "a member joins"): group.toml keeps their
/// names (`new_members`) beside `new_member = true`, every way of adding a member sets them, a
/// member removed before the meeting is let go, and the meeting that follows clears them. Files
/// that only say `new_member = true` still get the new-group meeting, without a name.
@Suite struct NewcomerTests {
    static let day0 = LocalDate(year: 2027, month: 1, day: 7)
    static let soon = day0.adding(days: 14)
    static func group() -> GroupFile {
        var g = GroupFile(
            name: "Torsdag", members: ["Zorbulon", "Vexilda", "Prundle", "Klimbor"],
            meetingsHeld: 5)
        g.lastMeetingDate = day0
        return g
    }

    // MARK: group.toml

    @Test func theNewcomersNamesRoundTrip() throws {
        var g = try GroupEditor.addingMember("Quixtamar", to: Self.group())
        g = try GroupEditor.addingMember("Ploribet", to: g)
        #expect(g.newMembers == ["Quixtamar", "Ploribet"])
        let text = GroupFileTOML.encode(g)
        #expect(text.contains("new_member = true"), "an older Runde still proposes the format")
        #expect(text.contains("new_members"))
        let back = try GroupFileTOML.decode(text, file: "group.toml")
        #expect(back == g)
        // Nobody new: neither key is written.
        let plain = GroupFileTOML.encode(Self.group())
        #expect(!plain.contains("new_member"))
        #expect(try GroupFileTOML.decode(plain, file: "group.toml").newMembers.isEmpty)
    }

    @Test func anOldFileWithoutNamesStillProposesTheFormat() throws {
        let text = """
            name = "Torsdag"
            members = ["Zorbulon", "Vexilda", "Prundle", "Quixtamar"]
            meetings_held = 5
            last_meeting_date = "2027-01-07"
            new_member = true

            """
        let g = try GroupFileTOML.decode(text, file: "group.toml")
        #expect(g.newMemberPending)
        #expect(g.newMembers.isEmpty)
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.format == .newGroup)
        #expect(p.reasons == [.newMember])
        // Written again, it stays as it was: pending, no names invented.
        let again = try GroupFileTOML.decode(GroupFileTOML.encode(g), file: "group.toml")
        #expect(again.newMemberPending && again.newMembers.isEmpty)
    }

    @Test func namesNotInTheRosterAreLetGoQuietly() throws {
        let base = """
            name = "Torsdag"
            members = ["Zorbulon", "Vexilda", "Quixtamar"]

            """
        // A name edited away by hand does not stop the group from opening.
        let stale = try GroupFileTOML.decode(
            base + "new_member = true\nnew_members = [\"Quixtamar\", \"Gone\", \"Quixtamar\"]\n",
            file: "group.toml")
        #expect(stale.newMemberPending)
        #expect(stale.newMembers == ["Quixtamar"])
        // Names alone (a hand-written file) are enough.
        let namesOnly = try GroupFileTOML.decode(
            base + "new_members = [\"Quixtamar\"]\n", file: "group.toml")
        #expect(namesOnly.newMemberPending)
        #expect(namesOnly.newMembers == ["Quixtamar"])
        // `new_member = false` wins: nobody is new.
        let answered = try GroupFileTOML.decode(
            base + "new_member = false\nnew_members = [\"Quixtamar\"]\n", file: "group.toml")
        #expect(!answered.newMemberPending)
        #expect(answered.newMembers.isEmpty)
        // Not a list of strings: refused with the key's name.
        do {
            _ = try GroupFileTOML.decode(base + "new_members = \"Quixtamar\"\n", file: "g")
            Issue.record("a string is not a list of names")
        } catch {
            #expect("\(error)".contains("new_members"))
        }
    }

    // MARK: the editor

    @Test func addingAMemberRemembersWhoJoined() throws {
        let g = try GroupEditor.addingMember("  Quixtamar ", to: Self.group())
        #expect(g.newMemberPending)
        #expect(g.newMembers == ["Quixtamar"], "trimmed, as the roster keeps it")
        // A refused name changes nothing.
        #expect(throws: GroupProblem.self) { try GroupEditor.addingMember("zorbulon", to: g) }
    }

    @Test func aNewcomerRemovedBeforeTheMeetingIsLetGo() throws {
        var g = try GroupEditor.addingMember("Quixtamar", to: Self.group())
        g = try GroupEditor.addingMember("Ploribet", to: g)
        g.leaving = ["Ploribet"]
        // One of two goes: the other is still new.
        let one = GroupEditor.removingMember(at: g.members.firstIndex(of: "Ploribet")!, from: g)
        #expect(one.members == ["Zorbulon", "Vexilda", "Prundle", "Klimbor", "Quixtamar"])
        #expect(one.newMembers == ["Quixtamar"])
        #expect(one.newMemberPending)
        #expect(one.leaving.isEmpty)
        // The last newcomer goes: the group is as it was, and no new-group meeting is proposed.
        let none = GroupEditor.removingMember(at: 4, from: one)
        #expect(none.newMembers.isEmpty)
        #expect(!none.newMemberPending)
        #expect(GroupLife.propose(for: none, today: Self.soon).format == .regular)
        // Someone else going changes nothing about who is new.
        let other = GroupEditor.removingMember(at: 0, from: one)
        #expect(other.newMembers == ["Quixtamar"])
        #expect(other.newMemberPending)
        // Out of range: unchanged.
        #expect(GroupEditor.removingMember(at: 99, from: one) == one)
    }

    @Test func anOldUnnamedNewcomerStaysWhenSomeoneElseIsRemoved() {
        var g = Self.group()
        g.newMemberPending = true
        let after = GroupEditor.removingMember(at: 0, from: g)
        #expect(after.newMemberPending)
    }

    // MARK: the meeting that follows

    @Test func theMeetingThatFollowsClearsTheNames() throws {
        let g = try GroupEditor.addingMember("Quixtamar", to: Self.group())
        let p = GroupLife.propose(for: g, today: Self.soon)
        #expect(p.format == .newGroup)
        #expect(p.reasons == [.newMember])
        let after = GroupLife.afterMeeting(g, agenda: p.agenda, number: 6, date: Self.soon)
        #expect(!after.newMemberPending)
        #expect(after.newMembers.isEmpty)
        #expect(!GroupFileTOML.encode(after).contains("new_member"))
        #expect(GroupLife.propose(for: after, today: Self.soon.adding(days: 14)).format == .regular)
    }
}
