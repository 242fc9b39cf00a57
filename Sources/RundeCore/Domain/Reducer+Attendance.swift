/// Check-in, late arrivals, guests and speaking order.
extension MeetingState {

    mutating func setAttendance(_ member: Int, _ value: Attendance) -> [MeetingEffect] {
        guard phase == .checkIn, attendance.indices.contains(member), attendance[member] != value
        else { return [] }
        attendance[member] = value
        return []
    }

    mutating func lateArrival(_ member: Int) -> [MeetingEffect] {
        guard phase != .checkIn, attendance.indices.contains(member), attendance[member] != .present
        else { return [] }
        attendance[member] = .present
        late.append(member)
        joinRunningRound(.member(member))
        return []
    }

    mutating func guestArrival() -> [MeetingEffect] {
        let p = Participant.guest(guests)
        guests += 1
        if phase != .checkIn { joinRunningRound(p) }
        return []
    }

    /// A newcomer joins the end of a round in progress (including one the pause interrupted).
    mutating func joinRunningRound(_ p: Participant) {
        let roundPhase = phase == .pause ? pause?.resume : phase
        guard let rp = roundPhase, isRoundPhase(rp), !roundOrder.isEmpty, !roundOrder.contains(p)
        else { return }
        roundOrder.append(p)
    }

    func isRoundPhase(_ k: PhaseKind) -> Bool {
        k == .openingRound || k == .closingRound || k == .processTalk
            || (k == .sharing && sharingMode == .round)
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

    public var presentCount: Int { attendance.reduce(0) { $0 + ($1 == .present ? 1 : 0) } + guests }
}
