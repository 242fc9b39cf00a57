/// Who leads next: the next roster member after today's leader, skipping anyone absent today.
public enum Rotation {
    /// The next present member after `index` in rotation order. When nobody else is present,
    /// the next member in the roster. `excluding` is never suggested when there is any choice.
    public static func suggestNext(
        after index: Int, attendance: [Attendance], excluding: Int? = nil
    ) -> Int {
        let n = attendance.count
        guard n > 0 else { return 0 }
        for k in 1...n {
            let m = (index + k) % n
            if attendance[m] == .present, m != excluding { return m }
        }
        for k in 1...n {
            let m = (index + k) % n
            if m != excluding { return m }
        }
        return (index + 1) % n
    }
}
