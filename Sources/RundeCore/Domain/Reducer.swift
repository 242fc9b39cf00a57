/// Reduces one event into the meeting state. Pure: time arrives only through `.tick`.
/// A refused event returns the state unchanged and no effects.
public func reduce(_ state: MeetingState, _ event: MeetingEvent) -> (MeetingState, [MeetingEffect])
{
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

    /// True once the meeting has reached the summary.
    public var isFinished: Bool { finishedAt != nil }

    /// Applies an event in place and returns the effects. A refused event changes nothing.
    /// A step (`MeetingEvent.isStep`) that changed anything is remembered for `undo`.
    public mutating func apply(_ event: MeetingEvent) -> [MeetingEffect] {
        // `.resumed` marks the instant last seen for the next event only (`resumedFrom`).
        if let from = resumedFrom {
            resumedFrom = nil
            if case .tick(let t) = event { holdTheGap(from: from, to: t) }
        }
        // On the summary only the clock moves, and `u` goes back into the meeting (DESIGN §1
        // "Slips are cheap": until Runde is left).
        if isFinished, event != .resumed, event != .undo {
            if case .tick = event {} else { return [] }
        }
        guard event.isStep else { return applyEvent(event) }
        let before = self
        let fx = applyEvent(event)
        // A pass belongs to the round it happened in: a step into another phase (or item)
        // ends its notice. Undo gives back the state as it was, notice included.
        if event != .undo, phase != before.phase || itemOrdinal != before.itemOrdinal {
            lastPass = nil
        }
        if !fx.isEmpty || self != before { remember(before) }
        return fx
    }

    /// Whether `event` would change the meeting now: the question the keymap asks before it
    /// offers a key, so the footer, the help and the reducer agree.
    public func canApply(_ event: MeetingEvent) -> Bool {
        var base = self
        base.resumedFrom = nil  // the resume's mark is no part of the question
        var copy = base
        let fx = copy.apply(event)
        return !fx.isEmpty || copy != base
    }

    private mutating func applyEvent(_ event: MeetingEvent) -> [MeetingEffect] {
        switch event {
        case .tick(let t): return tick(t)
        case .setAttendance(let member, let value): return setAttendance(member, value)
        case .advance: return advance()
        case .pass: return pass()
        case .startPause: return startPause()
        case .endPause: return phase == .pause ? endPause() : []
        case .adjustTurn(let minutes): return adjust(minutes: minutes)
        case .toggleHold: return toggleHold()
        case .lateArrival(let m): return lateArrival(m)
        case .guestArrival: return guestArrival()
        case .goToClosing: return goToClosing()
        case .skipPhase: return skipPhase()
        case .moveUpcomingPhase(let from, let to): return moveUpcoming(from: from, to: to)
        case .setSharingMode(let m): return setSharingMode(m)
        case .giveFloor(let p): return giveFloor(p)
        case .endTurn: return endTurnOpenFloor()
        case .setNextLeader(let i): return setNextLeader(i)
        case .skipNextLeader: return skipNextLeader()
        case .setTheme(let text): return setTheme(text)
        case .setNextDate(let d): return setNextDate(d)
        case .resumed:
            recovered = true
            resumedFrom = now
            return []
        case .acknowledge(let m): return acknowledge(m)
        case .startProcessTalk: return startProcessTalk()
        case .proposeTheme(let text): return proposeTheme(text)
        case .undo: return undoLastStep()
        case .decide(let choice, let newHorizon): return decide(choice, newHorizon: newHorizon)
        case .setFollowUp(let d): return setFollowUp(d)
        }
    }
}
