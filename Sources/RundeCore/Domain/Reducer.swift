/// Reduces one event into the meeting state. Pure: time arrives only through `.tick`.
/// A refused event returns the state unchanged and no effects.
public func reduce(_ state: MeetingState, _ event: MeetingEvent) -> (MeetingState, [MeetingEffect]) {
    var s = state
    let effects = s.apply(event)
    return (s, effects)
}

extension MeetingState {
    /// Rebuilds a state from its setup and its journaled events.
    public static func replay(setup: MeetingSetup, events: [MeetingEvent]) -> MeetingState {
        var s = MeetingState(setup: setup)
        for e in events { _ = s.apply(e) }
        return s
    }

    /// Applies an event in place and returns the effects.
    public mutating func apply(_ event: MeetingEvent) -> [MeetingEffect] {
        return []
    }
}
