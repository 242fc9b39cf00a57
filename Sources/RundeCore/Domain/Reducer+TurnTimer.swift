/// The turn timer: minutes added or removed, hold and resume.
extension MeetingState {

    mutating func adjust(minutes: Int) -> [MeetingEffect] {
        guard minutes != 0 else { return [] }
        if var t = turn {
            let target = max(0, t.targetSeconds + minutes * 60)
            guard target != t.targetSeconds else { return [] }
            t.targetSeconds = target
            let left = t.remaining(at: now)
            if left > 0 { t.timeUp = false }
            if left > 60 { t.warned = false }
            turn = t
            return []
        }
        if phase == .pause, var p = pause {
            let d = max(p.startedAt, p.deadline + Double(minutes * 60))
            guard d != p.deadline else { return [] }
            p.deadline = d
            if now < d { p.overAnnounced = false }
            pause = p
            return []
        }
        return []
    }

    mutating func toggleHold() -> [MeetingEffect] {
        guard var t = turn else { return [] }
        if let since = t.heldSince {
            t.heldSeconds += now - since
            t.heldSince = nil
        } else {
            t.heldSince = now
        }
        turn = t
        return []
    }
}
