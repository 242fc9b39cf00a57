import CNCursesW

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Software flow control (Ctrl-S / Ctrl-Q, `ixon`) off while Runde owns the terminal.
///
/// With `ixon` on, Ctrl-S stops all output: the clock freezes, keys queue up, and Ctrl-Q
/// replays them at once (issue 16). curses' `cbreak` leaves it on, so it is switched off
/// here and recorded as curses' program mode; `endwin` (on quit, on Ctrl-Z, in the crash
/// handler and at exit) puts back the shell's mode, which has the user's own `ixon`.
enum FlowControl {
    /// Turns `ixon`/`ixoff` off on stdin and saves that as the program mode. Call once curses
    /// is set up.
    static func disable() {
        var t = termios()
        guard tcgetattr(STDIN_FILENO, &t) == 0 else { return }
        t.c_iflag &= ~tcflag_t(IXON | IXOFF)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &t)
        _ = def_prog_mode()
    }
}
