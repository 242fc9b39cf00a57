import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The demo saves nothing, so quitting it never promises a resume: the quit dialog, the help
/// line of `q` and the plain-mode question say the rehearsal ends; a real meeting still says
/// it can be resumed.
@Suite("Demo: quitting a rehearsal")
struct DemoQuitTests {
    static func model(demo: Bool, lang: Lang) -> MeetingModel {
        var model = MeetingFixtures.model(.quit, lang: lang)
        model.demo = demo
        return model
    }

    @Test(arguments: Lang.allCases)
    func theQuitDialogOfTheDemoPromisesNoResume(_ lang: Lang) {
        let c = Catalog(lang)
        let demo = MeetingView.render(Self.model(demo: true, lang: lang), width: 80, height: 24)
            .text
        let firstWords = c[.demoQuitBody].split(separator: " ").prefix(4).joined(separator: " ")
        #expect(demo.contains(firstWords), "\(demo)")
        let resume = c[.quitBody].split(separator: " ").prefix(5).joined(separator: " ")
        #expect(!demo.contains(resume), "\(demo)")
        let real = MeetingView.render(Self.model(demo: false, lang: lang), width: 80, height: 24)
            .text
        #expect(real.contains(resume), "\(real)")
        #expect(!demo.contains("resumed") && !demo.contains("gjenopptas"))
    }

    @Test(arguments: Lang.allCases)
    func theHelpLineAndThePlainQuestionOfTheDemoPromiseNoResume(_ lang: Lang) {
        let c = Catalog(lang)
        let demo = Self.model(demo: true, lang: lang)
        let quit = MeetingKeymap.bindings.first { $0.name == "quit" }
        #expect(quit?.help(demo) == c[.demoHelpQuit])
        #expect(quit?.help(Self.model(demo: false, lang: lang)) == c[.meetingHelpQuit])
        #expect(PlainMeetingScreens(model: demo).quitDialog().first == c[.demoPlainQuitTitle])
    }
}
