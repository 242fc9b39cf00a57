import Foundation
import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

@Suite("HistoryBrowser")
struct HistoryBrowserTests {
    static func fresh() -> HistoryBrowserState {
        HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
    }

    @Test func startsOnTheNewestMeeting() {
        let s = Self.fresh()
        #expect(s.screen == .list)
        #expect(s.current?.id == "2026-11-05-005")
        #expect(s.visibleSummaries.map(\.meetingNumber) == [5, 4, 3, 2, 1])
    }

    @Test func arrowsMoveWithinBounds() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .up)
        #expect(s.selected == 0)
        for _ in 0..<10 { _ = HistoryBrowser.reduce(&s, .down) }
        #expect(s.selected == 4)
        _ = HistoryBrowser.reduce(&s, .home)
        #expect(s.selected == 0)
        _ = HistoryBrowser.reduce(&s, .pageDown)
        #expect(s.selected == 4)
    }

    @Test func enterOpensTheDetailAndEscGoesBack() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .down)
        #expect(HistoryBrowser.reduce(&s, .enter) == [.loadDetail(id: "2026-10-22-004")])
        #expect(s.screen == .detail)
        // Down in the detail moves to the next (older) meeting and asks for it.
        #expect(HistoryBrowser.reduce(&s, .down) == [.loadDetail(id: "2026-10-08-003")])
        #expect(HistoryBrowser.reduce(&s, .escape) == [])
        #expect(s.screen == .list)
        #expect(s.current?.id == "2026-10-08-003")
    }

    @Test func slashFiltersByThemeOrDate() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .char("/"))
        #expect(s.editingFilter)
        // While typing, letters are text, not commands: "q" does not quit, "t" does not open trends.
        for c in "sorg" { _ = HistoryBrowser.reduce(&s, .char(c)) }
        #expect(s.visibleSummaries.map(\.id) == ["2026-10-08-003"])
        #expect(!s.quit && s.screen == .list)
        _ = HistoryBrowser.reduce(&s, .enter)
        #expect(!s.editingFilter)
        #expect(s.filter == "sorg")
        #expect(HistoryTUIFixtures.frame(s).contains("Filter: sorg"))
        // A date filter.
        _ = HistoryBrowser.reduce(&s, .char("/"))
        for _ in 0..<4 { _ = HistoryBrowser.reduce(&s, .backspace) }
        for c in "2026-09" { _ = HistoryBrowser.reduce(&s, .char(c)) }
        #expect(s.visibleSummaries.map(\.meetingNumber) == [2, 1])
        // Esc while typing clears the filter.
        _ = HistoryBrowser.reduce(&s, .escape)
        #expect(s.filter.isEmpty && s.visible.count == 5)
    }

    @Test func aFilterWithNoMatchSaysSo() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .char("/"))
        for c in "zzz" { _ = HistoryBrowser.reduce(&s, .char(c)) }
        #expect(s.current == nil)
        #expect(HistoryBrowser.reduce(&s, .enter) == [])
        #expect(HistoryBrowser.reduce(&s, .enter) == [])  // Enter on an empty list opens nothing
        #expect(HistoryTUIFixtures.frame(s).contains("No meetings match the filter."))
    }

    @Test func deleteNeedsY() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .char("d"))
        #expect(s.confirmingDelete == "2026-11-05-005")
        #expect(
            HistoryTUIFixtures.frame(s).contains("Delete 2026-11-05-005? This cannot be undone."))
        #expect(HistoryBrowser.reduce(&s, .char("n")) == [])
        #expect(s.confirmingDelete == nil)
        _ = HistoryBrowser.reduce(&s, .char("d"))
        #expect(HistoryBrowser.reduce(&s, .char("y")) == [.delete(id: "2026-11-05-005")])
        HistoryBrowser.deleted(
            &s, id: "2026-11-05-005", summaries: Array(HistoryTUIFixtures.summaries.prefix(4)),
            lang: .en)
        #expect(s.visible.count == 4)
        #expect(s.current?.id == "2026-10-22-004")
        #expect(HistoryTUIFixtures.frame(s).contains("Deleted 2026-11-05-005"))
    }

    @Test func trendsAndQuit() {
        var s = Self.fresh()
        _ = HistoryBrowser.reduce(&s, .char("t"))
        #expect(s.screen == .trends)
        _ = HistoryBrowser.reduce(&s, .escape)
        #expect(s.screen == .list)
        _ = HistoryBrowser.reduce(&s, .char("q"))
        #expect(s.quit)
    }

    @Test func anEmptyHistoryRendersAndIgnoresKeys() {
        var s = HistoryBrowserState(summaries: [])
        for k: Key in [.down, .enter, .char("d"), .char("t")] { _ = HistoryBrowser.reduce(&s, k) }
        #expect(s.confirmingDelete == nil)
        #expect(HistoryTUIFixtures.frame(s).contains("Esc back"))
        s.screen = .list
        #expect(HistoryTUIFixtures.frame(s).contains("No meetings logged yet."))
    }
}

/// A scripted terminal for the browser loop.
final class ScriptedHistoryTerminal: Terminal {
    var inputs: [InputEvent]
    /// The frames that changed the screen (as a real terminal's diff would put them).
    var frames: [Frame] = []
    private var screen = ScreenDiff()
    var restored = 0
    var size: (width: Int, height: Int) = (80, 24)

    init(_ inputs: [InputEvent]) { self.inputs = inputs }

    func nextInput(timeoutMs: Int) -> InputEvent {
        guard !inputs.isEmpty else { return .hangup }
        let event = inputs.removeFirst()
        if case .resize(let w, let h) = event { size = (w, h) }
        return event
    }
    func draw(_ frame: Frame) {
        if screen.update(to: frame, { _, _ in }) != .unchanged { frames.append(frame) }
    }
    func bell() {}
    func flash() {}
    func restore() { restored += 1 }
}

@Suite("HistoryBrowserLoop")
struct HistoryBrowserLoopTests {
    static func tempLogs() -> String {
        let dir = NSTemporaryDirectory() + "runde-browser-\(UUID().uuidString)/logs"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (id, log) in HistoryTUIFixtures.logs {
            _ = FileManager.default.createFile(
                atPath: "\(dir)/\(id).json", contents: try! SessionLogCodec.encode(log))
        }
        _ = FileManager.default.createFile(
            atPath: "\(dir)/2027-01-01-099.json", contents: Data("{oops".utf8))
        return dir
    }

    @Test func browsesDetailTrendsAndQuits() {
        let dir = Self.tempLogs()
        defer {
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
        }
        let term = ScriptedHistoryTerminal([
            .key(.down), .key(.enter), .timeout, .key(.escape), .key(.char("t")),
            .resize(width: 100, height: 30), .key(.char("q")),
        ])
        let result = runHistoryBrowser(terminal: term, logsDir: dir, lang: .en)
        #expect(result.broken.map(\.file) == ["2027-01-01-099.json"])
        #expect(result.deleted.isEmpty)
        #expect(term.frames.first?.text.contains("1 file skipped (2027-01-01-099.json)") == true)
        #expect(term.frames.contains { $0.text.contains("Meeting 4 · Thursday 22 October 2026") })
        #expect(term.frames.contains { $0.text.contains("Runde · Trends") })
        #expect(term.frames.last?.width == 100)
        // A timeout that changes nothing draws nothing.
        #expect(term.frames.count == 6)
    }

    @Test func deletesAfterConfirmation() {
        let dir = Self.tempLogs()
        defer {
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
        }
        let term = ScriptedHistoryTerminal([.key(.char("d")), .key(.char("y")), .key(.char("q"))])
        let result = runHistoryBrowser(terminal: term, logsDir: dir, lang: .nb)
        #expect(result.deleted == ["2026-11-05-005"])
        #expect(!FileManager.default.fileExists(atPath: dir + "/2026-11-05-005.json"))
        #expect(term.frames.last?.text.contains("Slettet 2026-11-05-005") == true)
        #expect(term.frames.last?.text.contains("2026-10-22") == true)
    }

    @Test func aHangupEndsTheLoop() {
        let dir = Self.tempLogs()
        defer {
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
        }
        let term = ScriptedHistoryTerminal([.key(.down), .signal(2)])
        _ = runHistoryBrowser(terminal: term, logsDir: dir, lang: .en)
        #expect(term.inputs.isEmpty)
    }
}
