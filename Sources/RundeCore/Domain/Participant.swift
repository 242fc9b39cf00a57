/// Someone who can have the floor: a roster member (by rotation index) or a guest (by arrival
/// order). Guests' names never enter the domain; the UI keeps them in memory only.
public enum Participant: Hashable, Codable, Sendable {
    case member(Int)
    case guest(Int)
}

/// A member's attendance at check-in.
public enum Attendance: String, Codable, CaseIterable, Sendable {
    case present
    case notifiedAbsent = "notified_absent"
    case absent

    /// present → absent with notice → absent → present.
    public var cycled: Attendance {
        switch self {
        case .present: return .notifiedAbsent
        case .notifiedAbsent: return .absent
        case .absent: return .present
        }
    }
}

/// How speaking turns are given in sharing.
public enum SharingMode: String, Codable, CaseIterable, Sendable {
    /// Fixed order, everyone in turn.
    case round
    /// *Ordet er fritt*: the leader gives the floor to whoever takes it.
    case open
}

/// The phases of a meeting (DESIGN §1). Raw values are the log's `kind` strings.
public enum PhaseKind: String, Codable, CaseIterable, Sendable {
    case checkIn = "check_in"
    case opening
    case openingRound = "opening_round"
    case sharing
    case pause
    case closingRound = "closing_round"
    /// "Stop and talk about it": a round on how the group is working, asked for at any time.
    case processTalk = "process_talk"
    case nextMeeting = "next_meeting"
    case summary

    /// Phases in which people take turns.
    public var hasTurns: Bool {
        self == .openingRound || self == .sharing || self == .closingRound || self == .processTalk
    }

}
