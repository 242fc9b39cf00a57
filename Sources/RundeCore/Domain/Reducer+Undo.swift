/// Undo (`u`): the state before the last step comes back, the clock excepted.
///
/// The stack lives in the state, so replaying a journal that holds `.undo` rebuilds it and
/// undoes the same step: a resume after a crash gives the same meeting. Only the clock (which
/// never goes back), `recovered` and the time away between sittings are kept from the present: a turn that was ended by a
/// stray Enter comes back with its start instant, so the seconds since count as its own, but
/// never the time the program was not running (`holdTheGap`).
extension MeetingState {

    /// After a resume, the time the program was not running (`from` to `to`) is held on the
    /// running turn and on every running turn the undo stack keeps, so no undo ever brings
    /// back a turn that counts it. A turn already held stays held: its hold covers the gap.
    /// The meeting clock and the pause count it when it is the same evening (the room's
    /// evening went on); a gap of another sitting (`newSittingAfterSeconds`) they leave out too
    /// (`awaySeconds`), and the meeting goes on with the times it had.
    mutating func holdTheGap(from: Instant, to: Instant) {
        let gap = to - from
        guard gap > 0 else { return }
        if gap >= Self.newSittingAfterSeconds { awaySeconds += gap }
        func held(_ turn: Turn?) -> Turn? {
            guard var t = turn, !t.isHeld else { return turn }
            t.heldSeconds += gap
            return t
        }
        turn = held(turn)
        for i in undoStack.indices { undoStack[i].turn = held(undoStack[i].turn) }
    }

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
        prior.resumedFrom = nil
        prior.awaySeconds = awaySeconds
        prior.undoStack = rest
        self = prior
        return []
    }

    /// When the last step that `u` would undo happened.
    public var lastStepAt: Instant? { undoStack.last?.now }
}
