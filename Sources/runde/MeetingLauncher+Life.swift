import Foundation
import RundeCore
import RundeTUI
import RundeText

/// The group's life around a meeting: the format Runde proposes (the group may choose the usual
/// one instead, before anything is journaled). What the group agrees inside the meeting (the
/// evaluation's decision, rewritten rules, the follow-up date) is journaled or kept in the rules
/// draft, and reaches group.toml with the meeting's own save (`FileMeetingStorage`).
extension MeetingLauncher {
    /// The format, agenda and reasons for a new meeting. Asks only when the proposal differs
    /// from the usual format; q leaves without starting anything (Esc stays, and says so).
    func chooseProposal(
        _ group: GroupFile, slug: String, today: LocalDate, terminal: Terminal,
        strings: Catalog, finish: (Int32) throws -> Never
    ) throws -> MeetingProposal {
        var g = group
        if g.lastMeetingDate == nil { g.lastMeetingDate = lastLogDate(slug: slug) }
        var proposal = GroupLife.propose(for: g, today: today)
        guard let usual = proposal.usual, let usualAgenda = proposal.usualAgenda else {
            return proposal
        }
        let why = proposal.reasons.first.map {
            strings.lifeReason($0, followUp: g.starterFollowUp, newMembers: g.newMembers)
        }
        // Esc goes back one screen, never out of the program: here q quits without starting.
        var prompt = PromptScreen.proposal(
            lines: [strings.f(.proposalBody, strings.formatName(proposal.format))]
                + (why.map { [$0] } ?? []),
            choices: [
                strings[.proposalAccept],
                strings.f(.proposalUsual, strings.formatName(usual)),
            ], strings)
        let answer = prompt.run(on: terminal)
        switch answer {
        case .chose(0): return proposal
        case .chose:
            proposal.format = usual
            proposal.agenda = usualAgenda
            // The change the group declined is not said again at check-in.
            proposal.reasons.removeAll { [.newMember, .longGap, .evaluation].contains($0) }
            return proposal
        case .stop(.signal(let n)): try finish(128 + Int32(n))
        default: try finish(0)
        }
    }

    /// The date of the newest log, for groups whose file predates `last_meeting_date`.
    func lastLogDate(slug: String) -> LocalDate? {
        let ids = LogStore(location: global.location, slug: slug).ids().sorted()
        return ids.last.flatMap { LocalDate(iso: String($0.prefix(10))) }
    }
}
