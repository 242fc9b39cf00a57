import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the runtime gets the time. The domain never reads a clock; only the shell does.
public protocol MeetingClock: AnyObject {
    func now() -> Instant
}

/// A clock that keeps counting while the laptop sleeps (Linux `CLOCK_BOOTTIME`), anchored once
/// to the wall clock so instants survive a restart and read as Unix time.
public final class BootClock: MeetingClock {
    private var wallAnchor: Double
    private let bootAnchor: Double

    public init() {
        bootAnchor = BootClock.boottime()
        var tv = timespec()
        clock_gettime(CLOCK_REALTIME, &tv)
        wallAnchor = Double(tv.tv_sec) + Double(tv.tv_nsec) / 1e9
    }

    static func boottime() -> Double {
        var ts = timespec()
        #if os(Linux)
            clock_gettime(CLOCK_BOOTTIME, &ts)
        #else
            clock_gettime(CLOCK_MONOTONIC, &ts)
        #endif
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func now() -> Instant { Instant(wallAnchor + (BootClock.boottime() - bootAnchor)) }

    /// After a resume: if the wall clock now reads earlier than the journal's last instant
    /// (the clock was set back), continue from that instant rather than freezing the meeting.
    public func ensureNotBefore(_ t: Instant) {
        let n = now()
        if n < t { wallAnchor += t - n }
    }

    /// The local UTC offset in seconds, at this moment.
    public static func utcOffsetSeconds() -> Int {
        var t = time(nil)
        var tmv = tm()
        localtime_r(&t, &tmv)
        return Int(tmv.tm_gmtoff)
    }
}

/// A clock running `speed` times faster than a base clock, for the rehearsal demo.
public final class ScaledClock: MeetingClock {
    private let base: MeetingClock
    private let origin: Instant
    private let speed: Double

    public init(base: MeetingClock, speed: Double) {
        self.base = base
        origin = base.now()
        self.speed = max(1, speed)
    }

    public func now() -> Instant { origin + (base.now() - origin) * speed }
}
