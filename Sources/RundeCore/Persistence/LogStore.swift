import Foundation

/// A session log as found on disk. `id` is the file name without `.json`.
public struct StoredLog: Equatable, Sendable {
    public var id: String
    public var path: String
    public var log: SessionLog

    public init(id: String, path: String, log: SessionLog) {
        self.id = id
        self.path = path
        self.log = log
    }
}

/// The logs that could be read, and a message naming every file that was skipped.
public struct LogReadResult: Equatable, Sendable {
    public var logs: [StoredLog]
    public var problems: [String]
}

/// Why a log could not be written or deleted (file errors come as `FileIOError`).
public enum LogStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidID(String)
    case notFound(id: String)
    /// The log fails a check before it is written (a date or a number Runde never writes).
    case invalidLog(ReadProblem)

    public var description: String {
        switch self {
        case .invalidID(let id):
            return
                "\"\(TextSafety.sanitize(String(id.prefix(60))))\" is not a log id (like 2026-11-21-007)"
        case .notFound(let id): return "no log with id \(id)"
        case .invalidLog(let p): return "cannot write the log: \(p)"
        }
    }
}

/// The finished meetings of one group: `groups/<slug>/logs/<YYYY-MM-DD>-<NNN>.json`.
public struct LogStore: Sendable {
    public let location: DataLocation
    public let slug: String

    public init(location: DataLocation, slug: String) {
        self.location = location
        self.slug = slug
    }

    public var folder: String { location.logsDir(slug) }

    /// Reads refuse a log larger than this (a real one is a few kilobytes).
    public static let readLimit = 4 << 20

    /// Writes a log atomically (0600) and returns its path. An existing log is never
    /// overwritten: the new one gets a suffix (`-2`, `-3`, …).
    @discardableResult
    public func write(_ log: SessionLog) throws -> String {
        guard LocalDate(iso: log.date) != nil else {
            throw LogStoreError.invalidLog(
                .outOfRange(field: "date", value: TextSafety.sanitize(String(log.date.prefix(40)))))
        }
        guard log.meetingNumber >= 0 else {
            throw LogStoreError.invalidLog(
                .outOfRange(field: "meeting_number", value: String(log.meetingNumber)))
        }
        let data = try SessionLogCodec.encode(log)
        let id = String(
            DataLocation.logFileName(date: log.date, meetingNumber: log.meetingNumber).dropLast(5))
        return try write(encoded: data, id: id)
    }

    /// Writes an already encoded log as `<id>.json` atomically (0600); when that name is taken,
    /// the next free suffix (`-2`, `-3`, …) is used. Returns the path.
    @discardableResult
    public func write(encoded data: Data, id: String) throws -> String {
        guard Self.isLogID(id) else { throw LogStoreError.invalidID(id) }
        let parts = id.split(separator: "-")
        let base = parts[0...3].joined(separator: "-")
        var n = parts.count > 4 ? max(1, Int(parts[4]) ?? 1) : 1
        try FileIO.createFolder(folder, under: location.root)
        while true {
            let path = folder + "/" + (n == 1 ? base : "\(base)-\(n)") + ".json"
            let failure: FileIOError
            do {
                try FileIO.writeAtomically(data, to: path, replace: false)
                return path
            } catch {
                failure = error
            }
            guard failure.kind == .alreadyExists, n < 100_000 else { throw failure }
            n += 1
        }
    }

    /// Writes many encoded logs at once, each under its id or the next free suffix, with one
    /// flush for all of them. Returns the paths, in order.
    @discardableResult
    public func write(encoded logs: [(id: String, data: Data)]) throws -> [String] {
        var bases: [(base: String, first: Int)] = []
        for entry in logs {
            guard Self.isLogID(entry.id) else { throw LogStoreError.invalidID(entry.id) }
            let parts = entry.id.split(separator: "-")
            bases.append(
                (
                    parts[0...3].joined(separator: "-"),
                    parts.count > 4 ? max(1, Int(parts[4]) ?? 1) : 1
                ))
        }
        if logs.isEmpty { return [] }
        try FileIO.createFolder(folder, under: location.root)
        return try FileIO.writeNewFiles(logs.map(\.data), in: folder) { i, attempt in
            let n = bases[i].first + attempt - 1
            guard attempt < 100_000 else { return nil }
            return (n == 1 ? bases[i].base : "\(bases[i].base)-\(n)") + ".json"
        }
    }

    /// Ids of the `.json` files, oldest first: by date, then meeting number, then suffix.
    public func ids() -> [String] {
        guard let names = try? FileIO.list(folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.map {
            String($0.dropLast(5))
        }
        .sorted { Self.sortKey($0) < Self.sortKey($1) }
    }

    /// (date, number, suffix) for log ids; other names sort after them, by name.
    static func sortKey(_ id: String) -> SortKey {
        guard isLogID(id) else { return SortKey(date: "~", number: 0, suffix: 0, name: id) }
        let parts = id.split(separator: "-")
        return SortKey(
            date: parts[0...2].joined(separator: "-"), number: Int(parts[3]) ?? 0,
            suffix: parts.count > 4 ? Int(parts[4]) ?? 0 : 1, name: id)
    }

    struct SortKey: Comparable {
        var date: String
        var number: Int
        var suffix: Int
        var name: String

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.date, a.number, a.suffix, a.name) < (b.date, b.number, b.suffix, b.name)
        }
    }

    /// Reads every log. Empty, truncated, corrupt and unknown-version files are skipped, each
    /// with a message naming the file; nothing here throws.
    public func readAll() -> LogReadResult {
        var result = LogReadResult(logs: [], problems: [])
        guard FileIO.isFolder(folder) else { return result }
        for id in ids() {
            let path = folder + "/" + id + ".json"
            do {
                let data = try FileIO.readFile(path, limit: Self.readLimit)
                result.logs.append(
                    StoredLog(id: id, path: path, log: try SessionLogCodec.decode(data, file: path))
                )
            } catch {
                result.problems.append("\(error)")
            }
        }
        return result
    }

    /// Reads one log by id.
    public func read(id: String) throws -> StoredLog {
        let path = try self.path(id: id)
        let data = try FileIO.readFile(path, limit: Self.readLimit)
        return StoredLog(id: id, path: path, log: try SessionLogCodec.decode(data, file: path))
    }

    /// Deletes one log for good.
    public func delete(id: String) throws {
        try FileIO.remove(try path(id: id))
    }

    /// The path of a log id; refuses ids that are not plain log names (no paths).
    public func path(id: String) throws -> String {
        guard Self.isLogID(id) else { throw LogStoreError.invalidID(id) }
        let p = folder + "/" + id + ".json"
        guard FileIO.exists(p) else { throw LogStoreError.notFound(id: id) }
        return p
    }

    /// `YYYY-MM-DD-NNN` with an optional `-N` suffix.
    public static func isLogID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4 || parts.count == 5,
            LocalDate(iso: parts[0...2].joined(separator: "-")) != nil
        else { return false }
        return parts[3...].allSatisfy {
            !$0.isEmpty && $0.count <= 9 && $0.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}
