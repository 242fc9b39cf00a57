import RundeCore
import RundeTUI

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The signal that arrived while a plain terminal waited (0: none). Written by the handler only.
nonisolated(unsafe) private var plainPendingSignal: Int32 = 0

/// A `Terminal` for `--plain` (screen readers, braille lines): no full-screen drawing, no
/// alternate screen, no colour, no cursor movement. Keys are read from the input in
/// non-canonical mode. It is a speaking backend (`speaks`): the loop (`Program.run`) hands it
/// what each screen says about its change (`Speech`), printed as whole lines; text being typed
/// is echoed on a line of its own, which the next line ends. It never draws a frame.
public final class PlainTerminal: Terminal {
    private let input: Int32
    private let output: (String) -> Void
    private var saved = termios()
    private var raw = false
    /// The field text last echoed (nil: no field is being typed in).
    private var lastTyped: String?
    private var pending: [UInt8] = []
    private var bracketedPaste = false
    private var lastPrinted: String?
    private var decoder = KeyDecoder()
    /// True while a typed line is being echoed (it has no newline yet).
    private var partial = false

    /// - Parameters:
    ///   - input: the file descriptor keys come from (standard input by default).
    ///   - output: where text goes (standard output by default); tests collect it.
    public init(input: Int32 = 0, output: ((String) -> Void)? = nil) {
        self.input = input
        self.output =
            output ?? { text in
                fputs(text, stdout)
                fflush(stdout)
            }
        if isatty(input) == 1, tcgetattr(input, &saved) == 0 {
            var t = saved
            t.c_lflag &= ~tcflag_t(ICANON | ECHO)
            // Ctrl-S and Ctrl-Q do nothing (flow control off): no key freezes the output.
            t.c_iflag &= ~tcflag_t(IXON)
            withUnsafeMutableBytes(of: &t.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            raw = tcsetattr(input, TCSANOW, &t) == 0
        }
        if output == nil { Self.installSignalHandlers() }
        // Bracketed paste: a paste arrives as one piece, its line breaks are not Enter. Only
        // on a terminal that takes mode switches: a dumb one would print the switch as text.
        if raw, output == nil, isatty(1) == 1,
            Self.takesBracketedPaste(term: getenv("TERM").map { String(cString: $0) })
        {
            self.output("\u{1B}[?2004h")
            bracketedPaste = true
        }
    }

    deinit { restore() }

    /// True when the terminal named by `TERM` acts on the bracketed-paste switch rather than
    /// printing it. A terminal emulator, or the Linux console, swallows it (unknown modes are
    /// ignored); a dumb terminal (Emacs's shell buffer, a serial braille line) shows it as
    /// text, and a speech synthesiser reading along would say it. Plain mode is for the
    /// latter too, so there it prints nothing but text.
    public static func takesBracketedPaste(term: String?) -> Bool {
        guard let term, !term.isEmpty else { return false }
        return term != "dumb" && !term.hasPrefix("dumb-")
    }

    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) end the wait with `.signal(n)`, so the
    /// meeting is saved and the terminal restored as in full-screen mode (never a crash report).
    private static func installSignalHandlers() {
        plainPendingSignal = 0
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { n in plainPendingSignal = n }
            #else
                action.__sigaction_u.__sa_handler = { n in plainPendingSignal = n }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    public var size: (width: Int, height: Int) { (80, 24) }

    /// Prints one line of text, ending a typed line first.
    public func say(_ line: String) {
        let text = TextSafety.sanitize(line)
        guard !text.isEmpty else { return }
        output((partial ? "\n" : "") + text + "\n")
        partial = false
    }

    /// Prints several lines, one after the other.
    public func say(_ lines: [String]) {
        for l in lines { say(l) }
    }

    /// Echoes typed text on the current line (no newline), so a screen reader reads it back.
    public func echo(_ text: String) {
        let clean = TextSafety.sanitize(text)
        guard !clean.isEmpty else { return }
        output(clean)
        partial = true
    }

    /// Echoes what was added to a field since `old`, or takes back what was removed.
    public func echoTyping(from old: String, to new: String) {
        guard old != new else { return }
        if new.hasPrefix(old) {
            // A new line typed into a multi-line field ends the echoed line.
            for (i, part) in new.dropFirst(old.count).split(
                separator: "\n", omittingEmptySubsequences: false
            ).enumerated() {
                if i > 0 {
                    output("\n")
                    partial = false
                }
                echo(String(part))
            }
        } else if old.hasPrefix(new) {
            erase(old.count - new.count)
        }
    }

    /// Takes back the last `count` characters typed on the current line.
    public func erase(_ count: Int) {
        guard partial, count > 0 else { return }
        output(String(repeating: "\u{8} \u{8}", count: count))
    }

    /// Frames are not drawn: the screens' speech says what they show.
    public func draw(_ frame: Frame) {}

    public var speaks: Bool { true }

    /// Echoes what was typed (a field's new text since the last time, or characters as they
    /// are), then says the lines.
    public func speak(_ speech: Speech) {
        if let echo = speech.echo { self.echo(echo) }
        if let typed = speech.typed {
            if let before = lastTyped { echoTyping(from: before, to: typed) }
            lastTyped = typed
        } else {
            lastTyped = nil
        }
        say(speech.lines)
    }

    public func nextInput(timeoutMs: Int) -> InputEvent {
        if let k = decoder.next() { return .key(k) }
        if decoder.isIncomplete, let k = decodePending() { return .key(k) }
        var p = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let r = poll(&p, 1, Int32(timeoutMs))
        if plainPendingSignal != 0 {
            let n = plainPendingSignal
            plainPendingSignal = 0
            return .signal(n)
        }
        if r == 0 { return .timeout }
        if r < 0 { return errno == EINTR ? .timeout : .hangup }
        if p.revents & Int16(POLLIN) == 0 && p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            return .hangup
        }
        guard readSome() else { return .hangup }
        return decodePending().map { .key($0) } ?? .timeout
    }

    /// Reads what is there into the decoder; false at end of input.
    private func readSome() -> Bool {
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = read(input, &buf, buf.count)
        if n <= 0 { return false }
        decoder.append(buf[0..<n])
        return true
    }

    /// The next key in what was read. An Esc, a character cut in two or a paste still coming
    /// waits a moment for the rest (a paste as long as the terminal keeps sending it).
    private func decodePending() -> Key? {
        if let k = decoder.next() { return k }
        while decoder.isIncomplete {
            var p = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let wait: Int32 = decoder.inPaste ? 500 : 30
            guard poll(&p, 1, wait) > 0, p.revents & Int16(POLLIN) != 0, readSome() else {
                return decoder.flush()
            }
            if let k = decoder.next() { return k }
        }
        return nil
    }

    /// The bell, as the full screen rings it: BEL, which a terminal or screen reader sounds.
    public func bell() { output("\u{7}") }
    /// A flash cannot be seen by a screen reader's user: plain mode rings the bell instead.
    public func flash() { bell() }

    public func restore() {
        if partial {
            output("\n")
            partial = false
        }
        if bracketedPaste {
            output("\u{1B}[?2004l")
            bracketedPaste = false
        }
        if raw {
            tcsetattr(input, TCSANOW, &saved)
            raw = false
        }
    }
}
