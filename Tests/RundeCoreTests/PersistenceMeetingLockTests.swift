import Foundation
import Testing
@testable import RundeCore

@Suite("Persistence: meeting lock")
struct PersistenceMeetingLockTests {
    @Test func acquireWritesPidAndRefusesASecondHolder() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.location.lockFile("g")
        let a = MeetingLock(path: path)
        try a.acquire()
        #expect(FileIO.mode(of: path) == 0o600)
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
        let b = MeetingLock(path: path)
        do {
            try b.acquire()
            Issue.record("expected the lock to be refused")
        } catch {
            #expect("\(error)" == "this group's meeting is already open in process \(getpid())")
        }
        #expect(!b.isHeld)
        a.release()
        #expect(!FileIO.exists(path))
        try b.acquire()
        #expect(b.isHeld)
        b.release()
    }

    @Test func aStaleLockIsTakenOver() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        var owner = MeetingLock.currentOwner()
        owner.pid = try persistenceDeadPID()
        try FileIO.writeAtomically(Data(MeetingLock.describe(owner).utf8), to: path)
        let lock = MeetingLock(path: path)
        try lock.acquire()
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
        #expect(tmp.allNames() == ["lock"])
        lock.release()
    }

    @Test func aLockFromBeforeTheLastBootIsStale() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        var owner = MeetingLock.currentOwner()
        guard !owner.bootID.isEmpty else { return }
        owner.pid = 1  // alive now, but the lock is from another boot
        owner.bootID = "00000000-0000-0000-0000-000000000000"
        try FileIO.writeAtomically(Data(MeetingLock.describe(owner).utf8), to: path)
        let lock = MeetingLock(path: path)
        try lock.acquire()
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
        lock.release()
    }

    @Test func anUnreadableLockIsStale() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        try FileIO.writeAtomically(Data("garbage".utf8), to: path)
        let lock = MeetingLock(path: path)
        try lock.acquire()
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
        lock.release()
    }

    @Test func aLockFromAnotherComputerNeedsForce() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        try FileIO.writeAtomically(Data("pid=4242\nhost=other-laptop\nboot=x\n".utf8), to: path)
        let lock = MeetingLock(path: path)
        #expect(throws: MeetingLockError.heldOnOtherHost(pid: 4242, host: "other-laptop", file: path)) { try lock.acquire() }
        #expect(MeetingLock.owner(at: path)?.pid == 4242)
        try lock.acquire(force: true)
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
    }
}
