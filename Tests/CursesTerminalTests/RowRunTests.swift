@testable import CursesTerminal
import RundeTUI
import Testing

/// Frame rows → styled runs for drawing (pure; no ncurses is called).
@Suite("Row runs")
struct RowRunTests {
    private func text(_ run: RowRun) -> String {
        String(String.UnicodeScalarView(run.scalars.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    @Test("one run per style, at the right columns")
    func styles() {
        var f = Frame(width: 10, height: 1)
        f.put("ab", x: 0, y: 0)
        f.put("cd", x: 2, y: 0, role: .accent)
        f.put("e", x: 4, y: 0, role: .accent, bold: true)
        let runs = RowRun.runs(of: f, row: 0, maxWidth: 10)
        #expect(runs.map(\.x) == [0, 2, 4, 5])
        #expect(runs.map(text) == ["ab", "cd", "e", "     "])
        #expect(runs.map(\.role) == [.normal, .accent, .accent, .normal])
        #expect(runs[2].bold)
    }

    @Test("æøå stay in one run; a wide character ends its run and skips its continuation")
    func wide() {
        var f = Frame(width: 8, height: 1)
        f.put("æ漢ø", x: 0, y: 0)
        let runs = RowRun.runs(of: f, row: 0, maxWidth: 8)
        #expect(runs.map(\.x) == [0, 3])
        #expect(runs.map(text) == ["æ漢", "ø    "])
    }

    @Test("clipped to the terminal width; a wide character cut by the edge becomes a space")
    func clipped() {
        var f = Frame(width: 6, height: 1)
        f.put("abc漢", x: 0, y: 0)
        #expect(RowRun.runs(of: f, row: 0, maxWidth: 4).map(text) == ["abc "])
        #expect(RowRun.runs(of: f, row: 0, maxWidth: 2).map(text) == ["ab"])
    }

    @Test("an orphan continuation cell is drawn as a space")
    func orphanContinuation() {
        var f = Frame(width: 4, height: 1)
        f.put("漢", x: 0, y: 0)
        f[0, 0] = Cell("a")
        #expect(RowRun.runs(of: f, row: 0, maxWidth: 4).map(text) == ["a   "])
    }

    @Test("control characters placed directly in cells are drawn as spaces")
    func controls() {
        var f = Frame(width: 3, height: 1)
        f[1, 0] = Cell("\u{1B}")
        #expect(RowRun.runs(of: f, row: 0, maxWidth: 3).map(text) == ["   "])
    }
}
