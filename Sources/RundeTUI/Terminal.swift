/// A key press or terminal happening, as the runtime sees it.
public enum Key: Equatable, Sendable {
    case char(Character)
    case enter, escape, backspace, tab, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case ctrl(Character)
    /// Text pasted in one go (bracketed paste): one edit, its line breaks as `\n`. A one-line
    /// field turns them into spaces (`PastedText.oneLine`).
    case paste(String)
}

/// What one wait for input produced.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The wait timed out with nothing to read.
    case timeout
    /// The terminal went away (POLLHUP/POLLERR): shut down, keeping the journal.
    case hangup
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived: save and restore the terminal.
    case signal(Int32)
}

/// The screen the runtime draws on. `CursesTerminal` is the real one; tests use a fake.
public protocol Terminal: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Waits up to `timeoutMs` milliseconds (negative: forever) for the next input.
    func nextInput(timeoutMs: Int) -> InputEvent
    /// Draws a whole frame. The terminal keeps the frame it drew last and puts only what
    /// changed (`ScreenDiff`); callers simply draw every frame they render.
    func draw(_ frame: Frame)
    /// Audible bell.
    func bell()
    /// Visual flash.
    func flash()
    /// Restores the terminal (alternate screen off, echo on, cursor visible). Idempotent.
    func restore()
    /// True for a backend that says what changed instead of drawing (plain mode): the loop
    /// then hands it each screen's `Speech` rather than its frame.
    var speaks: Bool { get }
    /// Says what a screen said about its change (a speaking backend; others ignore it).
    func speak(_ speech: Speech)
}

extension Terminal {
    public var speaks: Bool { false }
    public func speak(_ speech: Speech) {}
}
