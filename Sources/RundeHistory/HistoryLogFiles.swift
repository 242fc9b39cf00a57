import Foundation
import RundeCore

/// Reading and deleting one log by its id (`<YYYY-MM-DD>-<NNN>`, the file name without `.json`).
public enum HistoryLogFiles {
    /// Why a log could not be found, read or deleted.
    public enum Failure: Error, Equatable, CustomStringConvertible, Sendable {
        case badID(String)
        case notFound(String)
        case unreadable(SessionLogCodec.ReadError)
        case deleteFailed(String, errno: Int32)
        /// Several logs have the meeting number typed (ids oldest first).
        case ambiguousNumber(Int, ids: [String])

        public var description: String {
            switch self {
            case .badID(let id):
                return
                    "\"\(TextSafety.sanitize(String(id.prefix(60))))\" is not a log id (like 2026-11-21-007)"
            case .notFound(let id):
                return
                    "no log \"\(TextSafety.sanitize(String(id.prefix(60))))\"; see: runde history list"
            case .unreadable(let e): return e.description
            case .deleteFailed(let id, let code):
                return
                    "could not delete \(TextSafety.sanitize(id)).json: \(String(cString: strerror(code)))"
            case .ambiguousNumber(let n, let ids):
                return "several logs have meeting number \(n): \(ids.joined(separator: ", "))"
            }
        }
    }

    /// The file name for an id; accepts the id with or without `.json`. Rejects paths.
    public static func fileName(for id: String) -> Result<String, Failure> {
        let bare = HistoryIndex.logID(id)
        guard !bare.isEmpty, !bare.hasPrefix("."), !bare.contains("/"), !bare.contains("\0"),
            bare.count <= 200
        else { return .failure(.badID(id)) }
        return .success(bare + ".json")
    }

    /// Reads and decodes one log.
    public static func load(id: String, logsDir: String) -> Result<SessionLog, Failure> {
        let name: String
        switch fileName(for: id) {
        case .success(let n): name = n
        case .failure(let f): return .failure(f)
        }
        guard let data = try? FileIO.readFile(logsDir + "/" + name, limit: LogStore.readLimit)
        else {
            return .failure(.notFound(HistoryIndex.logID(name)))
        }
        do { return .success(try SessionLogCodec.decode(data, file: name)) } catch {
            return .failure(.unreadable(error))
        }
    }

    /// Deletes one log and drops it from the summary cache (so its theme leaves the disk too).
    public static func delete(id: String, logsDir: String) -> Result<Void, Failure> {
        let name: String
        switch fileName(for: id) {
        case .success(let n): name = n
        case .failure(let f): return .failure(f)
        }
        let path = logsDir + "/" + name
        guard LogFileStat.of(path: path) != nil else {
            return .failure(.notFound(HistoryIndex.logID(name)))
        }
        do { try FileIO.remove(path) } catch {
            return .failure(.deleteFailed(HistoryIndex.logID(name), errno: error.code))
        }
        _ = HistoryIndex.load(logsDir: logsDir, useCache: true, writeCache: true)
        return .success(())
    }

    /// The ids of the logs with meeting number `n`, oldest first (readable logs only).
    public static func ids(forNumber n: Int, logsDir: String) -> [String] {
        HistoryIndex.load(logsDir: logsDir).summaries.filter { $0.meetingNumber == n }
            .sorted(by: HistorySummary.chronological).map(\.id)
    }

    /// The one log with meeting number `n`: nil when there is none, `.ambiguousNumber`
    /// (naming every candidate) when several share it, rather than picking one silently.
    public static func id(forNumber n: Int, logsDir: String) -> Result<String?, Failure> {
        let ids = ids(forNumber: n, logsDir: logsDir)
        if ids.count > 1 { return .failure(.ambiguousNumber(n, ids: ids)) }
        return .success(ids.first)
    }

    /// Whether a log with this id exists.
    public static func exists(id: String, logsDir: String) -> Bool {
        guard case .success(let name) = fileName(for: id) else { return false }
        return LogFileStat.of(path: logsDir + "/" + name) != nil
    }
}
