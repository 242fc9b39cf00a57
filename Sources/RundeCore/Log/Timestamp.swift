/// ISO 8601 timestamps with a fixed UTC offset, computed without reading any clock.
public enum Timestamp {
    public static func iso8601(_ instant: Instant, utcOffsetSeconds: Int) -> String {
        let utcOffsetSeconds = max(-64_800, min(64_800, utcOffsetSeconds))
        let local = Int(saturating: instant.seconds + Double(utcOffsetSeconds))
        let date = LocalDate(instant: instant, utcOffsetSeconds: utcOffsetSeconds)
        let secOfDay = local - date.daysSinceEpoch * 86400
        func p2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let off = abs(utcOffsetSeconds)
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        return "\(date.iso)T\(p2(secOfDay / 3600)):\(p2(secOfDay / 60 % 60)):\(p2(secOfDay % 60))"
            + "\(sign)\(p2(off / 3600)):\(p2(off / 60 % 60))"
    }
}
