import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// `MeetingRenderer` redraws only the clock's parts while nothing else changed; its frames must
/// be the very frames `MeetingView.render` gives, second by second and after any event.
@Suite struct MeetingRendererTests {
    static let sizes = [(60, 16), (80, 24), (100, 30), (120, 40), (200, 60), (59, 15)]

    /// A renderer and the frame it returned last.
    struct Checked {
        var renderer = MeetingRenderer()
        var previous: Frame?
    }

    /// Renders `model` through `renderer` and in full, and expects the same cells, and the rows
    /// outside the rows it names to the terminal's diff (`sinceHint`) the same as in the frame
    /// the renderer returned before, which that hint must name.
    /// Returns false (after one recorded issue) when they differ, so a loop can stop there.
    @discardableResult
    static func expectSame(
        _ checked: inout Checked, _ model: MeetingModel, _ w: Int, _ h: Int,
        _ context: @autoclosure () -> String
    ) -> Bool {
        let fast = checked.renderer.render(model, width: w, height: h)
        let full = MeetingView.render(model, width: w, height: h)
        var same = fast == full
        #expect(same, "\(context())\n--- incremental\n\(fast.text)\n--- full\n\(full.text)")
        if let hint = fast.sinceHint {
            let rows = hint.rows
            if let previous = checked.previous {
                #expect(
                    hint.after == previous.serial && previous.serial != 0,
                    "\(context()): the hint names another frame")
                let outside = (0..<h).filter { y in !rows.contains { $0.contains(y) } }.map {
                    $0..<$0 + 1
                }
                let kept = fast.sameRows(outside, as: previous)
                #expect(
                    kept,
                    "\(context()): a row outside \(rows) changed\n--- before\n\(previous.text)\n--- now\n\(fast.text)"
                )
                same = same && kept
            } else {
                Issue.record("\(context()): changed rows given for the first frame")
                same = false
            }
        }
        checked.previous = fast
        return same
    }

    /// Every fixture phase, then each second for five minutes with nothing else happening:
    /// the timer counts through warning into overtime, the pause runs out.
    @Test(arguments: MeetingFixtures.Spot.allCases)
    func secondBySecondMatchesAFullRender(_ spot: MeetingFixtures.Spot) {
        for lang in Lang.allCases {
            for (i, (w, h)) in Self.sizes.enumerated() {
                var model = MeetingFixtures.model(spot, lang: lang)
                var renderer = Checked()
                let start = model.meeting.now
                // Every second at one size per language; in steps of 7 s at the others.
                let every = i == (lang == .nb ? 0 : 1) ? 1 : 7
                for second in stride(from: 0, through: 300, by: every) {
                    _ = model.meeting.apply(.tick(start + Double(second) + 0.25))
                    guard
                        Self.expectSame(
                            &renderer, model, w, h, "\(spot) \(lang) \(w)×\(h) +\(second) s")
                    else { return }
                }
            }
        }
    }

    /// A turn held, adjusted and ended; notices, overlays and a resize in between.
    @Test func changesBesidesTheClockRenderInFull() {
        var model = MeetingFixtures.model(.openingRound, lang: .en)
        var renderer = Checked()
        var t = model.meeting.now
        func step(
            _ e: MeetingEvent? = nil, _ change: (inout MeetingModel) -> Void = { _ in },
            w: Int = 80, h: Int = 24
        ) {
            t = t + 1
            _ = model.meeting.apply(.tick(t))
            if let e { _ = model.meeting.apply(e) }
            change(&model)
            Self.expectSame(&renderer, model, w, h, "after \(String(describing: e)) at \(t)")
        }
        step()
        step(.toggleHold)
        step()
        step(.toggleHold)
        step(.adjustTurn(minutes: 1))
        step { $0.notice = "Cannot save: the disk is full" }
        step()
        step { $0.notice = nil }
        step { $0.overlay = .help }
        step()
        step { $0.overlay = .none }
        step(w: 120, h: 40)
        step(w: 120, h: 40)
        step(.advance)
        step()
        step(.pass)
        step(.startPause)
        step()
        step(.endPause)
        step()
    }

    /// Random meetings: events and ticks of any length, at random sizes, always the full frame.
    @Test(arguments: 0..<4)
    func randomMeetingsMatchAFullRender(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &* 0x51ED_270B + 17)
        var model = MeetingFixtures.model(.checkIn, lang: seed % 2 == 0 ? .nb : .en)
        var renderer = Checked()
        var (w, h) = (80, 24)
        for i in 0..<600 {
            let m = model.meeting
            let r = Int.random(in: 0..<100, using: &rng)
            switch r {
            case 0..<55:
                _ = model.meeting.apply(.tick(m.now + Double.random(in: 0.2...2.5, using: &rng)))
            case 55..<60:
                _ = model.meeting.apply(.tick(m.now + Double.random(in: 30...400, using: &rng)))
            case 60..<72: _ = model.meeting.apply(.advance)
            case 72..<74: _ = model.meeting.apply(.pass)
            case 74..<76: _ = model.meeting.apply(.startPause)
            case 76..<77: _ = model.meeting.apply(.endPause)
            case 77..<79: _ = model.meeting.apply(.toggleHold)
            case 79..<81:
                _ = model.meeting.apply(.adjustTurn(minutes: Bool.random(using: &rng) ? 1 : -1))
            case 81..<83:
                _ = model.meeting.apply(.setSharingMode(Bool.random(using: &rng) ? .open : .round))
            case 83..<86:
                if let p = m.presentOrder.randomElement(using: &rng) {
                    _ = model.meeting.apply(.giveFloor(p))
                }
            case 86..<87: _ = model.meeting.apply(.endTurn)
            case 87..<88: _ = model.meeting.apply(.startProcessTalk)
            case 88..<89: _ = model.meeting.apply(.guestArrival)
            case 89..<91: model.cursor = Int.random(in: 0..<8, using: &rng)
            case 91..<93: (w, h) = Self.sizes.randomElement(using: &rng)!
            case 93..<95: model.overlay = model.overlay == .none ? .help : .none
            default: model.notice = model.notice == nil ? "Disk full" : nil
            }
            guard
                Self.expectSame(
                    &renderer, model, w, h, "seed \(seed) step \(i) phase \(model.meeting.phase)")
            else { return }
        }
    }
}
