/// Time: ticks, warnings, the pause suggestion.
extension MeetingState {

    /// Moves the clock to `t`. Whatever else a tick changes comes with an effect, so a tick
    /// with none changed only `now` (the live loop journals such ticks late; PropertyTests
    /// checks the promise).
    mutating func tick(_ t: Instant) -> [MeetingEffect] {
        guard t > now else { return [] }
        now = t
        if isFinished { return [] }
        var fx: [MeetingEffect] = []
        if !pauseSuggested, pauseTaken == nil, setup.plan.pauseMinutes > 0,
            ![.pause, .nextMeeting, .summary, .checkIn].contains(phase),
            meetingElapsed >= Double(setup.plan.pauseAtMinute * 60), now < plannedEnd
        {
            pauseSuggested = true
            fx.append(.milestone(.pauseSuggested))
        }
        if var t = turn, !t.isHeld {
            let left = t.remaining(at: now)
            if !t.warned, t.targetSeconds > 60, left <= 60, left > 0 {
                t.warned = true
                fx.append(.milestone(.oneMinuteLeft))
            }
            if !t.timeUp, left <= 0 {
                t.timeUp = true
                t.warned = true
                fx.append(.milestone(.timeUp))
                fx.append(.bell)
            }
            turn = t
        }
        if var p = pause, !p.overAnnounced, now >= p.deadline {
            p.overAnnounced = true
            pause = p
            fx.append(.milestone(.pauseOver))
            fx.append(.bell)
        }
        return fx
    }

    /// Seconds since the meeting started, less the time away between sittings (`awaySeconds`).
    public var meetingElapsed: Double { now - setup.startedAt - awaySeconds }
}
