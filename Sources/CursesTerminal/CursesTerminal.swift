import CNCursesW
import Glibc
import RundeTUI

/// The real `Terminal`: ncurses (wide) on the process's own terminal, with themed colours,
/// flag-only signal handling and a crash handler that restores the screen.
///
/// ncurses is process-global, so open at most one at a time.
public final class CursesTerminal: Terminal {
    private let color: Bool
    /// Curses attributes for each role (by `ordinal`) × bold × reverse, worked out once.
    private var attributeTable: [attr_t] = []
    private var screen: OpaquePointer?
    /// The frame on the screen, and what changed since (the one place frames are diffed).
    private var screenDiff = ScreenDiff()
    /// The characters of the run being drawn, kept between rows.
    private var scratch: [Int32] = []
    private var needsFullRedraw = true
    private var restored = false
    /// Back-to-back ERR results that came back without waiting (the hang-up trap).
    private var immediateErrors = 0
    /// Another descriptor that ends a wait for input early, as a timeout, when it has something
    /// to read or was closed (the room view's socket: a message is drawn when it comes).
    public var wakeDescriptor: Int32?

    /// Opens the terminal. Throws `TerminalError` when stdin/stdout is not a tty, TERM is
    /// unknown or cannot address the cursor, or ncurses fails to start.
    /// - Parameters:
    ///   - theme: styles per role; colours are used only when `color` is true.
    ///   - color: false for NO_COLOR / `--no-color`: no colour is ever emitted, and only
    ///     bold/reverse/underline/dim are used.
    public init(theme: Theme, color: Bool) throws {
        _ = runde_setup_locale()
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.stdinNotATerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.stdoutNotATerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else { throw TerminalError.termNotSet }
        switch runde_check_terminal(term) {
        case 0: break
        case 2: throw TerminalError.noTerminfoDatabase(term)
        case 3, 4: throw TerminalError.noCursorAddressing(term)
        default: throw TerminalError.unknownTerminal(term)
        }
        SignalHandling.installFlagHandlers()
        guard let screen = runde_newterm(term) else {
            SignalHandling.resetFlagHandlers()
            throw TerminalError.newtermFailed(term)
        }
        self.screen = screen
        SignalHandling.installCrashRestore()
        runde_setup_modes()
        FlowControl.disable()
        self.color = color && has_colors() && Self.setUpColors(theme)
        for role in StyleRole.allCases {
            for variant in 0..<4 {
                let flags = StyleFlags.forCell(
                    role: theme.style(role), bold: variant & 1 != 0,
                    reverse: variant & 2 != 0, color: self.color)
                attributeTable.append(Self.attributes(flags))
            }
        }
    }

    deinit { restore() }

    /// Installs the crash handler (SIGILL/SIGTRAP/SIGABRT/SIGSEGV/SIGBUS → endwin, then the
    /// previous handler) and an at-exit endwin. `init` already does this; only the first
    /// call installs anything.
    public static func crashRestoreInstall() { SignalHandling.installCrashRestore() }

    // MARK: - Terminal

    public var size: (width: Int, height: Int) {
        guard !restored else { return (0, 0) }
        return (Int(runde_cols()), Int(runde_lines()))
    }

    public func nextInput(timeoutMs: Int) -> InputEvent {
        guard !restored else { return .hangup }
        let deadline = timeoutMs < 0 ? nil : Self.nowMs() + timeoutMs
        while true {
            if let s = SignalHandling.takePending() { return .signal(s) }
            if let back = suspendIfAsked() { return back }
            var wait = deadline.map { max(0, $0 - Self.nowMs()) } ?? -1
            if let fd = wakeDescriptor, wait != 0 {
                // ncurses reads keys from stdin one byte at a time, so a key typed is still in
                // stdin here: waiting on both misses none.
                switch Self.waitForEither(stdin: STDIN_FILENO, other: fd, timeoutMs: wait) {
                case .other:
                    if let s = SignalHandling.takePending() { return .signal(s) }
                    return .timeout
                case .stdin: break
                // Timed out, or a signal (a resize comes as KEY_RESIZE): ask without waiting.
                case .neither: wait = 0
                }
            }
            let started = Self.nowMs()
            var value: wint_t = 0
            errno = 0
            let result = runde_get_wch(Int32(clamping: wait), &value)
            if let s = SignalHandling.takePending() { return .signal(s) }
            if let back = suspendIfAsked() { return back }
            switch result {
            case KEY_CODE_YES:
                immediateErrors = 0
                if Int32(value) == KeyTranslation.resizeCode {
                    needsFullRedraw = true
                    return .resize(width: Int(runde_cols()), height: Int(runde_lines()))
                }
                if let key = KeyTranslation.keyCode(Int32(value)) { return .key(key) }
            case OK:
                immediateErrors = 0
                if let key = KeyTranslation.character(UInt32(value)) { return .key(key) }
            default:
                let waited = Self.nowMs() - started
                // A wait that ran its course is an ordinary timeout (the one of every second):
                // a terminal that went away makes the wait return at once, so only then ask.
                let ranItsCourse = wait >= 0 && waited >= wait - 1
                if !ranItsCourse, runde_stdin_hung_up() != 0 { return .hangup }
                if errno != EINTR, wait != 0, waited < max(1, wait / 2) {
                    // ERR long before the timeout, with no signal: a dead terminal that
                    // poll does not report. Give up rather than spin at 100% CPU.
                    immediateErrors += 1
                    if immediateErrors >= 50 { return .hangup }
                } else {
                    immediateErrors = 0
                }
            }
            if let deadline, Self.nowMs() >= deadline { return .timeout }
        }
    }

    /// After Ctrl-Z: stops until `fg`, then asks for a whole new frame (as after a resize).
    private func suspendIfAsked() -> InputEvent? {
        guard SignalHandling.takeSuspend() else { return nil }
        SignalHandling.suspend()
        needsFullRedraw = true
        return .resize(width: Int(runde_cols()), height: Int(runde_lines()))
    }

    /// Draws `frame`: in full after a resize or a suspend, else only the columns `ScreenDiff`
    /// finds changed (a turn's second changes a few digits and the header's clock).
    public func draw(_ frame: Frame) {
        guard !restored else { return }
        let cols = Int(runde_cols())
        let lines = Int(runde_lines())
        if needsFullRedraw { screenDiff.invalidate() }
        if screenDiff.drawsInFull(frame) {
            runde_erase()
            if needsFullRedraw { runde_clearok() }
        }
        let outcome = screenDiff.update(to: frame) { y, columns in
            if y < lines { drawRow(y, of: frame, cols: cols, columns: columns) }
        }
        if outcome != .unchanged { runde_refresh() }
        needsFullRedraw = false
    }

    /// Puts `columns` of row `y` into curses (the cells around them are already on the screen).
    private func drawRow(_ y: Int, of frame: Frame, cols: Int, columns: Range<Int>) {
        RowRun.forEach(of: frame, row: y, maxWidth: cols, columns: columns, scratch: &scratch) {
            x, role, bold, reverse, scalars in
            let attributes = attributeTable[role.ordinal * 4 + (bold ? 1 : 0) + (reverse ? 2 : 0)]
            let pair = color ? ColorPlan.pair(for: role) : 0
            _ = runde_put(
                Int32(y), Int32(x), scalars.baseAddress, Int32(scalars.count), attributes, pair)
        }
    }

    public func bell() {
        guard !restored else { return }
        _ = beep()
    }

    public func flash() {
        guard !restored else { return }
        _ = CNCursesW.flash()
    }

    /// Leaves curses mode (idempotent). Afterwards SIGINT/SIGTERM/SIGHUP have their default
    /// actions again, `draw` does nothing and `nextInput` returns `.hangup`.
    public func restore() {
        guard !restored else { return }
        restored = true
        if isendwin() == false {
            _ = curs_set(1)
            _ = endwin()
        }
        runde_flush_stdout()
        SignalHandling.resetFlagHandlers()
    }

    // MARK: - Helpers

    private static func attributes(_ flags: StyleFlags) -> attr_t {
        var a = runde_attr_normal()
        if flags.contains(.bold) { a |= runde_attr_bold() }
        if flags.contains(.reverse) { a |= runde_attr_reverse() }
        if flags.contains(.underline) { a |= runde_attr_underline() }
        if flags.contains(.dim) { a |= runde_attr_dim() }
        return a
    }

    /// start_color, use_default_colors and one pair per role; false when colour is unusable.
    private static func setUpColors(_ theme: Theme) -> Bool {
        guard start_color() == OK else { return false }
        let defaults = use_default_colors() == OK
        let colors = Int(runde_colors())
        guard colors >= 8, Int(runde_color_pairs()) > StyleRole.allCases.count else { return false }
        for role in StyleRole.allCases {
            let style = theme.style(role)
            let fg = ColorPlan.colorNumber(
                style.fg, colors: colors, defaultsAvailable: defaults,
                defaultFallback: Int16(COLOR_WHITE))
            let bg = ColorPlan.colorNumber(
                style.bg, colors: colors, defaultsAvailable: defaults,
                defaultFallback: Int16(COLOR_BLACK))
            _ = init_pair(ColorPlan.pair(for: role), fg, bg)
        }
        return true
    }

    enum Ready { case stdin, other, neither }

    /// Waits until stdin or `other` can be read (or has hung up), or the time runs out.
    static func waitForEither(stdin: Int32, other: Int32, timeoutMs: Int) -> Ready {
        var fds = [
            pollfd(fd: stdin, events: Int16(POLLIN), revents: 0),
            pollfd(fd: other, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&fds, 2, Int32(clamping: timeoutMs)) > 0 else { return .neither }
        if fds[1].revents != 0 { return .other }
        return fds[0].revents != 0 ? .stdin : .neither
    }

    private static func nowMs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }
}
