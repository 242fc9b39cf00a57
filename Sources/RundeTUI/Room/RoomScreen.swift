import RundeCore
import RundeRoom
import RundeText

/// What the room view knows: the meeting's last message and when it came (on the room's own
/// clock), or that it waits for one; and its help and notice. It counts the seconds between
/// messages itself, so the meeting sends only what changes.
public struct RoomScreen: Equatable, Sendable {
    /// Where the room view stands with the meeting.
    public enum Link: Equatable, Sendable {
        /// No meeting seen yet.
        case waiting
        /// The meeting as last told, and when that was on the room's clock.
        case live(RoomMessage, receivedAt: Double)
        /// The meeting went away before its end (quit to resume later, or a crash).
        case gone
        /// The meeting reached its end and closed.
        case over
    }

    public var link: Link = .waiting
    /// The number of the meeting last seen, kept after it ends or stops, so the header still
    /// says which meeting it was.
    public var meetingNumber: Int?
    public var strings: Catalog
    /// `?` shows what the view is.
    public var help = false
    /// A line in place of the footer until the next key (what Esc does here).
    public var notice: String?

    public init(lang: Lang) {
        strings = Catalog(lang)
    }

    /// A message arrived at `t` on the room's clock.
    public mutating func received(_ m: RoomMessage, at t: Double) {
        link = .live(m, receivedAt: t)
        meetingNumber = m.meetingNumber
    }

    /// The connection closed: the meeting ended, or stopped before its end.
    public mutating func lost() {
        switch link {
        case .live(let m, _): link = m.isOver ? .over : .gone
        case .waiting, .gone, .over: break
        }
    }

    /// What a key asks of the room view.
    public enum KeyResult: Equatable, Sendable { case stay, leave }

    /// A key: `q` leaves; `?` opens and closes the help; Esc closes the help, or says that q
    /// is the way out (it never leaves: a stray Esc must not close the group's clock).
    public mutating func press(_ key: Key) -> KeyResult {
        notice = nil
        switch key {
        case .char("q"), .char("Q"): return .leave
        case .char("?"): help.toggle()
        case .escape:
            if help { help = false } else { notice = strings[.roomEscHint] }
        default: help = false
        }
        return .stay
    }

    /// The meeting's clock at `t` on the room's clock, counted on from the last message.
    public func meetingNow(at t: Double) -> Double? {
        guard case .live(let m, let received) = link else { return nil }
        return m.sentAt + max(0, t - received)
    }

    /// Milliseconds from `t` until the next second the big digits turn over (plus 2), so the
    /// view wakes once a second while a clock runs; nil when nothing on it moves with time.
    public func millisecondsToNextChange(at t: Double) -> Int? {
        guard case .live(let m, _) = link, let now = meetingNow(at: t) else { return nil }
        let left: Double
        if m.phase == .pause, let d = m.pauseDeadline {
            left = d - now
        } else if let turn = m.turn, turn.heldAt == nil {
            left = turn.remaining(at: now)
        } else {
            return nil
        }
        let frac = left - left.rounded(.down)
        let wait = frac < 0.0005 ? 1.0 : frac
        return Int((wait * 1000).rounded(.up)) + 2
    }
}
