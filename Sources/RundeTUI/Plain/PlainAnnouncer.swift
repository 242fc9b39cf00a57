import RundeCore
import RundeText

/// Screen-reader mode's words: lengths of time and keys in words,
/// participants' labels made safe. Every text comes from the catalog (`PlainText`).
public struct PlainAnnouncer: Sendable {
    /// The language of the announcements: the app's one language type.
    public typealias Language = Lang

    public var language: Language
    var s: Catalog { Catalog(language) }

    public init(language: Language) {
        self.language = language
    }

    /// A phase's name in lower case: `samtale` / `sharing`.
    public func phaseName(_ kind: PhaseKind) -> String {
        s.phase(kind).lowercased()
    }

    /// An exact length of time in words: `3 minutter`, `1 minutt 30 sekunder`, `45 seconds`,
    /// `1 time 5 minutter 3 sekunder`.
    public func duration(seconds: Int) -> String {
        let t = max(0, seconds)
        let h = t / 3600
        let m = t / 60 % 60
        let sec = t % 60
        var parts: [String] = []
        if h > 0 { parts.append(h == 1 ? s[.plainHour] : s.f(.plainHours, h)) }
        if m > 0 { parts.append(m == 1 ? s[.plainMinute] : s.f(.plainMinutes, m)) }
        if sec > 0 || parts.isEmpty {
            parts.append(sec == 1 ? s[.plainSecond] : s.f(.plainSeconds, sec))
        }
        return parts.joined(separator: " ")
    }

    /// A length of time as a listener wants it: exact under two minutes, else whole minutes,
    /// with hours from 60 minutes on. Time left is rounded down (never promises more than
    /// there is); other lengths to the nearest minute.
    public func roughDuration(seconds: Double, left: Bool = false) -> String {
        let t = max(0, seconds)
        if t < 120 { return duration(seconds: Int(t.rounded(.up))) }
        let minutes = Int((t / 60).rounded(left ? .down : .toNearestOrAwayFromZero))
        return duration(seconds: minutes * 60)
    }

    /// A key label of the footer in words: `↑/↓` → "Pil opp og ned", `␣` → "Mellomrom".
    public func keyName(_ label: String) -> String { SpokenKeys.spoken(label, s) }

    /// A participant's label, stripped of control characters; an empty one gets a generic label.
    public func participantLabel(_ who: Participant, name: (Participant) -> String) -> String {
        let label = TextSafety.sanitize(name(who)).trimmingSpaces()
        if !label.isEmpty { return label }
        switch who {
        case .member(let i): return s.f(.plainMember, i + 1)
        case .guest(let i): return s.f(.guest, i + 1)
        }
    }
}
