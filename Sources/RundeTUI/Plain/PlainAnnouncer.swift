import RundeText
import RundeCore

/// Screen-reader mode: turns a meeting milestone into one line of text, in nb or en.
public struct PlainAnnouncer: Sendable {
    /// The language of the announcements: the app's one language type.
    public typealias Language = Lang

    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The line for a milestone. `name` gives a participant's label, which is kept in memory
    /// only; it is stripped of control characters, and an empty label gets a generic one.
    public func line(for milestone: Milestone, name: (Participant) -> String) -> String {
        let nb = language == .nb
        switch milestone {
        case .phaseStarted(let kind):
            return capitalized(phaseName(kind))
        case .turnStarted(let who, let seconds):
            let label = participantLabel(who, name: name)
            let floor = nb ? "\(label) har ordet" : "\(label) has the floor"
            return seconds > 0 ? "\(floor), \(duration(seconds: seconds))" : floor
        case .oneMinuteLeft:
            return nb ? "1 minutt igjen" : "1 minute left"
        case .timeUp:
            return nb ? "Tiden er ute" : "Time is up"
        case .pauseStarted(let minutes):
            let length = duration(seconds: max(0, minutes) * 60)
            return nb ? "Pause i \(length)" : "Pause for \(length)"
        case .pauseOver:
            return nb ? "Pausen er over" : "The pause is over"
        case .pauseSuggested:
            return nb ? "Tid for pause? Trykk p for å starte pausen." : "Time for a pause? Press p to start the pause."
        }
    }

    /// A phase's name in lower case: `samtale` / `sharing`.
    public func phaseName(_ kind: PhaseKind) -> String {
        switch (kind, language) {
        case (.checkIn, .nb): return "oppmøte"
        case (.checkIn, .en): return "check-in"
        case (.opening, .nb): return "åpning"
        case (.opening, .en): return "opening"
        case (.openingRound, .nb): return "runde"
        case (.openingRound, .en): return "round"
        case (.sharing, .nb): return "samtale"
        case (.sharing, .en): return "sharing"
        case (.pause, _): return "pause"
        case (.closingRound, .nb): return "avslutning"
        case (.closingRound, .en): return "closing"
        case (.nextMeeting, .nb): return "neste møte"
        case (.nextMeeting, .en): return "next meeting"
        case (.summary, .nb): return "oppsummering"
        case (.summary, .en): return "summary"
        case (.processTalk, .nb): return "gruppeprat"
        case (.processTalk, .en): return "group talk"
        }
    }

    /// A length of time in words: `3 minutter`, `1 minutt 30 sekunder`, `45 seconds`.
    public func duration(seconds: Int) -> String {
        let s = max(0, seconds)
        let minutes = s / 60, rest = s % 60
        var parts: [String] = []
        if minutes > 0 { parts.append(count(minutes, one: language == .nb ? "minutt" : "minute",
                                            many: language == .nb ? "minutter" : "minutes")) }
        if rest > 0 || minutes == 0 { parts.append(count(rest, one: language == .nb ? "sekund" : "second",
                                                         many: language == .nb ? "sekunder" : "seconds")) }
        return parts.joined(separator: " ")
    }

    private func count(_ n: Int, one: String, many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }

    private func participantLabel(_ who: Participant, name: (Participant) -> String) -> String {
        let label = TextSafety.sanitize(name(who)).trimmingSpaces()
        if !label.isEmpty { return label }
        switch (who, language) {
        case (.member(let i), .nb): return "Medlem \(i + 1)"
        case (.member(let i), .en): return "Member \(i + 1)"
        case (.guest(let i), .nb): return "Gjest \(i + 1)"
        case (.guest(let i), .en): return "Guest \(i + 1)"
        }
    }

    private func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
