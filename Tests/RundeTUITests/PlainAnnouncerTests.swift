import RundeCore
import Testing
@testable import RundeTUI

@Suite struct PlainAnnouncerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var milestone: Milestone
        var nb: String
        var en: String
        var testDescription: String { en }
    }

    static let names: @Sendable (Participant) -> String = { who in
        switch who {
        case .member(0): return "Kari"
        case .member(1): return "Ola"
        case .member: return ""
        case .guest: return "Gjesten"
        }
    }

    static let cases: [Case] = [
        Case(milestone: .phaseStarted(.checkIn), nb: "Oppmøte", en: "Check-in"),
        Case(milestone: .phaseStarted(.opening), nb: "Åpning", en: "Opening"),
        Case(milestone: .phaseStarted(.openingRound), nb: "Runde", en: "Round"),
        Case(milestone: .phaseStarted(.sharing), nb: "Samtale", en: "Sharing"),
        Case(milestone: .phaseStarted(.pause), nb: "Pause", en: "Pause"),
        Case(milestone: .phaseStarted(.closingRound), nb: "Avslutning", en: "Closing"),
        Case(milestone: .phaseStarted(.nextMeeting), nb: "Neste møte", en: "Next meeting"),
        Case(milestone: .phaseStarted(.summary), nb: "Oppsummering", en: "Summary"),
        Case(milestone: .phaseStarted(.processTalk), nb: "Gruppeprat", en: "Group talk"),
        Case(milestone: .turnStarted(.member(0), seconds: 180), nb: "Kari har ordet, 3 minutter",
             en: "Kari has the floor, 3 minutes"),
        Case(milestone: .turnStarted(.member(1), seconds: 90), nb: "Ola har ordet, 1 minutt 30 sekunder",
             en: "Ola has the floor, 1 minute 30 seconds"),
        Case(milestone: .turnStarted(.member(0), seconds: 60), nb: "Kari har ordet, 1 minutt",
             en: "Kari has the floor, 1 minute"),
        Case(milestone: .turnStarted(.member(0), seconds: 61), nb: "Kari har ordet, 1 minutt 1 sekund",
             en: "Kari has the floor, 1 minute 1 second"),
        Case(milestone: .turnStarted(.guest(0), seconds: 45), nb: "Gjesten har ordet, 45 sekunder",
             en: "Gjesten has the floor, 45 seconds"),
        Case(milestone: .turnStarted(.member(4), seconds: 0), nb: "Medlem 5 har ordet", en: "Member 5 has the floor"),
        Case(milestone: .oneMinuteLeft, nb: "1 minutt igjen", en: "1 minute left"),
        Case(milestone: .timeUp, nb: "Tiden er ute", en: "Time is up"),
        Case(milestone: .pauseStarted(minutes: 15), nb: "Pause i 15 minutter", en: "Pause for 15 minutes"),
        Case(milestone: .pauseStarted(minutes: 1), nb: "Pause i 1 minutt", en: "Pause for 1 minute"),
        Case(milestone: .pauseOver, nb: "Pausen er over", en: "The pause is over"),
        Case(milestone: .pauseSuggested, nb: "Tid for pause? Trykk p for å starte pausen.",
             en: "Time for a pause? Press p to start the pause."),
    ]

    @Test(arguments: cases)
    func announcesInBothLanguages(c: Case) {
        #expect(PlainAnnouncer(language: .nb).line(for: c.milestone, name: Self.names) == c.nb)
        #expect(PlainAnnouncer(language: .en).line(for: c.milestone, name: Self.names) == c.en)
    }

    @Test func everyMilestoneKindIsCovered() {
        func kind(_ m: Milestone) -> String {
            switch m {
            case .phaseStarted(let k): return "phase:\(k.rawValue)"
            case .turnStarted: return "turn"
            case .oneMinuteLeft: return "oneMinuteLeft"
            case .timeUp: return "timeUp"
            case .pauseStarted: return "pauseStarted"
            case .pauseOver: return "pauseOver"
            case .pauseSuggested: return "pauseSuggested"
            }
        }
        let covered = Set(Self.cases.map { kind($0.milestone) })
        let all = Set(PhaseKind.allCases.map { "phase:\($0.rawValue)" }
                      + ["turn", "oneMinuteLeft", "timeUp", "pauseStarted", "pauseOver", "pauseSuggested"])
        #expect(covered == all)
    }

    @Test func namesAreSanitisedAndNeverEmpty() {
        let nb = PlainAnnouncer(language: .nb)
        #expect(nb.line(for: .turnStarted(.member(0), seconds: 120), name: { _ in "Ka\u{1B}[2Jri\u{7}" })
                == "Kari har ordet, 2 minutter")
        #expect(nb.line(for: .turnStarted(.guest(1), seconds: 60), name: { _ in "  \u{1B}[0m " })
                == "Gjest 2 har ordet, 1 minutt")
        #expect(PlainAnnouncer(language: .en).line(for: .turnStarted(.guest(0), seconds: 1), name: { _ in "" })
                == "Guest 1 has the floor, 1 second")
    }

    @Test func durations() {
        let nb = PlainAnnouncer(language: .nb), en = PlainAnnouncer(language: .en)
        #expect(nb.duration(seconds: 0) == "0 sekunder")
        #expect(nb.duration(seconds: 1) == "1 sekund")
        #expect(nb.duration(seconds: 150) == "2 minutter 30 sekunder")
        #expect(en.duration(seconds: 3600) == "60 minutes")
        #expect(en.duration(seconds: -5) == "0 seconds")
        #expect(nb.phaseName(.nextMeeting) == "neste møte")
    }

    @Test func languageCodes() {
        #expect(PlainAnnouncer.Language(code: "nb") == .nb)
        #expect(PlainAnnouncer.Language(code: "NN") == .nb)
        #expect(PlainAnnouncer.Language(code: "no") == .nb)
        #expect(PlainAnnouncer.Language(code: "en") == .en)
        #expect(PlainAnnouncer.Language(code: "de") == nil)
    }
}
