/// Sharing: round or open floor.
extension MeetingState {

    mutating func setSharingMode(_ m: SharingMode) -> [MeetingEffect] {
        guard phase == .sharing, sharingMode != m else { return [] }
        finishTurn(passed: false)
        if now > segmentStart || !currentTurns.isEmpty { closeSegment() }
        sharingMode = m
        roundTarget = nil
        roundOrder = []
        roundIndex = 0
        guard m == .round else { return [] }
        let spoken = Set(
            segments.filter { $0.kind == .sharing }.flatMap { $0.turns.map(\.speaker) })
        let order = presentOrder.filter { !spoken.contains($0) }
        roundOrder = order.isEmpty ? presentOrder : order
        if let first = roundOrder.first { return startTurn(first) }
        return []
    }

    mutating func giveFloor(_ p: Participant) -> [MeetingEffect] {
        guard phase == .sharing, sharingMode == .open, presentOrder.contains(p), turn?.speaker != p
        else { return [] }
        finishTurn(passed: false)
        return startTurn(p)
    }

    mutating func endTurnOpenFloor() -> [MeetingEffect] {
        guard phase == .sharing, sharingMode == .open, turn != nil else { return [] }
        finishTurn(passed: false)
        return []
    }
}
