/// Plan maths: planned phase lengths, the fair share of a turn, and ahead/behind.
extension MeetingState {
    /// When the meeting should end according to the plan.
    public var plannedEnd: Instant { setup.startedAt + Double(setup.plan.meetingMinutes * 60) }

    private var plannedPresent: Double { Double(max(1, presentCount)) }

    /// Planned seconds for a phase with today's attendance. Sharing gets what the others leave.
    public func plannedSeconds(_ k: PhaseKind) -> Double {
        let plan = setup.plan
        switch k {
        case .checkIn: return Double(MeetingPlan.checkInSeconds)
        case .opening: return Double(MeetingPlan.openingSeconds)
        case .openingRound: return plannedPresent * Double(plan.turnSeconds)
        case .closingRound: return plannedPresent * Double(plan.closingTurnSeconds)
        case .nextMeeting: return Double(MeetingPlan.nextMeetingSeconds)
        case .summary: return 0
        case .pause: return Double(plan.pauseMinutes * 60)
        case .sharing:
            var others = plannedSeconds(.checkIn) + plannedSeconds(.pause)
            for j in setup.agenda where j != .sharing && j != .checkIn && j != .pause { others += plannedSeconds(j) }
            return max(0, Double(plan.meetingMinutes * 60) - others)
        }
    }

    /// The planned length of one turn in a phase, as the plan laid it out.
    public func plannedTurnSeconds(_ k: PhaseKind) -> Double {
        switch k {
        case .openingRound: return Double(setup.plan.turnSeconds)
        case .closingRound: return Double(setup.plan.closingTurnSeconds)
        case .sharing: return plannedSeconds(.sharing) / plannedPresent
        default: return 0
        }
    }

    /// The pause still to come, if it has not been taken.
    private var pendingPauseSeconds: Double {
        (pauseTaken == nil && pause == nil && setup.plan.pauseMinutes > 0) ? plannedSeconds(.pause) : 0
    }

    /// Planned seconds of everything after the current phase.
    public var futurePlannedSeconds: Double {
        upcoming.reduce(0) { $0 + plannedSeconds($1) } + pendingPauseSeconds
    }

    /// Turns left in the current round, counting the one in progress or about to start.
    public var turnsLeftInRound: Int {
        if sharingMode == .open && phase == .sharing {
            let spoken = Set((segments.filter { $0.kind == .sharing }.flatMap(\.turns) + currentTurns).map(\.speaker))
            return max(1, presentOrder.filter { !spoken.contains($0) }.count)
        }
        return max(1, roundOrder.count - roundIndex)
    }

    /// The fair share for a turn starting now: the time left for this phase so the meeting
    /// can end on time, divided by the turns that remain. At least one minute, in steps of 15 s.
    public func suggestedTurnSeconds(for k: PhaseKind) -> Int {
        switch k {
        case .closingRound: return setup.plan.closingTurnSeconds
        case .openingRound, .sharing:
            let budget = (plannedEnd - now) - futurePlannedSeconds
            let raw = budget / Double(turnsLeftInRound)
            let stepped = Int(raw / 15) * 15
            return max(60, stepped)
        default: return setup.plan.turnSeconds
        }
    }

    /// Seconds already spent in a phase, over all its segments.
    public func elapsedSeconds(in k: PhaseKind) -> Double {
        let done = segments.filter { $0.kind == k }.reduce(0.0) { $0 + ($1.end - $1.start) }
        return done + (phase == k ? now - segmentStart : 0)
    }

    /// When the meeting will end if everything from now on goes as planned.
    public var projectedEnd: Instant {
        if let f = finishedAt { return f }
        var current = remainingPlannedSeconds(in: phase)
        if phase == .pause, let p = pause {
            current = max(0, p.deadline - now) + remainingPlannedSeconds(in: p.resume)
        }
        return now + current + futurePlannedSeconds
    }

    /// Planned seconds still to go in a phase, given its progress so far.
    private func remainingPlannedSeconds(in k: PhaseKind) -> Double {
        switch k {
        case .checkIn, .opening, .nextMeeting:
            return max(0, plannedSeconds(k) - elapsedSeconds(in: k))
        case .summary, .pause:
            return 0
        case .openingRound, .closingRound, .sharing:
            if k == .sharing && sharingMode == .open {
                return max(0, plannedSeconds(.sharing) - elapsedSeconds(in: .sharing))
            }
            let after = max(0, roundOrder.count - roundIndex - (turn == nil ? 0 : 1))
            // Against the plan: the current turn counts at its planned length, not its fair share.
            let current = turn.map { max(0, plannedTurnSeconds(k) - $0.elapsed(at: now)) } ?? 0
            return Double(after) * plannedTurnSeconds(k) + current
        }
    }

    /// Positive: ahead of the plan by that many seconds; negative: behind.
    public var aheadSeconds: Double { plannedEnd - projectedEnd }
}
