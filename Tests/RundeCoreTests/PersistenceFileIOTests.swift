import Foundation
import Testing

@testable import RundeCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Persistence: FileIO")
struct PersistenceFileIOTests {
    /// The one test that changes the process-wide umask (issue 16: two parallel tests did,
    /// and could leave it at 0 for every later test). It sets it once and puts it back.
    @Test func foldersAre0700AndFiles0600EvenWithAWideUmask() throws {
        let tmp = PersistenceTempFolder()
        let old = umask(0o000)
        defer { umask(old) }
        let deep = tmp.path + "/a/b/c"
        try FileIO.createFolder(deep)
        for p in ["/a", "/a/b", "/a/b/c"] {
            #expect(FileIO.mode(of: tmp.path + p) == 0o700, "\(p)")
        }
        try FileIO.createFolder(deep)  // again: no error
        let file = tmp.path + "/x.txt"
        try FileIO.writeAtomically(Data("one".utf8), to: file)
        try FileIO.writeAtomically(Data("two".utf8), to: file)
        #expect(FileIO.mode(of: file) == 0o600)
        #expect(String(decoding: try FileIO.readFile(file), as: UTF8.self) == "two")
        #expect(tmp.allNames().sorted() == ["a/", "a/b/", "a/b/c/", "x.txt"])
    }

    @Test func replaceFalseNeverOverwrites() throws {
        let tmp = PersistenceTempFolder()
        let file = tmp.path + "/x.txt"
        try FileIO.writeAtomically(Data("one".utf8), to: file, replace: false)
        #expect(throws: FileIOError.self) {
            try FileIO.writeAtomically(Data("two".utf8), to: file, replace: false)
        }
        do { try FileIO.writeAtomically(Data("two".utf8), to: file, replace: false) } catch {
            #expect(error.kind == .alreadyExists)
        }
        #expect(String(decoding: try FileIO.readFile(file), as: UTF8.self) == "one")
        #expect(tmp.allNames() == ["x.txt"])
    }

    @Test func aPathUnderAFileFailsWithAMessageNamingThePath() throws {
        let tmp = PersistenceTempFolder()
        try FileIO.writeAtomically(Data("x".utf8), to: tmp.path + "/file")
        do {
            try FileIO.createFolder(tmp.path + "/file/sub")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .notADirectory)
            #expect(error.description.contains(tmp.path + "/file"))
            #expect(error.description.contains("is a file, not a folder"))
        }
        do {
            try FileIO.writeAtomically(Data("y".utf8), to: tmp.path + "/file/sub.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(tmp.path + "/file/sub.txt"))
        }
        #expect(tmp.allNames() == ["file"])
    }

    /// As root chmod does not stop writes, so this reports as skipped there; CI runs this
    /// suite once more as an unprivileged user (.ci/run).
    @Test(
        .enabled(
            if: !persistenceIgnoresPermissions, "running as root: permissions do not stop writes"))
    func unwritableFolderIsRefused() throws {
        let tmp = PersistenceTempFolder()
        let dir = tmp.path + "/ro"
        try FileIO.createFolder(dir)
        chmod(dir, 0o500)
        do {
            try FileIO.writeAtomically(Data("x".utf8), to: dir + "/f")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .permissionDenied)
            #expect(error.description == "cannot write \(dir)/f: permission denied")
        }
    }

    @Test func errnoBecomesPlainWords() {
        #expect(
            FileIOError(operation: "write", path: "/p", errno: ENOSPC).description
                == "cannot write /p: the disk is full")
        #expect(
            FileIOError(operation: "write", path: "/p", errno: EROFS).description
                == "cannot write /p: the disk is read-only")
        #expect(
            FileIOError(operation: "write", path: "/p", errno: EACCES).description
                == "cannot write /p: permission denied")
    }

    /// /dev/full answers every write with ENOSPC.
    @Test(.enabled(if: FileIO.exists("/dev/full"), "this system has no /dev/full"))
    func writingToAFullDeviceReportsDiskFull() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        do {
            try FileIO.writeAll(fd: fd, data: Data("x".utf8), path: "/dev/full")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .diskFull)
            #expect(error.description == "cannot write /dev/full: the disk is full")
        }
    }

    @Test func removeTreeRemovesEverythingAndDoesNotFollowSymlinks() throws {
        let tmp = PersistenceTempFolder()
        try FileIO.createFolder(tmp.path + "/keep")
        try FileIO.writeAtomically(Data("k".utf8), to: tmp.path + "/keep/k")
        try FileIO.createFolder(tmp.path + "/gone/logs")
        try FileIO.writeAtomically(Data("l".utf8), to: tmp.path + "/gone/logs/l.json")
        symlink(tmp.path + "/keep", tmp.path + "/gone/link")
        try FileIO.removeTree(tmp.path + "/gone")
        #expect(tmp.allNames() == ["keep/", "keep/k"])
    }

    @Test func readRefusesFoldersAndHugeFiles() throws {
        let tmp = PersistenceTempFolder()
        #expect(throws: FileIOError.self) { _ = try FileIO.readFile(tmp.path) }
        try FileIO.writeAtomically(Data(count: 100), to: tmp.path + "/big")
        #expect(throws: FileIOError.self) { _ = try FileIO.readFile(tmp.path + "/big", limit: 10) }
        #expect(try FileIO.readFile(tmp.path + "/big").count == 100)
    }
}
