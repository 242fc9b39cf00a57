import RundeTUI

/// A stretch of one frame row drawn with a single style: where it starts and its characters.
struct RowRun: Equatable, Sendable {
    var x: Int
    var role: StyleRole
    var bold: Bool
    var reverse: Bool
    /// The wide characters (`wchar_t` on Linux is 32-bit), controls replaced by spaces.
    var scalars: [Int32]

    /// Splits row `y` of `frame` into runs of equal style, at most `maxWidth` columns wide.
    /// Continuation cells are skipped. A run ends after a wide or combining character, so the
    /// next run is placed at its exact column even if the terminal measures a width differently.
    static func runs(of frame: Frame, row y: Int, maxWidth: Int) -> [RowRun] {
        var result: [RowRun] = []
        let width = min(frame.width, maxWidth)
        var current: RowRun?
        var x = 0
        var previousWide = false
        while x < width {
            var cell = frame[x, y]
            if cell.continuation {
                if previousWide { previousWide = false; x += 1; continue }
                cell.char = " "  // an orphan continuation: its wide character was overwritten
            }
            let w = Frame.charWidth(cell.char)
            previousWide = w == 2
            if w == 2, x + 1 >= width {
                // A wide character cut by the right edge: show a space instead.
                append(&current, to: &result, x: x, cell: cell, scalars: [32], simple: true)
                x += 1
                continue
            }
            let (scalars, simple) = scalarsOf(cell.char, width: w)
            append(&current, to: &result, x: x, cell: cell, scalars: scalars, simple: simple)
            x += 1
        }
        if let current { result.append(current) }
        return result
    }

    private static func append(_ current: inout RowRun?, to result: inout [RowRun], x: Int,
                               cell: Cell, scalars: [Int32], simple: Bool) {
        if var run = current, run.role == cell.role, run.bold == cell.bold, run.reverse == cell.reverse {
            run.scalars += scalars
            current = run
        } else {
            if let run = current { result.append(run) }
            current = RowRun(x: x, role: cell.role, bold: cell.bold, reverse: cell.reverse, scalars: scalars)
        }
        if !simple, let run = current {
            result.append(run)
            current = nil
        }
    }

    /// The scalars of one character; `simple` is false for wide or multi-scalar characters.
    private static func scalarsOf(_ c: Character, width: Int) -> ([Int32], Bool) {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return ([32], true) }
        let v = first.value
        if width == 0 || v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) { return ([32], true) }
        let all = scalars.map { Int32(bitPattern: $0.value) }
        return (all, width == 1 && all.count == 1)
    }
}
