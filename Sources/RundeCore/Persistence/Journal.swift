import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a journal holds: the meeting's setup, its events in order, and a warning for every
/// line that was skipped (a cut-off last line, or a corrupt line, by line number).
public struct JournalContents: Equatable, Sendable {
    public var setup: MeetingSetup
    public var events: [MeetingEvent]
    public var warnings: [JournalWarning]
}

/// A journal line that was skipped, by file and line number; worded by whoever shows it.
public struct JournalWarning: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// A readable event holding a value a running meeting cannot produce.
        case outOfRange
        /// The last line, cut off while it was written.
        case cutOff
        /// A line that is no event.
        case unreadable
    }

    public var file: String
    public var line: Int
    public var kind: Kind

    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// In English, for tests and developers.
    public var description: String {
        switch kind {
        case .outOfRange: return "\(file): line \(line) holds a value out of range and is skipped"
        case .cutOff:
            return
                "\(file): line \(line) was cut off (the program stopped while writing it) and is ignored"
        case .unreadable: return "\(file): line \(line) is not a readable event and is skipped"
        }
    }
}

/// The crash journal of the meeting in progress, `groups/<slug>/journal.jsonl`.
///
/// The first line is a header `{"schema":"runde.journal/1","setup":{…}}`; then one
/// `MeetingEvent` as JSON per line. Each line goes out in a single `write(2)` on an `O_APPEND`
/// descriptor that stays open, followed by `fdatasync`. When a write fails (disk full, folder
/// gone read-only) the line is cut back off the file, the event stays in memory
/// (`pendingCount`), and the next `append` or `retryPending` writes the waiting events first,
/// in order. The file never holds half a line written by a working process. Events hold no
/// names (see `MeetingEvent`), so neither does the journal.
///
/// The journal owns its durability: `record` is the one way in, and it decides between a line
/// and the clock mark. A tick that only moves the clock is written as a line at most once a
/// minute (`clockLineSeconds`); in between its instant goes to the clock mark (`ClockMark`, a
/// store to memory), so a kill -9 still loses at most the last second, and reading back adds
/// that instant as the last tick. Every other event is written at once, after the held tick, so
/// a replay gives the same state at every event. While the disk refuses, or without a clock
/// mark, every tick is written, so the retry (and the message going away) comes within a second.
public final class Journal {
    public static let schemaID = "runde.journal/1"

    public let path: String
    /// The header line, until it is on disk.
    private var headerLine: Data?
    private var fd: Int32 = -1
    /// Bytes of whole lines on disk; a failed write is cut back to this length.
    private var committed: off_t = 0
    private var needsTruncate = false
    private var pending: [Data] = []
    /// The write(2) call; tests replace it to simulate a full disk or a short write (see
    /// a debug-only fault hook in the launcher for the end-to-end tests).
    public var writeCall: (Int32, UnsafeRawBufferPointer) -> Int = { fd, buffer in
        write(fd, buffer.baseAddress, buffer.count)
    }

    /// The meeting's start, which the clock mark (and the rules draft) is tied to.
    private let meetingStart: Instant
    /// The instant the journal's meeting started.
    public var meetingStartedAt: Instant { meetingStart }
    /// `journal.clock`, once the journal is on disk (see `ClockMark`).
    private var clockMark: ClockMark?

    /// Where the clock mark of the journal at `path` lives.
    public static func clockMarkPath(for path: String) -> String {
        FileIO.parent(of: path) + "/journal.clock"
    }

    /// A tick that only moves the clock is written as a line at most this often.
    public static let clockLineSeconds = 60.0
    /// The last clock-only tick not written as a line (its instant is in the clock mark).
    private var heldTick: Instant?
    /// The instant of the last tick written (or queued) as a line.
    private var lastTickLine: Instant?

    /// Records one event for a resume. `onlyMovesTheClock`: a tick that changed nothing but the
    /// clock (the runtime knows: such a tick has no effect), which may go to the clock mark
    /// instead of a line. If the disk refuses, the event is kept in memory and the error is
    /// thrown; the meeting goes on, and the next record writes it first.
    public func record(_ event: MeetingEvent, onlyMovesTheClock: Bool = false) throws {
        if case .tick(let t) = event {
            if onlyMovesTheClock, pending.isEmpty, let clockMark, let last = lastTickLine,
                t - last < Self.clockLineSeconds
            {
                clockMark.mark(t)
                heldTick = t
                return
            }
            // A newer tick replaces the held one: that one only moved the clock.
            heldTick = nil
            lastTickLine = t
            try append(event)
            return
        }
        if let held = heldTick {
            heldTick = nil
            lastTickLine = held
            try enqueue(.tick(held))
        }
        try append(event)
    }

    /// Events not yet on disk, waiting for the next append or `retryPending`.
    public var pendingCount: Int { pending.count }
    /// True once the header is on disk and the file is open for appending.
    public var isOpen: Bool { fd >= 0 }

    /// A journal for a meeting that starts now. Nothing is written until `start()` (or the first
    /// `append`, which starts it).
    public init(path: String, setup: MeetingSetup) throws {
        self.path = path
        meetingStart = setup.startedAt
        let header = Header(schema: Journal.schemaID, setup: setup)
        var line = try Journal.encoder.encode(header)
        line.append(0x0A)
        headerLine = line
    }

    private init(path: String, fd: Int32, length: off_t, meetingStart: Instant) {
        self.path = path
        self.fd = fd
        self.committed = length
        self.meetingStart = meetingStart
    }

    deinit { if fd >= 0 { _ = closeDescriptor(fd) } }

    /// Writes the header atomically and opens the file for appending. Refuses with
    /// `JournalError.alreadyExists` when a journal is already there.
    public func start() throws {
        guard fd < 0, let header = headerLine else { return }
        try FileIO.createFolder(FileIO.parent(of: path))
        // A rules draft left beside no journal belongs to no meeting: a new one starts clean.
        if !FileIO.exists(path) {
            RulesDraft.remove(journal: path)
            GuestNamesFile.remove(journal: path)
        }
        do { try FileIO.writeAtomically(header, to: path, replace: false) } catch {
            if error.kind == .alreadyExists { throw JournalError.alreadyExists(file: path) }
            throw error
        }
        let f = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        if f < 0 { throw FileIOError(operation: "open the journal", path: path, errno: errno) }
        fd = f
        committed = off_t(header.count)
        headerLine = nil
        clockMark = ClockMark(
            path: Journal.clockMarkPath(for: path), meetingStart: meetingStart,
            instant: meetingStart)
    }

    /// Reopens an existing journal to continue a meeting. A cut-off last line is removed (or
    /// completed, if it holds a whole event) so that new events start on a fresh line.
    public static func resume(path: String) throws -> (journal: Journal, contents: JournalContents)
    {
        let data = try FileIO.readFile(path)
        var parsed = try parse(data, file: path)
        parsed.contents = withClockMark(parsed.contents, journal: path)
        let f = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        if f < 0 { throw FileIOError(operation: "open the journal", path: path, errno: errno) }
        let start = parsed.contents.setup.startedAt
        let journal = Journal(
            path: path, fd: f, length: off_t(parsed.wholeLinesLength), meetingStart: start)
        let last = parsed.contents.events.reduce(start) {
            if case .tick(let t) = $1, t > $0 { return t } else { return $0 }
        }
        journal.clockMark = ClockMark(
            path: clockMarkPath(for: path), meetingStart: start, instant: last)
        if parsed.wholeLinesLength < data.count {
            if parsed.tailIsEvent {
                // The last event is whole but its newline is missing: add the newline.
                journal.committed = off_t(data.count)
                try journal.writeLine(Data([0x0A]))
            } else if ftruncate(f, off_t(parsed.wholeLinesLength)) != 0 {
                throw FileIOError(operation: "repair the journal", path: path, errno: errno)
            } else {
                _ = fdatasync(f)
            }
        }
        return (journal, parsed.contents)
    }

    /// Appends one event as a line, whatever it is (`record` decides for a running meeting).
    /// If the disk refuses, the event is kept in memory and the error is thrown; the next
    /// append writes it first.
    public func append(_ event: MeetingEvent) throws {
        try enqueue(event)
        try retryPending()
    }

    /// Queues one event's line without writing it.
    private func enqueue(_ event: MeetingEvent) throws {
        var line: Data
        if case .tick(let t) = event, t.seconds.isFinite {
            // The clock's tick, encoded by hand (the same JSON the encoder writes).
            line = Data("{\"tick\":{\"_0\":\(t.seconds)}}".utf8)
        } else {
            line = try Journal.encoder.encode(event)
        }
        line.append(0x0A)
        pending.append(line)
    }

    /// Writes the waiting events (and the header, if it is not on disk yet), in order.
    public func retryPending() throws {
        if fd < 0 { try start() }
        while let line = pending.first {
            try writeLine(line)
            pending.removeFirst()
        }
    }

    /// One whole line in one write(2), then fdatasync; on any failure the file is cut back.
    private func writeLine(_ line: Data) throws {
        if needsTruncate {
            if ftruncate(fd, committed) != 0 {
                throw FileIOError(operation: "write the journal", path: path, errno: errno)
            }
            needsTruncate = false
        }
        var written = -1
        var code: Int32 = 0
        repeat {
            written = line.withUnsafeBytes { writeCall(fd, $0) }
            code = written < 0 ? errno : 0
        } while written < 0 && code == EINTR
        if written == line.count {
            if fdatasync(fd) == 0 {
                committed += off_t(line.count)
                return
            }
            code = errno
        } else if written >= 0 {
            code = ENOSPC  // a short write: the disk filled up mid-line
        }
        if written > 0 {
            needsTruncate = ftruncate(fd, committed) != 0
            if !needsTruncate { _ = fdatasync(fd) }
        }
        throw FileIOError(operation: "write the journal", path: path, errno: code)
    }

    /// Writes the held clock tick, so the journal ends at the last instant, and closes the
    /// file; events the disk refused stay in memory.
    public func close() {
        if let held = heldTick, fd >= 0 {
            heldTick = nil
            try? append(.tick(held))
        }
        if fd >= 0 {
            _ = closeDescriptor(fd)
            fd = -1
        }
    }

    /// Closes and removes the journal and its clock mark (after the final log has been written).
    public func delete() throws {
        heldTick = nil
        close()
        clockMark?.remove()
        clockMark = nil
        pending.removeAll()
        headerLine = nil
        if FileIO.exists(path) { try FileIO.remove(path) }
        RulesDraft.remove(journal: path)
        GuestNamesFile.remove(journal: path)
    }

    /// Renames a journal that cannot be read to `<path>.<suffix>` (never deletes it: it may
    /// be repaired by hand), drops its clock mark, and returns the new path.
    public static func setAside(path: String, suffix: String) throws -> String {
        let aside = path + "." + suffix
        if rename(path, aside) != 0 {
            throw FileIOError(operation: "move aside", path: path, errno: errno)
        }
        FileIO.syncFolder(FileIO.parent(of: path))
        if FileIO.exists(clockMarkPath(for: path)) { try? FileIO.remove(clockMarkPath(for: path)) }
        // The rules draft goes aside with it (the group's text is never deleted unasked).
        let draft = RulesDraft.path(forJournal: path)
        if FileIO.exists(draft) { _ = rename(draft, draft + "." + suffix) }
        // Guests' names are not: they live only as long as the meeting could be resumed.
        GuestNamesFile.remove(journal: path)
        return aside
    }

    // MARK: Reading

    /// Reads a journal without changing it (with the instant of its clock mark, if later).
    public static func read(path: String) throws -> JournalContents {
        withClockMark(try parse(try FileIO.readFile(path), file: path).contents, journal: path)
    }

    /// The contents with a last tick at the clock mark's instant when the mark belongs to this
    /// meeting and is later than every tick in the journal (clock-only ticks are journaled
    /// only once a minute; the mark has the last second).
    static func withClockMark(_ contents: JournalContents, journal path: String) -> JournalContents
    {
        let start = contents.setup.startedAt
        guard let marked = ClockMark.read(path: clockMarkPath(for: path), meetingStart: start),
            marked > start
        else {
            return contents
        }
        for e in contents.events { if case .tick(let t) = e, t >= marked { return contents } }
        var out = contents
        out.events.append(.tick(marked))
        return out
    }

    struct Header: Codable {
        var schema: String
        var setup: MeetingSetup
    }

    private struct SchemaProbe: Decodable { var schema: String? }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    struct Parsed {
        var contents: JournalContents
        /// Length of the file up to and including its last newline.
        var wholeLinesLength: Int
        /// True when the bytes after the last newline decode as a whole event.
        var tailIsEvent: Bool
    }

    static func parse(_ data: Data, file: String) throws -> Parsed {
        let bytes = [UInt8](data)
        var lines: [(start: Int, end: Int, terminated: Bool)] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append((start, i, true))
            start = i + 1
        }
        if start < bytes.count { lines.append((start, bytes.count, false)) }
        let wholeLength = start
        let decoder = JSONDecoder()
        guard let first = lines.first, first.end > first.start else {
            throw JournalError.badHeader(file: file, problem: data.isEmpty ? .empty : .noHeaderLine)
        }
        let headerData = Data(bytes[first.start..<first.end])
        guard let probe = try? decoder.decode(SchemaProbe.self, from: headerData) else {
            throw JournalError.badHeader(file: file, problem: first.terminated ? .notJSON : .cutOff)
        }
        guard let schema = probe.schema else {
            throw JournalError.badHeader(file: file, problem: .noSchema)
        }
        guard schema.hasPrefix("runde.journal/"),
            schema.dropFirst("runde.journal/".count).split(separator: ".").first == "1"
        else {
            throw JournalError.unknownVersion(file: file, schema: schema)
        }
        guard let header = try? decoder.decode(Header.self, from: headerData) else {
            throw JournalError.badHeader(file: file, problem: .unreadableContent)
        }
        if let problem = JournalSanity.problem(with: header.setup) {
            throw JournalError.badHeader(file: file, problem: problem)
        }
        var events: [MeetingEvent] = []
        var warnings: [JournalWarning] = []
        var tailIsEvent = false
        for (n, line) in lines.enumerated().dropFirst() {
            let lineNo = n + 1
            if line.end == line.start { continue }
            if let e = try? decoder.decode(
                MeetingEvent.self, from: Data(bytes[line.start..<line.end]))
            {
                guard JournalSanity.isPlausible(e, setup: header.setup) else {
                    warnings.append(JournalWarning(file: file, line: lineNo, kind: .outOfRange))
                    continue
                }
                events.append(e)
                if !line.terminated { tailIsEvent = true }
            } else if !line.terminated {
                warnings.append(JournalWarning(file: file, line: lineNo, kind: .cutOff))
            } else {
                warnings.append(JournalWarning(file: file, line: lineNo, kind: .unreadable))
            }
        }
        return Parsed(
            contents: JournalContents(setup: header.setup, events: events, warnings: warnings),
            wholeLinesLength: wholeLength, tailIsEvent: tailIsEvent)
    }
}

/// `close(2)`, reachable from inside `Journal`, whose own `close()` hides the global one.
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
