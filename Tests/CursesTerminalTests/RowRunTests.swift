import RundeTUI
import Testing

@testable import CursesTerminal

/// Frame rows → styled runs for drawing (pure; no ncurses is called).
@Suite("Row runs")
struct RowRunTests {
    private func text(_ run: RowRun) -> String {
        String(
            String.UnicodeScalarView(
                run.scalars.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
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

/// Only the changed columns of a row are drawn again; wide characters are never cut in two.
@Suite("Changed spans")
struct ChangedSpanTests {
    private func text(_ runs: [RowRun]) -> String {
        runs.map {
            String(
                String.UnicodeScalarView(
                    $0.scalars.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        }.joined()
    }

    @Test("the span covers the first to the last changed cell")
    func digits() {
        var a = Frame(width: 20, height: 2)
        a.put("Meeting time 0:41", x: 0, y: 0)
        var b = a
        b.put("Meeting time 0:42", x: 0, y: 0)
        #expect(b.changedSpan(row: 0, since: a) == 16..<17)
        #expect(b.changedSpan(row: 1, since: a) == nil)
        let runs = RowRun.runs(of: b, row: 0, maxWidth: 20, columns: 16..<17)
        #expect(runs.map(\.x) == [16])
        #expect(text(runs) == "2")
    }

    @Test("a wide character changed or replaced is drawn whole")
    func wide() {
        var a = Frame(width: 10, height: 1)
        a.put("ab漢cd", x: 0, y: 0)
        var b = a
        b.put("x", x: 3, y: 0)  // overwrites the continuation half of 漢
        let span = b.changedSpan(row: 0, since: a)
        #expect(span == 2..<4)
        var c = a
        c.put("字", x: 2, y: 0)
        #expect(c.changedSpan(row: 0, since: a) == 2..<4)
        let runs = RowRun.runs(of: c, row: 0, maxWidth: 10, columns: 2..<4)
        #expect(text(runs) == "字")
    }

    @Test("another size changes every column")
    func resized() {
        let a = Frame(width: 10, height: 2)
        let b = Frame(width: 12, height: 2)
        #expect(b.changedSpan(row: 0, since: a) == 0..<12)
    }
}
