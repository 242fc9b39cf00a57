import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// `?` on the screens around the meeting: the welcome screen and the group chooser (both
/// `PromptScreen`) and the history browser; Esc closes the help, `q` works on the chooser.
@Suite struct ScreenHelpTests {
    static let sizes = [(80, 24), (60, 16)]

    static func welcome(_ lang: Lang) -> PromptScreen { PromptScreen.welcome(Catalog(lang)) }

    static func chooser(_ lang: Lang) -> PromptScreen {
        PromptScreen.chooser(names: ["Torsdagsgruppa", "Mandagsgruppa"], Catalog(lang))
    }

    /// Each letter key of the welcome screen and the chooser is named both in the footer and
    /// in `?`, from the one key table (the welcome help once left out g and d).
    @Test(arguments: Lang.allCases)
    func footerAndHelpNameTheSameLetterKeys(_ lang: Lang) {
        let s = Catalog(lang)
        for (prompt, letters) in [
            (Self.welcome(lang), ["g", "d", "q"]), (Self.chooser(lang), ["g", "q"]),
        ] {
            let footer =
                prompt.render(width: 80, height: 24).text.split(separator: "\n").last.map(
                    String.init) ?? ""
            let help = prompt.helpText()
            for key in prompt.keys {
                #expect(footer.contains(key.footerItem), "\(key.letter) in the footer: \(footer)")
                #expect(help.contains(key.helpLine), "\(key.letter) in ?: \(help)")
            }
            #expect(prompt.keys.map { String($0.letter) } == letters)
            for letter in letters {
                var p = prompt
                #expect(p.handle(.char(Character(letter))) == .key(Character(letter)))
            }
        }
        let welcome = Self.welcome(lang).helpText()
        #expect(
            welcome.contains("g      " + s[.firstRunCreate])
                && welcome.contains("d      " + s[.firstRunDemo]))
        #expect(
            Self.welcome(lang).choices == [
                "g  " + s[.firstRunCreate], "d  " + s[.firstRunDemo], "q  " + s[.keyQuit],
            ])
    }

    @Test(arguments: Lang.allCases)
    func helpOnTheWelcomeScreenAndTheChooser(_ lang: Lang) {
        for (name, prompt) in [("welcome", Self.welcome(lang)), ("chooser", Self.chooser(lang))] {
            var p = prompt
            #expect(p.handle(.char("?")) == nil)
            #expect(p.showingHelp)
            for (w, h) in Self.sizes {
                assertSnapshot(
                    p.render(width: w, height: h), named: "help-\(name)-\(lang.rawValue)-\(w)x\(h)")
            }
            #expect(p.handle(.escape) == nil, "Esc closes the help, it does not leave the screen")
            #expect(!p.showingHelp)
            #expect(p.handle(.escape) == nil, "a top screen: Esc stays")
            #expect(p.hint == Catalog(lang)[.escTopHint])
        }
    }

    @Test func qWorksOnTheChooser() {
        var p = Self.chooser(.nb)
        #expect(p.handle(.char("q")) == .key("q"))
    }

    @Test func inAFieldQuestionMarkIsTyped() {
        var p = PromptScreen(title: "Ny gruppe", fieldLabel: "Navn")
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
                assertSnapshot(
                    HistoryBrowserView.render(s, width: w, height: h, lang: lang),
                    named: "help-history-\(screen)-\(lang)-\(w)x\(h)")
            }
            _ = HistoryBrowser.reduce(&s, .escape)
            #expect(!s.showingHelp && s.screen == screen && !s.quit, "Esc closes the help only")
        }
    }
}
