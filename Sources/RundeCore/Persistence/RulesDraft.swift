import Foundation

/// The rules card as the group is rewriting it in the meeting in progress, in `journal.rules`
/// beside the journal. The rules are free text the group typed, so they never go into the
/// journal (which holds no content) nor the log; this file holds them until the meeting
/// finishes and they reach group.toml (the only place such text is kept), and is deleted with
/// the journal. Written atomically, mode 0600.
///
/// The first line ties the draft to its meeting (`runde.rules-draft/1 <start instant>`); the
/// rest is the text. A draft left from another meeting is ignored, and a new journal removes it.
public enum RulesDraft {
    public static let schemaID = "runde.rules-draft/1"
    /// The most characters a draft holds (the editor's own limit).
    public static let maxCharacters = 4000
    /// A draft file larger than this is not read.
    static let maxBytes = 64 * 1024

    /// Where the draft of the journal at `journalPath` lives.
    public static func path(forJournal journalPath: String) -> String {
        FileIO.parent(of: journalPath) + "/journal.rules"
    }

    /// Writes the draft for the meeting that started at `meetingStart`, replacing any earlier one.
    public static func write(_ text: String, journal journalPath: String, meetingStart: Instant)
        throws
    {
        let body = String(text.prefix(maxCharacters))
        let data = Data((schemaID + " " + String(meetingStart.seconds) + "\n" + body).utf8)
        try FileIO.writeAtomically(data, to: path(forJournal: journalPath), replace: true)
    }

    /// The draft of the meeting that started at `meetingStart`: nil when there is none (or it
    /// belongs to another meeting). Throws, naming the file, when it is there but unreadable.
    /// Control characters other than line breaks are removed.
    public static func read(journal journalPath: String, meetingStart: Instant) throws -> String? {
        let file = path(forJournal: journalPath)
        guard FileIO.exists(file) else { return nil }
        let data = try FileIO.readFile(file, limit: maxBytes)
        guard let all = String(data: data, encoding: .utf8) else {
            throw Unreadable(file: file, reason: "it is not UTF-8 text")
        }
        let parts = all.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let header = parts[0].split(separator: " ")
        guard header.count == 2, header[0] == schemaID, let start = Double(header[1]),
            start.isFinite
        else {
            throw Unreadable(file: file, reason: "its first line is not a rules draft header")
        }
        guard start == meetingStart.seconds else { return nil }
        let body = parts.count > 1 ? String(parts[1]) : ""
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map {
            TextSafety.sanitize(String($0))
        }
        return String(lines.joined(separator: "\n").prefix(maxCharacters))
    }

    /// Removes the draft of the journal at `journalPath`, if there is one.
    public static func remove(journal journalPath: String) {
        let file = path(forJournal: journalPath)
        if FileIO.exists(file) { try? FileIO.remove(file) }
    }

    /// A draft that is there but cannot be read.
    public struct Unreadable: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let reason: String
        public var description: String { "\(file): the rules draft cannot be read (\(reason))" }
    }
}
