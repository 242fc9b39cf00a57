import RundeCore

/// Reads a `runde.session/1` log straight from bytes, much faster than `JSONDecoder`.
///
/// It is deliberately stricter than `SessionLogCodec.decode`: anything unusual (an escaped key,
/// a duplicated key, a number written as 7.0, a huge number) makes it return nil, and the caller
/// then decodes with the codec, which also produces the exact error for a broken file. So a log
/// it accepts always decodes to the same value with the codec.
enum FastLogDecoder {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> SessionLog? {
        guard let tape = JSONTape(bytes, capacityHint: 320) else { return nil }
        return log(tape, 0)
    }

    private static func int(_ t: JSONTape, _ obj: Int, _ key: StaticString) -> Int? {
        t.required(obj, key).flatMap(t.int)
    }

    private static func str(_ t: JSONTape, _ obj: Int, _ key: StaticString) -> String? {
        t.required(obj, key).flatMap(t.string)
    }

    private static func bool(_ t: JSONTape, _ obj: Int, _ key: StaticString) -> Bool? {
        t.required(obj, key).flatMap(t.bool)
    }

    /// An optional member: `.some(nil)` when absent or null, nil when present with a bad value.
    private static func optional<T>(
        _ t: JSONTape, _ obj: Int, _ key: StaticString, _ read: (Int) -> T?
    ) -> T?? {
        let r = t.lookup(obj, key)
        guard r.ok else { return nil }
        guard r.found, t.tokens[r.index].kind != .null else { return .some(nil) }
        guard let v = read(r.index) else { return nil }
        return .some(v)
    }

    static func log(_ t: JSONTape, _ root: Int) -> SessionLog? {
        guard t.tokens.count > root, t.tokens[root].kind == .object,
            let schema = str(t, root, "schema"),
            schema == SessionLog.schemaID || schema.hasPrefix(SessionLog.schemaID + "."),
            let appVersion = str(t, root, "app_version"),
            let meetingNumber = int(t, root, "meeting_number"),
            let date = str(t, root, "date"),
            let startedAt = str(t, root, "started_at"),
            let endedAt = str(t, root, "ended_at"),
            let durationS = int(t, root, "duration_s"),
            let completed = bool(t, root, "completed"),
            let recovered = bool(t, root, "recovered"),
            let planI = t.required(root, "plan"),
            let plan = plan(t, planI),
            let attI = t.required(root, "attendance"),
            let attendance = attendance(t, attI),
            let phasesI = t.required(root, "phases"),
            let phaseIdx = t.elements(phasesI),
            let speakingI = t.required(root, "speaking"),
            let speaking = speaking(t, speakingI),
            let pauseI = t.required(root, "pause"),
            let pause = pause(t, pauseI),
            let overrunS = int(t, root, "overrun_s"),
            let nextI = t.required(root, "next"),
            let next = nextRecord(t, nextI)
        else { return nil }
        var phases: [SessionLog.PhaseRecord] = []
        phases.reserveCapacity(phaseIdx.count)
        for p in phaseIdx {
            guard let phase = phase(t, p) else { return nil }
            phases.append(phase)
        }
        // The meeting's own theme is optional (older logs have none); a wrong type refuses the log.
        var theme: String?
        if let themeI = t.required(root, "theme") {
            guard let s = t.string(themeI) else { return nil }
            theme = s
        }
        let log = SessionLog(
            schema: schema, appVersion: appVersion, meetingNumber: meetingNumber, date: date,
            startedAt: startedAt, endedAt: endedAt, durationS: durationS, completed: completed,
            recovered: recovered, plan: plan, attendance: attendance, phases: phases,
            speaking: speaking, pause: pause, overrunS: overrunS, next: next, theme: theme)
        // A number out of range: the codec reports the file as bad, naming the field (issue 16).
        return LogRanges.problem(in: log) == nil ? log : nil
    }

    static func plan(_ t: JSONTape, _ o: Int) -> MeetingPlan? {
        guard t.tokens[o].kind == .object,
            let m = int(t, o, "meeting_minutes"), let p = int(t, o, "pause_minutes"),
            let at = int(t, o, "pause_at_minute"), let turn = int(t, o, "turn_seconds"),
            let closing = int(t, o, "closing_turn_seconds")
        else { return nil }
        return MeetingPlan(
            meetingMinutes: m, pauseMinutes: p, pauseAtMinute: at, turnSeconds: turn,
            closingTurnSeconds: closing)
    }

    static func attendance(_ t: JSONTape, _ o: Int) -> SessionLog.AttendanceCounts? {
        guard t.tokens[o].kind == .object,
            let members = int(t, o, "members"), let present = int(t, o, "present"),
            let notified = int(t, o, "notified_absent"), let absent = int(t, o, "absent"),
            let late = int(t, o, "late"), let guests = int(t, o, "guests")
        else { return nil }
        return .init(
            members: members, present: present, notifiedAbsent: notified, absent: absent,
            late: late, guests: guests)
    }

    static func phase(_ t: JSONTape, _ o: Int) -> SessionLog.PhaseRecord? {
        guard t.tokens[o].kind == .object,
            let kind = str(t, o, "kind"), let start = int(t, o, "start_s"),
            let end = int(t, o, "end_s"),
            let mode = optional(t, o, "mode", t.string),
            let turns = optional(t, o, "turns", { turnStats(t, $0) }),
            let label = optional(t, o, "label", t.string)
        else { return nil }
        return .init(kind: kind, startS: start, endS: end, mode: mode, turns: turns, label: label)
    }

    static func turnStats(_ t: JSONTape, _ o: Int) -> SessionLog.TurnStats? {
        guard t.tokens[o].kind == .object,
            let count = int(t, o, "count"), let passes = int(t, o, "passes"),
            let total = int(t, o, "total_s"),
            let mn = int(t, o, "min_s"), let median = int(t, o, "median_s"),
            let mx = int(t, o, "max_s"),
            let overruns = int(t, o, "overruns")
        else { return nil }
        return .init(
            count: count, passes: passes, totalS: total, minS: mn, medianS: median, maxS: mx,
            overruns: overruns)
    }

    static func speaking(_ t: JSONTape, _ o: Int) -> SessionLog.Speaking? {
        guard t.tokens[o].kind == .object,
            let arr = t.required(o, "per_person_s"), let idx = t.elements(arr),
            let giniI = t.required(o, "balance_gini"), let gini = t.double(giniI)
        else { return nil }
        var per: [Int] = []
        per.reserveCapacity(idx.count)
        for i in idx {
            guard let v = t.int(i) else { return nil }
            per.append(v)
        }
        return .init(perPersonS: per, balanceGini: gini)
    }

    static func pause(_ t: JSONTape, _ o: Int) -> SessionLog.PauseRecord? {
        guard t.tokens[o].kind == .object,
            let taken = bool(t, o, "taken"),
            let start = optional(t, o, "start_minute", t.int),
            let length = optional(t, o, "length_s", t.int)
        else { return nil }
        return .init(taken: taken, startMinute: start, lengthS: length)
    }

    static func nextRecord(_ t: JSONTape, _ o: Int) -> SessionLog.NextRecord? {
        guard t.tokens[o].kind == .object,
            let theme = str(t, o, "theme"),
            let date = optional(t, o, "date", t.string),
            let chosen = bool(t, o, "leader_chosen")
        else { return nil }
        return .init(theme: theme, date: date, leaderChosen: chosen)
    }
}
