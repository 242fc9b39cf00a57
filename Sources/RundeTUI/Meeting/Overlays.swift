import RundeCore
import RundeText

/// Dialogs drawn on top of the meeting: help, quit confirmation, late arrival.
enum Overlays {
    static func panel(_ f: inout Frame, title: String, lines: [(String, StyleRole)], width w: Int) {
        let width = min(f.width - 4, w)
        let height = min(f.height - 2, lines.count + 4)
        let x = (f.width - width) / 2
        let y = max(1, (f.height - height) / 2)
        f.fill(x: x, y: y, width: width, height: height, with: .blank)
        f.box(x: x, y: y, width: width, height: height, role: .accent)
        f.put(" " + title + " ", x: x + 2, y: y, role: .title, bold: true)
        // A window too low for the box's frame shows the box alone (never a negative prefix).
        for (i, (text, role)) in lines.prefix(max(0, height - 4)).enumerated() {
            f.put(
                text, x: x + 2, y: y + 2 + i, role: role, bold: role == .selection,
                reverse: role == .selection,
                maxWidth: width - 4)
        }
    }

    /// The help's lines for this screen: each key offered now, in words, wrapped under its cap.
    static func helpLines(_ model: MeetingModel, width: Int) -> [(String, StyleRole)] {
        let s = model.strings
        let offered = MeetingKeymap.offered(model)
        let caps = offered.map { MeetingKeymap.helpCap($0.cap(model), s) }
        let capWidth = min(12, (caps.map { Frame.textWidth($0) }.max() ?? 0) + 2)
        var out: [(String, StyleRole)] = []
        for (b, cap) in zip(offered, caps) {
            let text = Wrap.lines(b.help(model), width: max(10, width - capWidth))
            for (i, line) in text.enumerated() {
                let head =
                    i == 0
                    ? cap + String(repeating: " ", count: max(1, capWidth - Frame.textWidth(cap)))
                    : String(repeating: " ", count: capWidth)
                out.append((head + line, i == 0 ? .normal : .normal))
            }
        }
        return out
    }

    /// `?`: the keys of this screen in words; scrolls with ↑/↓ when it does not fit.
    static func help(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings
        let width = min(f.width - 4, 72)
        let lines = helpLines(model, width: width - 4)
        let room = max(1, min(f.height - 2, lines.count + 4) - 4)
        let scrolls = lines.count > room
        let top = scrolls ? min(max(0, model.helpScroll), lines.count - room) : 0
        var shown = Array(lines[top..<min(lines.count, top + room)])
        if scrolls {
            if top > 0 { shown[0] = ("  ▲", .muted) }
            if top + room < lines.count { shown[shown.count - 1] = ("  ▼", .muted) }
        }
        panel(&f, title: s[.helpTitle], lines: shown, width: 72)
        let h = min(f.height - 2, shown.count + 4)
        let y = max(1, (f.height - h) / 2) + h - 1
        let closeText = " " + (scrolls ? s[.helpFooterScroll] : s[.helpFooter]) + " "
        f.put(closeText, x: (f.width - width) / 2 + 2, y: y, role: .muted, maxWidth: width - 4)
    }

    /// The question before a jump that skips people, naming what will be skipped.
    static func confirmLines(_ model: MeetingModel, _ c: MeetingModel.Confirm) -> (
        title: String, body: [String]
    ) {
        let s = model.strings
        let m = model.meeting
        let open = m.phase == .sharing && m.sharingMode == .open
        let notSpoken =
            m.phase.hasTurns && !open
            ? max(0, m.roundOrder.count - m.roundIndex - (m.turn == nil ? 0 : 1)) : 0
        let current =
            m.phase == .pause ? s.phase(.pause) : s.itemTitle(m.item, custom: model.customTexts)
        switch c {
        case .skipPhase:
            if notSpoken > 0 {
                return (
                    s[.confirmSkipTitle],
                    [s.f(.confirmSkipRound, notSpoken)] + notHappening(model, c.event)
                )
            }
            let next: String
            if m.phase == .processTalk, let i = m.interrupted {
                next = s.itemTitle(i.item, custom: model.customTexts)
            } else {
                next = s.itemTitle(m.upcoming.first ?? .summary, custom: model.customTexts)
            }
            return (
                s[.confirmSkipTitle],
                [s.f(.confirmSkipPhase, current, next)] + notHappening(model, c.event)
            )
        case .closing:
            var skipped = [current]
            if m.phase == .processTalk, let i = m.interrupted {
                skipped.append(s.itemTitle(i.item, custom: model.customTexts))
            }
            for it in m.upcoming {
                if it.kind == .closingRound { break }
                skipped.append(s.itemTitle(it, custom: model.customTexts))
            }
            var body = [s.f(.confirmClosing, skipped.joined(separator: ", "))]
            if notSpoken > 0 { body.append(s.f(.confirmNotSpoken, notSpoken)) }
            return (s[.confirmClosingTitle], body + notHappening(model, c.event))
        case .processTalk:
            let who = m.turn.map { model.name($0.speaker) } ?? ""
            return (s[.talkTitle], [s.f(open ? .talkBodyOpen : .talkBody, who)])
        case .leaveFrame:
            let (ticked, all) = MeetingKeymap.acknowledgements(m)
            let left = all - ticked
            return (
                s[.ackTitle], [left == 1 ? s.f(.ackBody1, all) : s.f(.ackBody, left, all)]
            )
        }
    }

    /// What a jump means will not happen (DESIGN §1 "Slips are cheap"): the pause not taken,
    /// and the next meeting's leader, theme and date as the group file will then hold them.
    static func notHappening(_ model: MeetingModel, _ event: MeetingEvent) -> [String] {
        let s = model.strings
        let m = model.meeting
        var after = m
        _ = after.apply(event)
        var out: [String] = []
        // The pause: planned, not taken, and no step where it belongs is left after the jump.
        let stepsForPause: Set<PhaseKind> = [.opening, .openingRound, .sharing]
        let pauseStillPossible: Set<PhaseKind> = stepsForPause.union([.closingRound, .processTalk])
        if m.setup.plan.pauseMinutes > 0, m.pauseTaken == nil,
            pauseStillPossible.contains(m.phase), !stepsForPause.contains(after.phase),
            !after.upcoming.contains(where: { stepsForPause.contains($0.kind) })
        {
            out.append(s[.pauseNotTaken])
        }
        let hadNext = m.phase == .nextMeeting || m.upcoming.contains { $0.kind == .nextMeeting }
        let hasNext =
            (after.phase == .nextMeeting && !after.isFinished)
            || after.upcoming.contains { $0.kind == .nextMeeting }
        guard hadNext, !hasNext, after.agreements.decision != .end else { return out }
        let leader = model.name(.member(after.nextLeaderForGroup))
        let date = DateText.long(after.next.date, s.lang)
        if !after.next.leaderChosen {
            out.append(s.f(.nextSkippedRotation, leader, date))
        } else if after.next.theme.isEmpty {
            out.append(s.f(.nextSkippedLeader, leader, date))
        } else {
            out.append(s.f(.nextSkippedDate, leader, after.next.theme, date))
        }
        return out
    }

    static func confirm(_ f: inout Frame, _ model: MeetingModel, _ c: MeetingModel.Confirm) {
        let s = model.strings
        let (title, body) = confirmLines(model, c)
        let wrap = min(50, f.width - 8)
        let text = body.map { Wrap.lines($0, width: wrap) }
        // A low window gives up the blank lines between paragraphs first, then the keys line
        // (the footer says the keys too): never a word of the question.
        let room = f.height - 6
        let total = text.reduce(0) { $0 + $1.count }
        let gaps = total + 2 * text.count <= room
        var lines: [(String, StyleRole)] = []
        for (i, para) in text.enumerated() {
            if i > 0 && gaps { lines.append(("", .normal)) }
            lines += para.map { ($0, StyleRole.normal) }
        }
        if lines.count + 2 <= room {
            lines.append(("", .normal))
            lines.append((DialogKeys.yesNo(s), .accent))
        } else if lines.count + 1 <= room {
            lines.append((DialogKeys.yesNo(s), .accent))
        }
        panel(&f, title: title, lines: lines, width: 56)
    }

    static func quit(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings
        // Back in the meeting by `u` on the summary: the log written there stays as it is.
        let body =
            model.demo
            ? s[.demoQuitBody]
            : model.logPath != nil && !model.meeting.isFinished
                ? s[.quitReopened] : s[.quitBody]
        var lines = Wrap.lines(body, width: 50).map {
            ($0, StyleRole.normal)
        }
        lines.append(("", .normal))
        lines.append((DialogKeys.footer(s, yes: s[.keyQuit], no: s[.quitNo]), .accent))
        panel(&f, title: s[.quitTitle], lines: lines, width: 56)
    }

    static func late(_ f: inout Frame, _ model: MeetingModel, cursor: Int, guestName: String?) {
        let s = model.strings
        var lines: [(String, StyleRole)] = []
        let candidates = model.lateCandidates
        if let typed = guestName {
            lines.append((s[.lateGuestPrompt], .accent))
            lines.append(("> " + typed + "▏", .speaker))
            lines.append(("", .normal))
            lines.append((s[.lateGuestNote], .muted))
        } else {
            if candidates.isEmpty { lines.append((s[.lateNobody], .muted)) }
            for (i, m) in candidates.enumerated() {
                let status =
                    model.meeting.attendance[m] == .notifiedAbsent ? s[.notifiedAbsent] : s[.absent]
                lines.append(
                    (
                        (i == cursor ? "▸ " : "  ") + model.name(.member(m)) + "  (\(status))",
                        i == cursor ? .selection : .normal
                    ))
            }
            lines.append(
                (
                    (cursor == candidates.count ? "▸ " : "  ")
                        + s.f(.guest, model.meeting.guests + 1) + " …",
                    cursor == candidates.count ? .selection : .normal
                ))
            lines.append(("", .normal))
            lines.append(
                (
                    DialogKeys.line([
                        ([.up, .down], s[.lateChoose]), ([.enter], s[.lateAdd]),
                        ([.escape], s[.keyCancel]),
                    ]), .muted
                ))
        }
        panel(&f, title: s[.lateTitle], lines: lines, width: 50)
    }
}

extension Overlays {
    /// The frame card for a guest who arrived after it: the group's own rules card (what the
    /// members acknowledged, as rewritten today if it was), read once and then acknowledged
    /// (counted). The guest is named as typed on arrival (memory only), else "Gjest 1" ….
    static func guestFrame(_ f: inout Frame, _ model: MeetingModel, guest: Int) {
        let s = model.strings
        let width = min(f.width - 4, 66)
        let who = model.name(.guest(guest))
        let hint = Wrap.lines(s.f(.guestFrameHint, who), width: width - 4)
        let rules = (model.editedRules ?? model.rules).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .flatMap { Wrap.lines(TextSafety.sanitize(String($0)), width: width - 4) }
        // The hint below the rules always shows: long rules are cut with "…".
        let room = max(1, f.height - 6 - hint.count - 1)
        var lines = rules.prefix(room).map { ($0, StyleRole.normal) }
        if rules.count > room { lines[lines.count - 1] = ("…", .muted) }
        lines.append(("", .normal))
        lines += hint.map { ($0, StyleRole.accent) }
        let shortName = who.count > 24 ? String(who.prefix(23)) + "…" : who
        panel(&f, title: s.f(.guestFrameTitle, shortName), lines: lines, width: width)
    }
}

extension Overlays {
    /// Before a guest is named: one calm line that the group decides together, then go on.
    static func guestAsk(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings
        var lines = Wrap.lines(s[.guestAskLine], width: 46).map { ($0, StyleRole.normal) }
        lines.append(("", .normal))
        lines.append((DialogKeys.footer(s, yes: s[.keyGoOn], no: s[.keyNo]), .accent))
        panel(&f, title: s[.guestAskTitle], lines: lines, width: 50)
    }
}

extension Overlays {
    /// The blind-alley cards for a process talk: pick one to talk about, or none. The chosen
    /// card's question wraps whole below the list; a low window gives up the intro and the
    /// blank lines, then shows the part of the list around the cursor.
    static func processCards(_ f: inout Frame, _ model: MeetingModel, cursor: Int) {
        let s = model.strings
        let cards = s.blindAlleyCards
        let width = min(f.width - 4, 62)
        var entries: [(String, StyleRole)] = cards.enumerated().map { i, card in
            ((i == cursor ? "▸ " : "  ") + card.title, i == cursor ? .selection : .normal)
        }
        entries.append(
            (
                (cursor == cards.count ? "▸ " : "  ") + s[.cardsOpen],
                cursor == cards.count ? .selection : .normal
            ))
        let question = Wrap.lines(
            cursor < cards.count ? cards[cursor].question : s[.promptProcessTalk],
            width: width - 4
        ).map { ($0, StyleRole.accent) }
        let room = max(1, f.height - 2 - 4)
        var lines: [(String, StyleRole)]
        if entries.count + question.count + 3 <= room {
            lines = [(s[.cardsIntro], .muted), ("", .normal)] + entries + [("", .normal)]
        } else {
            let shown = max(1, room - question.count)
            let top = min(max(0, cursor - shown + 1), max(0, entries.count - shown))
            lines = Array(entries[top..<min(entries.count, top + shown)])
        }
        lines += question
        panel(&f, title: s[.cardsTitle], lines: lines, width: width)
    }
}

extension Overlays {
    /// The rules card being rewritten: its lines with the cursor (▏), scrolled so the cursor shows.
    static func rulesEditor(_ f: inout Frame, _ model: MeetingModel, editor: MultiLineEditor) {
        let s = model.strings
        let width = min(f.width - 4, 72)
        var lines: [(String, StyleRole)] = []
        let (rows, cursorRow) = editor.rows(width: width - 4)
        let room = max(1, f.height - 9)
        let top = min(max(0, cursorRow - room + 1), max(0, rows.count - room))
        for line in rows.dropFirst(top).prefix(room) { lines.append((line, .speaker)) }
        lines.append(("", .normal))
        lines.append((s[.rulesEditorNote], .muted))
        panel(&f, title: s[.rulesEditorTitle], lines: lines, width: width)
    }
}
