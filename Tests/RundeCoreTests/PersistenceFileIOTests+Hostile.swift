import Foundation
import Testing

@testable import RundeCore

#if canImport(Glibc)
    import Glibc
#endif

/// Files and folders that are not what they seem: a pipe where a file should be, a symlink
/// where Runde keeps its own folders, a folder of another user's. In this suite so that CI
/// runs them once more as an unprivileged user (.ci/run), where permissions really apply.
extension PersistenceFileIOTests {
    @Test func aPipeIsRefusedAtOnceInsteadOfWaitedOn() throws {
        let tmp = PersistenceTempFolder()
        let fifo = tmp.path + "/handover.runde"
        try #require(mkfifo(fifo, 0o600) == 0)
        do {
            _ = try FileIO.readFile(fifo)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .notARegularFile)
            #expect(error.description == "cannot read \(fifo): it is not an ordinary file")
        }
    }

    @Test func aLogsFolderThatIsASymlinkIsRefused() throws {
        let tmp = PersistenceTempFolder()
        let location = tmp.location
        try FileIO.createFolder(location.groupDir("torsdag"))
        let elsewhere = tmp.path + "/elsewhere"
        try FileIO.createFolder(elsewhere)
        chmod(elsewhere, 0o777)
        try #require(symlink(elsewhere, location.logsDir("torsdag")) == 0)
        let store = LogStore(location: location, slug: "torsdag")
        do {
            try store.write(encoded: Data("{}".utf8), id: "2027-01-15-007")
            Issue.record("expected an error")
        } catch let error as FileIOError {
            #expect(error.kind == .symbolicLink)
            #expect(error.path == location.logsDir("torsdag"))
        }
        #expect(try FileIO.list(elsewhere).isEmpty, "nothing was written where the link points")
    }

    @Test func aGroupFolderThatIsASymlinkIsRefusedOnSave() throws {
        let tmp = PersistenceTempFolder()
        let location = tmp.location
        try FileIO.createFolder(location.groupsDir)
        let elsewhere = tmp.path + "/elsewhere"
        try FileIO.createFolder(elsewhere)
        try #require(symlink(elsewhere, location.groupDir("torsdag")) == 0)
        let store = GroupStore(location: location)
        #expect(throws: FileIOError.self) {
            try store.save(GroupFile(name: "Torsdag", members: ["Kari", "Ola"]), slug: "torsdag")
        }
        #expect(try FileIO.list(elsewhere).isEmpty)
    }

    @Test func looseFoldersOfOursAreTightenedTo0700() throws {
        let tmp = PersistenceTempFolder()
        let location = tmp.location
        try FileIO.createFolder(location.logsDir("torsdag"))
        for dir in [
            location.root, location.groupsDir, location.groupDir("torsdag"),
            location.logsDir("torsdag"),
        ] {
            chmod(dir, 0o755)
        }
        try LogStore(location: location, slug: "torsdag").write(
            encoded: Data("{}".utf8), id: "2027-01-15-007")
        for dir in [location.groupsDir, location.groupDir("torsdag"), location.logsDir("torsdag")] {
            #expect(FileIO.mode(of: dir) == 0o700, "\(dir)")
        }
        #expect(FileIO.mode(of: location.logsDir("torsdag") + "/2027-01-15-007.json") == 0o600)
    }

    /// Root editing another user's group: the new file stays that user's.
    @Test(.enabled(if: geteuid() == 0, "only root can give a file to another user"))
    func asRootANewFileKeepsTheFolderOwnersOwnership() throws {
        let tmp = PersistenceTempFolder()
        let dir = tmp.path + "/group"
        try FileIO.createFolder(dir)
        try #require(chown(dir, 65534, 65534) == 0)
        try FileIO.writeAtomically(Data("name = \"x\"\n".utf8), to: dir + "/group.toml")
        try FileIO.createFolder(dir + "/logs")
        var st = stat()
        try #require(stat(dir + "/group.toml", &st) == 0)
        #expect(st.st_uid == 65534)
        #expect(st.st_gid == 65534)
        try #require(stat(dir + "/logs", &st) == 0)
        #expect(st.st_uid == 65534)
    }

    /// Another user's data folder: said to be unreadable, never "no groups yet".
    @Test(
        .enabled(
            if: !persistenceIgnoresPermissions, "running as root: permissions do not stop reads"))
    func aFolderThatCannotBeReadIsSaidToBeUnreadable() throws {
        let tmp = PersistenceTempFolder()
        let location = tmp.location
        try FileIO.createFolder(location.groupsDir)
        chmod(location.root, 0o000)
        defer { chmod(location.root, 0o700) }
        let listing = GroupStore(location: location).list()
        #expect(listing.entries.isEmpty)
        let failure = try #require(listing.failures.first as? FileIOError)
        #expect(failure.kind == .permissionDenied)
        #expect(
            DataLocation.resolve(override: location.root, environment: [:])
                == .failure(.unreadable(path: location.root)))
        do {
            try FileIO.createFolder(location.groupDir("ny"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .permissionDenied)
            #expect(
                error.operation == "list the folder", "not 'cannot create a folder that exists'")
        }
    }

    @Test func aRelativeXDGDataHomeIsIgnored() {
        #expect(
            DataLocation.resolve(
                override: nil, environment: ["XDG_DATA_HOME": "rel/data", "HOME": "/home/x"])
                == .success(DataLocation(root: "/home/x/.local/share/runde")))
        #expect(
            DataLocation.resolve(override: nil, environment: ["XDG_DATA_HOME": "rel/data"])
                == .failure(.noHome))
        #expect(
            DataLocation.resolve(
                override: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/x"])
                == .success(DataLocation(root: "/xdg/runde")))
    }
}
