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

    @Test(.enabled(if: !MeetingLock.currentOwner().bootID.isEmpty, "this system has no boot id"))
    func aLockFromBeforeTheLastBootIsStale() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        var owner = MeetingLock.currentOwner()
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
        #expect(
            throws: MeetingLockError.heldOnOtherHost(pid: 4242, host: "other-laptop", file: path)
        ) { try lock.acquire() }
        #expect(MeetingLock.owner(at: path)?.pid == 4242)
        try lock.acquire(force: true)
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
    }

    /// Issue 16: the lock is the kernel's. A lock file naming a live process of this computer
    /// (pid 1) that holds no kernel lock is left over, and is taken over.
    @Test func aFileNamingALiveProcessWithoutTheKernelLockIsFree() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/lock"
        var owner = MeetingLock.currentOwner()
        owner.pid = 1
        try FileIO.writeAtomically(Data(MeetingLock.describe(owner).utf8), to: path)
        #expect(MeetingLock.currentHolder(at: path) == nil)
        let lock = MeetingLock(path: path)
        try lock.acquire()
        #expect(MeetingLock.owner(at: path)?.pid == getpid())
        #expect(MeetingLock.currentHolder(at: path) == .heldByProcess(pid: getpid(), file: path))
        lock.release()
        #expect(MeetingLock.currentHolder(at: path) == nil)
    }

    /// Issue 16: two starts over a stale lock could both win. Many at once: exactly one does.
    @Test func concurrentStartsOverAStaleLockHaveExactlyOneWinner() throws {
        for round in 0..<20 {
            let tmp = PersistenceTempFolder()
            let path = tmp.path + "/lock"
            var owner = MeetingLock.currentOwner()
            owner.pid = try persistenceDeadPID()
            try FileIO.writeAtomically(Data(MeetingLock.describe(owner).utf8), to: path)
            nonisolated(unsafe) let locks = (0..<8).map { _ in MeetingLock(path: path) }
            DispatchQueue.concurrentPerform(iterations: locks.count) { i in try? locks[i].acquire()
            }
            let winners = locks.filter(\.isHeld).count
            #expect(winners == 1, "round \(round): \(winners) holders")
            for l in locks { l.release() }
        }
    }
}
