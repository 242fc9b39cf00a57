import Foundation
import RundeCore
import RundeText
import RundeTUI

/// The group's life around a meeting: the format Runde proposes (the group may choose the usual
/// one instead, before anything is journaled), and the group's decision after an evaluation.
extension MeetingLauncher {
    /// The format, agenda and reasons for a new meeting. Asks only when the proposal differs
    /// from the usual format; q leaves without starting anything (Esc stays, and says so).
    func chooseProposal(_ group: GroupFile, slug: String, today: LocalDate, terminal: Terminal,
                        plain: PlainTerminal?, strings: Catalog, finish: (Int32) throws -> Never) throws -> MeetingProposal {
        var g = group
        if g.lastMeetingDate == nil { g.lastMeetingDate = lastLogDate(slug: slug) }
        var proposal = GroupLife.propose(for: g, today: today)
        guard let usual = proposal.usual, let usualAgenda = proposal.usualAgenda else { return proposal }
        let why = proposal.reasons.first.map { strings.lifeReason($0, followUp: g.starterFollowUp) }
        var prompt = PromptScreen(
            title: strings[.lifeProposalTitle],
            lines: [strings.f(.lifeProposalBody, strings.formatName(proposal.format))] + (why.map { [$0] } ?? []),
            choices: [strings[.lifeProposalAccept], strings.f(.lifeProposalUsual, strings.formatName(usual))],
            footer: strings[.barProposalKeys])
        // Esc goes back one screen, never out of the program: here q quits without starting.
        prompt.strings = strings
        prompt.isTopScreen = true
        prompt.escapeHint = strings[.barProposalEscHint]
        plain?.mode = .wholeFrame
        let answer = prompt.run(on: terminal)
        plain?.mode = .footerOnly
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

    /// After an evaluation meeting: the group's decision (go on with a new horizon, end, decide
    /// next time), stored with its date and nothing else.
    func askDecision(slug: String, date: LocalDate, terminal: Terminal, plain: PlainTerminal?, strings: Catalog) {
        let store = GroupStore(location: global.location)
        var prompt = PromptScreen(title: strings[.lifeDecisionTitle], lines: [strings[.lifeDecisionBody]],
                                  choices: [strings[.lifeDecisionGoOn], strings[.lifeDecisionEnd], strings[.lifeDecisionLater]],
                                  footer: strings[.lifeDecisionKeys])
        plain?.mode = .wholeFrame
        defer { plain?.mode = .footerOnly }
        var decision = HorizonDecision(date: date, choice: .later)
        switch prompt.run(on: terminal) {
        case .chose(0):
            var field = PromptScreen(title: strings[.lifeDecisionTitle], lines: [strings[.lifeDecisionGoOn]],
                                     fieldLabel: strings[.lifeDecisionHorizonLabel], footer: strings[.lifeDecisionHorizonKeys])
            while true {
                guard case .submitted(let text) = field.run(on: terminal) else { break }
                if let n = Int(text.trimmingSpaces()), (1...500).contains(n) {
                    decision = HorizonDecision(date: date, choice: .goOn, newHorizon: n)
                    break
                }
                field.error = strings[.lifeDecisionHorizonProblem]
            }
        case .chose(1): decision = HorizonDecision(date: date, choice: .end)
        default: break
        }
        guard var g = try? store.load(slug: slug) else { return }
        g.decisions.append(decision)
        if decision.choice == .goOn, let n = decision.newHorizon { g.horizon = g.meetingsHeld + n }
        try? store.save(g, slug: slug)
    }

    /// The rules card the group rewrote in the meeting: saved, and the change kept with its
    /// date (never who made it).
    func saveRules(_ rules: String, slug: String, date: LocalDate) {
        let store = GroupStore(location: global.location)
        guard var g = try? store.load(slug: slug), g.rules != rules else { return }
        g.rules = rules
        g.ruleChanges.append(RuleChange(date: date, text: rules))
        try? store.save(g, slug: slug)
    }

    /// The follow-up date the group chose at the starter's last meeting.
    func saveFollowUp(_ date: LocalDate, slug: String) {
        let store = GroupStore(location: global.location)
        guard var g = try? store.load(slug: slug) else { return }
        g.starterFollowUp = date
        try? store.save(g, slug: slug)
    }
}
