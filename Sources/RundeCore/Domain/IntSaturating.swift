extension Int {
    /// The whole part of a Double, clamped to ±10^15 (about 31 million years of seconds);
    /// NaN gives 0. Never traps, whatever an instant from outside holds.
    public init(saturating d: Double) {
        guard d.isFinite else {
            self = d.isNaN ? 0 : (d > 0 ? 1_000_000_000_000_000 : -1_000_000_000_000_000)
            return
        }
        self = Int(Swift.max(-1e15, Swift.min(1e15, d)).rounded(.down))
    }
}
