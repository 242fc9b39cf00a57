/// Cards with acknowledgements, process talk, theme proposals.
extension MeetingState {

    mutating func acknowledge(_ member: Int) -> [MeetingEffect] {
        // Indices past the roster are guests, in arrival order: a guest may acknowledge the
        // frame whenever it is shown to them (DESIGN §1, a guest).
        let guest = member >= attendance.count && member < attendance.count + guests
        guard
            guest
                || (phase == .opening && item.acknowledge && attendance.indices.contains(member)
                    && attendance[member] == .present)
        else { return [] }
        if let i = acknowledged.firstIndex(of: member) {
            acknowledged.remove(at: i)
        } else {
            acknowledged.append(member)
            acknowledged.sort()
        }
        return []
    }

    mutating func startProcessTalk() -> [MeetingEffect] {
        guard [.opening, .openingRound, .sharing, .closingRound].contains(phase),
            interrupted == nil,
            presentCount > 0
        else { return [] }
        if turn != nil {
            finishTurn(passed: false)
            if isRoundPhase(phase) { roundIndex += 1 }
        }
        closeSegment()
        interrupted = Interrupted(
            item: item, ordinal: itemOrdinal, roundOrder: roundOrder, roundIndex: roundIndex,
            sharingMode: sharingMode, roundTarget: roundTarget)
        roundTarget = nil
        phase = .processTalk
        item = .processTalk
        roundOrder = presentOrder
        roundIndex = 0
        var fx: [MeetingEffect] = [.milestone(.phaseStarted(.processTalk))]
        if let first = roundOrder.first { fx += startTurn(first) }
        return fx
    }

    mutating func restoreInterrupted() {
        guard let i = interrupted else { return }
        item = i.item
        itemOrdinal = i.ordinal
        roundOrder = i.roundOrder
        roundIndex = i.roundIndex
        sharingMode = i.sharingMode
        roundTarget = i.roundTarget
        phase = i.item.kind
        interrupted = nil
    }

    /// Ends a process talk and returns to the phase it interrupted.
    mutating func endProcessTalk() -> [MeetingEffect] {
        closeSegment()
        restoreInterrupted()
        var fx: [MeetingEffect] = [.milestone(.phaseStarted(phase))]
        if isRoundPhase(phase) {
            if roundIndex < roundOrder.count {
                fx += startTurn(roundOrder[roundIndex])
            } else {
                return enterNextItem()
            }
        }
        return fx
    }

    mutating func proposeTheme(_ text: String) -> [MeetingEffect] {
        guard phase == .nextMeeting, next.step == .theme else { return [] }
        let clean = String(TextSafety.sanitize(text).trimmingSpaces().prefix(200))
        guard !clean.isEmpty, !next.proposals.contains(clean), next.proposals.count < 30 else {
            return []
        }
        next.proposals.append(clean)
        return []
    }
}
