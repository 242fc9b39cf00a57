import RundeCore
import RundeText

/// What each meeting screen says in plain mode, as whole lines: the start, a phase as it
/// begins, the check-in list, a card, a turn, the next meeting's steps, the summary, the time
/// on request (`i`), help and dialogs. Pure: the narrator decides when to say them.
struct PlainMeetingScreens {
    let model: MeetingModel
    var s: Catalog { model.strings }
    var words: PlainAnnouncer { PlainAnnouncer(language: model.strings.lang) }
    var m: MeetingState { model.meeting }

    func name(_ p: Participant) -> String { words.participantLabel(p, name: model.name) }

    // MARK: Start

    /// The group, the meeting number and today's leader; then today's theme and any warning.
    func start(warnings: [String]) -> [String] {
        var out: [String] = []
        if model.demo { out.append(s[.plainDemo]) }
        let group = TextSafety.sanitize(model.groupName)
        if let h = model.horizon {
            out.append(s.f(.plainGroupMeetingOfHorizon, group, m.setup.meetingNumber, h))
        } else {
            out.append(s.f(.plainGroupMeeting, group, m.setup.meetingNumber))
        }
        out.append(s.f(.plainLeaderToday, name(.member(m.setup.leader))))
        out.append(
            model.todayTheme.isEmpty ? s[.plainNoTheme] : s.f(.plainThemeToday, model.todayTheme))
        for w in warnings { out.append(s.f(.plainWarning, TextSafety.sanitize(w))) }
        if let st = model.starterMeetings, st - 1 == m.setup.meetingNumber {
            out.append(s[.plainStarterReminder])
        }
        if let n = model.notice { out.append(s.f(.plainNotice, n)) }
        return out
    }

    /// Where a resumed or new meeting stands when the loop starts: the phase's opening lines.
    func resumeOrStart(warnings: [String]) -> [String] {
        var out = start(warnings: warnings)
        out += phaseIntro()
        if let t = m.turn { out += turnStarted(t) }
        out.append(s[.plainHowToHelp])
        return out
    }

    // MARK: Check-in

    func attendance(_ a: Attendance) -> String {
        switch a {
        case .present: return s[.present]
        case .notifiedAbsent: return s[.notifiedAbsent]
        case .absent: return s[.absent]
        }
    }

    func memberStatus(_ i: Int) -> String {
        guard m.attendance.indices.contains(i) else { return "" }
        return s.f(.plainMemberStatus, name(.member(i)), attendance(m.attendance[i]))
    }

    func checkInList() -> [String] {
        [s.f(.plainCheckInStart, m.attendance.count)] + m.attendance.indices.map(memberStatus) + [
            s[.plainCheckInHint]
        ]
    }

    // MARK: Phases

    /// The lines a phase starts with (not its first turn).
    func phaseIntro() -> [String] {
        switch m.phase {
        case .checkIn:
            return checkInList()
        case .opening:
            return card()
        case .openingRound, .closingRound, .processTalk:
            return roundPrompts()
        case .sharing:
            if m.sharingMode == .open { return roundPrompts() + openFloorIntro() }
            return roundPrompts()
        case .pause:
            let length =
                m.pause.map { $0.deadline - $0.startedAt } ?? Double(m.setup.plan.pauseMinutes * 60)
            return [s.f(.plainPauseStart, words.roughDuration(seconds: length))]
        case .nextMeeting:
            return [s[.plainNextMeetingStart]] + nextStepIntro()
        case .summary:
            return summary()
        }
    }

    func card() -> [String] {
        let (title, body) = OpeningView.card(model)
        var out = [s.f(.plainCard, TextSafety.sanitize(title))]
        for line in body.split(separator: "\n") {
            let clean = TextSafety.sanitize(String(line)).trimmingSpaces()
            if !clean.isEmpty { out.append(clean) }
        }
        if m.item.acknowledge {
            out.append(ackCount())
            out.append(s[.plainAckHint])
        }
        out.append(enterHint())
        return out
    }

    func ackCount() -> String {
        s.f(.plainAckCount, m.acknowledged.count, presentMembers().count)
    }

    /// A member or guest on a card's list (guests are numbered after the roster).
    func ackMember(_ member: Int) -> String {
        let who =
            member < m.attendance.count
            ? name(.member(member)) : name(.guest(member - m.attendance.count))
        return m.acknowledged.contains(member)
            ? s.f(.plainAckMember, who) : s.f(.plainNotAckMember, who)
    }

    /// The card's list: members present, then guests (roster count + guest number).
    func presentMembers() -> [Int] {
        m.attendance.indices.filter { m.attendance[$0] == .present }
            + (0..<m.guests).map { m.attendance.count + $0 }
    }

    func roundPrompts() -> [String] {
        let title =
            m.phase == .processTalk
            ? s.phase(.processTalk) : s.itemTitle(m.item, custom: model.customTexts)
        let prompts = RoundView.prompts(model).map { TextSafety.sanitize($0) }
        guard let first = prompts.first else { return [title + "."] }
        // The sharing prompts already name the phase ("Samtale – etter tur").
        var out = [first.hasPrefix(title) ? first : s.f(.plainRoundPrompt, title, first)]
        out += prompts.dropFirst()
        return out.map(Self.sentence)
    }

    /// A line that ends like a sentence, so a speech synthesiser pauses after it.
    static func sentence(_ line: String) -> String {
        guard let last = line.last, !".?!:…".contains(last) else { return line }
        return line + "."
    }

    func openFloorIntro() -> [String] {
        var out = [s[.plainOpenFloorStart]]
        if let p = model.floorSelection { out.append(floorPick(p)) }
        return out
    }

    /// The person under the cursor on the open floor, and what Enter would do.
    func floorPick(_ p: Participant) -> String {
        if m.turn?.speaker == p { return s.f(.plainFloorPickCurrent, name(p)) }
        let spoken = Set(
            (m.segments.filter { $0.kind == .sharing }.flatMap(\.turns) + m.currentTurns).map(
                \.speaker))
        return spoken.contains(p)
            ? s.f(.plainFloorPickSpoken, name(p)) : s.f(.plainFloorPick, name(p))
    }

    // MARK: Turns

    /// Who has the floor with the target in words, then who is next (in a round).
    func turnStarted(_ t: MeetingState.Turn) -> [String] {
        var out = [
            t.targetSeconds > 0
                ? s.f(.plainFloor, name(t.speaker), words.duration(seconds: t.targetSeconds))
                : s.f(.plainFloorNoTarget, name(t.speaker))
        ]
        if m.phase == .sharing && m.sharingMode == .open { return out }
        out.append(nextInRound())
        return out
    }

    func nextInRound() -> String {
        let nextIndex = m.turn == nil ? m.roundIndex : m.roundIndex + 1
        if nextIndex < m.roundOrder.count { return s.f(.plainNext, name(m.roundOrder[nextIndex])) }
        if let t = m.turn { return s.f(.plainLastInRound, name(t.speaker)) }
        return enterHint()
    }

    // MARK: Next meeting

    func nextStepIntro() -> [String] {
        switch m.next.step {
        case .leader:
            return [leaderLine(), s[.plainNextLeaderHint]]
        case .theme:
            var out = [s[.plainThemeStart]]
            if !model.themeSuggestions.isEmpty { out.append(s[.plainThemeProposals]) }
            return out
        case .date, .done:
            return [dateLine(), s[.plainDateHint]]
        }
    }

    func leaderLine() -> String {
        guard let l = m.next.leaderChoice else { return s[.plainNextLeaderNobody] }
        return s.f(.plainNextLeader, name(.member(l)))
    }

    func dateLine() -> String {
        let starterLast = model.starterMeetings.map { $0 == m.setup.meetingNumber } ?? false
        return s.f(starterLast ? .plainFollowUp : .plainDate, DateText.long(m.next.date, s.lang))
    }

    /// What the theme field will save: the text scrubbed of names, as the screen's preview.
    func themePreview(_ input: String) -> String {
        TextSafety.scrub(
            TextSafety.sanitize(input), names: model.roster + Array(model.guestNames.values))
    }

    func themeSaved() -> String {
        m.next.theme.isEmpty ? s[.plainThemeEmpty] : s.f(.plainThemeSaved, m.next.theme)
    }

    // MARK: Summary

    func summary() -> [String] {
        let duration = (m.finishedAt ?? m.now) - m.setup.startedAt
        let planned = Double(m.setup.plan.meetingMinutes * 60)
        var out = [
            s[.plainSummary],
            s.f(
                .plainSummaryDuration, words.roughDuration(seconds: duration),
                words.roughDuration(seconds: planned)),
        ]
        if m.setup.plan.pauseMinutes > 0, m.pauseTaken == nil {
            out.append(s[.summaryPauseNotTaken])
        }
        // The leader the group file holds afterwards, as the screen names it.
        let next = m.nextLeaderForGroup
        let chosen = m.next.leaderChosen && m.next.leaderChoice == next
        let who = name(.member(next))
        out.append(
            chosen ? s.f(.plainSummaryLeader, who) : s.f(.summaryLeaderRotation, who))
        out.append(
            m.next.theme.isEmpty ? s[.plainThemeEmpty] : s.f(.plainSummaryTheme, m.next.theme))
        out.append(s.f(.plainSummaryDate, DateText.long(m.next.date, s.lang)))
        if next != m.setup.leader, !model.demo {
            out.append(s[.plainHandover])
        }
        if model.logPath != nil {
            out.append(s[.plainLogWritten])
        } else if !model.demo, model.logNotSaved, let n = model.notice {
            out.append(n + " " + s[.summaryNotSavedBody])
        } else if !model.demo, let n = model.notice {
            out.append(s.f(.plainLogPending, n))
        }
        if m.canApply(.undo) { out.append(s[.summaryUndo]) }
        out.append(s[.plainLeaveHint])
        return out
    }

    // MARK: Time on request

    /// Where the meeting stands: the phase, the speaker and the time left, the meeting clock.
    func status() -> [String] {
        var out: [String] = []
        let phaseTitle =
            m.phase == .pause || m.phase == .processTalk
            ? s.phase(m.phase) : s.itemTitle(m.item, custom: model.customTexts)
        if m.phase.hasTurns && !(m.phase == .sharing && m.sharingMode == .open)
            && !m.roundOrder.isEmpty
        {
            out.append(
                s.f(
                    .plainStatusTurnOf, phaseTitle, min(m.roundOrder.count, m.roundIndex + 1),
                    m.roundOrder.count))
        } else {
            out.append(s.f(.plainStatusPhase, phaseTitle))
        }
        if let t = m.turn {
            let left = t.remaining(at: m.now)
            let who = name(t.speaker)
            if t.isHeld {
                out.append(
                    s.f(
                        .plainStatusHeld, who,
                        words.roughDuration(seconds: max(0, left), left: true)))
            } else if left > -1 {
                out.append(
                    s.f(
                        .plainStatusLeft, who,
                        words.roughDuration(seconds: max(0, left), left: true),
                        words.duration(seconds: t.targetSeconds)))
            } else {
                out.append(s.f(.plainStatusOver, who, words.roughDuration(seconds: -left)))
            }
        } else if m.phase.hasTurns {
            out.append(s[.plainStatusFloorFree])
        }
        if let p = m.pause {
            let left = p.deadline - m.now
            out.append(
                left > 0
                    ? s.f(.plainStatusPauseLeft, words.roughDuration(seconds: left, left: true))
                    : s.f(.plainStatusPauseOver, words.roughDuration(seconds: -left)))
        }
        if !m.isFinished {
            let ahead = m.aheadSeconds
            let word =
                abs(ahead) < 60
                ? s[.plainOnTime]
                : s.f(
                    ahead > 0 ? .plainAhead : .plainBehind, words.roughDuration(seconds: abs(ahead))
                )
            out.append(s.f(.plainStatusClock, words.roughDuration(seconds: m.meetingElapsed), word))
        }
        out.append(enterHint())
        return out
    }

    // MARK: Help and dialogs

    /// What Enter does here, from the footer's own words.
    func enterHint() -> String {
        if m.isFinished { return s[.plainLeaveHint] }
        return s.f(.plainEnterHint, FooterKeys.enterAction(model))
    }

    /// The keys that work on this screen, each with its help sentence, from the one keymap
    /// the footer and the full-screen help read (`MeetingKeymap`); then `i`, plain mode's own.
    func help() -> [String] {
        var plainModel = model
        plainModel.overlay = .none
        let here =
            m.phase == .pause || m.phase == .processTalk
            ? s.phase(m.phase) : s.itemTitle(m.item, custom: model.customTexts)
        var out = [s.f(.plainHelpTitle, here)]
        for b in MeetingKeymap.offered(plainModel) {
            let cap = MeetingKeymap.helpCap(b.cap(plainModel), s)
            out.append(
                s.f(
                    .plainHelpKey, words.keyName(cap),
                    PlainPrompt.spoken(b.help(plainModel)).dropLastPeriod))
        }
        let typing = m.phase == .nextMeeting && m.next.step == .theme && !m.isFinished
        // `i` is plain mode's own key (no screen to look at): its line is made like the others.
        if !typing {
            out.append(
                s.f(
                    .plainHelpKey, words.keyName(KeyBinding.keyName(.char("i"))),
                    s[.plainHelpStatus])
            )
        }
        out.append(s[.plainHelpClose])
        return out
    }

    func quitDialog() -> [String] {
        [model.demo ? s[.demoPlainQuitTitle] : s[.plainQuitTitle], s[.plainQuitKeys]]
    }

    /// The late-arrival dialog's line for the entry under `cursor`.
    func lateChoice(_ cursor: Int) -> String {
        let candidates = model.lateCandidates
        guard cursor < candidates.count else { return s[.plainLateGuestChoice] }
        let member = candidates[cursor]
        return s.f(.plainLateCandidate, name(.member(member)), attendance(m.attendance[member]))
    }
}

extension String {
    /// The text without one final full stop (the line's own template adds it).
    var dropLastPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
