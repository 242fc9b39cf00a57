/// The pause: started by the leader, never forced.
extension MeetingState {

    mutating func startPause() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .closingRound, .processTalk].contains(phase),
            pauseTaken == nil, setup.plan.pauseMinutes > 0
        else { return [] }
        if turn != nil {
            finishTurn(passed: false)
            if isRoundPhase(phase) { roundIndex += 1 }
        }
        let resume = phase
        closeSegment()
        phase = .pause
        let length = Double(setup.plan.pauseMinutes * 60)
        pause = PauseState(startedAt: now, deadline: now + length, resume: resume)
        return [.milestone(.pauseStarted(minutes: setup.plan.pauseMinutes))]
    }

    mutating func recordPauseEnd() {
        guard let p = pause else { return }
        pauseTaken = PauseTaken(startedAt: p.startedAt, endedAt: now)
        pause = nil
    }

    mutating func endPause() -> [MeetingEffect] {
        guard phase == .pause, let p = pause else { return [] }
        recordPauseEnd()
        closeSegment()
        phase = p.resume
        var fx: [MeetingEffect] = [.milestone(.phaseStarted(p.resume))]
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
}
