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

    /// True once the meeting has reached the summary.
    public var isFinished: Bool { finishedAt != nil }

    /// Applies an event in place and returns the effects. A refused event changes nothing.
    public mutating func apply(_ event: MeetingEvent) -> [MeetingEffect] {
        if isFinished, event != .resumed { if case .tick = event {} else { return [] } }
        switch event {
        case .tick(let t): return tick(t)
        case let .setAttendance(member, value): return setAttendance(member, value)
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
        case let .moveUpcomingPhase(from, to): return moveUpcoming(from: from, to: to)
        case .setSharingMode(let m): return setSharingMode(m)
        case .giveFloor(let p): return giveFloor(p)
        case .endTurn: return endTurnOpenFloor()
        case .setNextLeader(let i): return setNextLeader(i)
        case .skipNextLeader: return skipNextLeader()
        case .setTheme(let text): return setTheme(text)
        case .setNextDate(let d): return setNextDate(d)
        case .resumed:
            recovered = true
            return []
        case .acknowledge(let m): return acknowledge(m)
        case .startProcessTalk: return startProcessTalk()
        case .proposeTheme(let text): return proposeTheme(text)
        }
    }

    // MARK: - time

    private mutating func tick(_ t: Instant) -> [MeetingEffect] {
        guard t > now else { return [] }
        now = t
        if isFinished { return [] }
        var fx: [MeetingEffect] = []
        if !pauseSuggested, pauseTaken == nil, setup.plan.pauseMinutes > 0,
           ![.pause, .nextMeeting, .summary, .checkIn].contains(phase),
           meetingElapsed >= Double(setup.plan.pauseAtMinute * 60) {
            pauseSuggested = true
            fx.append(.announce(.pauseSuggested))
        }
        if var t = turn, !t.isHeld {
            let left = t.remaining(at: now)
            if !t.warned, t.targetSeconds > 60, left <= 60, left > 0 {
                t.warned = true
                fx.append(.announce(.oneMinuteLeft))
            }
            if !t.timeUp, left <= 0 {
                t.timeUp = true
                t.warned = true
                fx.append(.announce(.timeUp))
                fx.append(.bell)
            }
            turn = t
        }
        if var p = pause, !p.overAnnounced, now >= p.deadline {
            p.overAnnounced = true
            pause = p
            fx.append(.announce(.pauseOver))
            fx.append(.bell)
        }
        return fx
    }

    /// Seconds since the meeting started.
    public var meetingElapsed: Double { now - setup.startedAt }

    // MARK: - check-in and arrivals

    private mutating func setAttendance(_ member: Int, _ value: Attendance) -> [MeetingEffect] {
        guard phase == .checkIn, attendance.indices.contains(member), attendance[member] != value else { return [] }
        attendance[member] = value
        return []
    }

    private mutating func lateArrival(_ member: Int) -> [MeetingEffect] {
        guard phase != .checkIn, attendance.indices.contains(member), attendance[member] != .present else { return [] }
        attendance[member] = .present
        late.append(member)
        joinRunningRound(.member(member))
        return []
    }

    private mutating func guestArrival() -> [MeetingEffect] {
        let p = Participant.guest(guests)
        guests += 1
        if phase != .checkIn { joinRunningRound(p) }
        return []
    }

    /// A newcomer joins the end of a round in progress (including one the pause interrupted).
    private mutating func joinRunningRound(_ p: Participant) {
        let roundPhase = phase == .pause ? pause?.resume : phase
        guard let rp = roundPhase, isRoundPhase(rp), !roundOrder.isEmpty, !roundOrder.contains(p) else { return }
        roundOrder.append(p)
    }

    private func isRoundPhase(_ k: PhaseKind) -> Bool {
        k == .openingRound || k == .closingRound || k == .processTalk || (k == .sharing && sharingMode == .round)
    }

    /// Present participants in speaking order: members from today's leader on, then guests.
    public var presentOrder: [Participant] {
        let n = attendance.count
        var out: [Participant] = []
        if n > 0 {
            for k in 0..<n {
                let m = (setup.leader + k) % n
                if attendance[m] == .present { out.append(.member(m)) }
            }
        }
        for g in 0..<guests { out.append(.guest(g)) }
        return out
    }

    public var presentCount: Int { attendance.filter { $0 == .present }.count + guests }

    // MARK: - moving forward

    private mutating func advance() -> [MeetingEffect] {
        switch phase {
        case .checkIn:
            guard presentCount > 0 else { return [] }
            return nextPhase()
        case .opening:
            return nextPhase()
        case .openingRound, .closingRound, .processTalk:
            return nextSpeaker(passed: false)
        case .sharing:
            if sharingMode == .round { return nextSpeaker(passed: false) }
            if turn != nil { finishTurn(passed: false); return [] }
            return nextPhase()
        case .pause:
            return endPause()
        case .nextMeeting:
            switch next.step {
            case .leader:
                next.leaderChosen = next.leaderChoice != nil
                next.step = .theme
                return []
            case .theme:
                next.step = .date
                return []
            case .date, .done:
                next.step = .done
                return nextPhase()
            }
        case .summary:
            return []
        }
    }

    private mutating func pass() -> [MeetingEffect] {
        guard isRoundPhase(phase), turn != nil else { return [] }
        return nextSpeaker(passed: true)
    }

    /// Ends the current turn (if any) and gives the floor to the next in the round, or ends
    /// the phase after the last.
    private mutating func nextSpeaker(passed: Bool) -> [MeetingEffect] {
        if turn != nil {
            finishTurn(passed: passed)
            roundIndex += 1
        }
        if roundIndex < roundOrder.count { return startTurn(roundOrder[roundIndex]) }
        if phase == .processTalk { return endProcessTalk() }
        return nextPhase()
    }

    private mutating func finishTurn(passed: Bool) {
        guard let t = turn else { return }
        currentTurns.append(TurnRecord(speaker: t.speaker, seconds: t.elapsed(at: now), passed: passed,
                                       targetSeconds: t.targetSeconds))
        turn = nil
    }

    private mutating func startTurn(_ p: Participant) -> [MeetingEffect] {
        let target = suggestedTurnSeconds(for: phase)
        turn = Turn(speaker: p, startedAt: now, targetSeconds: target)
        return [.announce(.turnStarted(p, seconds: target))]
    }

    /// Closes the current segment and enters the next phase of the agenda.
    private mutating func nextPhase() -> [MeetingEffect] {
        finishTurn(passed: false)
        closeSegment()
        return enterNextItem()
    }

    private mutating func enterNextItem() -> [MeetingEffect] {
        enter(upcoming.isEmpty ? AgendaItem.summary : upcoming.removeFirst())
    }

    private mutating func closeSegment() {
        let ordinal = (phase == .pause || phase == .processTalk) ? -1 : itemOrdinal
        segments.append(Segment(kind: phase, start: segmentStart, end: now,
                                mode: phase == .sharing ? sharingMode : nil, turns: currentTurns, ordinal: ordinal))
        currentTurns = []
        segmentStart = now
    }

    private mutating func enter(_ newItem: AgendaItem) -> [MeetingEffect] {
        let k = newItem.kind
        phase = k
        item = newItem
        itemOrdinal += 1
        entered.append(newItem)
        segmentStart = now
        roundOrder = []
        roundIndex = 0
        var fx: [MeetingEffect] = [.announce(.phaseStarted(k))]
        switch k {
        case .openingRound, .closingRound:
            roundOrder = presentOrder
            if let first = roundOrder.first { fx += startTurn(first) }
        case .sharing:
            if sharingMode == .round {
                roundOrder = presentOrder
                if let first = roundOrder.first { fx += startTurn(first) }
            }
        case .nextMeeting:
            next.step = .leader
            next.leaderChoice = Rotation.suggestNext(after: setup.leader, attendance: attendance)
        case .summary:
            upcoming = []
            finishedAt = now
            fx.append(.meetingFinished)
        case .checkIn, .opening, .pause, .processTalk:
            break
        }
        return fx
    }

    private mutating func skipPhase() -> [MeetingEffect] {
        switch phase {
        case .summary: return []
        case .pause: return endPause()
        case .processTalk:
            finishTurn(passed: false)
            return endProcessTalk()
        case .checkIn: guard presentCount > 0 else { return [] }
        default: break
        }
        return nextPhase()
    }

    private mutating func goToClosing() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .pause, .processTalk].contains(phase),
              let idx = upcoming.firstIndex(where: { $0.kind == .closingRound }) else { return [] }
        if phase == .pause { recordPauseEnd() }
        finishTurn(passed: false)
        if phase == .processTalk || (phase == .pause && interrupted != nil) {
            closeSegment()
            restoreInterrupted()
            segmentStart = now
            if phase == .pause { phase = item.kind }
        }
        upcoming.removeFirst(idx)
        return nextPhase()
    }

    private mutating func moveUpcoming(from: Int, to: Int) -> [MeetingEffect] {
        let last = upcoming.count - 1   // summary stays last
        guard from != to, (0..<last).contains(from), (0..<last).contains(to) else { return [] }
        let k = upcoming.remove(at: from)
        upcoming.insert(k, at: to)
        return []
    }

    // MARK: - the pause

    private mutating func startPause() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .closingRound, .processTalk].contains(phase),
              pauseTaken == nil, setup.plan.pauseMinutes > 0 else { return [] }
        if turn != nil {
            finishTurn(passed: false)
            if isRoundPhase(phase) { roundIndex += 1 }
        }
        let resume = phase
        closeSegment()
        phase = .pause
        let length = Double(setup.plan.pauseMinutes * 60)
        pause = PauseState(startedAt: now, deadline: now + length, resume: resume)
        return [.announce(.pauseStarted(minutes: setup.plan.pauseMinutes))]
    }

    private mutating func recordPauseEnd() {
        guard let p = pause else { return }
        pauseTaken = PauseTaken(startedAt: p.startedAt, endedAt: now)
        pause = nil
    }

    private mutating func endPause() -> [MeetingEffect] {
        guard phase == .pause, let p = pause else { return [] }
        recordPauseEnd()
        closeSegment()
        phase = p.resume
        var fx: [MeetingEffect] = [.announce(.phaseStarted(p.resume))]
        if isRoundPhase(p.resume) {
            if roundIndex < roundOrder.count {
                fx += startTurn(roundOrder[roundIndex])
            } else if p.resume == .processTalk {
                return endProcessTalk()
            } else {
                // The round was complete when the pause began: carry on with the agenda.
                return enterNextItem()
            }
        }
        return fx
    }

    // MARK: - the turn timer

    private mutating func adjust(minutes: Int) -> [MeetingEffect] {
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

    private mutating func toggleHold() -> [MeetingEffect] {
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

    // MARK: - sharing

    private mutating func setSharingMode(_ m: SharingMode) -> [MeetingEffect] {
        guard phase == .sharing, sharingMode != m else { return [] }
        finishTurn(passed: false)
        if now > segmentStart || !currentTurns.isEmpty { closeSegment() }
        sharingMode = m
        roundOrder = []
        roundIndex = 0
        guard m == .round else { return [] }
        let spoken = Set(segments.filter { $0.kind == .sharing }.flatMap { $0.turns.map(\.speaker) })
        let order = presentOrder.filter { !spoken.contains($0) }
        roundOrder = order.isEmpty ? presentOrder : order
        if let first = roundOrder.first { return startTurn(first) }
        return []
    }

    private mutating func giveFloor(_ p: Participant) -> [MeetingEffect] {
        guard phase == .sharing, sharingMode == .open, presentOrder.contains(p), turn?.speaker != p else { return [] }
        finishTurn(passed: false)
        return startTurn(p)
    }

    private mutating func endTurnOpenFloor() -> [MeetingEffect] {
        guard phase == .sharing, sharingMode == .open, turn != nil else { return [] }
        finishTurn(passed: false)
        return []
    }

    // MARK: - next meeting

    private mutating func setNextLeader(_ i: Int?) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, next.leaderChoice != i else { return [] }
        if let i, !attendance.indices.contains(i) { return [] }
        next.leaderChoice = i
        return []
    }

    private mutating func skipNextLeader() -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .leader, attendance.count > 1 else { return [] }
        let from = next.leaderChoice ?? setup.leader
        next.leaderChoice = Rotation.suggestNext(after: from, attendance: attendance, excluding: setup.leader)
        return []
    }

    private mutating func setTheme(_ text: String) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .theme else { return [] }
        let clean = String(TextSafety.sanitize(text).trimmingSpaces().prefix(200))
        guard clean != next.theme else { return [] }
        next.theme = clean
        return []
    }

    private mutating func setNextDate(_ d: LocalDate) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .date, d > setup.date, d != next.date else { return [] }
        next.date = d
        return []
    }

    // MARK: - cards, process talk, theme proposals

    private mutating func acknowledge(_ member: Int) -> [MeetingEffect] {
        guard phase == .opening, item.acknowledge, attendance.indices.contains(member),
              attendance[member] == .present else { return [] }
        if let i = acknowledged.firstIndex(of: member) { acknowledged.remove(at: i) } else {
            acknowledged.append(member)
            acknowledged.sort()
        }
        return []
    }

    private mutating func startProcessTalk() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .closingRound].contains(phase), interrupted == nil,
              presentCount > 0 else { return [] }
        if turn != nil {
            finishTurn(passed: false)
            if isRoundPhase(phase) { roundIndex += 1 }
        }
        closeSegment()
        interrupted = Interrupted(item: item, ordinal: itemOrdinal, roundOrder: roundOrder, roundIndex: roundIndex,
                                  sharingMode: sharingMode)
        phase = .processTalk
        item = .processTalk
        roundOrder = presentOrder
        roundIndex = 0
        var fx: [MeetingEffect] = [.announce(.phaseStarted(.processTalk))]
        if let first = roundOrder.first { fx += startTurn(first) }
        return fx
    }

    private mutating func restoreInterrupted() {
        guard let i = interrupted else { return }
        item = i.item
        itemOrdinal = i.ordinal
        roundOrder = i.roundOrder
        roundIndex = i.roundIndex
        sharingMode = i.sharingMode
        phase = i.item.kind
        interrupted = nil
    }

    /// Ends a process talk and returns to the phase it interrupted.
    private mutating func endProcessTalk() -> [MeetingEffect] {
        closeSegment()
        restoreInterrupted()
        var fx: [MeetingEffect] = [.announce(.phaseStarted(phase))]
        if isRoundPhase(phase) {
            if roundIndex < roundOrder.count { fx += startTurn(roundOrder[roundIndex]) } else { return enterNextItem() }
        }
        return fx
    }

    private mutating func proposeTheme(_ text: String) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .theme else { return [] }
        let clean = String(TextSafety.sanitize(text).trimmingSpaces().prefix(200))
        guard !clean.isEmpty, !next.proposals.contains(clean), next.proposals.count < 30 else { return [] }
        next.proposals.append(clean)
        return []
    }
}
