import Foundation

@testable import RundeCore

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh temporary folder, removed when the value goes away.
final class PersistenceTempFolder {
    let path: String

    init() {
        var template = Array("/tmp/runde-test-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(p != nil, "mkdtemp failed")
        path = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        chmodTree(path)
        try? FileIO.removeTree(path)
    }

    var location: DataLocation { DataLocation(root: path + "/data") }

    /// Every file name under the folder, recursively (relative paths).
    func allNames(_ sub: String = "") -> [String] {
        let dir = sub.isEmpty ? path : path + "/" + sub
        guard let names = try? FileIO.list(dir) else { return [] }
        return names.flatMap { name -> [String] in
            let rel = sub.isEmpty ? name : sub + "/" + name
            return FileIO.isFolder(path + "/" + rel) ? [rel + "/"] + allNames(rel) : [rel]
        }
    }

    /// A snapshot of every file's bytes and mode, to check that nothing changed.
    func snapshot() -> [String: String] {
        var out: [String: String] = [:]
        for rel in allNames() {
            let full = path + "/" + rel
            let mode = String(FileIO.mode(of: full) ?? 0, radix: 8)
            if rel.hasSuffix("/") {
                out[rel] = "dir \(mode)"
            } else {
                out[rel] =
                    "\(mode) "
                    + ((try? FileIO.readFile(full)).map { $0.base64EncodedString() } ?? "?")
            }
        }
        return out
    }

    private func chmodTree(_ p: String) {
        _ = chmod(p, 0o700)
        for name in (try? FileIO.list(p)) ?? [] where FileIO.isFolder(p + "/" + name) {
            chmodTree(p + "/" + name)
        }
    }
}

/// True when this process ignores file permissions (root), so chmod cannot make a folder unwritable.
var persistenceIgnoresPermissions: Bool { geteuid() == 0 }

/// The PID of a process that has exited (spawned, then waited for).
func persistenceDeadPID() throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/true")
    try p.run()
    p.waitUntilExit()
    return p.processIdentifier
}

/// A plausible finished log.
func persistenceSampleLog(number: Int = 7, date: String = "2026-11-21", theme: String = "Skam")
    -> SessionLog
{
    SessionLog(
        appVersion: "0.1.0", meetingNumber: number, date: date,
        startedAt: "\(date)T18:00:12+01:00", endedAt: "\(date)T19:59:40+01:00", durationS: 7168,
        completed: true, recovered: false, plan: .standard,
        attendance: .init(members: 8, present: 6, notifiedAbsent: 1, absent: 1, late: 1, guests: 0),
        phases: [
            .init(kind: "check_in", startS: 0, endS: 95),
            .init(
                kind: "opening_round", startS: 160, endS: 1210,
                turns: .init(
                    count: 6, passes: 1, totalS: 1050, minS: 30, medianS: 190, maxS: 260,
                    overruns: 1)),
        ],
        speaking: .init(perPersonS: [1400, 1100, 950, 900, 600, 300], balanceGini: 0.22),
        pause: .init(taken: true, startMinute: 59, lengthS: 900), overrunS: 0,
        next: .init(theme: theme, date: "2026-12-05", leaderChosen: true))
}

func persistenceSampleSetup(members: Int = 5) -> MeetingSetup {
    MeetingSetup(
        memberCount: members, leader: 1, meetingNumber: 7,
        date: LocalDate(year: 2026, month: 11, day: 21),
        utcOffsetSeconds: 3600, plan: .standard, startedAt: Instant(1_795_000_000))
}
