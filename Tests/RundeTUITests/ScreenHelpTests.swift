import RundeText
import Testing
import RundeCore
@testable import RundeTUI

/// `?` on the screens around the meeting: the welcome screen and the group chooser (both
/// `PromptScreen`) and the history browser; Esc closes the help, `q` works on the chooser.
@Suite struct ScreenHelpTests {
    static let sizes = [(80, 24), (60, 16)]

    static func welcome(_ lang: Lang) -> PromptScreen {
        let s = Catalog(lang)
        var p = PromptScreen(title: s[.firstRunTitle], lines: [s[.firstRunBody]],
                             choices: [s[.firstRunCreate], s[.firstRunDemo], s[.firstRunQuit]], footer: "↑/↓ · Enter")
        p.strings = s
        return p
    }

    static func chooser(_ lang: Lang) -> PromptScreen {
        let s = Catalog(lang)
        var p = PromptScreen(title: s[.chooseGroupTitle], choices: ["Torsdagsgruppa", "Mandagsgruppa"], footer: "↑/↓ · Enter · Esc")
        p.strings = s
        return p
    }

    @Test(arguments: Lang.allCases)
    func helpOnTheWelcomeScreenAndTheChooser(_ lang: Lang) {
        for (name, prompt) in [("welcome", Self.welcome(lang)), ("chooser", Self.chooser(lang))] {
            var p = prompt
            #expect(p.handle(.char("?")) == nil)
            #expect(p.showingHelp)
            for (w, h) in Self.sizes {
                assertSnapshot(p.render(width: w, height: h), named: "help-\(name)-\(lang.rawValue)-\(w)x\(h)")
            }
            #expect(p.handle(.escape) == nil, "Esc closes the help, it does not leave the screen")
            #expect(!p.showingHelp)
            #expect(p.handle(.escape) == .cancelled)
        }
    }

    @Test func qWorksOnTheChooser() {
        var p = Self.chooser(.nb)
        #expect(p.handle(.char("q")) == .key("q"))
    }

    @Test func inAFieldQuestionMarkIsTyped() {
        var p = PromptScreen(title: "Ny gruppe", fieldLabel: "Navn", footer: "Enter · Esc")
        #expect(p.handle(.char("?")) == nil)
        #expect(p.input == "?" && !p.showingHelp)
        #expect(p.handle(.function(1)) == nil)
        #expect(p.showingHelp)
    }

    @Test(arguments: Lang.allCases)
    func helpInTheHistoryBrowser(_ lang: Lang) {
        var s = HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
        for screen in [HistoryBrowserState.Screen.list, .detail, .trends] {
            s.screen = screen
            _ = HistoryBrowser.reduce(&s, .char("?"))
            #expect(s.showingHelp)
            for (w, h) in Self.sizes {
                assertSnapshot(HistoryBrowserView.render(s, width: w, height: h, lang: lang),
                               named: "help-history-\(screen)-\(lang)-\(w)x\(h)")
            }
            _ = HistoryBrowser.reduce(&s, .escape)
            #expect(!s.showingHelp && s.screen == screen && !s.quit, "Esc closes the help only")
        }
    }
}
