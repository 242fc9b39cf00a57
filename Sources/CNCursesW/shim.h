#ifndef RUNDE_CNCURSESW_SHIM_H
#define RUNDE_CNCURSESW_SHIM_H
// The one C header of Runde. It wraps, as `static inline` functions, what Swift cannot see in
// <curses.h>: function-like and composite macros (A_*, stdscr-based macros), C globals that
// Swift 6 calls "not concurrency-safe" (stdscr, LINES, COLS, COLORS, cur_term, stdin/stdout),
// and the async-signal-safe parts (signal flag, crash handler) that must be written in C.
//
// SwiftPM drops -D flags from pkg-config, so define the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

// MARK: - Attributes (composite macros Swift cannot import)

static inline attr_t runde_attr_bold(void) { return A_BOLD; }
static inline attr_t runde_attr_reverse(void) { return A_REVERSE; }
static inline attr_t runde_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t runde_attr_dim(void) { return A_DIM; }
static inline attr_t runde_attr_normal(void) { return A_NORMAL; }

// MARK: - Locale

/// setlocale(LC_ALL, "") and, when the codeset is not UTF-8, fall back to C.UTF-8.
/// Returns 1 when the resulting codeset is UTF-8, else 0.
static inline int runde_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
    const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
    for (unsigned i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_ALL, fallbacks[i]) != NULL) {
            cs = nl_langinfo(CODESET);
            if (cs != NULL && strcmp(cs, "UTF-8") == 0) return 1;
        }
    }
    return 0;
}

// MARK: - Terminal checks

/// Checks that TERM (NULL: the environment's) is known and can address the cursor, without
/// touching the screen. 0 ok, 1 unknown terminal, 2 no terminfo database, 3 no cursor
/// addressing (`cup`), 4 hardcopy terminal.
static inline int runde_check_terminal(const char *term) {
    int err = 0;
    if (setupterm(term, STDOUT_FILENO, &err) != OK) {
        if (err == 1) return 4;
        if (err == -1) return 2;
        return 1;
    }
    char *cup = tigetstr("cup");
    int result = (cup == NULL || cup == (char *)-1) ? 3 : 0;
    TERMINAL *t = cur_term;
    set_curterm(NULL);
    del_curterm(t);
    return result;
}

/// newterm on stdout/stdin; NULL when it fails.
static inline SCREEN *runde_newterm(const char *term) {
    return newterm(term, stdout, stdin);
}

/// Home/End arrive in several encodings (tmux and VT220-style terminals send \E[1~ / \E[4~,
/// others \E[H / \E[F or \EOH / \EOF). Bind those terminfo does not already know.
static inline void runde_define_extra_keys(void) {
    static const char *home[] = {"\033[1~", "\033[7~", "\033[H", "\033OH"};
    static const char *end[] = {"\033[4~", "\033[8~", "\033[F", "\033OF"};
    for (unsigned i = 0; i < sizeof home / sizeof home[0]; i++) {
        if (key_defined(home[i]) == 0) define_key(home[i], KEY_HOME);
        if (key_defined(end[i]) == 0) define_key(end[i], KEY_END);
    }
}

/// The modes Runde uses: cbreak, noecho, keypad, nonl, no cursor, Esc after 25 ms.
static inline void runde_setup_modes(void) {
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    leaveok(stdscr, TRUE);
    scrollok(stdscr, FALSE);
    curs_set(0);
    set_escdelay(25);
    // No typeahead check in doupdate: it polls stdin and flushes the output in pieces, so one
    // second's redraw became several write(2)s (and pty wake-ups) instead of one. Input is
    // read by the loop right after each redraw anyway.
    typeahead(-1);
    runde_define_extra_keys();
    // ncurses 6.4 flushes its output after every cursor move until the screen has once come
    // back from endwin (its `_endwin` stays "initial" after newterm): a redraw of the timer
    // went out as five or six write(2)s. Leaving and re-entering once, before anything is
    // drawn, makes every later refresh a single write.
    endwin();
    doupdate();
}

// MARK: - Size and colours

static inline int runde_lines(void) { return getmaxy(stdscr); }
static inline int runde_cols(void) { return getmaxx(stdscr); }
static inline int runde_colors(void) { return COLORS; }
static inline int runde_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Input and output

/// wtimeout + wget_wch on stdscr. Returns OK, KEY_CODE_YES or ERR; errno is kept.
static inline int runde_get_wch(int timeout_ms, wint_t *out) {
    wtimeout(stdscr, timeout_ms);
    return wget_wch(stdscr, out);
}

/// wtimeout + wgetch on stdscr: a byte (0–255) of what was typed, a KEY_* code, or ERR
/// (errno kept). Bytes rather than get_wch's characters, so Runde decodes UTF-8 and escape
/// sequences itself: get_wch keeps swallowing the keys after an invalid UTF-8 byte.
static inline int runde_getch(int timeout_ms) {
    wtimeout(stdscr, timeout_ms);
    return wgetch(stdscr);
}

/// Bracketed paste on (1) or off (0): the terminal wraps a paste in ESC [ 200 ~ … ESC [ 201 ~.
/// A plain write(2), so the crash handler may call it too.
static inline void runde_bracketed_paste(int on) {
    static const char on_seq[] = "\033[?2004h";
    static const char off_seq[] = "\033[?2004l";
    ssize_t r = on ? write(STDOUT_FILENO, on_seq, sizeof on_seq - 1)
                   : write(STDOUT_FILENO, off_seq, sizeof off_seq - 1);
    (void)r;
}

/// Writes `n` wide characters at (y, x) with attributes and colour pair.
static inline int runde_put(int y, int x, const wchar_t *s, int n, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    return mvwaddnwstr(stdscr, y, x, s, n);
}

static inline void runde_flush_stdout(void) { fflush(stdout); }
static inline void runde_erase(void) { werase(stdscr); }
static inline void runde_clearok(void) { clearok(stdscr, TRUE); }
static inline void runde_refresh(void) { wnoutrefresh(stdscr); doupdate(); }

/// Polls stdin without waiting: 1 when the terminal has gone (POLLHUP/POLLERR/POLLNVAL).
static inline int runde_stdin_hung_up(void) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int r = poll(&p, 1, 0);
    if (r < 0) return errno == EINTR ? 0 : 1;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) ? 1 : 0;
}

// MARK: - Signals
// The flag and the saved crash actions are `static`: every object file that uses these
// functions gets its own copy. Swift code must therefore call them from ONE source file
// (CursesTerminal/SignalHandling.swift).

// The state lives in function-local statics, emitted together with the functions.
// Note: SwiftPM does not notice edits to this header; touch the Swift files that use it.
static inline volatile sig_atomic_t *runde_signal_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

static inline void runde_flag_handler(int signo) { *runde_signal_flag() = signo; }

static inline volatile sig_atomic_t *runde_tstp_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

static inline int *runde_tstp_installed(void) {
    static int installed = 0;
    return &installed;
}

static inline void runde_tstp_handler(int signo) { (void)signo; *runde_tstp_flag() = 1; }

/// Installs `handler` for `signo` with no flags (no SA_RESTART, so a wait is interrupted).
static inline int runde_set_flag_handler(int signo, void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(signo, &sa, NULL);
}

static inline void runde_set_tstp_handler(void) {
    if (runde_set_flag_handler(SIGTSTP, runde_tstp_handler) == 0) *runde_tstp_installed() = 1;
}

/// Ctrl-Z: a flag-only SIGTSTP handler, installed only when SIGTSTP has its default action (a
/// shell without job control may have set it to be ignored; it then stays ignored). With a
/// handler of ours in place before newterm, ncurses leaves SIGTSTP alone: it no longer swaps
/// its own handler in and out around every refresh (two system calls a second).
static inline void runde_install_tstp(void) {
    struct sigaction old;
    if (sigaction(SIGTSTP, NULL, &old) != 0 || old.sa_handler != SIG_DFL) return;
    runde_set_tstp_handler();
}

/// 1 when Ctrl-Z arrived since the last call; clears it.
static inline int runde_take_tstp(void) {
    int pending = *runde_tstp_flag();
    *runde_tstp_flag() = 0;
    return pending;
}

/// Stops the process as Ctrl-Z would have: curses mode off (screen given back), then SIGTSTP
/// with its default action. After `fg` (SIGCONT) our handler is back; the caller redraws all.
static inline void runde_suspend(void) {
    endwin();
    fflush(stdout);
    runde_bracketed_paste(0);
    signal(SIGTSTP, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    runde_set_tstp_handler();
    runde_bracketed_paste(1);
}

/// What SIGQUIT did before the meeting took it over (the program's quiet exit, say).
static inline struct sigaction *runde_saved_quit_action(void) {
    static struct sigaction saved;
    return &saved;
}

static inline int *runde_quit_saved(void) {
    static int saved = 0;
    return &saved;
}

/// Installs flag-only handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\, which would
/// otherwise print Swift's crash report over the screen) with no SA_RESTART, so a wait is
/// interrupted, and unblocks INT/TERM/HUP/QUIT/WINCH/CHLD, which `swift test` children
/// inherit blocked. Call before newterm so ncurses keeps its hands off these signals.
static inline void runde_install_signal_flags(void) {
    runde_set_flag_handler(SIGINT, runde_flag_handler);
    runde_set_flag_handler(SIGTERM, runde_flag_handler);
    runde_set_flag_handler(SIGHUP, runde_flag_handler);
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = runde_flag_handler;
    sigemptyset(&quit.sa_mask);
    if (sigaction(SIGQUIT, &quit, runde_saved_quit_action()) == 0) *runde_quit_saved() = 1;
    runde_install_tstp();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Puts SIGINT, SIGTERM and SIGHUP (and SIGTSTP, if we handled it) back to their defaults,
/// and SIGQUIT back to what it was before.
static inline void runde_reset_signal_flags(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    if (*runde_quit_saved()) {
        sigaction(SIGQUIT, runde_saved_quit_action(), NULL);
        *runde_quit_saved() = 0;
    }
    if (*runde_tstp_installed()) {
        signal(SIGTSTP, SIG_DFL);
        *runde_tstp_installed() = 0;
    }
}

/// The pending signal number (0 when none).
static inline int runde_pending_signal(void) { return *runde_signal_flag(); }

/// Clears the pending signal.
static inline void runde_clear_pending_signal(void) { *runde_signal_flag() = 0; }

static inline struct sigaction *runde_saved_crash_actions(void) {
    static struct sigaction saved[32];
    return saved;
}

/// Best effort on a crash: leave curses mode, restore the previous handler (for example
/// Swift's backtracer) and re-raise, so the report lands on a normal screen.
static inline void runde_crash_handler(int signo) {
    if (!isendwin()) endwin();
    runde_bracketed_paste(0);
    if (signo > 0 && signo < 32) {
        sigaction(signo, &runde_saved_crash_actions()[signo], NULL);
    } else {
        signal(signo, SIG_DFL);
    }
    raise(signo);
}

/// endwin() at exit, when curses mode is still on.
static inline void runde_atexit_endwin(void) {
    if (!isendwin()) {
        endwin();
        runde_bracketed_paste(0);
    }
}

/// Installs the crash handler for SIGILL, SIGTRAP, SIGABRT, SIGSEGV and SIGBUS, and an
/// at-exit endwin. Only the first call does anything (a second would save the handler itself
/// as "previous" and loop on a crash).
static inline void runde_install_crash_handler(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    atexit(runde_atexit_endwin);
    static const int signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = runde_crash_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &sa, &runde_saved_crash_actions()[signals[i]]);
    }
}

#endif
