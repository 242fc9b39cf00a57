import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Issue 14's screens at 80×24 and 60×16, in nb and en: the phase bar of every built-in
/// format, the help of each screen, the confirmation dialogs, the pass notice and overtime.
@Suite struct NightViewTests {
    static let sizes = [(80, 24), (60, 16)]

    /// The phase bar (row 1) of a format at several moments: the start, each step entered,
    /// the pause taken, the closing. One snapshot per format, size and language.
    @Test(arguments: MeetingFormat.allCases, Lang.allCases)
    func phaseBarOfEveryFormat(_ format: MeetingFormat, _ lang: Lang) {
        var setup = MeetingFixtures.setup()
        setup.agenda = format.agenda
        setup.format = format.rawValue
        for (w, h) in Self.sizes {
            var m = MeetingState(setup: setup)
            var rows: [String] = []
            var t = 0.0
            var pauseTaken = false
            while !m.isFinished && rows.count < 30 {
                let model = MeetingModel(
                    meeting: m, roster: MeetingFixtures.roster, groupName: "G", rules: "",
                    lang: lang)
                rows.append(
                    MeetingView.render(model, width: w, height: h).text.split(
                        separator: "\n", omittingEmptySubsequences: false)[1]
                        .description)
                t += 600
                _ = m.apply(.tick(MeetingFixtures.t0 + t))
                if m.phase == .sharing && !pauseTaken {
                    _ = m.apply(.startPause)
                    pauseTaken = true
                    continue
                }
                _ = m.apply(.skipPhase)
            }
            var f = Frame(width: w, height: rows.count)
            for (i, r) in rows.enumerated() { f.put(r, x: 0, y: i) }
            assertSnapshot(f, named: "bar-\(format.rawValue)-\(lang.rawValue)-\(w)x\(h)")
            // The current step's whole name is always on the bar; no title is cut to a stub.
            for r in rows { #expect(!r.contains(". "), "an abbreviated title: \(r)") }
        }
    }

    /// Every meeting screen's help, and its footer agreeing with it.
    @Test(
        arguments: [
            MeetingFixtures.Spot.checkIn, .opening, .openingRound, .sharingOpen, .pause, .closing,
            .nextLeader, .nextTheme, .nextDate, .summary,
        ], Lang.allCases)
    func helpOfEachScreen(_ spot: MeetingFixtures.Spot, _ lang: Lang) {
        var model = MeetingFixtures.model(spot, lang: lang)
        _ = MeetingController.handle(spot == .nextTheme ? .function(1) : .char("?"), model: &model)
        #expect(model.overlay == .help)
        for (w, h) in Self.sizes {
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "help-\(spot.rawValue)-\(lang.rawValue)-\(w)x\(h)")
        }
    }

    /// At 60×16 a long help scrolls: the last line can be reached with ↓.
    @Test func helpScrollsAt60x16() {
        var model = MeetingFixtures.model(.openingRound, lang: .nb)
        _ = MeetingController.handle(.char("?"), model: &model)
        let last = Overlays.helpLines(model, width: 52).last!.0
        for _ in 0..<40 { _ = MeetingController.handle(.down, model: &model) }
        #expect(
            MeetingView.render(model, width: 60, height: 16).text.contains(
                last.trimmingCharacters(in: .whitespaces)))
        assertSnapshot(
            MeetingView.render(model, width: 60, height: 16), named: "help-scrolled-nb-60x16")
    }

    @Test(arguments: Lang.allCases)
    func confirmationDialogs(_ lang: Lang) {
        for (spot, key, name) in [
            (MeetingFixtures.Spot.openingRound, Key.char("n"), "skipRound"),
            (.opening, .char("n"), "skipPhase"),
            (.sharingOvertime, .char("c"), "closing"),
        ] {
            var model = MeetingFixtures.model(spot, lang: lang)
            _ = MeetingController.handle(key, model: &model)
            for (w, h) in Self.sizes {
                assertSnapshot(
                    MeetingView.render(model, width: w, height: h),
                    named: "confirm-\(name)-\(lang.rawValue)-\(w)x\(h)")
            }
        }
    }

    @Test(arguments: Lang.allCases)
    func passNotice(_ lang: Lang) {
        var model = MeetingFixtures.model(.openingRound, lang: lang)
        _ = model.meeting.apply(.pass)
        _ = model.meeting.apply(.tick(model.meeting.now + 2))
        for (w, h) in Self.sizes {
            let frame = MeetingView.render(model, width: w, height: h)
            #expect(frame.text.contains(model.strings.f(.meetingPassed, "Kari")))
            assertSnapshot(frame, named: "pass-\(lang.rawValue)-\(w)x\(h)")
        }
        // A few seconds later it is gone; the dots keep it (–).
        _ = model.meeting.apply(.tick(model.meeting.now + 5))
        let later = MeetingView.render(model, width: 80, height: 24).text
        #expect(!later.contains(model.strings.f(.meetingPassed, "Kari")))
        #expect(later.contains("–◉"))
    }

    @Test(arguments: Lang.allCases)
    func overtimeIsCalm(_ lang: Lang) {
        let model = MeetingFixtures.model(.sharingOvertime, lang: lang)
        for (w, h) in Self.sizes {
            let frame = MeetingView.render(model, width: w, height: h)
            #expect(frame.text.contains("+0:45") || frame.text.contains("█"))
            assertSnapshot(frame, named: "overtime-\(lang.rawValue)-\(w)x\(h)")
        }
        // The default theme: no alarm red, nothing bold or blinking.
        let style = Theme.builtInDefault.style(.overtime)
        #expect(style.fg != .red && style.fg != .indexed(9) && !style.bold)
    }

    /// Past the planned end: a quiet line naming `c`, no pause suggestion.
    @Test(arguments: Lang.allCases)
    func plannedEndPassed(_ lang: Lang) {
        var model = MeetingFixtures.model(.openingRound, lang: lang)
        _ = model.meeting.apply(.tick(model.meeting.plannedEnd + 60))
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(text.contains(model.strings[.plannedEndPassed]))
        #expect(
            !text.contains(model.strings.f(.pauseSuggested, model.meeting.setup.plan.pauseAtMinute))
        )
    }
}
