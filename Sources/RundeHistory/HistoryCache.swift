import Foundation
import RundeCore

/// The on-disk summary cache `logs/.index.json`: per log file, its stat and summary (or error).
/// It holds nothing the logs themselves don't.
enum HistoryCache {
    /// Raised whenever the log validator grows stricter, so no summary it would now refuse
    /// is served from an older cache.
    static let schema = "runde.history-index/3"

    struct Entry: Equatable, Sendable {
        var file: String
        var stat: LogFileStat?
        var summary: HistorySummary?
        /// Why the log cannot be read, as `SessionLogCodec.ReadError.code` (the cache keeps no
        /// sentence: it is worded in the reader's language when shown).
        var error: String?
    }

    /// Entries by file name; empty when the cache is missing, corrupt, of another version or
    /// written in any other shape than `encode`'s (the cache is then rebuilt from the logs).
    static func read(_ path: String) -> [String: Entry] {
        var buffer: [UInt8] = []
        guard let n = try? FileIO.read(path, into: &buffer) else { return [:] }
        let entries: [Entry]? = buffer.withUnsafeBufferPointer { whole in
            fastEntries(UnsafeBufferPointer(rebasing: whole[0..<n]))
        }
        guard let entries else { return [:] }
        var out: [String: Entry] = [:]
        out.reserveCapacity(entries.count)
        for e in entries where e.stat != nil { out[e.file] = e }
        return out
    }

    /// The cache's one reader (a tape, like the fast log decoder); nil for anything it does not expect.
    static func fastEntries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        guard let t = JSONTape(bytes, capacityHint: bytes.count / 8),
            t.tokens.first?.kind == .object,
            let sI = t.required(0, "schema"), t.string(sI) == schema,
            let eI = t.required(0, "entries"), let items = t.elements(eI)
        else { return nil }
        var out: [Entry] = []
        out.reserveCapacity(items.count)
        for o in items {
            var h = o + 1
            var hs = 0
            guard t.tokens[o].kind == .object,
                let file = t.member(o, "file", hint: &h).flatMap(t.string),
                let stI = t.member(o, "stat", hint: &h), t.tokens[stI].kind == .object,
                let size = t.member(stI, "size", hint: &hs).flatMap(t.int),
                let mtime = t.member(stI, "mtime_ns", hint: &hs).flatMap(t.int),
                let inode = t.member(stI, "inode", hint: &hs).flatMap(t.int)
            else { return nil }
            let stat = LogFileStat(
                size: Int64(size), mtimeNs: Int64(mtime), inode: UInt64(bitPattern: Int64(inode)))
            var summary: HistorySummary?
            var error: String?
            if let si = t.member(o, "summary", hint: &h) {
                guard let s = fastSummary(t, si) else { return nil }
                summary = s
            }
            if let ei = t.member(o, "error", hint: &h) {
                guard let e = t.string(ei), SessionLogCodec.ReadError(code: e, file: file) != nil
                else { return nil }
                error = e
            }
            guard summary != nil || error != nil else { return nil }
            out.append(Entry(file: file, stat: stat, summary: summary, error: error))
        }
        return out
    }

    static func fastSummary(_ t: JSONTape, _ o: Int) -> HistorySummary? {
        var h = o + 1
        func i(_ k: StaticString) -> Int? { t.member(o, k, hint: &h).flatMap(t.int) }
        func b(_ k: StaticString) -> Bool? { t.member(o, k, hint: &h).flatMap(t.bool) }
        func s(_ k: StaticString) -> String? { t.member(o, k, hint: &h).flatMap(t.string) }
        guard t.tokens[o].kind == .object,
            let id = s("id"), let date = s("date"), let number = i("meeting_number"),
            let attendance = FastLogDecoder.attendance(t, o),
            let duration = i("duration_s"), let planned = i("planned_minutes"),
            let overrun = i("overrun_s"),
            let pause = b("pause_taken"),
            let gini = t.member(o, "balance_gini", hint: &h).flatMap(t.double),
            let completed = b("completed"), let recovered = b("recovered"),
            let ownTheme = s("theme"),
            let theme = s("next_theme")
        else { return nil }
        var nextDate: String?
        if let nd = t.member(o, "next_date", hint: &h) {
            guard let d = t.string(nd) else { return nil }
            nextDate = d
        }
        // The index is a file too: every number range-checked, or the index is rebuilt (issue 16).
        let a = attendance
        let counts = [a.members, a.present, a.notifiedAbsent, a.absent, a.late, a.guests]
        guard LogRanges.meetingNumber.contains(number), counts.allSatisfy(LogRanges.count.contains),
            LogRanges.seconds.contains(duration), LogRanges.minutes.contains(planned),
            LogRanges.seconds.contains(overrun), gini.isFinite, LogRanges.gini.contains(gini)
        else { return nil }
        return HistorySummary(
            id: id, date: date, meetingNumber: number, attendance: attendance, durationS: duration,
            plannedMinutes: planned, overrunS: overrun, pauseTaken: pause,
            balanceGini: gini, completed: completed, recovered: recovered, theme: ownTheme,
            nextTheme: theme, nextDate: nextDate)
    }

    /// Writes the cache by hand, keys in the order `fastEntries` reads them.
    static func encode(_ entries: [Entry]) -> Data {
        var w = JSONBytes()
        w.raw("{\"schema\":")
        w.string(schema)
        w.raw(",\"entries\":[")
        for (n, e) in entries.enumerated() {
            guard let st = e.stat else { continue }
            if n > 0 { w.raw(",\n") }
            w.raw("{\"file\":")
            w.string(e.file)
            w.raw(",\"stat\":{\"size\":")
            w.int(Int(st.size))
            w.raw(",\"mtime_ns\":")
            w.int(Int(st.mtimeNs))
            w.raw(",\"inode\":")
            w.int(Int(truncatingIfNeeded: st.inode))
            w.raw("}")
            if let s = e.summary {
                w.raw(",\"summary\":{\"id\":")
                w.string(s.id)
                w.raw(",\"date\":")
                w.string(s.date)
                w.raw(",\"meeting_number\":")
                w.int(s.meetingNumber)
                w.raw(",\"members\":")
                w.int(s.members)
                w.raw(",\"present\":")
                w.int(s.present)
                w.raw(",\"notified_absent\":")
                w.int(s.notifiedAbsent)
                w.raw(",\"absent\":")
                w.int(s.absent)
                w.raw(",\"late\":")
                w.int(s.late)
                w.raw(",\"guests\":")
                w.int(s.guests)
                w.raw(",\"duration_s\":")
                w.int(s.durationS)
                w.raw(",\"planned_minutes\":")
                w.int(s.plannedMinutes)
                w.raw(",\"overrun_s\":")
                w.int(s.overrunS)
                w.raw(",\"pause_taken\":")
                w.bool(s.pauseTaken)
                w.raw(",\"balance_gini\":")
                w.double(s.balanceGini)
                w.raw(",\"completed\":")
                w.bool(s.completed)
                w.raw(",\"recovered\":")
                w.bool(s.recovered)
                w.raw(",\"theme\":")
                w.string(s.theme)
                w.raw(",\"next_theme\":")
                w.string(s.nextTheme)
                if let d = s.nextDate {
                    w.raw(",\"next_date\":")
                    w.string(d)
                }
                w.raw("}")
            }
            if let err = e.error {
                w.raw(",\"error\":")
                w.string(err)
            }
            w.raw("}")
        }
        w.raw("]}\n")
        return Data(w.bytes)
    }
}

extension SessionLogCodec.ReadError {
    /// A short stable form for the cache (`missing:plan`, `version:runde.session/9`).
    var code: String {
        switch self {
        case .corrupt(_, let problem): return problem.code
        case .unknownVersion(_, let schema): return "version:" + schema
        }
    }

    /// Reads `code` back for `file`; nil for anything else (a cache of an older Runde).
    init?(code: String, file: String) {
        if code.hasPrefix("version:") {
            self = .unknownVersion(file: file, schema: String(code.dropFirst("version:".count)))
        } else if let p = ReadProblem(code: code) {
            self = .corrupt(file: file, problem: p)
        } else {
            return nil
        }
    }
}
