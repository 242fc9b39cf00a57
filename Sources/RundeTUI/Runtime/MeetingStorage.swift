import RundeCore

/// What a running meeting needs of its storage: keep each event for a resume, and at the end
/// write the log. The shell provides the real one (`FileMeetingStorage`, the journal under the
/// data folder); the demo and tests use `MemoryStorage`.
public protocol MeetingStorage: AnyObject {
    /// Keeps one event for a resume; how is the storage's business (the journal chooses between
    /// a line and its clock mark). `onlyMovesTheClock`: a tick that changed nothing else.
    /// Throws a readable error when the disk refuses; nothing is lost, and it may be retried.
    func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) throws
    /// Writes the final log, updates the group file and deletes the journal. Returns the log path.
    func finish(log: SessionLog, state: MeetingState) throws -> String
    /// Keeps the rules card as the group is rewriting it (free text: never in the journal), so
    /// a crash does not lose it; `finish` applies it to the group file. Throws when the disk
    /// refuses; the text is kept in memory and written again next time.
    func keepRulesDraft(_ text: String) throws
    /// Keeps the guests' names for the meeting's lifetime (never in the journal or a log), so
    /// a resumed meeting calls them by name and still scrubs them. Throws when the disk refuses.
    func keepGuestNames(_ names: [Int: String]) throws
}

/// Storage that keeps every event in memory and writes nothing (demo, tests).
public final class MemoryStorage: MeetingStorage {
    public private(set) var events: [MeetingEvent] = []
    public private(set) var finishedLog: SessionLog?
    /// The rules draft as last kept.
    public private(set) var rulesDraft: String?
    /// The guests' names as last kept.
    public private(set) var guestNames: [Int: String] = [:]
    public var failAppends = false
    public var failFinish = false

    public init() {}

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) throws {
        if failAppends { throw Failure(description: "disk full") }
        events.append(event)
    }

    public func finish(log: SessionLog, state: MeetingState) throws -> String {
        if failFinish { throw Failure(description: "disk full") }
        finishedLog = log
        return "(demo: nothing saved)"
    }

    public func keepRulesDraft(_ text: String) throws {
        if failAppends { throw Failure(description: "disk full") }
        rulesDraft = text
    }

    public func keepGuestNames(_ names: [Int: String]) throws {
        if failAppends { throw Failure(description: "disk full") }
        guestNames = names
    }
}

extension MeetingStorage {
    /// Storages that keep nothing between runs keep no draft either.
    public func keepRulesDraft(_ text: String) throws {}
    /// … nor guests' names.
    public func keepGuestNames(_ names: [Int: String]) throws {}
}
