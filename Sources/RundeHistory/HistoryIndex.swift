import Dispatch
import Foundation
import RundeCore

/// The summaries of one group's logs, read through the `logs/.index.json` summary cache.
///
/// Only files that are new or changed (size, mtime or inode) since the cache was written are
/// decoded, in parallel. Broken files are skipped and named in `broken`, never fatal.
public struct HistoryIndex: Equatable, Sendable {
    /// A log file that could not be read, with the reason (which names the file); the one who
    /// shows it words it (`Catalog.words`).
    public struct Broken: Equatable, Sendable {
        public var file: String
        public var error: SessionLogCodec.ReadError

        public init(file: String, error: SessionLogCodec.ReadError) {
            self.file = file
            self.error = error
        }

        /// In English, for tests and developers.
        public var message: String { error.description }
    }

    /// Readable logs, oldest first (date, then meeting number).
    public var summaries: [HistorySummary]
    /// Unreadable files, sorted by name.
    public var broken: [Broken]
    /// How many files had to be decoded (the rest came from the cache).
    public var decodedCount: Int

    public init(summaries: [HistorySummary], broken: [Broken], decodedCount: Int = 0) {
        self.summaries = summaries
        self.broken = broken
        self.decodedCount = decodedCount
    }

    /// The cache's file name inside a logs folder.
    public static let cacheFileName = ".index.json"

    /// Loads the summaries of every `*.json` log in `logsDir`. A missing folder gives an empty
    /// index. With `useCache`, unchanged files come from the cache; with `writeCache`, the cache
    /// is rewritten (0600, atomically) when anything changed. Cache failures are silent.
    public static func load(logsDir: String, useCache: Bool = true, writeCache: Bool = true)
        -> HistoryIndex
    {
        guard let names = logNames(in: logsDir) else {
            return HistoryIndex(summaries: [], broken: [])
        }
        let cachePath = logsDir + "/" + cacheFileName
        let cached: [String: HistoryCache.Entry] = useCache ? HistoryCache.read(cachePath) : [:]

        var entries: [HistoryCache.Entry?] = Array(repeating: nil, count: names.count)
        var pending: [(index: Int, stat: LogFileStat?)] = []
        for (i, name) in names.enumerated() {
            let st = LogFileStat.of(path: logsDir + "/" + name)
            if let st, let hit = cached[name], hit.stat == st {
                entries[i] = hit
            } else {
                pending.append((i, st))
            }
        }

        if !pending.isEmpty {
            let decoded = decodeAll(pending.map { (names[$0.index], $0.stat) }, in: logsDir)
            for (k, p) in pending.enumerated() { entries[p.index] = decoded[k] }
        }

        var summaries: [HistorySummary] = []
        summaries.reserveCapacity(names.count)
        var broken: [Broken] = []
        var kept: [HistoryCache.Entry] = []
        kept.reserveCapacity(names.count)
        for entry in entries {
            guard let entry else { continue }
            if let s = entry.summary { summaries.append(s) }
            if let e = entry.error.flatMap({ SessionLogCodec.ReadError(code: $0, file: entry.file) }
            ) {
                broken.append(Broken(file: entry.file, error: e))
            }
            if entry.stat != nil { kept.append(entry) }
        }
        // File names are date-ordered already, so this is usually a check, not a sort.
        if zip(summaries, summaries.dropFirst()).contains(where: {
            HistorySummary.chronological($1, $0)
        }) {
            summaries.sort(by: HistorySummary.chronological)
        }

        let changed = !pending.isEmpty || cached.count != kept.count
        if writeCache && changed {
            try? FileIO.writeAtomically(HistoryCache.encode(kept), to: cachePath)
        }
        return HistoryIndex(summaries: summaries, broken: broken, decodedCount: pending.count)
    }

    /// Decodes files in parallel, one cache entry per file (summary or error).
    static func decodeAll(_ files: [(name: String, stat: LogFileStat?)], in dir: String)
        -> [HistoryCache.Entry]
    {
        let count = files.count
        let results = UnsafeMutableBufferPointer<HistoryCache.Entry>.allocate(capacity: count)
        defer { results.deallocate() }
        let cpus = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = count < 64 ? 1 : min(count, cpus * 8)
        let base = SendablePointer(pointer: results.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * count / chunks
            let hi = (c + 1) * count / chunks
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            for i in lo..<hi {
                (base.pointer + i).initialize(
                    to: decodeOne(files[i].name, stat: files[i].stat, in: dir, buffer: &buffer))
            }
        }
        let out = Array(results)
        _ = results.baseAddress.map { $0.deinitialize(count: count) }
        return out
    }

    static func decodeOne(_ name: String, stat: LogFileStat?, in dir: String, buffer: inout [UInt8])
        -> HistoryCache.Entry
    {
        guard let n = try? FileIO.read(dir + "/" + name, into: &buffer, limit: LogStore.readLimit)
        else {
            return HistoryCache.Entry(
                file: name, stat: nil, summary: nil, error: ReadProblem.cannotRead.code)
        }
        let id = logID(name)
        // Fast path first; anything it refuses goes through the codec (which names the problem).
        let fast = buffer.withUnsafeBufferPointer {
            FastLogDecoder.decode(UnsafeBufferPointer(rebasing: $0[0..<n]))
        }
        if let fast {
            return HistoryCache.Entry(
                file: name, stat: stat, summary: HistorySummary(id: id, log: fast), error: nil)
        }
        do {
            let log = try SessionLogCodec.decode(Data(buffer[0..<n]), file: name)
            return HistoryCache.Entry(
                file: name, stat: stat, summary: HistorySummary(id: id, log: log), error: nil)
        } catch {
            return HistoryCache.Entry(file: name, stat: stat, summary: nil, error: error.code)
        }
    }

    /// Log files in a logs folder, sorted: `*.json`, not hidden (so neither `.index.json` nor
    /// temp files); nil when the folder cannot be listed.
    static func logNames(in dir: String) -> [String]? {
        (try? FileIO.list(dir))?.filter {
            $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0.count > 5
        }
    }

    /// `2026-11-21-007.json` → `2026-11-21-007`.
    public static func logID(_ fileName: String) -> String {
        fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
    }
}

/// A pointer handed to parallel workers that each write disjoint elements.
private struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
}
