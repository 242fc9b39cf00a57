/// A key press or terminal happening, as the runtime sees it.
public enum Key: Equatable, Sendable {
    case char(Character)
    case enter, escape, backspace, tab, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case ctrl(Character)
}

/// What one wait for input produced.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The wait timed out with nothing to read.
    case timeout
    /// The terminal went away (POLLHUP/POLLERR): shut down, keeping the journal.
    case hangup
    /// SIGINT, SIGTERM or SIGHUP arrived: save and restore the terminal.
    case signal(Int32)
}

/// The screen the runtime draws on. `CursesTerminal` is the real one; tests use a fake.
public protocol Terminal: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Waits up to `timeoutMs` milliseconds (negative: forever) for the next input.
    func nextInput(timeoutMs: Int) -> InputEvent
    /// Draws a frame; implementations redraw only the rows that changed.
    func draw(_ frame: Frame)
    /// Draws a frame that differs from the last one drawn in `changedRows` at most, so the
    /// other rows need not be compared (see `MeetingRenderer.changedRows`).
    func draw(_ frame: Frame, changedRows: [Range<Int>])
    /// Audible bell.
    func bell()
    /// Visual flash.
    func flash()
    /// Restores the terminal (alternate screen off, echo on, cursor visible). Idempotent.
    func restore()
}

extension Terminal {
    /// Compares every row, as `draw(_:)` does.
    public func draw(_ frame: Frame, changedRows: [Range<Int>]) { draw(frame) }
}
