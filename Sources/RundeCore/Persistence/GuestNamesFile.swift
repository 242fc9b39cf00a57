import Foundation

/// Guests' (and late arrivals' not in the roster) names for the meeting in progress, in
/// `journal.guests` beside the journal (DESIGN §2). A resumed meeting calls them by name again
/// and still takes their names out of the theme. The journal counts guests but never holds a
/// name, no log or group file ever does; this file lives as long as the meeting and is deleted
/// with the journal. Written atomically, mode 0600.
///
/// The first line ties the file to its meeting (`runde.guests/1 <start instant>`); each further
/// line is a guest's number (from 0, as the meeting counts them), a tab, and the name.
public enum GuestNamesFile {
    public static let schemaID = "runde.guests/1"
    /// The most guests a meeting keeps names for, and the longest name.
    public static let maxGuests = 200
    public static let maxNameLength = 40
    /// A file larger than this is not read.
    static let maxBytes = 64 * 1024

    /// Where the guests' names of the journal at `journalPath` live.
    public static func path(forJournal journalPath: String) -> String {
        FileIO.parent(of: journalPath) + "/journal.guests"
    }

    /// Writes the names for the meeting that started at `meetingStart`, replacing the file.
    public static func write(
        _ names: [Int: String], journal journalPath: String, meetingStart: Instant
    )
        throws
    {
        var text = schemaID + " " + String(meetingStart.seconds) + "\n"
        for (i, name) in names.sorted(by: { $0.key < $1.key }) where (0..<maxGuests).contains(i) {
            let clean = clean(name)
            if !clean.isEmpty { text += "\(i)\t\(clean)\n" }
        }
        try FileIO.writeAtomically(
            Data(text.utf8), to: path(forJournal: journalPath), replace: true)
    }

    /// The names of the meeting that started at `meetingStart`: empty when there is no file
    /// (or it belongs to another meeting). Throws, naming the file, when it is there but
    /// unreadable. Lines that do not read (a number out of range, no tab) are left out.
    public static func read(journal journalPath: String, meetingStart: Instant) throws -> [Int:
        String]
    {
        let file = path(forJournal: journalPath)
        guard FileIO.exists(file) else { return [:] }
        let data = try FileIO.readFile(file, limit: maxBytes)
        guard let all = String(data: data, encoding: .utf8) else {
            throw Unreadable(file: file, reason: "it is not UTF-8 text")
        }
        let lines = all.split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines.first?.split(separator: " ") ?? []
        guard header.count == 2, header[0] == schemaID, let start = Double(header[1]),
            start.isFinite
        else {
            throw Unreadable(file: file, reason: "its first line is not a guests header")
        }
        guard start == meetingStart.seconds else { return [:] }
        var names: [Int: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, parts[0].count <= 3, let i = Int(parts[0]),
                (0..<maxGuests).contains(i)
            else { continue }
            let name = clean(String(parts[1]))
            if !name.isEmpty { names[i] = name }
        }
        return names
    }

    /// Removes the file of the journal at `journalPath`, if there is one.
    public static func remove(journal journalPath: String) {
        let file = path(forJournal: journalPath)
        if FileIO.exists(file) { try? FileIO.remove(file) }
    }

    /// A name as the meeting keeps it: safe to draw, on one line, at most `maxNameLength`.
    static func clean(_ name: String) -> String {
        String(
            TextSafety.sanitize(name).replacingOccurrences(of: "\t", with: " ").trimmingSpaces()
                .prefix(maxNameLength))
    }

    /// A file that is there but cannot be read.
    public struct Unreadable: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let reason: String
        public var description: String { "\(file): the guests' names cannot be read (\(reason))" }
    }
}
