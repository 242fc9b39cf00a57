import Foundation
import RundeCore
import RundeHistory

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Test helpers: a temporary data folder with generated logs and broken files.
final class HistoryFixture {
    let root: String
    let location: DataLocation
    let slug: String

    init(slug: String = "torsdag") {
        var template = Array((NSTemporaryDirectory() + "runde-history-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        root =
            made.map { String(cString: $0) }
            ?? (NSTemporaryDirectory() + "runde-history-\(UUID().uuidString)")
        location = DataLocation(root: root)
        self.slug = slug
        try? FileManager.default.createDirectory(
            atPath: location.logsDir(slug), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var logsDir: String { location.logsDir(slug) }
    var cachePath: String { logsDir + "/" + HistoryIndex.cacheFileName }

    /// Writes `count` generated logs (meeting numbers from `from`), mtime set in the past.
    @discardableResult
    func writeLogs(count: Int, from: Int = 1, seed: UInt64 = 7) -> [String: SessionLog] {
        var gen = SampleLogGenerator(seed: seed)
        var out: [String: SessionLog] = [:]
        for n in from..<(from + count) {
            let log = gen.log(number: n)
            let name = DataLocation.logFileName(date: log.date, meetingNumber: n)
            write(name, try! SessionLogCodec.encode(log))
            out[name] = log
        }
        return out
    }

    func write(_ name: String, _ data: Data, mtime: Int = 1_700_000_000) {
        let path = logsDir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: data)
        setMtime(name, mtime)
    }

    func write(_ name: String, _ text: String, mtime: Int = 1_700_000_000) {
        write(name, Data(text.utf8), mtime: mtime)
    }

    func write(_ name: String, log: SessionLog, mtime: Int = 1_700_000_000) {
        write(name, try! SessionLogCodec.encode(log), mtime: mtime)
    }

    func setMtime(_ name: String, _ seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, logsDir + "/" + name, &times, 0)
    }

    /// One file of each broken kind; returns their names.
    @discardableResult
    func writeBroken() -> [String] {
        var gen = SampleLogGenerator(seed: 99)
        let valid = try! SessionLogCodec.encode(gen.log(number: 500))
        write("2030-01-01-901.json", "{ this is not json")
        write("2030-01-01-902.json", valid.prefix(valid.count / 2))
        write("2030-01-01-903.json", Data())
        var v2 = String(decoding: valid, as: UTF8.self)
        v2 = v2.replacingOccurrences(of: "runde.session/1", with: "runde.session/2")
        write("2030-01-01-904.json", v2)
        var wrong = String(decoding: valid, as: UTF8.self)
        wrong = wrong.replacingOccurrences(
            of: "\"meeting_number\" : 500", with: "\"meeting_number\" : \"five hundred\"")
        write("2030-01-01-905.json", wrong)
        return (901...905).map { "2030-01-01-\($0).json" }
    }

    /// A fixed, hand-written log (the example of DESIGN §4) with a given theme.
    static func exampleLog(
        number: Int = 7, date: String = "2026-11-21", theme: String = "Skam",
        present: Int = 6, gini: Double = 0.22, duration: Int = 7168, overrun: Int = 0,
        pause: Bool = true
    ) -> SessionLog {
        let t = SessionLog.TurnStats(
            count: 6, passes: 1, totalS: 1050, minS: 30, medianS: 190, maxS: 260, overruns: 1)
        return SessionLog(
            appVersion: "0.1.0", meetingNumber: number, date: date,
            startedAt: "\(date)T18:00:12+01:00", endedAt: "\(date)T19:59:40+01:00",
            durationS: duration,
            completed: true, recovered: false, plan: .standard,
            attendance: .init(
                members: 8, present: present, notifiedAbsent: 1, absent: 8 - present - 1, late: 1,
                guests: 0),
            phases: [
                .init(kind: "check_in", startS: 0, endS: 95),
                .init(kind: "opening", startS: 95, endS: 160),
                .init(kind: "opening_round", startS: 160, endS: 1210, turns: t),
                .init(
                    kind: "sharing", startS: 1210, endS: 3550, mode: "round",
                    turns: .init(
                        count: 10, passes: 0, totalS: 2340, minS: 60, medianS: 220, maxS: 400,
                        overruns: 3)),
                .init(kind: "pause", startS: 3550, endS: 4450),
                .init(
                    kind: "sharing", startS: 4450, endS: 6400, mode: "open",
                    turns: .init(
                        count: 8, passes: 1, totalS: 1950, minS: 90, medianS: 240, maxS: 380,
                        overruns: 2)),
                .init(
                    kind: "closing_round", startS: 6400, endS: 6800,
                    turns: .init(
                        count: 6, passes: 0, totalS: 400, minS: 50, medianS: 65, maxS: 80,
                        overruns: 2)),
                .init(kind: "next_meeting", startS: 6800, endS: 7100),
                .init(kind: "summary", startS: 7100, endS: 7168),
            ],
            speaking: .init(perPersonS: [1400, 1100, 950, 900, 600, 300], balanceGini: gini),
            pause: pause ? .init(taken: true, startMinute: 59, lengthS: 900) : .init(taken: false),
            overrunS: overrun,
            next: .init(theme: theme, date: "2026-12-05", leaderChosen: true), theme: theme)
    }
}
