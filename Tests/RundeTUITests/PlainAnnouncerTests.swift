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
        Case(milestone: .phaseStarted(.checkIn), nb: "Oppmøte.", en: "Check-in."),
        Case(milestone: .phaseStarted(.opening), nb: "Åpning.", en: "Opening."),
        Case(milestone: .phaseStarted(.openingRound), nb: "Runde.", en: "Round."),
        Case(milestone: .phaseStarted(.sharing), nb: "Samtale.", en: "Sharing."),
        Case(milestone: .phaseStarted(.pause), nb: "Pause.", en: "Pause."),
        Case(milestone: .phaseStarted(.closingRound), nb: "Avslutning.", en: "Closing."),
        Case(milestone: .phaseStarted(.nextMeeting), nb: "Neste møte.", en: "Next meeting."),
        Case(milestone: .phaseStarted(.summary), nb: "Oppsummering.", en: "Summary."),
        Case(
            milestone: .phaseStarted(.processTalk), nb: "Prat om gruppa.", en: "Group talk."),
        Case(
            milestone: .turnStarted(.member(0), seconds: 180), nb: "Kari har ordet, 3 minutter.",
            en: "Kari has the floor, 3 minutes."),
        Case(
            milestone: .turnStarted(.member(1), seconds: 90),
            nb: "Ola har ordet, 1 minutt 30 sekunder.",
            en: "Ola has the floor, 1 minute 30 seconds."),
        Case(
            milestone: .turnStarted(.member(0), seconds: 61),
            nb: "Kari har ordet, 1 minutt 1 sekund.",
            en: "Kari has the floor, 1 minute 1 second."),
        Case(
            milestone: .turnStarted(.guest(0), seconds: 45), nb: "Gjesten har ordet, 45 sekunder.",
            en: "Gjesten has the floor, 45 seconds."),
        Case(
            milestone: .turnStarted(.member(4), seconds: 0), nb: "Medlem 5 har ordet.",
            en: "Member 5 has the floor."),
        Case(milestone: .oneMinuteLeft, nb: "Snart slutt.", en: "Nearly time."),
        Case(milestone: .timeUp, nb: "Over tiden.", en: "Over time."),
        Case(
            milestone: .pauseStarted(minutes: 15),
            nb: "Pause: 15 minutter. Enter avslutter pausen.",
            en: "Pause: 15 minutes. Enter ends the pause."),
        Case(
            milestone: .pauseOver, nb: "Pausen er over. Enter når alle er tilbake.",
            en: "The pause is over. Enter when everyone is back."),
        Case(
            milestone: .pauseSuggested, nb: "Tid for pause. Trykk p når det passer.",
            en: "Time for the pause. Press p when it suits."),
    ]

    @Test(arguments: cases)
    func announcesInBothLanguages(c: Case) {
        #expect(PlainAnnouncer(language: .nb).line(for: c.milestone, name: Self.names) == c.nb)
        #expect(PlainAnnouncer(language: .en).line(for: c.milestone, name: Self.names) == c.en)
    }

    @Test func namesAreSanitisedAndNeverEmpty() {
        let nb = PlainAnnouncer(language: .nb)
        #expect(
            nb.line(
                for: .turnStarted(.member(0), seconds: 120), name: { _ in "Ka\u{1B}[2Jri\u{7}" })
                == "Kari har ordet, 2 minutter.")
        #expect(
            nb.line(for: .turnStarted(.guest(1), seconds: 60), name: { _ in "  \u{1B}[0m " })
                == "Gjest 2 har ordet, 1 minutt.")
        #expect(
            PlainAnnouncer(language: .en).line(
                for: .turnStarted(.guest(0), seconds: 1), name: { _ in "" })
                == "Guest 1 has the floor, 1 second.")
    }

    @Test func durations() {
        let nb = PlainAnnouncer(language: .nb)
        let en = PlainAnnouncer(language: .en)
        #expect(nb.duration(seconds: 0) == "0 sekunder")
        #expect(nb.duration(seconds: 1) == "1 sekund")
        #expect(nb.duration(seconds: 150) == "2 minutter 30 sekunder")
        #expect(nb.duration(seconds: 3725) == "1 time 2 minutter 5 sekunder")
        #expect(en.duration(seconds: 7200) == "2 hours")
        #expect(en.duration(seconds: -5) == "0 seconds")
        #expect(nb.roughDuration(seconds: 119.2) == "2 minutter")
        #expect(nb.roughDuration(seconds: 779, left: true) == "12 minutter")
        #expect(nb.roughDuration(seconds: 779) == "13 minutter")
        #expect(en.roughDuration(seconds: 5400) == "1 hour 30 minutes")
        #expect(nb.phaseName(.nextMeeting) == "neste møte")
        #expect(nb.keyName("↑/↓") == "Pil opp og ned")
        #expect(en.keyName("␣") == "Space")
    }

    @Test func languageCodes() {
        #expect(PlainAnnouncer.Language(code: "nb") == .nb)
        #expect(PlainAnnouncer.Language(code: "NN") == .nb)
        #expect(PlainAnnouncer.Language(code: "en") == .en)
        #expect(PlainAnnouncer.Language(code: "de") == nil)
    }
}
