/// The ranges every number of a session log must be in before anything converts or adds it
/// (issue 16: `"balance_gini": 1e19` once crashed history). Runde never writes a number
/// outside them; a log that holds one is reported as bad, naming the file and the field.
public enum LogRanges {
    /// Seconds: about 31 years, far beyond any meeting, and far from overflow when summed.
    public static let seconds = 0...1_000_000_000
    /// Counts of people, turns, passes, phases.
    public static let count = 0...100_000
    public static let meetingNumber = 0...1_000_000
    /// Minutes of a plan or of a pause's start.
    public static let minutes = 0...20_000_000
    /// The Gini coefficient of speaking time.
    public static let gini = 0.0...1.0

    /// The first number out of range, naming its field, or nil when all are in range.
    public static func problem(in log: SessionLog) -> ReadProblem? {
        func out(_ field: String, _ v: Int) -> ReadProblem {
            .outOfRange(field: field, value: String(v))
        }
        var checks: [(String, Int, ClosedRange<Int>)] = [
            ("meeting_number", log.meetingNumber, meetingNumber),
            ("duration_s", log.durationS, seconds),
            ("overrun_s", log.overrunS, seconds),
            ("plan.meeting_minutes", log.plan.meetingMinutes, minutes),
            ("plan.pause_minutes", log.plan.pauseMinutes, minutes),
            ("plan.pause_at_minute", log.plan.pauseAtMinute, minutes),
            ("plan.turn_seconds", log.plan.turnSeconds, seconds),
            ("plan.closing_turn_seconds", log.plan.closingTurnSeconds, seconds),
            ("attendance.members", log.attendance.members, count),
            ("attendance.present", log.attendance.present, count),
            ("attendance.notified_absent", log.attendance.notifiedAbsent, count),
            ("attendance.absent", log.attendance.absent, count),
            ("attendance.late", log.attendance.late, count),
            ("attendance.guests", log.attendance.guests, count),
        ]
        if let v = log.pause.startMinute { checks.append(("pause.start_minute", v, minutes)) }
        if let v = log.pause.lengthS { checks.append(("pause.length_s", v, seconds)) }
        if let v = log.acknowledged { checks.append(("acknowledged", v, count)) }
        if let v = log.newHorizon { checks.append(("new_horizon", v, count)) }
        for (field, v, range) in checks where !range.contains(v) { return out(field, v) }
        for v in log.speaking.perPersonS where !seconds.contains(v) {
            return out("speaking.per_person_s", v)
        }
        let g = log.speaking.balanceGini
        if !g.isFinite || !gini.contains(g) {
            return .outOfRange(field: "speaking.balance_gini", value: "\(g)")
        }
        for (i, p) in log.phases.enumerated() {
            let field = "phases[\(i)]"
            if !seconds.contains(p.startS) { return out(field + ".start_s", p.startS) }
            if !seconds.contains(p.endS) { return out(field + ".end_s", p.endS) }
            guard let t = p.turns else { continue }
            for (name, v, range) in [
                ("count", t.count, count), ("passes", t.passes, count),
                ("total_s", t.totalS, seconds),
                ("min_s", t.minS, seconds), ("median_s", t.medianS, seconds),
                ("max_s", t.maxS, seconds), ("overruns", t.overruns, count),
            ] where !range.contains(v) {
                return out(field + ".turns." + name, v)
            }
        }
        return nil
    }
}
