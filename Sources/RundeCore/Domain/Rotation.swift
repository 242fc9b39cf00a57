/// Who leads next: the next roster member after today's leader, skipping anyone absent today
/// and anyone marked leaving (DESIGN §1 "The next leader").
public enum Rotation {
    /// The next present member after `index` in rotation order who is not leaving. When nobody
    /// else is present, the next member in the roster who is not leaving. `excluding` is never
    /// suggested when there is any choice; a member in `leaving` never is, unless everyone is.
    public static func suggestNext(
        after index: Int, attendance: [Attendance], excluding: Int? = nil, leaving: [Int] = []
    ) -> Int {
        let n = attendance.count
        guard n > 0 else { return 0 }
        for k in 1...n {
            let m = (index + k) % n
            if attendance[m] == .present, m != excluding, !leaving.contains(m) { return m }
        }
        for k in 1...n {
            let m = (index + k) % n
            if m != excluding, !leaving.contains(m) { return m }
        }
        for k in 1...n where !leaving.contains((index + k) % n) { return (index + k) % n }
        return (index + 1) % n
    }

    /// The member ↑/↓ moves to from `current` (`delta` -1 or 1), passing over members leaving.
    public static func step(from current: Int, by delta: Int, count n: Int, leaving: [Int]) -> Int?
    {
        guard n > 0 else { return nil }
        var m = current
        for _ in 0..<n {
            m = ((m + delta) % n + n) % n
            if !leaving.contains(m) { return m }
        }
        return nil
    }
}
