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
    ///
    /// Runs once a second for each changed row, so it builds each run in place (no array per
    /// cell, no copy of the run being extended).
    ///
    /// `columns` limits the runs to part of the row (the part that changed); it must not start
    /// on a continuation cell (see `Frame.changedSpan`).
    static func runs(of frame: Frame, row y: Int, maxWidth: Int, columns: Range<Int>? = nil)
        -> [RowRun]
    {
        var result: [RowRun] = []
        var scratch: [Int32] = []
        forEach(of: frame, row: y, maxWidth: maxWidth, columns: columns, scratch: &scratch) {
            x, role, bold, reverse, scalars in
            result.append(
                RowRun(x: x, role: role, bold: bold, reverse: reverse, scalars: Array(scalars)))
        }
        return result
    }

    /// The runs of `runs(of:row:maxWidth:columns:)`, each handed to `body` as it is found, its
    /// characters in `scratch` (kept by the caller, so drawing a row allocates nothing).
    static func forEach(
        of frame: Frame, row y: Int, maxWidth: Int, columns: Range<Int>? = nil,
        scratch: inout [Int32],
        _ body: Body
    ) {
        let width = min(frame.width, maxWidth, columns?.upperBound ?? Int.max)
        guard width > 0 else { return }
        var builder = Builder()
        swap(&builder.scalars, &scratch)
        defer { swap(&builder.scalars, &scratch) }
        builder.scalars.removeAll(keepingCapacity: true)
        builder.scalars.reserveCapacity(width)
        var x = max(0, columns?.lowerBound ?? 0)
        var previousWide = false
        while x < width {
            var cell = frame[x, y]
            if cell.continuation {
                if previousWide {
                    previousWide = false
                    x += 1
                    continue
                }
                cell.char = " "  // an orphan continuation: its wide character was overwritten
            }
            let only = cell.onlyScalar
            if let v = only, Frame.isSimple(v) {
                // The common case: one scalar of width 1 that joins nothing (letters, the
                // header's dots, the timer's blocks, box drawing).
                previousWide = false
                builder.add(
                    x: x, cell: cell, scalar: Int32(bitPattern: v), simple: true, into: body)
                x += 1
                continue
            }
            let char = cell.char
            let scalars = char.unicodeScalars
            let first = scalars.first
            let single = only != nil
            let w = Frame.charWidth(char)
            previousWide = w == 2
            if w == 2, x + 1 >= width {
                // A wide character cut by the right edge: show a space instead.
                builder.add(x: x, cell: cell, scalar: 32, simple: true, into: body)
                x += 1
                continue
            }
            if let v = first?.value, w != 0, v >= 0x20, v != 0x7F, !(0x80..<0xA0).contains(v) {
                builder.add(
                    x: x, cell: cell, scalars: scalars, simple: w == 1 && single, into: body)
            } else {
                builder.add(x: x, cell: cell, scalar: 32, simple: true, into: body)
            }
            x += 1
        }
        builder.finish(into: body)
    }

    typealias Body = (
        _ x: Int, _ role: StyleRole, _ bold: Bool, _ reverse: Bool,
        _ scalars: UnsafeBufferPointer<Int32>
    ) -> Void

    /// The run being built.
    private struct Builder {
        var open = false
        var x = 0
        var role = StyleRole.normal
        var bold = false
        var reverse = false
        var scalars: [Int32] = []

        mutating func add(x: Int, cell: Cell, scalar: Int32, simple: Bool, into result: Body) {
            start(x: x, cell: cell, into: result)
            scalars.append(scalar)
            if !simple { finish(into: result) }
        }

        mutating func add(
            x: Int, cell: Cell, scalars more: Character.UnicodeScalarView, simple: Bool,
            into result: Body
        ) {
            start(x: x, cell: cell, into: result)
            for s in more { scalars.append(Int32(bitPattern: s.value)) }
            if !simple { finish(into: result) }
        }

        /// Continues the open run when the style matches, else closes it and opens a new one at x.
        private mutating func start(x: Int, cell: Cell, into result: Body) {
            if open, role == cell.role, bold == cell.bold, reverse == cell.reverse { return }
            finish(into: result)
            open = true
            self.x = x
            role = cell.role
            bold = cell.bold
            reverse = cell.reverse
        }

        mutating func finish(into result: Body) {
            guard open else { return }
            scalars.withUnsafeBufferPointer { result(x, role, bold, reverse, $0) }
            scalars.removeAll(keepingCapacity: true)
            open = false
        }
    }
}
