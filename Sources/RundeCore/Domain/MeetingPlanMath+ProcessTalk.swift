/// Process talk in the plan (DESIGN §1, "process talk"): its turns have the normal length, and
/// its time comes out of sharing, so stopping to talk about how the group works never makes
/// the plan call the group "behind".
extension MeetingState {
    /// Seconds spent in process talks so far, the running one included.
    public var processTalkSeconds: Double {
        segments.filter { $0.kind == .processTalk }.reduce(0.0) { $0 + ($1.end - $1.start) }
            + (phase == .processTalk ? now - segmentStart : 0)
    }

    /// Planned seconds still to go in the running process talk (its turns at their planned length).
    var processTalkPlannedLeft: Double {
        guard phase == .processTalk else { return 0 }
        let after = max(0, roundOrder.count - roundIndex - (turn == nil ? 0 : 1))
        return Double(after) * plannedTurnSeconds(.processTalk)
            + max(0, turn?.remaining(at: now) ?? 0)
    }

    /// What the process talks take out of sharing: their time, spent and still planned, up to
    /// all the time the plan gives sharing. `projectedEnd` subtracts it.
    public var processTalkCredit: Double {
        let sharing = setup.agenda.filter { $0.kind == .sharing }.reduce(0.0) {
            $0 + plannedSeconds($1)
        }
        return min(processTalkSeconds + processTalkPlannedLeft, sharing)
    }
}
