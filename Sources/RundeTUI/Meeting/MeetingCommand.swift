import RundeCore

/// What a key press asks the runtime to do.
public enum MeetingCommand: Equatable, Sendable {
    /// Send an event to the domain (the runtime ticks first, then journals and reduces).
    case send(MeetingEvent)
    /// Leave now; an unfinished meeting stays resumable.
    case quit
    /// Leave after the summary (the log is already written).
    case leave
}
