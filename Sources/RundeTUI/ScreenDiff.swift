/// What a terminal keeps of the screen: the frame it drew last. Given the next frame it names
/// the columns of each row that changed, so the terminal puts only those (DESIGN §3: views
/// render whole frames, the terminal layer diffs, as ratatui does). The one place frames are
/// compared for drawing; `CursesTerminal` and the tests' fake terminals use it.
public struct ScreenDiff {
    /// What `update` found.
    public enum Outcome: Equatable, Sendable {
        /// No cell changed: nothing to put, no refresh needed.
        case unchanged
        /// Every row was handed over (no frame before, a new size, or after `invalidate`).
        case full
        /// Some rows changed; `hinted` when only the rows the renderer named were compared.
        case partial(hinted: Bool)
    }

    /// The frame drawn last, or nil before the first and after `invalidate`.
    public private(set) var previous: Frame?

    public init() {}

    /// Forgets the screen (after a resize, a suspend, or a clear): the next frame goes in full.
    public mutating func invalidate() { previous = nil }

    /// Whether `update(to: frame)` will hand over every row: the caller erases the screen first.
    public func drawsInFull(_ frame: Frame) -> Bool {
        guard let previous else { return true }
        return previous.width != frame.width || previous.height != frame.height
    }

    /// Compares `frame` with the last one and calls `changed(row, columns)` for every row to
    /// put, with the columns that differ (all of them in a full draw); then keeps `frame`.
    ///
    /// When the frame comes from `MeetingRenderer` right after the frame on the screen, and
    /// only the clock moved, the renderer has named the rows that can differ: only those are
    /// compared, and the rest of the frame is not even read (most of an idle second's memory
    /// traffic otherwise; see BENCHMARKS.md).
    @discardableResult
    public mutating func update(
        to frame: Frame, _ changed: (_ row: Int, _ columns: Range<Int>) -> Void
    ) -> Outcome {
        guard let previous, !drawsInFull(frame) else {
            for y in 0..<frame.height { changed(y, 0..<frame.width) }
            self.previous = frame
            return .full
        }
        var any = false
        var hinted = false
        if let hint = frame.sinceHint, previous.serial != 0, hint.after == previous.serial {
            hinted = true
            for r in hint.rows {
                for y in max(0, r.lowerBound)..<max(0, min(frame.height, r.upperBound)) {
                    if let span = frame.changedSpan(row: y, since: previous) {
                        changed(y, span)
                        any = true
                    }
                }
            }
        } else {
            for y in 0..<frame.height {
                if let span = frame.changedSpan(row: y, since: previous) {
                    changed(y, span)
                    any = true
                }
            }
        }
        self.previous = frame
        return any ? .partial(hinted: hinted) : .unchanged
    }
}
