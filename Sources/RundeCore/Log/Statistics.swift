/// Small statistics used by the session log: median and the Gini coefficient.
public enum Statistics {
    /// Median of integers (the mean of the two middle values, rounded down, for an even count).
    public static func median(_ values: [Int]) -> Int {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        let m = s.count / 2
        return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }

    /// Gini coefficient of non-negative values: 0 is perfectly even, towards 1 is one person
    /// holding everything. Rounded to two decimals. Zero for fewer than two people or no time.
    public static func gini(_ values: [Int]) -> Double {
        guard values.count > 1 else { return 0 }
        let s = values.map { Double(max(0, $0)) }.sorted()
        let total = s.reduce(0, +)
        guard total > 0 else { return 0 }
        let n = Double(s.count)
        var weighted = 0.0
        for (i, v) in s.enumerated() { weighted += Double(i + 1) * v }
        let g = (2 * weighted) / (n * total) - (n + 1) / n
        return (max(0, g) * 100).rounded() / 100
    }
}
