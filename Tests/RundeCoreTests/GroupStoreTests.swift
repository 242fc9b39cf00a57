import Foundation
import Testing

@testable import RundeCore

@Suite("Group store")
struct GroupStoreTests {
    @Test func createLoadSaveRoundTripWithModes() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        let slug = try store.create(name: "  Tirsdag Øst ", members: [" Kari ", "Ola", "Åse"])
        #expect(slug == "tirsdag-ost")
        var g = try store.load(slug: slug)
        #expect(g.name == "Tirsdag Øst")
        #expect(g.members == ["Kari", "Ola", "Åse"])
        for dir in [tmp.location.root, tmp.location.groupsDir, tmp.location.groupDir(slug)] {
            #expect(FileIO.mode(of: dir) == 0o700, "\(dir)")
        }
        #expect(FileIO.mode(of: tmp.location.groupFile(slug)) == 0o600)
        g.meetingsHeld = 3
        g.nextLeader = 2
        try store.save(g, slug: slug)
        #expect(try store.load(slug: slug) == g)
        #expect(tmp.allNames().filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func createRefusesBadInputAndWritesNothing() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        try store.create(name: "Tirsdag", members: ["A", "B"])
        let before = tmp.snapshot()
        let cases: [(String, [String], String)] = [
            ("", ["A", "B"], "the group name is empty"),
            ("   ", ["A", "B"], "the group name is empty"),
            ("New", ["A"], "a group needs at least 2 members, not 1"),
            ("New", ["A", "B", "a"], "member 3 is the same as member 1"),
            ("New", ["A", "", "C"], "member 2 is empty"),
            ("New", ["A", "B", "\u{1B}[2JX"], "member 3 contains control characters"),
            ("Bad\u{7}", ["A", "B"], "the group name contains control characters"),
        ]
        for (name, members, message) in cases {
            do {
                try store.create(name: name, members: members)
                Issue.record("accepted \(members)")
            } catch {
                #expect("\(error)" == message)
                #expect(!"\(error)".contains("\u{1B}"))
            }
        }
        for dup in ["Tirsdag", "tirsdag", "TIRSDAG!"] {
            #expect(throws: GroupStoreError.alreadyExists(slug: "tirsdag")) {
                try store.create(name: dup, members: ["A", "B"])
            }
        }
        #expect(tmp.snapshot() == before)
    }

    @Test func listSkipsUnreadableGroupsWithAMessage() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        #expect(store.list().entries.isEmpty)
        try store.create(name: "B group", members: ["A", "B"])
        try store.create(name: "A group", members: ["A", "B"])
        try FileIO.createFolder(tmp.location.groupDir("broken"))
        try FileIO.writeAtomically(
            Data("name = \"x\"\nmembers = [\"A\"]".utf8), to: tmp.location.groupFile("broken"))
        try FileIO.createFolder(tmp.location.groupDir("empty"))
        let listing = store.list()
        #expect(listing.slugs == ["a-group", "b-group"])
        #expect(listing.problems.count == 2)
        #expect(
            listing.problems.contains {
                $0.contains("groups/broken/group.toml") && $0.contains("members")
            })
        #expect(
            listing.problems.contains {
                $0.contains("groups/empty/group.toml") && $0.contains("does not exist")
            })
    }

    @Test func findByNameOrSlug() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        try store.create(name: "Tirsdag Øst", members: ["A", "B"])
        #expect(try store.find("tirsdag-ost").slug == "tirsdag-ost")
        #expect(try store.find("tirsdag øst").slug == "tirsdag-ost")
        #expect(try store.find("Tirsdag Øst").group.name == "Tirsdag Øst")
        #expect(throws: GroupStoreError.notFound(query: "Onsdag")) { try store.find("Onsdag") }
        #expect(throws: GroupStoreError.notFound(query: "../x")) { try store.load(slug: "../x") }
    }

    @Test func deleteRemovesTheWholeFolder() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        let slug = try store.create(name: "G", members: ["A", "B"])
        try LogStore(location: tmp.location, slug: slug).write(persistenceSampleLog())
        try FileIO.writeAtomically(Data("{}\n".utf8), to: tmp.location.journalFile(slug))
        try FileIO.writeAtomically(Data("pid=1\n".utf8), to: tmp.location.lockFile(slug))
        try store.delete(slug: slug)
        #expect(!FileIO.exists(tmp.location.groupDir(slug)))
        #expect(throws: GroupStoreError.notFound(query: slug)) { try store.delete(slug: slug) }
        #expect(store.list().entries.isEmpty)
    }

    @Test func saveRefusesAnInvalidGroup() throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        let slug = try store.create(name: "G", members: ["A", "B"])
        let before = tmp.snapshot()
        var g = try store.load(slug: slug)
        g.nextLeader = 9
        #expect(throws: GroupFileError.self) { try store.save(g, slug: slug) }
        #expect(tmp.snapshot() == before)
    }

    @Test func createUnderAFileFailsCleanly() throws {
        let tmp = PersistenceTempFolder()
        try FileIO.writeAtomically(Data("x".utf8), to: tmp.path + "/file")
        let store = GroupStore(location: DataLocation(root: tmp.path + "/file/sub"))
        do {
            try store.create(name: "G", members: ["A", "B"])
            Issue.record("expected an error")
        } catch let e as FileIOError {
            #expect(e.kind == .notADirectory)
            #expect(e.description.contains(tmp.path + "/file"))
        }
        #expect(tmp.allNames() == ["file"])
    }
}
