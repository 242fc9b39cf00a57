/// Moving forward: next speaker, next phase, skipping, closing, reordering.
extension MeetingState {

    mutating func advance() -> [MeetingEffect] {
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
            if turn != nil {
                finishTurn(passed: false)
                return []
            }
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

    mutating func pass() -> [MeetingEffect] {
        guard isRoundPhase(phase), let t = turn else { return [] }
        lastPass = PassNote(speaker: t.speaker, at: now)
        return nextSpeaker(passed: true)
    }

    /// Ends the current turn (if any) and gives the floor to the next in the round, or ends
    /// the phase after the last.
    mutating func nextSpeaker(passed: Bool) -> [MeetingEffect] {
        if turn != nil {
            finishTurn(passed: passed)
            roundIndex += 1
        }
        if roundIndex < roundOrder.count { return startTurn(roundOrder[roundIndex]) }
        if phase == .processTalk { return endProcessTalk() }
        return nextPhase()
    }

    mutating func finishTurn(passed: Bool) {
        guard let t = turn else { return }
        currentTurns.append(
            TurnRecord(
                speaker: t.speaker, seconds: t.elapsed(at: now), passed: passed,
                targetSeconds: t.targetSeconds))
        turn = nil
    }

    mutating func startTurn(_ p: Participant) -> [MeetingEffect] {
        let target: Int
        if phase == .openingRound || phase == .sharing {
            // One target for the whole round, set as its first turn starts.
            let t = roundTarget ?? suggestedTurnSeconds(for: phase)
            roundTarget = t
            target = t
        } else {
            target = suggestedTurnSeconds(for: phase)
        }
        turn = Turn(speaker: p, startedAt: now, targetSeconds: target)
        return [.milestone(.turnStarted(p, seconds: target))]
    }

    /// Closes the current segment and enters the next phase of the agenda.
    mutating func nextPhase() -> [MeetingEffect] {
        finishTurn(passed: false)
        closeSegment()
        return enterNextItem()
    }

    mutating func enterNextItem() -> [MeetingEffect] {
        enter(upcoming.isEmpty ? AgendaItem.summary : upcoming.removeFirst())
    }

    mutating func closeSegment() {
        let ordinal = (phase == .pause || phase == .processTalk) ? -1 : itemOrdinal
        segments.append(
            Segment(
                kind: phase, start: segmentStart, end: now,
                mode: phase == .sharing ? sharingMode : nil, turns: currentTurns, ordinal: ordinal))
        currentTurns = []
        segmentStart = now
    }

    mutating func enter(_ newItem: AgendaItem) -> [MeetingEffect] {
        let k = newItem.kind
        phase = k
        item = newItem
        itemOrdinal += 1
        entered.append(newItem)
        segmentStart = now
        roundOrder = []
        roundIndex = 0
        roundTarget = nil
        var fx: [MeetingEffect] = [.milestone(.phaseStarted(k))]
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
            next.leaderChoice = suggestedNextLeader
        case .summary:
            upcoming = []
            finishedAt = now
            fx.append(.meetingFinished)
        case .checkIn, .opening, .pause, .processTalk:
            break
        }
        return fx
    }

    mutating func skipPhase() -> [MeetingEffect] {
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

    mutating func goToClosing() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .pause, .processTalk].contains(phase),
            let idx = upcoming.firstIndex(where: { $0.kind == .closingRound })
        else { return [] }
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

    mutating func moveUpcoming(from: Int, to: Int) -> [MeetingEffect] {
        let last = upcoming.count - 1  // summary stays last
        guard from != to, (0..<last).contains(from), (0..<last).contains(to) else { return [] }
        let k = upcoming.remove(at: from)
        upcoming.insert(k, at: to)
        return []
    }
}
