import RundeCore
import Testing

@testable import RundeTUI

@Suite struct PlainAnnouncerTests {
    @Test func namesAreSanitisedAndNeverEmpty() {
        let nb = PlainAnnouncer(language: .nb)
        #expect(nb.participantLabel(.member(0), name: { _ in "Ka\u{1B}[2Jri\u{7}" }) == "Kari")
        #expect(nb.participantLabel(.guest(1), name: { _ in "  \u{1B}[0m " }) == "Gjest 2")
        #expect(
            PlainAnnouncer(language: .en).participantLabel(.guest(0), name: { _ in "" })
                == "Guest 1")
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
