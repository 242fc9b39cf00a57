import CNCursesW

/// The only Swift file that calls the shim's signal functions: their state is `static` in
/// the C header, so each object file would get its own copy (see shim.h).
enum SignalHandling {
    /// Flag-only SIGINT/SIGTERM/SIGHUP (and SIGTSTP, when it has its default action) handlers,
    /// and those signals (plus WINCH/CHLD/CONT) unblocked. Must run before newterm.
    static func installFlagHandlers() { runde_install_signal_flags() }

    /// SIGINT/SIGTERM/SIGHUP back to their defaults (after restore, or when opening failed).
    static func resetFlagHandlers() { runde_reset_signal_flags() }

    /// True when Ctrl-Z (SIGTSTP) arrived since the last call; clears it.
    static func takeSuspend() -> Bool { runde_take_tstp() != 0 }

    /// Stops the process (curses mode off first); returns after `fg`.
    static func suspend() { runde_suspend() }

    /// The signal that arrived since the last `takePending()`, if any; clears it.
    static func takePending() -> Int32? {
        let s = runde_pending_signal()
        guard s != 0 else { return nil }
        runde_clear_pending_signal()
        return s
    }

    /// endwin() on SIGILL/SIGTRAP/SIGABRT/SIGSEGV/SIGBUS, then the previous handler; and
    /// endwin() at exit when curses mode is still on. Only the first call installs.
    static func installCrashRestore() {
        runde_install_crash_handler()
    }
}
