/// Builds the anonymised session log from a meeting state. Pure.
///
/// Identity is dropped here: per-person totals become a sorted list, turn records become
/// aggregates, and the theme is scrubbed of every roster name once more.
public enum SessionLogBuilder {
    /// `theme` is the meeting's own theme (the group's `next_theme` when it started); it is
    /// scrubbed of every roster name, as the theme for next time is.
    public static func build(
        from state: MeetingState, rosterNames: [String], theme ownTheme: String = "",
        appVersion: String = AppInfo.version
    ) -> SessionLog {
        let start = state.setup.startedAt
        let end = state.finishedAt ?? state.now
        func rel(_ t: Instant) -> Int { Int(saturating: (t - start).rounded()) }

        var segments = state.segments
        let current =
            (state.phase == .pause || state.phase == .processTalk) ? -1 : state.itemOrdinal
        if !state.isFinished {
            segments.append(
                .init(
                    kind: state.phase, start: state.segmentStart, end: state.now,
                    mode: state.phase == .sharing ? state.sharingMode : nil,
                    turns: state.currentTurns + openTurnRecord(state), ordinal: current))
        } else if state.phase == .summary {
            segments.append(
                .init(
                    kind: .summary, start: state.segmentStart, end: end, mode: nil, turns: [],
                    ordinal: current))
        }

        // Each segment's agenda label (a built-in key or "custom-N": never text), so history
        // tells the first meeting's rounds apart.
        func label(_ seg: MeetingState.Segment) -> String? {
            guard seg.ordinal >= 0, seg.ordinal < state.entered.count else { return nil }
            let item = state.entered[seg.ordinal]
            return item.kind == seg.kind ? item.label : nil
        }
        let phases = segments.map { seg -> SessionLog.PhaseRecord in
            SessionLog.PhaseRecord(
                kind: seg.kind.rawValue, startS: rel(seg.start), endS: rel(seg.end),
                mode: seg.kind == .sharing ? seg.mode?.rawValue : nil,
                turns: seg.kind.hasTurns ? stats(seg.turns) : nil, label: label(seg))
        }

        // Everyone who was there, by identity only inside this function.
        var totals: [Participant: Double] = [:]
        for (i, a) in state.attendance.enumerated() where a == .present { totals[.member(i)] = 0 }
        for g in 0..<state.guests { totals[.guest(g)] = 0 }
        for seg in segments {
            for t in seg.turns where !t.passed { totals[t.speaker, default: 0] += t.seconds }
        }
        let perPerson = totals.values.map { Int(saturating: $0.rounded()) }.sorted(by: >)

        let present = state.attendance.filter { $0 == .present }.count
        let attendance = SessionLog.AttendanceCounts(
            members: state.attendance.count, present: present,
            notifiedAbsent: state.attendance.filter { $0 == .notifiedAbsent }.count,
            absent: state.attendance.filter { $0 == .absent }.count,
            late: state.late.count, guests: state.guests)

        var pause = SessionLog.PauseRecord(taken: false)
        if let p = state.pauseTaken {
            pause = .init(
                taken: true, startMinute: Int(saturating: (p.startedAt - start) / 60),
                lengthS: Int(saturating: (p.endedAt - p.startedAt).rounded()))
        } else if let p = state.pause {
            pause = .init(
                taken: true, startMinute: Int(saturating: (p.startedAt - start) / 60),
                lengthS: Int(saturating: (end - p.startedAt).rounded()))
        }

        // The time the meeting was held: a resume on another sitting leaves out the days
        // between (`awaySeconds`), as the meeting clock and the summary do.
        let duration = Int(saturating: (end - start - state.awaySeconds).rounded())
        let reachedDate = state.next.step == .done || state.isFinished
        let theme = TextSafety.scrub(TextSafety.sanitize(state.next.theme), names: rosterNames)
        let today = TextSafety.scrub(TextSafety.sanitize(ownTheme), names: rosterNames)
        return SessionLog(
            appVersion: appVersion, meetingNumber: state.setup.meetingNumber,
            date: state.setup.date.iso,
            startedAt: Timestamp.iso8601(start, utcOffsetSeconds: state.setup.utcOffsetSeconds),
            endedAt: Timestamp.iso8601(end, utcOffsetSeconds: state.setup.utcOffsetSeconds),
            durationS: duration, completed: state.isFinished, recovered: state.recovered,
            plan: state.setup.plan, attendance: attendance, phases: phases,
            speaking: .init(perPersonS: perPerson, balanceGini: Statistics.gini(perPerson)),
            pause: pause, overrunS: max(0, duration &- state.setup.plan.meetingMinutes &* 60),
            next: .init(
                theme: theme, date: reachedDate ? state.next.date.iso : nil,
                leaderChosen: state.next.leaderChosen),
            format: state.setup.format,
            acknowledged: state.setup.agenda.contains(where: \.acknowledge)
                ? state.acknowledged.count : nil,
            theme: today.isEmpty ? nil : today
        )
        .with(farewellRound: state.setup.agenda.contains { $0.label == "farewell_round" })
        .with(
            decision: state.agreements.decision?.rawValue,
            newHorizon: state.agreements.decision == .goOn ? state.agreements.newHorizon : nil)
    }

    private static func openTurnRecord(_ s: MeetingState) -> [MeetingState.TurnRecord] {
        guard let t = s.turn else { return [] }
        return [
            .init(
                speaker: t.speaker, seconds: t.elapsed(at: s.now), passed: false,
                targetSeconds: t.targetSeconds)
        ]
    }

    static func stats(_ turns: [MeetingState.TurnRecord]) -> SessionLog.TurnStats {
        let spoken = turns.filter { !$0.passed }.map { Int(saturating: $0.seconds.rounded()) }
        return SessionLog.TurnStats(
            count: turns.count, passes: turns.filter(\.passed).count, totalS: spoken.reduce(0, +),
            minS: spoken.min() ?? 0, medianS: Statistics.median(spoken), maxS: spoken.max() ?? 0,
            overruns: turns.filter(\.overran).count)
    }
}
