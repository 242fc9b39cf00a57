import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The summary is the meeting's end: the header's clock stands where the meeting ended and does
/// not count on beside the summary's own duration.
@Suite struct SummaryClockTests {
    static func headerRow(_ model: MeetingModel) -> String {
        String(
            MeetingView.render(model, width: 80, height: 24).text.split(separator: "\n").first ?? ""
        )
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theClockStandsStillOnTheSummary(lang: Lang) {
        var model = MeetingFixtures.model(.summary, lang: lang)
        #expect(model.meeting.phase == .summary)
        let atEnd = Self.headerRow(model)
        _ = model.meeting.apply(.tick(model.meeting.now + 75))
        #expect(Self.headerRow(model) == atEnd)
        // Before the summary it counts, of course.
        var closing = MeetingFixtures.model(.closing, lang: lang)
        let before = Self.headerRow(closing)
        _ = closing.meeting.apply(.tick(closing.meeting.now + 75))
        #expect(Self.headerRow(closing) != before)
    }
}
