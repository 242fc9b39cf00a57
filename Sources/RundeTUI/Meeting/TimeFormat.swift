/// Formats durations for the screen: `m:ss`, `h:mm:ss`, and signed overtime `+0:45`.
public enum TimeFormat {
    /// `m:ss` of a non-negative duration, rounded down to whole seconds.
    public static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        return "\(s / 60):" + pad2(s % 60)
    }

    /// `h:mm:ss` when an hour or more, else `m:ss`.
    public static func long(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        if s >= 3600 { return "\(s / 3600):" + pad2(s / 60 % 60) + ":" + pad2(s % 60) }
        return clock(Double(s))
    }

    /// Remaining time, counting down; overtime counts up with a plus sign.
    public static func remaining(_ left: Double) -> String {
        if left > -1 { return clock(left.rounded(.up)) }
        return "+" + clock(-left)
    }

    /// Minutes for ahead/behind, e.g. "3 min".
    public static func minutes(_ seconds: Double) -> String {
        "\(Int((abs(seconds) / 60).rounded())) min"
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
