/// Undo (`u`): the state before the last step comes back, the clock excepted.
///
/// The stack lives in the state, so replaying a journal that holds `.undo` rebuilds it and
/// undoes the same step: a resume after a crash gives the same meeting. Only the clock (which
/// never goes back) and `recovered` are kept from the present: a turn that was ended by a
/// stray Enter comes back with its start instant, so the seconds since count as its own.
extension MeetingState {

    /// Keeps `before` (the state a step changed) on the undo stack.
    mutating func remember(_ before: MeetingState) {
        var snapshot = before
        snapshot.undoStack = []
        var stack = before.undoStack
        if stack.count >= Self.undoLimit { stack.removeFirst(stack.count - Self.undoLimit + 1) }
        stack.append(snapshot)
        undoStack = stack
    }

    mutating func undoLastStep() -> [MeetingEffect] {
        guard var prior = undoStack.last else { return [] }
        var rest = undoStack
        rest.removeLast()
        prior.now = now
        prior.recovered = recovered
        prior.undoStack = rest
        self = prior
        return []
    }

    /// When the last step that `u` would undo happened.
    public var lastStepAt: Instant? { undoStack.last?.now }
}
