import RundeCore

/// One meeting in detail: phase timeline (planned vs actual), turn statistics, the anonymous
/// speaking distribution, the pause and what was agreed for next time.
public struct HistoryDetail: Codable, Equatable, Sendable {
    /// One step of the meeting, its segments merged (sharing before and after the pause is one
    /// row). Steps the log names by their agenda label (the first meeting's presentation,
    /// expectations and "using the group" rounds) are rows of their own.
    public struct PhaseRow: Codable, Equatable, Sendable {
        public var kind: String
        /// The agenda label, when the log has one (newer logs).
        public var label: String?
        public var plannedS: Int
        public var actualS: Int
        public var segments: Int
        public var firstStartS: Int
        public var turns: SessionLog.TurnStats?

        enum CodingKeys: String, CodingKey {
            case kind, label, segments, turns
            case plannedS = "planned_s"
            case actualS = "actual_s"
            case firstStartS = "start_s"
        }
    }

    public var summary: HistorySummary
    public var phases: [PhaseRow]
    /// Seconds per person, longest first, without identity.
    public var perPersonS: [Int]
    public var pauseStartMinute: Int?
    public var pauseLengthS: Int?
    public var plannedPauseS: Int
    public var startedAt: String
    public var endedAt: String
    public var leaderChosen: Bool
    /// The evaluation's decision ("go_on", "end", "later"), when the log records one.
    public var decision: String?
    /// With "go_on": how many more meetings.
    public var newHorizon: Int?
    /// Whether the meeting had a farewell round (a member leaving; nobody named).
    public var farewell: Bool

    enum CodingKeys: String, CodingKey {
        case summary, phases, decision, farewell
        case newHorizon = "new_horizon"
        case perPersonS = "per_person_s"
        case pauseStartMinute = "pause_start_minute"
        case pauseLengthS = "pause_length_s"
        case plannedPauseS = "planned_pause_s"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case leaderChosen = "leader_chosen"
    }

    /// Builds the detail of a log stored as `<id>.json`. Every text is sanitized.
    public init(id: String, log: SessionLog) {
        summary = HistorySummary(id: id, log: log).sanitized()
        perPersonS = log.speaking.perPersonS.sorted(by: >)
        pauseStartMinute = log.pause.startMinute
        pauseLengthS = log.pause.lengthS
        plannedPauseS = log.plan.pauseMinutes * 60
        startedAt = TextSafety.sanitize(log.startedAt)
        endedAt = TextSafety.sanitize(log.endedAt)
        leaderChosen = log.next.leaderChosen
        decision = log.decision.flatMap { HorizonDecision.Choice(rawValue: $0)?.rawValue }
        newHorizon = decision == HorizonDecision.Choice.goOn.rawValue ? log.newHorizon : nil
        farewell = log.farewellRound == true

        var rows: [PhaseRow] = []
        for p in log.phases {
            let kind = TextSafety.sanitize(String(p.kind.prefix(40)))
            // The summary is the screen after the meeting, not a step of it.
            guard kind != "summary" else { continue }
            let label = p.label.map { TextSafety.sanitize(String($0.prefix(40))) }
            let len = max(0, p.endS - p.startS)
            if let i = rows.firstIndex(where: { $0.kind == kind && $0.label == label }) {
                rows[i].actualS += len
                rows[i].segments += 1
                rows[i].turns = HistoryDetail.merge(rows[i].turns, p.turns)
            } else {
                rows.append(
                    PhaseRow(
                        kind: kind, label: label, plannedS: 0, actualS: len, segments: 1,
                        firstStartS: p.startS, turns: p.turns))
            }
        }
        // A planned pause that was not taken still shows, with nothing spent.
        if log.plan.pauseMinutes > 0, !rows.contains(where: { $0.kind == "pause" }) {
            let at = (rows.firstIndex(where: { $0.kind == "sharing" }).map { $0 + 1 }) ?? rows.count
            let start = at < rows.count ? rows[at].firstStartS : (log.phases.last?.endS ?? 0)
            rows.insert(
                PhaseRow(
                    kind: "pause", label: nil, plannedS: 0, actualS: 0, segments: 0,
                    firstStartS: start, turns: nil), at: at)
        }
        let present = max(log.attendance.present, 0)
        func planned(_ kind: String) -> Int? {
            switch kind {
            case "check_in": return MeetingPlan.checkInSeconds
            case "opening": return MeetingPlan.openingSeconds
            case "opening_round": return present * log.plan.turnSeconds
            case "pause": return log.plan.pauseMinutes * 60
            case "closing_round": return present * log.plan.closingTurnSeconds
            case "next_meeting": return MeetingPlan.nextMeetingSeconds
            case "summary": return 0
            default: return nil
            }
        }
        // A step with its own minutes in the meeting's built-in format (the first meeting's
        // rounds) was planned with them.
        let agenda = log.format.flatMap { MeetingFormat(rawValue: $0) }.map(\.agenda) ?? []
        func ownMinutes(_ row: PhaseRow) -> Int? {
            guard let label = row.label else { return nil }
            return agenda.first { $0.label == label && $0.kind.rawValue == row.kind }?.minutes
        }
        var fixed = 0
        for i in rows.indices {
            if let m = ownMinutes(rows[i]) {
                rows[i].plannedS = m * 60
                fixed += m * 60
            } else if let p = planned(rows[i].kind) {
                rows[i].plannedS = p
                fixed += p
            }
        }
        // Sharing gets what the plan leaves after the fixed phases.
        if let i = rows.firstIndex(where: { $0.kind == "sharing" }) {
            rows[i].plannedS = max(0, log.plan.meetingMinutes * 60 - fixed)
        }
        phases = rows
    }

    /// Merges the turn stats of two segments of one phase (median: of the larger segment).
    static func merge(_ a: SessionLog.TurnStats?, _ b: SessionLog.TurnStats?) -> SessionLog
        .TurnStats?
    {
        guard let a else { return b }
        guard let b else { return a }
        let spokenA = a.count - a.passes
        let spokenB = b.count - b.passes
        let mins = [spokenA > 0 ? a.minS : nil, spokenB > 0 ? b.minS : nil].compactMap { $0 }
        return SessionLog.TurnStats(
            count: a.count + b.count, passes: a.passes + b.passes, totalS: a.totalS + b.totalS,
            minS: mins.min() ?? 0, medianS: spokenA >= spokenB ? a.medianS : b.medianS,
            maxS: max(a.maxS, b.maxS), overruns: a.overruns + b.overruns)
    }

    /// Planned and actual length of the whole meeting.
    public var plannedS: Int { summary.plannedMinutes * 60 }
}
