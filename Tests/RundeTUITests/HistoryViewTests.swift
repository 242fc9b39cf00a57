import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

/// The history views as text at 80×24, in both languages (DESIGN §6).
@Suite("HistoryViews")
struct HistoryViewTests {
    static func state(screen: HistoryBrowserState.Screen = .list) -> HistoryBrowserState {
        var s = HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
        s.screen = screen
        if screen != .list {
            s.selected = 1
            s.detail = HistoryTUIFixtures.detail("2026-10-22-004")
        }
        return s
    }

    @Test func listInEnglish() {
        assertSnapshot(
            HistoryBrowserView.render(Self.state(screen: .list), width: 80, height: 24, lang: .en),
            named: "history-browser-list-en-80x24")
    }

    @Test func listInNorwegian() {
        assertSnapshot(
            HistoryBrowserView.render(Self.state(screen: .list), width: 80, height: 24, lang: .nb),
            named: "history-browser-list-nb-80x24")
    }

    @Test func detailInEnglish() {
        assertSnapshot(
            HistoryBrowserView.render(
                Self.state(screen: .detail), width: 80, height: 24, lang: .en),
            named: "history-browser-detail-en-80x24")
    }

    @Test func detailInNorwegian() {
        assertSnapshot(
            HistoryBrowserView.render(
                Self.state(screen: .detail), width: 80, height: 24, lang: .nb),
            named: "history-browser-detail-nb-80x24")
    }

    @Test func trendsInEnglish() {
        assertSnapshot(
            HistoryBrowserView.render(
                Self.state(screen: .trends), width: 80, height: 24, lang: .en),
            named: "history-browser-trends-en-80x24")
    }

    @Test func trendsInNorwegian() {
        assertSnapshot(
            HistoryBrowserView.render(
                Self.state(screen: .trends), width: 80, height: 24, lang: .nb),
            named: "history-browser-trends-nb-80x24")
    }

    @Test func tooSmallWindowSaysSo() {
        let expected = #"""





                          Make the window larger
                       at least 60 × 16 characters
                                 50 × 12




            """#
        #expect(HistoryTUIFixtures.frame(Self.state(), width: 50, height: 12) == expected)
        #expect(
            HistoryTUIFixtures.frame(Self.state(), width: 60, height: 16).contains(
                "Runde · Meetings"))
    }
}
