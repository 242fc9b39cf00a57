import RundeText

/// Formats durations for the screen: `m:ss`, `h:mm:ss`, and signed overtime `+0:45`.
///
/// The digits are written as bytes, with no string interpolation: the header and the timer
/// format a time every second.
public enum TimeFormat {
    /// `m:ss` of a non-negative duration, rounded down to whole seconds.
    public static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        return ascii {
            $0.number(s / 60)
            $0.byte(UInt8(ascii: ":"))
            $0.twoDigits(s % 60)
        }
    }

    /// Always `h:mm:ss`: a duration beside a plan (`0:18:04 (plan 2:00:00)`) is never read as
    /// hours and minutes.
    public static func hours(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        return ascii {
            $0.number(s / 3600)
            $0.byte(UInt8(ascii: ":"))
            $0.twoDigits(s / 60 % 60)
            $0.byte(UInt8(ascii: ":"))
            $0.twoDigits(s % 60)
        }
    }

    /// `h:mm:ss` when an hour or more, else `m:ss`.
    public static func long(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        guard s >= 3600 else { return clock(Double(s)) }
        return ascii {
            $0.number(s / 3600)
            $0.byte(UInt8(ascii: ":"))
            $0.twoDigits(s / 60 % 60)
            $0.byte(UInt8(ascii: ":"))
            $0.twoDigits(s % 60)
        }
    }

    /// Remaining time, counting down; overtime counts up with a plus sign.
    public static func remaining(_ left: Double) -> String {
        if left > -1 { return clock(left.rounded(.up)) }
        return "+" + clock(-left)
    }

    /// The meeting clock in words, whole minutes: "14 min", "1 t 20 min" (never m:ss, which
    /// reads as hours and minutes).
    public static func meetingTime(_ seconds: Double, _ s: Catalog) -> String {
        let total = max(0, Int(seconds.rounded(.down))) / 60
        guard total >= 60 else { return s.f(.clockMinutes, total) }
        if total % 60 == 0 { return s.f(.clockWholeHours, total / 60) }
        return s.f(.clockHours, total / 60, total % 60)
    }

    /// Minutes for ahead/behind, e.g. "3 min".
    public static func minutes(_ seconds: Double) -> String {
        let n = Int((abs(seconds) / 60).rounded())
        return ascii { w in
            w.number(n)
            for b in " min".utf8 { w.byte(b) }
        }
    }

    /// ASCII bytes into a buffer on the stack.
    struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func byte(_ b: UInt8) {
            guard count < buffer.count else { return }
            buffer[count] = b
            count += 1
        }

        /// A non-negative number in decimal.
        mutating func number(_ n: Int) {
            if n >= 10 { number(n / 10) }
            byte(UInt8(truncatingIfNeeded: 48 + n % 10))
        }

        /// Two digits, with a leading zero below 10.
        mutating func twoDigits(_ n: Int) {
            byte(UInt8(truncatingIfNeeded: 48 + n / 10 % 10))
            byte(UInt8(truncatingIfNeeded: 48 + n % 10))
        }
    }

    static func ascii(_ write: (inout Writer) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var w = Writer(buffer: buffer)
            write(&w)
            return String(
                decoding: UnsafeBufferPointer(rebasing: buffer[..<w.count]), as: UTF8.self)
        }
    }
}
