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
    }

    deinit { restore() }

    /// SIGINT, SIGTERM and SIGHUP end the wait with `.signal(n)`, so the meeting is saved and
    /// the terminal restored as in full-screen mode.
    private static func installSignalHandlers() {
        plainPendingSignal = 0
        for sig in [SIGINT, SIGTERM, SIGHUP] {
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
        if let k = decodePending() { return .key(k) }
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
        var buf = [UInt8](repeating: 0, count: 64)
        let n = read(input, &buf, buf.count)
        if n <= 0 { return .hangup }
        pending += buf[0..<n]
        return decodePending().map { .key($0) } ?? .timeout
    }

    /// The next key in what was read; sequences of keys Runde does not use (Insert, say) are
    /// skipped so the keys after them are not held back until the next read.
    private func decodePending() -> Key? {
        while !pending.isEmpty {
            let before = pending.count
            if let k = decodeOne() { return k }
            if pending.count == before { return nil }  // an incomplete sequence: wait for more
        }
        return nil
    }

    /// The arrow, Home or End key a sequence's final byte names (`ESC [ A`, `ESC [ 1 ; 5 A` …).
    private static func cursorKey(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: nil
        }
    }

    private func decodeOne() -> Key? {
        guard let b = pending.first else { return nil }
        if b == 0x1B {
            if pending.count >= 3,
                pending[1] == UInt8(ascii: "[") || pending[1] == UInt8(ascii: "O")
            {
                let code = pending[2]
                pending.removeFirst(3)
                if let key = Self.cursorKey(code) { return key }
                switch code {
                case UInt8(ascii: "P"): return .function(1)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    // ESC [ n ~, ESC [ 1 1 ~ for F1, ESC [ 1 ; 5 A for a modified arrow: the
                    // whole sequence up to its final byte goes, so no stray '~' is typed.
                    var params = [code]
                    while let next = pending.first, !(0x40...0x7E).contains(next), params.count < 8
                    {
                        params.append(next)
                        pending.removeFirst()
                    }
                    let final = pending.isEmpty ? UInt8(ascii: "~") : pending.removeFirst()
                    if let key = Self.cursorKey(final) { return key }
                    switch String(
                        decoding: params.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self)
                    {
                    case "1", "7": return .home
                    case "4", "8": return .end
                    case "5": return .pageUp
                    case "6": return .pageDown
                    case "3": return .delete
                    case "11": return .function(1)
                    default: return nil
                    }
                default: return nil
                }
            }
            pending.removeFirst()
            return .escape
        }
        if b == 10 || b == 13 {
            pending.removeFirst()
            return .enter
        }
        if b == 127 || b == 8 {
            pending.removeFirst()
            return .backspace
        }
        if b == 9 {
            pending.removeFirst()
            return .tab
        }
        // UTF-8: take a whole scalar.
        let len = b < 0x80 ? 1 : (b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2))
        guard pending.count >= len else { return nil }
        let bytes = Array(pending.prefix(len))
        pending.removeFirst(len)
        guard let s = String(validating: bytes, as: UTF8.self), let c = s.first else { return nil }
        if len == 1 && b < 0x20 { return .ctrl(Character(Unicode.Scalar(b + 0x60))) }
        return .char(c)
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
        if raw {
            tcsetattr(input, TCSANOW, &saved)
            raw = false
        }
    }
}
