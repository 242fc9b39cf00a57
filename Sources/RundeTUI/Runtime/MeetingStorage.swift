import RundeCore

/// Where a running meeting keeps its journal and, at the end, its log. The shell provides the
/// real one (files under the data folder); the demo and tests use `MemoryStorage`.
public protocol MeetingStorage: AnyObject {
    /// Appends one event to the journal (fsynced). Throws a readable error; may be retried.
    func append(_ event: MeetingEvent) throws
    /// Keeps `instant` as the last moment the meeting was seen, without journaling a tick (see
    /// `ClockMark`). False when it cannot: the runtime then journals the tick.
    func markClock(_ instant: Instant) -> Bool
    /// Events accepted but not yet on disk (after a failed append).
    var pendingEvents: Int { get }
    /// Writes the final log, updates the group file and deletes the journal. Returns the log path.
    func finish(log: SessionLog, state: MeetingState) throws -> String
}

/// Storage that keeps everything in memory and writes nothing (demo, tests).
public final class MemoryStorage: MeetingStorage {
    public private(set) var events: [MeetingEvent] = []
    public private(set) var finishedLog: SessionLog?
    public var failAppends = false
    public var failFinish = false

    public init() {}

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func append(_ event: MeetingEvent) throws {
        if failAppends { throw Failure(description: "disk full") }
        events.append(event)
    }

    public private(set) var markedClock: Instant?
    public func markClock(_ instant: Instant) -> Bool {
        markedClock = instant
        return true
    }

    public var pendingEvents: Int { 0 }

    public func finish(log: SessionLog, state: MeetingState) throws -> String {
        if failFinish { throw Failure(description: "disk full") }
        finishedLog = log
        return "(demo: nothing saved)"
    }
}
