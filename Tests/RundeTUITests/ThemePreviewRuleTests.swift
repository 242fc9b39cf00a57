import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The theme field previews exactly what will be saved (DESIGN §2): the line under the field,
/// the theme Enter sends, and the theme the log holds are one text, with invisible characters,
/// look-alikes and Nordic spellings of names taken out and ordinary words kept.
@Suite struct ThemePreviewRuleTests {
    static let typed = "Livet, Pe\u{00AD}rs sak og Ｋari-greia, men perspektiv"
    static let saved = "Livet, … sak og …, men perspektiv"

    @Test func thePreviewShowsWhatIsSavedAndEnterSendsIt() {
        var model = MeetingFixtures.model(.nextTheme, lang: .nb)
        model.themeInput = Self.typed
        #expect(model.themeAsSaved == Self.saved)
        #expect(model.themePreviewLine == "Lagres som: \(Self.saved)")
        // Wide enough that the preview stands on one line.
        let frame = MeetingView.render(model, width: 200, height: 40).text
        #expect(frame.contains("Lagres som: \(Self.saved)"), "\(frame)")
        let commands = MeetingController.handle(.enter, model: &model)
        #expect(commands.first == .send(.setTheme(Self.saved)))
        for case .send(let e) in commands { _ = model.meeting.apply(e) }
        let log = SessionLogBuilder.build(from: model.meeting, rosterNames: model.roster)
        #expect(log.next.theme == Self.saved, "the log holds what the preview showed")
    }

    @Test func aThemeSavedAsTypedShowsNoPreviewAndTheReminderStays() {
        var model = MeetingFixtures.model(.nextTheme, lang: .en)
        model.themeInput = "Livet etter skilsmisse, persienner og perspektiv"
        #expect(model.themePreviewLine == nil)
        let frame = MeetingView.render(model, width: 80, height: 24).text
        #expect(frame.contains(model.strings[.themeReminder]), "\(frame)")
    }
}
