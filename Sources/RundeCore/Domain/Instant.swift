/// A point in time, in seconds since the Unix epoch, as delivered by the shell's clock.
///
/// The shell anchors a boot-time clock (which keeps counting through laptop sleep) to the
/// wall clock once at start-up, so instants are comparable across a kill and resume. The
/// domain never reads a clock: instants only ever arrive inside events.
public struct Instant: Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
    public var seconds: Double

    public init(_ seconds: Double) { self.seconds = seconds }

    public static func < (a: Instant, b: Instant) -> Bool { a.seconds < b.seconds }
    public static func + (a: Instant, d: Double) -> Instant { Instant(a.seconds + d) }
    public static func - (a: Instant, d: Double) -> Instant { Instant(a.seconds - d) }
    public static func - (a: Instant, b: Instant) -> Double { a.seconds - b.seconds }

    public init(from decoder: Decoder) throws {
        seconds = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(seconds)
    }

    public var description: String { String(seconds) }
}
