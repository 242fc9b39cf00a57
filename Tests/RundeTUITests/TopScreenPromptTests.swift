import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Esc on a top prompt (welcome, chooser, resume offer, proposal) stays, and a quiet line says
/// what `q` does there (DESIGN §4); the next key takes the line away.
@Suite struct TopScreenPromptTests {
    static func chooser(_ lang: Lang) -> PromptScreen {
        PromptScreen.chooser(names: ["Torsdagsgruppa", "Mandagsgruppa"], Catalog(lang))
    }

    @Test(arguments: Lang.allCases)
    func escOnTheChooserStaysWithAQuietLine(_ lang: Lang) {
        var p = Self.chooser(lang)
        #expect(p.handle(.escape) == nil, "Esc does not leave the top screen")
        #expect(p.hint == Catalog(lang)[.escTopHint])
        for (w, h) in [(80, 24), (60, 16)] {
            assertSnapshot(
                p.render(width: w, height: h), named: "top-chooser-esc-\(lang.rawValue)-\(w)x\(h)")
        }
        // Plain mode reads the line once.
        var after = p
        after.hint = nil
        #expect(
            PlainPrompt.lines(from: after, to: p, lang: lang) == [Catalog(lang)[.escTopHint]])
        #expect(p.handle(.down) == nil)
        #expect(p.hint == nil, "the next key takes the line away")
        #expect(p.handle(.char("q")) == .key("q"))
    }

    @Test func aPromptWithAScreenBehindItStillGoesBack() {
        var p = Self.chooser(.nb)
        p.isTopScreen = false
        #expect(p.handle(.escape) == .cancelled)
    }

    @Test(arguments: Lang.allCases)
    func theResumeOfferSaysWhatQDoes(_ lang: Lang) throws {
        let f = try MeetingSessionTests.Fixture()
        defer { f.cleanUp() }
        _ = try f.stopped { $0.turn != nil }
        let offer = ResumeOffer(
            try f.unfinished(), now: MeetingSessionTests.Fixture.t0 + 600, lang: lang)
        var prompt = offer.prompt
        #expect(prompt.isTopScreen)
        #expect(prompt.handle(.escape) == nil)
        #expect(prompt.hint == Catalog(lang)[.resumeEscHint])
        for (w, h) in [(80, 24), (60, 16)] {
            let frame = prompt.render(width: w, height: h)
            assertSnapshot(frame, named: "top-resume-esc-\(lang.rawValue)-\(w)x\(h)")
            // The footer's keys are whole, on a second row when one is too narrow.
            let help = "? " + Catalog(lang)[.keyHelp]
            #expect(frame.text.contains(help), "\(frame.text)")
        }
        #expect(offer.choice(for: prompt.handle(.char("q")) ?? .none) == .quit)
    }

    @Test func footerKeysWrapWholeNeverCut() {
        #expect(
            PromptScreen.footerRows(
                ["Enter resume the meeting", "n save as unfinished", "q quit", "? help"], width: 58)
                == ["Enter resume the meeting · n save as unfinished · q quit", "? help"])
        #expect(PromptScreen.footerRows(["↑/↓", "Enter"], width: 58) == ["↑/↓ · Enter"])
    }
}
