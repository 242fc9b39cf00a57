import RundeCore
import RundeText

/// Plain mode's reader of a meeting: compares the meeting before and after each key or tick and
/// says what changed, as whole lines (see `PlainMeetingScreens` for the words). It remembers
/// only which warnings it gave for which turn, so "snart slutt" and "over tiden" come once each.
public struct PlainMeetingNarrator: Sendable {
    /// Turns (by start instant) for which "nearly time" / "over time" was said.
    private var nearlySaid: Set<Double> = []
    private var overSaid: Set<Double> = []

    public init() {}

    /// The opening lines: the group, meeting number, leader, theme, warnings, and the phase.
    public func start(_ model: MeetingModel, warnings: [String] = []) -> [String] {
        PlainMeetingScreens(model: model).resumeOrStart(warnings: warnings)
    }

    /// Where the meeting stands (the `i` key).
    public func status(_ model: MeetingModel) -> [String] {
        PlainMeetingScreens(model: model).status()
    }

    /// The help for the screen (the `?` key).
    public func help(_ model: MeetingModel) -> [String] { PlainMeetingScreens(model: model).help() }

    /// The lines for what changed from `old` to `new`; `key` is the key that caused it (nil
    /// for a tick).
    public mutating func changed(from old: MeetingModel, to new: MeetingModel, key: Key?)
        -> [String]
    {
        let screens = PlainMeetingScreens(model: new)
        let s = new.strings
        let o = old.meeting
        let m = new.meeting
        var out: [String] = []

        // Late arrivals and guests.
        for member in m.late.dropFirst(o.late.count) where !o.late.contains(member) {
            out.append(s.f(.plainLateArrived, screens.name(.member(member))))
        }
        if m.guests > o.guests {
            for g in o.guests..<m.guests {
                out.append(s.f(.plainLateArrived, screens.name(.guest(g))))
            }
        }

        // Dialogs.
        if let lines = overlayLines(old, new, screens) {
            out += lines
        }
        // The quiet line: why a key did nothing, or that Esc asks before it drops text.
        if new.hint != old.hint, let h = new.hint { out.append(h) }
        // The notice line (a disk that cannot be written, and its end).
        if new.notice != old.notice, let n = new.notice, !m.isFinished {
            out.append(s.f(.plainNotice, n))
        }

        // Check-in: cursor and statuses.
        if m.phase == .checkIn && o.phase == .checkIn {
            if new.cursor != old.cursor || m.attendance != o.attendance {
                let changed = m.attendance.indices.filter {
                    o.attendance.indices.contains($0) && o.attendance[$0] != m.attendance[$0]
                }
                let who = changed.first ?? new.cursor
                out.append(screens.memberStatus(who))
            } else if key == .enter && m.presentCount == 0 {
                out.append(s[.plainCheckInNobody])
            }
        }
        if o.phase == .checkIn && m.phase != .checkIn {
            out.append(
                s.f(
                    .plainCheckInDone, m.attendance.filter { $0 == .present }.count,
                    m.attendance.count))
        }

        // A card that asks for acknowledgements: cursor and count.
        if m.phase == .opening && o.phase == .opening && m.itemOrdinal == o.itemOrdinal
            && m.item.acknowledge
        {
            let present = screens.presentMembers()
            if m.acknowledged != o.acknowledged {
                let toggled = Set(m.acknowledged).symmetricDifference(Set(o.acknowledged))
                if let member = toggled.first { out.append(screens.ackMember(member)) }
                out.append(screens.ackCount())
            } else if new.cursor != old.cursor, !present.isEmpty {
                out.append(screens.ackMember(present[min(max(0, new.cursor), present.count - 1)]))
            }
        }

        // The evaluation's decision card: the choice under the cursor, read out as it moves.
        if m.onDecisionCard && o.onDecisionCard && m.itemOrdinal == o.itemOrdinal,
            new.cursor != old.cursor || new.decisionHorizon != old.decisionHorizon
        {
            let lines = DecisionCard.lines(new)
            out.append(lines[min(max(0, new.cursor), lines.count - 1)])
        }

        // Turns that ended with a pass.
        let oldTurns = o.segments.reduce(0) { $0 + $1.turns.count } + o.currentTurns.count
        let newRecords = m.segments.flatMap(\.turns) + m.currentTurns
        if newRecords.count > oldTurns {
            for r in newRecords[oldTurns...] where r.passed {
                out.append(s.f(.plainPassed, screens.name(r.speaker)))
            }
        }

        // A new phase or step of the agenda.
        let phaseChanged = m.phase != o.phase || m.itemOrdinal != o.itemOrdinal
        if phaseChanged {
            if o.phase.hasTurns && !o.roundOrder.isEmpty && o.roundIndex < o.roundOrder.count
                && m.phase != .pause && m.phase != .processTalk && o.phase != .processTalk
                && (o.phase != .sharing || o.sharingMode == .round)
                && m.itemOrdinal != o.itemOrdinal
                && newRecords.count > oldTurns && o.roundIndex + 1 >= o.roundOrder.count
            {
                out.append(s[.plainRoundDone])
            }
            if o.phase == .pause || (o.phase == .processTalk && m.itemOrdinal == o.itemOrdinal) {
                if m.itemOrdinal == o.itemOrdinal && m.phase != .pause {
                    out.append(
                        s.f(.plainPhaseContinues, s.itemTitle(m.item, custom: new.customTexts)))
                    if m.phase == .sharing && m.sharingMode == .open {
                        out += screens.openFloorIntro()
                    }
                } else {
                    out += screens.phaseIntro()
                }
            } else {
                out += screens.phaseIntro()
            }
            // The rehearsal's guided tour: one line for the new step.
            if let hint = DemoTour.hint(new), hint != DemoTour.hint(old) { out.append(hint) }
        } else if m.phase == .sharing && m.sharingMode != o.sharingMode {
            out.append(m.sharingMode == .open ? s[.plainOpenFloorStart] : s[.plainRoundMode])
            if m.sharingMode == .open, let p = new.floorSelection {
                out.append(screens.floorPick(p))
            }
        }

        // Who has the floor.
        if let t = m.turn,
            t.speaker != o.turn?.speaker || t.startedAt != o.turn?.startedAt || m.phase != o.phase
        {
            out += screens.turnStarted(t)
        } else if let t = m.turn, let ot = o.turn, t.startedAt == ot.startedAt {
            if t.isHeld != ot.isHeld { out.append(t.isHeld ? s[.plainHeld] : s[.plainResumed]) }
            if t.targetSeconds != ot.targetSeconds {
                out.append(s.f(.plainTurnLength, screens.words.duration(seconds: t.targetSeconds)))
            }
        } else if m.turn == nil, o.turn != nil, !phaseChanged, m.phase == .sharing,
            m.sharingMode == .open,
            o.sharingMode == .open
        {
            out.append(s[.plainFloorFree])
            if let p = new.floorSelection { out.append(screens.floorPick(p)) }
        } else if m.turn == nil, m.phase.hasTurns, !phaseChanged,
            !(m.phase == .sharing && m.sharingMode == .open),
            m.roundIndex != o.roundIndex || m.roundOrder != o.roundOrder
        {
            out.append(screens.enterHint())
        }
        // The open floor's selection.
        if m.phase == .sharing && m.sharingMode == .open && !phaseChanged
            && m.sharingMode == o.sharingMode
            && new.cursor != old.cursor && new.overlay == .none, let p = new.floorSelection
        {
            out.append(screens.floorPick(p))
        }

        // Warnings near and after the end of a turn, once each.
        if let t = m.turn, !t.isHeld {
            let role = SpeakerBlock.role(for: t, now: m.now)
            let id = t.startedAt.seconds
            if role == .overtime, !overSaid.contains(id) {
                overSaid.insert(id)
                nearlySaid.insert(id)
                out.append(s[.plainOvertime])
            } else if role == .warning, !nearlySaid.contains(id) {
                let wasWarning =
                    o.turn.map {
                        $0.startedAt == t.startedAt
                            && SpeakerBlock.role(for: $0, now: o.now) != .calm
                    } ?? false
                nearlySaid.insert(id)
                // A turn that starts inside the warning (a very short one) needs no warning.
                if !wasWarning && t.elapsed(at: m.now) > 0 { out.append(s[.plainNearlyTime]) }
            }
        }

        // The pause.
        if let p = m.pause, let op = o.pause {
            if p.overAnnounced && !op.overAnnounced { out.append(s[.plainPauseOver]) }
            if p.deadline != op.deadline {
                out.append(
                    s.f(
                        .plainPauseLength,
                        screens.words.roughDuration(seconds: p.deadline - p.startedAt)))
            }
        }
        if m.pauseSuggested && !o.pauseSuggested && m.pause == nil {
            out.append(s[.plainPauseSuggested])
        }

        // The order of the phases to come.
        if !phaseChanged, m.upcoming != o.upcoming, let first = m.upcoming.first {
            out.append(s.f(.plainNextPhaseMoved, s.itemTitle(first, custom: new.customTexts)))
        }

        // Next meeting: leader, theme, date.
        if m.phase == .nextMeeting && o.phase == .nextMeeting {
            if m.next.leaderChoice != o.next.leaderChoice { out.append(screens.leaderLine()) }
            if m.next.step != o.next.step {
                if o.next.step == .theme { out.append(screens.themeSaved()) }
                out += screens.nextStepIntro()
            } else if m.next.date != o.next.date {
                out.append(screens.dateLine())
            }
            if m.next.proposals.count > o.next.proposals.count, let last = m.next.proposals.last {
                out.append(s.f(.plainThemeProposed, last))
            }
            if m.next.step == .theme && new.overlay == .none {
                out += themeField(old, new, screens, key: key)
            }
        }

        // Summary: the log written after the summary was said.
        if m.isFinished && o.isFinished && new.logPath != nil && old.logPath == nil {
            out.append(s[.plainLogWritten])
        }

        // Keys of plain mode's own, and keys that did nothing.
        if let key, new.overlay == .none, old.overlay == .none,
            !(m.phase == .nextMeeting && m.next.step == .theme)
        {
            if key == .char("i") || key == .char("I") {
                out += screens.status()
            } else if let why = new.hint, new.hint == old.hint {
                // The same reason again (a changed one was said with the quiet line above).
                out.append(why)
            } else if out.isEmpty, Self.sameApartFromClock(old, new), let label = Self.label(key) {
                out.append(s.f(.plainNothingHere, label))
            }
        }
        return out
    }

    /// Help, quit and late-arrival dialogs as they open, move and close.
    private func overlayLines(
        _ old: MeetingModel, _ new: MeetingModel, _ screens: PlainMeetingScreens
    ) -> [String]? {
        let s = new.strings
        switch (old.overlay, new.overlay) {
        case (.none, .none): return nil
        case (_, .help) where old.overlay != .help: return screens.help()
        case (.help, .none): return [s[.plainHelpClosed]]
        case (_, .quitConfirm) where old.overlay != .quitConfirm: return screens.quitDialog()
        case (.quitConfirm, .none): return [s[.plainQuitCancelled]]
        case (.late(let oc, let og), .late(let nc, let ng)):
            if og == nil, ng != nil { return [s[.plainLateGuestPrompt]] }
            if og != nil, ng == nil { return [s[.plainLateTitle], screens.lateChoice(nc)] }
            if oc != nc { return [screens.lateChoice(nc)] }
            return []
        case (.guestAsk, .late(_, _?)): return [s[.plainLateGuestPrompt]]
        case (.guestAsk, .guestAsk): return []
        case (_, .guestAsk): return [s[.guestAskLine], s[.plainGuestAskKeys]]
        case (_, .late(let c, _)):
            return [s[.plainLateTitle], screens.lateChoice(c)]
        case (.late, .none):
            // Added someone (the arrival line follows) or cancelled.
            let added =
                new.meeting.late.count > old.meeting.late.count
                || new.meeting.guests > old.meeting.guests
            return added ? [] : [s[.plainLateCancelled]]
        case (.rulesEditor, .rulesEditor):
            return []  // the typing is echoed
        case (_, .none):
            // What the dialog did follows from the meeting (a new phase, a turn); say it closed.
            return new.meeting.phase == old.meeting.phase
                && new.meeting.itemOrdinal == old.meeting.itemOrdinal
                ? [s[.plainDialogClosed]] : []
        default:
            // Any other dialog (a question asked first, cards to pick from, a card for a
            // guest): read in full as it opens, then what changes in it.
            if Self.sameKind(old.overlay, new.overlay) {
                return PlainDialog.changes(from: old, to: new)
            }
            return PlainDialog.lines(new)
        }
    }

    /// Whether two dialogs are the same one (its content may differ).
    static func sameKind(_ a: MeetingModel.Overlay, _ b: MeetingModel.Overlay) -> Bool {
        switch (a, b) {
        case (.none, .none), (.help, .help), (.quitConfirm, .quitConfirm), (.late, .late),
            (.guestFrame, .guestFrame), (.guestAsk, .guestAsk),
            (.processCards, .processCards), (.rulesEditor, .rulesEditor):
            return true
        // A question asked first is the same one while it stays open: said once, as it opens.
        case (.confirm(let x), .confirm(let y)): return x == y
        default: return false
        }
    }

    /// The theme field: what it will save, said when a word is finished and names were taken out;
    /// the earlier proposal ↑/↓ brought; a cleared field.
    private func themeField(
        _ old: MeetingModel, _ new: MeetingModel, _ screens: PlainMeetingScreens, key: Key?
    ) -> [String] {
        let s = new.strings
        guard new.themeInput != old.themeInput else { return [] }
        if key == .up || key == .down { return [s.f(.plainThemeSuggestion, new.themeInput)] }
        if new.themeInput.isEmpty && key == .escape { return [s[.plainThemeCleared]] }
        // A word just finished took a name out: say what will be saved instead.
        if key == .char(" ") {
            let preview = screens.themePreview(new.themeInput).trimmingSpaces()
            let typed = old.themeInput
            let finished = typed.lastIndex(of: " ").map { String(typed[..<$0]) } ?? ""
            let before = screens.themePreview(finished)
            if preview.filter({ $0 == "…" }).count > before.filter({ $0 == "…" }).count {
                return [s.f(.plainThemePreview, preview)]
            }
        }
        return []
    }

    static func sameApartFromClock(_ old: MeetingModel, _ new: MeetingModel) -> Bool {
        var o = old
        o.meeting.now = new.meeting.now
        return o == new
    }

    /// A key's name for "does nothing here", or nil for keys that are not worth a remark.
    static func label(_ key: Key) -> String? {
        switch key {
        case .char(let c) where c != " ": return String(c)
        case .char: return nil
        case .enter: return "Enter"
        case .tab: return "Tab"
        default: return nil
        }
    }
}
