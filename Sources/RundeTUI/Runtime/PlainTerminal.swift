#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import RundeCore

/// A `Terminal` for `--plain` (screen readers): no full-screen drawing. Keys are read from stdin
/// in non-canonical mode; of each frame only what matters is printed as a line of text.
public final class PlainTerminal: Terminal {
    /// What `draw` prints.
    public enum Mode: Sendable {
        /// Every non-empty line of a frame, when the frame changed (prompts).
        case wholeFrame
        /// Only the footer line (the keys and what Enter does), when it changed.
        case footerOnly
    }

    public var mode: Mode = .footerOnly
    private var saved = termios()
    private var raw = false
    private var lastPrinted: String?
    private var pending: [UInt8] = []

    public init() {
        if isatty(0) == 1, tcgetattr(0, &saved) == 0 {
            var t = saved
            t.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &t.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            raw = tcsetattr(0, TCSANOW, &t) == 0
        }
    }

    deinit { restore() }

    public var size: (width: Int, height: Int) { (80, 24) }

    /// Prints one line of text (a milestone).
    public func say(_ line: String) {
        print(line)
        fflush(stdout)
    }

    public func draw(_ frame: Frame) {
        let lines = frame.text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        let text: String
        switch mode {
        case .wholeFrame: text = lines.joined(separator: "\n")
        case .footerOnly: text = lines.last ?? ""
        }
        if text != lastPrinted, !text.isEmpty {
            say(text)
            lastPrinted = text
        }
    }

    public func nextInput(timeoutMs: Int) -> InputEvent {
        if let k = decodePending() { return .key(k) }
        var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        let r = poll(&p, 1, Int32(timeoutMs))
        if r == 0 { return .timeout }
        if r < 0 { return errno == EINTR ? .timeout : .hangup }
        if p.revents & Int16(POLLIN) == 0 && p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangup }
        var buf = [UInt8](repeating: 0, count: 64)
        let n = read(0, &buf, buf.count)
        if n <= 0 { return .hangup }
        pending += buf[0..<n]
        return decodePending().map { .key($0) } ?? .timeout
    }

    private func decodePending() -> Key? {
        guard let b = pending.first else { return nil }
        if b == 0x1B {
            if pending.count >= 3, pending[1] == UInt8(ascii: "[") {
                let code = pending[2]
                pending.removeFirst(3)
                switch code {
                case UInt8(ascii: "A"): return .up
                case UInt8(ascii: "B"): return .down
                case UInt8(ascii: "C"): return .right
                case UInt8(ascii: "D"): return .left
                case UInt8(ascii: "5"), UInt8(ascii: "6"):
                    if pending.first == UInt8(ascii: "~") { pending.removeFirst() }
                    return code == UInt8(ascii: "5") ? .pageUp : .pageDown
                default: return nil
                }
            }
            pending.removeFirst()
            return .escape
        }
        if b == 10 || b == 13 { pending.removeFirst(); return .enter }
        if b == 127 || b == 8 { pending.removeFirst(); return .backspace }
        if b == 9 { pending.removeFirst(); return .tab }
        // UTF-8: take a whole scalar.
        let len = b < 0x80 ? 1 : (b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2))
        guard pending.count >= len else { return nil }
        let bytes = Array(pending.prefix(len))
        pending.removeFirst(len)
        guard let s = String(validating: bytes, as: UTF8.self), let c = s.first else { return nil }
        if len == 1 && b < 0x20 { return .ctrl(Character(Unicode.Scalar(b + 0x60))) }
        return .char(c)
    }

    public func bell() { print("\u{7}", terminator: ""); fflush(stdout) }
    public func flash() {}

    public func restore() {
        if raw { tcsetattr(0, TCSANOW, &saved); raw = false }
    }
}

