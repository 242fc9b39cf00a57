/// Why Runde proposes what it proposes for a meeting (DESIGN §1, "The group's life"). Each is
/// said once at check-in, in words; none of them is stored anywhere.
public enum LifeReason: String, CaseIterable, Equatable, Sendable {
    /// A member joined: "Ny deltaker: gruppa starter på nytt".
    case newMember = "new_member"
    /// The last meeting was 4 weeks ago or more.
    case longGap = "long_gap"
    /// The horizon meeting, or every N meetings: an evaluation.
    case evaluation
    /// A member is leaving: a farewell round today.
    case farewell
    /// The group's first meeting with a starter: a card on the starter's role.
    case starterFirst = "starter_first"
    /// The starter takes part for the last time: "veien videre".
    case starterLast = "starter_last"
    /// The first meeting after the starter: how the group shares leading.
    case afterStarter = "after_starter"
    /// The follow-up date with the starter has come.
    case followUpDue = "follow_up_due"
}

/// What Runde proposes for one meeting: a format and its agenda, why, and the usual format the
/// group can choose instead. Runde proposes; the group decides.
public struct MeetingProposal: Equatable, Sendable {
    public var format: MeetingFormat
    public var agenda: [AgendaItem]
    public var reasons: [LifeReason]
    /// The format without the proposal's change (nil when the proposal is the usual format).
    public var usual: MeetingFormat?
    public var usualAgenda: [AgendaItem]?
    /// Days from this meeting to the suggested next one (the rhythm).
    public var nextMeetingInDays: Int
}

/// The group's life, beyond one meeting: from `group.toml`, today's date and the last meeting's
/// date, the format Runde proposes. Pure: no clock, no files.
public enum GroupLife {
    /// Days without a meeting after which Runde proposes the restart format.
    public static let gapDays = 28
    /// Days from the starter's last meeting to the follow-up, unless the group chooses another.
    public static let followUpDays = 56
    /// Meetings a new group sets itself, with an evaluation meeting at the last (Betania's
    /// groups met 12 times); the group can change or remove it.
    public static let defaultHorizon = 12

    /// The proposal for the group's next meeting, held `today`.
    public static func propose(for g: GroupFile, today: LocalDate) -> MeetingProposal {
        let n = g.meetingsHeld + 1
        let usual = MeetingFormat.automatic(meetingsHeld: g.meetingsHeld)
        var reasons: [LifeReason] = []
        let format: MeetingFormat
        if let chosen = g.chosenFormat {
            format = chosen
        } else if n == 1 {
            format = .first
        } else if g.newMemberPending {
            format = .newGroup
            reasons.append(.newMember)
        } else if isEvaluation(n, g) {
            format = .evaluation
            reasons.append(.evaluation)
        } else if let last = g.lastMeetingDate,
            today.daysSinceEpoch - last.daysSinceEpoch >= gapDays
        {
            format = .restart
            reasons.append(.longGap)
        } else {
            format = usual
        }
        var agenda = g.agenda(for: format)
        var usualAgenda = format == usual || g.chosenFormat != nil ? nil : g.agenda(for: usual)
        func add(_ item: AgendaItem, after labels: [String] = [], reason: LifeReason) {
            insert(item, into: &agenda, after: labels)
            if usualAgenda != nil { insert(item, into: &usualAgenda!, after: labels) }
            reasons.append(reason)
        }
        if let st = g.starterMeetings {
            if n == 1 {
                add(
                    AgendaItem(.opening, "starter_role", minutes: 5),
                    after: ["expectations_round", "use_group"], reason: .starterFirst)
            }
            if n == st {
                add(AgendaItem(.openingRound, "way_forward", minutes: 15), reason: .starterLast)
            }
            if n == st + 1 {
                add(
                    AgendaItem(.openingRound, "sharing_leading", minutes: 15), reason: .afterStarter
                )
            }
        }
        if !g.leaving.isEmpty {
            add(AgendaItem(.openingRound, "farewell_round", minutes: 15), reason: .farewell)
        }
        if let d = g.starterFollowUp, d.daysSinceEpoch <= today.daysSinceEpoch {
            reasons.append(.followUpDue)
        }
        return MeetingProposal(
            format: format, agenda: agenda, reasons: reasons,
            usual: usualAgenda == nil ? nil : usual, usualAgenda: usualAgenda,
            nextMeetingInDays: g.settings.rhythm.days(after: n))
    }

    /// Meeting `n` is the horizon meeting, or one of every `evaluationEvery` meetings.
    public static func isEvaluation(_ n: Int, _ g: GroupFile) -> Bool {
        if let h = g.horizon, n == h { return true }
        if let every = g.evaluationEvery, n > 1, n % every == 0 { return true }
        return false
    }

    /// Puts a step after the last of `labels` present, else just before the closing round (or
    /// before next meeting, or the summary, for agendas without one).
    static func insert(_ item: AgendaItem, into agenda: inout [AgendaItem], after labels: [String])
    {
        if let i = agenda.lastIndex(where: { labels.contains($0.label) }) {
            agenda.insert(item, at: i + 1)
            return
        }
        let at =
            agenda.firstIndex { $0.kind == .closingRound }
            ?? agenda.firstIndex { $0.kind == .nextMeeting }
            ?? agenda.firstIndex { $0.kind == .summary } ?? agenda.count
        agenda.insert(item, at: at)
    }

    /// The group after a finished meeting held on `date`: a pending new member and the gap are
    /// answered, members who had their farewell leave the rotation (the same person stays due
    /// to lead), and the starter's last meeting sets the follow-up date unless one is chosen.
    public static func afterMeeting(
        _ g: GroupFile, agenda: [AgendaItem], number: Int, date: LocalDate,
        followUp: LocalDate? = nil
    ) -> GroupFile {
        var group = g
        group.newMemberPending = false
        group.newMembers = []
        group.lastMeetingDate = LocalDate.later(group.lastMeetingDate ?? date, date)
        if agenda.contains(where: { $0.label == "farewell_round" }), !group.leaving.isEmpty {
            let leader: String? =
                group.members.indices.contains(group.nextLeader)
                ? group.members[group.nextLeader] : nil
            let remaining = group.members.filter { !group.leaving.contains($0) }
            if remaining.count >= GroupValidation.minMembers {
                group.members = remaining
                group.leaving = []
                if let leader, let i = remaining.firstIndex(where: { $0 == leader }) {
                    group.nextLeader = i
                } else {
                    // The next leader was leaving: the one after them in the old order leads.
                    let old = g.members
                    let start = g.nextLeader
                    let next = (1...old.count).lazy.map { old[(start + $0) % old.count] }.first {
                        remaining.contains($0)
                    }
                    group.nextLeader =
                        next.flatMap { n in remaining.firstIndex(where: { $0 == n }) } ?? 0
                }
            }
        }
        if let st = g.starterMeetings, st == number {
            group.starterFollowUp = followUp ?? date.adding(days: followUpDays)
        }
        return group
    }
}

extension LocalDate {
    static func later(_ a: LocalDate, _ b: LocalDate) -> LocalDate { a < b ? b : a }
}
