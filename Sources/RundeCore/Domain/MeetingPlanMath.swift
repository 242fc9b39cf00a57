/// Plan maths: planned phase lengths, the fair share of a turn, and ahead/behind.
extension MeetingState {
    /// When the meeting should end according to the plan (later by the time away between
    /// sittings, `awaySeconds`).
    public var plannedEnd: Instant {
        setup.startedAt + Double(setup.plan.meetingMinutes * 60) + awaySeconds
    }

    private var plannedPresent: Double { Double(max(1, presentCount)) }

    /// Planned seconds for a kind of phase with today's attendance, by default.
    public func plannedSeconds(_ k: PhaseKind) -> Double {
        let plan = setup.plan
        switch k {
        case .checkIn: return Double(MeetingPlan.checkInSeconds)
        case .opening: return Double(MeetingPlan.openingSeconds)
        case .openingRound: return plannedPresent * Double(plan.turnSeconds)
        case .closingRound: return plannedPresent * Double(plan.closingTurnSeconds)
        case .nextMeeting: return Double(MeetingPlan.nextMeetingSeconds)
        case .summary, .processTalk: return 0
        case .pause: return Double(plan.pauseMinutes * 60)
        case .sharing: return sharingSeconds
        }
    }

    /// Planned seconds for one agenda item. Fixed steps (cards, closing, next meeting) take their
    /// own minutes or the default. Talking steps share what the fixed ones leave of the meeting:
    /// sharing without minutes takes the rest; when there is no such sharing step, the rounds
    /// are stretched or shrunk in proportion, so the agenda always fills the planned meeting.
    public func plannedSeconds(_ item: AgendaItem) -> Double {
        guard isTalk(item.kind) else { return fixedSeconds(item) * fitScale }
        let nominal = nominalSeconds(item) * fitScale
        if item.kind == .sharing && item.minutes == nil {
            let count = max(
                1,
                setup.agenda.reduce(0) { $0 + ($1.kind == .sharing && $1.minutes == nil ? 1 : 0) })
            return sharingSeconds / Double(count)
        }
        if hasElasticSharing { return nominal }
        let talk = setup.agenda.reduce(0.0) { isTalk($1.kind) ? $0 + nominalSeconds($1) : $0 }
        guard talk > 0 else { return nominal }
        return nominalSeconds(item) * max(0, talkAvailable) / talk
    }

    /// A step that is not talk (a card, the closing round, next meeting, check-in) at its own
    /// minutes or the default for its kind, before it is fitted to the meeting.
    private func fixedSeconds(_ item: AgendaItem) -> Double {
        item.minutes.map { Double($0 * 60) } ?? plannedSeconds(item.kind)
    }

    /// How much every planned step is scaled so the agenda fits the meeting: 1 when it fits
    /// (as it does at the usual lengths), less when the steps' own minutes add up to more than
    /// the meeting (a 10-minute meeting with the first meeting's format), so a meeting never
    /// opens far behind a plan it could not keep. Sharing without minutes takes what is left
    /// and counts for nothing here.
    public var fitScale: Double {
        var total = plannedSeconds(PhaseKind.checkIn) + plannedSeconds(PhaseKind.pause)
        for j in setup.agenda where j.kind != .checkIn && j.kind != .pause {
            total += isTalk(j.kind) ? nominalSeconds(j) : fixedSeconds(j)
        }
        let meeting = Double(setup.plan.meetingMinutes * 60)
        guard total > meeting, total > 0 else { return 1 }
        return max(0, meeting) / total
    }

    /// A talking step's length before it is fitted to the meeting.
    private func nominalSeconds(_ item: AgendaItem) -> Double {
        if let m = item.minutes { return Double(m * 60) }
        return item.kind == .openingRound ? plannedSeconds(PhaseKind.openingRound) : 0
    }

    private var hasElasticSharing: Bool {
        setup.agenda.contains { $0.kind == .sharing && $0.minutes == nil }
    }

    /// The meeting less every fixed step (check-in, the pause, cards, closing, next meeting).
    private var talkAvailable: Double {
        var fixed = plannedSeconds(PhaseKind.checkIn) + plannedSeconds(PhaseKind.pause)
        for j in setup.agenda where !isTalk(j.kind) && j.kind != .checkIn && j.kind != .pause {
            fixed += fixedSeconds(j)
        }
        return Double(setup.plan.meetingMinutes * 60) - fixed * fitScale
    }

    /// Time the plan leaves for sharing: the meeting less every other planned step.
    private var sharingSeconds: Double {
        var rest = talkAvailable
        let scale = fitScale
        for j in setup.agenda where isTalk(j.kind) && !(j.kind == .sharing && j.minutes == nil) {
            rest -= nominalSeconds(j) * scale
        }
        return max(0, rest)
    }

    /// The planned length of one turn in the current item, as the plan laid it out.
    public func plannedTurnSeconds(_ it: AgendaItem) -> Double {
        switch it.kind {
        case .openingRound:
            return plannedSeconds(it) / plannedPresent
        case .closingRound:
            return
                (it.minutes.map { Double($0 * 60) / plannedPresent }
                ?? Double(setup.plan.closingTurnSeconds)) * fitScale
        case .sharing: return plannedSeconds(it) / plannedPresent
        case .processTalk: return Double(setup.plan.turnSeconds)
        default: return 0
        }
    }

    /// The pause still to come, if it has not been taken.
    private var pendingPauseSeconds: Double {
        (pauseTaken == nil && pause == nil && setup.plan.pauseMinutes > 0)
            ? plannedSeconds(PhaseKind.pause) * fitScale : 0
    }

    /// Planned seconds of everything after the current item.
    public var futurePlannedSeconds: Double {
        upcoming.reduce(0) { $0 + plannedSeconds($1) } + pendingPauseSeconds
    }

    /// Turns left in the current round, counting the one in progress or about to start.
    public var turnsLeftInRound: Int {
        if sharingMode == .open && phase == .sharing {
            let spoken = Set(
                (segments.filter { $0.kind == .sharing }.flatMap(\.turns) + currentTurns).map(
                    \.speaker))
            return max(1, presentOrder.filter { !spoken.contains($0) }.count)
        }
        return max(1, roundOrder.count - roundIndex)
    }

    /// Talking steps share the time that is left: rounds and sharing (closing turns are fixed).
    private func isTalk(_ k: PhaseKind) -> Bool { k == .openingRound || k == .sharing }

    /// The fair share for the turns of a round starting now (the reducer sets it once per
    /// round: `roundTarget`). The talking time left (until the planned end, less the planned
    /// length of every other step still to come) is shared among the talking turns that
    /// remain, in proportion to their planned lengths, so time gained or lost is spread over
    /// all of them. Kept between half and twice the step's planned turn length
    /// (`turnBounds`), in steps of 15 s: no turn starts "over time", none balloons.
    public func suggestedTurnSeconds(for k: PhaseKind) -> Int {
        switch k {
        case .closingRound:
            let scale = fitScale
            guard let m = item.minutes else {
                // A meeting too short for its agenda shortens the closing turns with the rest.
                guard scale < 1 else { return setup.plan.closingTurnSeconds }
                let scaled = Double(setup.plan.closingTurnSeconds) * scale
                return max(15, Int((scaled / 15).rounded()) * 15)
            }
            return max(30, Int((Double(m * 60) * scale / plannedPresent / 15).rounded()) * 15)
        case .processTalk: return setup.plan.turnSeconds
        case .openingRound, .sharing:
            let futureTalk = upcoming.reduce(0.0) { isTalk($1.kind) ? $0 + plannedSeconds($1) : $0 }
            let futureOther = futurePlannedSeconds - futureTalk
            let available = (plannedEnd - now) - futureOther
            let perTurn = plannedTurnSeconds(item)
            let plannedTalk = Double(turnsLeftInRound) * perTurn + futureTalk
            let share =
                plannedTalk > 0
                ? perTurn * available / plannedTalk : available / Double(turnsLeftInRound)
            let bounds = turnBounds(item)
            return min(bounds.upperBound, max(bounds.lowerBound, Int((share / 15).rounded()) * 15))
        default: return setup.plan.turnSeconds
        }
    }

    /// The least and most a talking step's round target may be: half and twice its planned
    /// turn length (from the plan, never from the time left; `turn_seconds` when the plan
    /// gives the step no time), in whole steps of 15 s, at least 15 s.
    public func turnBounds(_ it: AgendaItem) -> ClosedRange<Int> {
        let perTurn = plannedTurnSeconds(it)
        let planned = perTurn >= 15 ? perTurn : Double(max(15, setup.plan.turnSeconds))
        let low = max(15, Int((planned / 2 / 15).rounded(.up)) * 15)
        let high = max(low, Int((planned * 2 / 15).rounded(.down)) * 15)
        return low...high
    }

    /// Seconds spent in the current agenda item, across a pause or a process talk.
    public var elapsedInItem: Double {
        let done = segments.filter { $0.ordinal == itemOrdinal }.reduce(0.0) {
            $0 + ($1.end - $1.start)
        }
        return done + (phase == item.kind ? now - segmentStart : 0)
    }

    /// When the meeting will end if everything from now on goes as planned.
    public var projectedEnd: Instant { projectedEnd(future: futurePlannedSeconds) }

    /// `projectedEnd` with `futurePlannedSeconds` given: it does not change with the clock, so
    /// a view drawn every second can work it out once.
    public func projectedEnd(future: Double) -> Instant {
        if let f = finishedAt { return f }
        var current = remainingPlannedSeconds(in: item)
        if phase == .pause, let p = pause {
            current = max(0, p.deadline - now) + remainingPlannedSeconds(in: item)
        }
        if phase == .processTalk, let i = interrupted {
            let after = max(0, roundOrder.count - roundIndex - (turn == nil ? 0 : 1))
            current =
                Double(after) * plannedTurnSeconds(.processTalk)
                + max(0, turn?.remaining(at: now) ?? 0)
                + remainingPlannedSeconds(
                    in: i.item, roundOrder: i.roundOrder, roundIndex: i.roundIndex, running: false)
        }
        // Process talk takes its time out of sharing (MeetingPlanMath+ProcessTalk).
        return now + current + future - processTalkCredit
    }

    /// Planned seconds still to go in an agenda item, given its progress so far.
    private func remainingPlannedSeconds(in it: AgendaItem) -> Double {
        remainingPlannedSeconds(
            in: it, roundOrder: roundOrder, roundIndex: roundIndex, running: turn != nil)
    }

    private func remainingPlannedSeconds(
        in it: AgendaItem, roundOrder: [Participant], roundIndex: Int, running: Bool
    ) -> Double {
        switch it.kind {
        case .checkIn, .opening, .nextMeeting:
            return max(0, plannedSeconds(it) - elapsedInItem)
        case .summary, .pause, .processTalk:
            return 0
        case .openingRound, .closingRound, .sharing:
            if it.kind == .sharing && sharingMode == .open {
                return max(0, plannedSeconds(it) - elapsedInItem)
            }
            let after = max(0, roundOrder.count - roundIndex - (running ? 1 : 0))
            // Against the plan: the current turn counts at its planned length, not its fair share.
            let current =
                (running ? turn : nil).map { max(0, plannedTurnSeconds(it) - $0.elapsed(at: now)) }
                ?? 0
            return Double(after) * plannedTurnSeconds(it) + current
        }
    }

    /// Positive: ahead of the plan by that many seconds; negative: behind.
    public var aheadSeconds: Double { plannedEnd - projectedEnd }

    /// `aheadSeconds` with `futurePlannedSeconds` given (see `projectedEnd(future:)`).
    public func aheadSeconds(future: Double) -> Double { plannedEnd - projectedEnd(future: future) }
}
