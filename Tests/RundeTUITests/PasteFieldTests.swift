import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// A paste is one edit: in a one-line field its line breaks become spaces (a two-line paste
/// into the theme once accepted the theme, then the date, then ended the meeting); in the
/// rules editor they stay line breaks.
@Suite struct PasteFieldTests {
    @Test func aTwoLinePasteIntoTheThemeStaysInTheField() {
        var model = MeetingFixtures.model(.nextTheme, lang: .en)
        model.themeInput = ""
        let before = model.meeting
        let commands = MeetingController.handle(.paste("Grenser\nog skam\n"), model: &model)
        #expect(commands.isEmpty, "a paste sends nothing to the meeting")
        #expect(model.themeInput == "Grenser og skam ")
        #expect(model.meeting == before, "the theme step is still the step")
        // The field keeps its limit.
        _ = MeetingController.handle(.paste(String(repeating: "x", count: 500)), model: &model)
        #expect(model.themeInput.count == 120)
    }

    @Test func aPasteOutsideAFieldDoesNothing() {
        var model = MeetingFixtures.model(.openingRound, lang: .en)
        let before = model
        // "s", "q", "\n" pasted on the meeting screen: never a pass, a quit or a step.
        #expect(MeetingController.handle(.paste("s\nq\n"), model: &model).isEmpty)
        #expect(model == before)
    }

    @Test func theRulesEditorKeepsPastedLineBreaks() {
        var e = MultiLineEditor(text: "A")
        let handled = e.handle(.paste("\nB\tC\r"))
        #expect(handled)
        #expect(e.text == "A\nB C\n")
        #expect(e.cursor == e.text.count)
    }

    @Test func aPromptFieldTakesAPasteAsOneLine() {
        var p = PromptScreen(title: "Ny gruppe", fieldLabel: "Navn")
        let result = p.handle(.paste("Tors\ndag"))
        #expect(result == nil, "a paste never submits")
        #expect(p.input == "Tors dag")
    }

    @Test func theGroupScreenAddsAPastedNameOnOneLine() {
        var s = GroupScreen(
            group: GroupFile(name: "Torsdag", members: ["Kari", "Ola"]), lang: .en)
        s.mode = .adding("")
        s.handleAdding(.paste("Quixtamar\nZorbulon"), "")
        #expect(s.mode == .adding("Quixtamar Zorbulon"))
    }

    @Test func theHistoryFilterTakesAPasteAsOneLine() {
        var state = HistoryBrowserState(summaries: [])
        state.editingFilter = true
        _ = HistoryBrowser.reduceFilter(&state, .paste("Gren\nser"))
        #expect(state.filter == "Gren ser")
        #expect(state.editingFilter, "the paste's line break did not end the filter")
    }
}
