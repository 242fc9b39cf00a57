import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Every phase rendered at 80×24 and 120×40, in nb and en, compared as text.
@Suite struct MeetingViewTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: MeetingFixtures.Spot.allCases, Lang.allCases)
    func phaseSnapshots(_ spot: MeetingFixtures.Spot, _ lang: Lang) {
        let model = MeetingFixtures.model(spot, lang: lang)
        for (w, h) in Self.sizes {
            let frame = MeetingView.render(model, width: w, height: h)
            assertSnapshot(frame, named: "\(spot.rawValue)-\(lang.rawValue)-\(w)x\(h)")
        }
    }

    @Test func smallestUsableSizeStillShowsTheTurn() {
        let frame = MeetingView.render(
            MeetingFixtures.model(.openingRound, lang: .nb), width: 60, height: 16)
        assertSnapshot(frame, named: "openingRound-nb-60x16")
        #expect(frame.text.contains("Kari"))
        #expect(frame.text.contains("Enter"))
    }

    @Test func tooSmallAsksForALargerWindow() {
        let frame = MeetingView.render(
            MeetingFixtures.model(.openingRound, lang: .nb), width: 59, height: 16)
        #expect(frame.text.contains("Gjør vinduet større"))
        #expect(frame.text.contains("59×16"))
        let en = MeetingView.render(MeetingFixtures.model(.pause, lang: .en), width: 40, height: 10)
        #expect(en.text.contains("Make the window larger"))
    }

    @Test func footerAlwaysSaysWhatEnterDoes() {
        for spot in MeetingFixtures.Spot.allCases {
            for lang in Lang.allCases {
                for (w, h) in Self.sizes + [(60, 16)] {
                    let last =
                        MeetingView.render(
                            MeetingFixtures.model(spot, lang: lang), width: w, height: h
                        )
                        .text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
                    #expect(last.hasPrefix(" Enter "), "\(spot) \(lang) \(w)x\(h): \(last)")
                }
            }
        }
    }

    @Test func timerColourGoesCalmWarningOvertime() {
        let calm = MeetingFixtures.model(.openingRound, lang: .en)
        let warn = MeetingFixtures.model(.openingRoundWarning, lang: .en)
        let over = MeetingFixtures.model(.sharingOvertime, lang: .en)
        #expect(SpeakerBlock.role(for: calm.meeting.turn!, now: calm.meeting.now) == .calm)
        #expect(SpeakerBlock.role(for: warn.meeting.turn!, now: warn.meeting.now) == .warning)
        #expect(SpeakerBlock.role(for: over.meeting.turn!, now: over.meeting.now) == .overtime)
        // Overtime also shows in words, so nothing depends on colour alone.
        #expect(MeetingView.render(over, width: 80, height: 24).text.contains("over time"))
    }

    @Test func controlCharactersInNamesNeverReachTheFrame() {
        var model = MeetingFixtures.model(.openingRound, lang: .en)
        model.roster[0] = "Ka\u{1B}[31mri\u{7}\u{202E}"
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.contains("\u{202E}"))
    }

    @Test func horizonAndTheStartersLastMeeting() {
        var model = MeetingFixtures.model(.nextDate, lang: .nb)
        model.horizon = 12
        model.starterMeetings = model.meeting.setup.meetingNumber
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(text.contains("Møte 7 av 12"))
        #expect(text.contains("Veien videre"))
        #expect(text.contains("Oppfølging"))
        var before = MeetingFixtures.model(.checkIn, lang: .en)
        before.starterMeetings = before.meeting.setup.meetingNumber + 1
        #expect(
            MeetingView.render(before, width: 80, height: 24).text.contains(
                "last time at the next meeting"))
    }
}
