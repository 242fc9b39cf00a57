import Foundation

/// The on-disk summary cache `logs/.index.json`: per log file, its stat and summary (or error).
/// It holds nothing the logs themselves don't.
enum HistoryCache {
    static let schema = "runde.history-index/1"

    struct Entry: Codable, Equatable, Sendable {
        var file: String
        var stat: LogFileStat?
        var summary: HistorySummary?
        var error: String?
    }

    struct Payload: Codable {
        var schema: String
        var entries: [Entry]
    }

    /// Entries by file name; empty when the cache is missing, corrupt or of another version.
    static func read(_ path: String) -> [String: Entry] {
        guard let data = HistoryFiles.readFile(path),
              let payload = try? JSONDecoder().decode(Payload.self, from: data),
              payload.schema == schema
        else { return [:] }
        var out: [String: Entry] = [:]
        out.reserveCapacity(payload.entries.count)
        for e in payload.entries where e.stat != nil { out[e.file] = e }
        return out
    }

    static func encode(_ entries: [Entry]) -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.withoutEscapingSlashes]
        return (try? enc.encode(Payload(schema: schema, entries: entries))) ?? Data()
    }
}
