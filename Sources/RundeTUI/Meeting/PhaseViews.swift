import RundeCore
import RundeText

/// Check-in: every member with their attendance, a cursor, today's leader and theme.
enum CheckInView {
    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        var y = r.y
        f.put(s[.phaseCheckIn], x: 2, y: y, role: .title, bold: true)
        let leader = model.name(.member(m.setup.leader))
        f.put(
            s.f(.leadingToday, leader), x: 2 + Frame.textWidth(s[.phaseCheckIn]) + 3, y: y,
            role: .accent)
        y += 1
        f.put(
            model.todayTheme.isEmpty ? s[.noTheme] : s.f(.themeToday, model.todayTheme), x: 2, y: y,
            role: .muted,
            maxWidth: r.width - 4)
        if let st = model.starterMeetings, st - 1 == m.setup.meetingNumber {
            y += 1
            f.put("ℹ " + s[.starterReminder], x: 2, y: y, role: .accent, maxWidth: r.width - 4)
        }
        // With room, a note wraps onto a second line rather than lose its end (a newcomer's
        // name makes it longer).
        let roomy = r.height >= 16
        for note in model.lifeNotes.prefix(roomy ? 3 : 1) {
            var lines = roomy ? Wrap.lines(note, width: r.width - 6) : [note]
            if lines.count > 2 { lines = [lines[0], lines[1] + " …"] }
            for (i, line) in lines.enumerated() {
                y += 1
                f.put(
                    (i == 0 ? "ℹ " : "  ") + line, x: 2, y: y, role: .accent,
                    maxWidth: r.width - 4)
            }
        }
        y += r.height >= 14 ? 2 : 1
        let hint = Wrap.lines(s[.checkInHint], width: r.width - 4)
        let room = max(1, r.bottom - y - 1 - hint.count)
        let n = m.attendance.count
        // Members who do not fit are said on a line of their own, above the list ("▲ 2 above")
        // and below it ("▼ 1 more"), and the list scrolls with the cursor.
        var listHeight = n > room ? max(1, room - 1) : room
        var first = max(0, min(model.cursor - listHeight + 1, n - listHeight))
        if first > 0 && room > 2 {
            listHeight = room - 2
            first = max(1, min(model.cursor - listHeight + 1, n - listHeight))
        }
        let last = min(n, first + listHeight)
        if first > 0 {
            f.put(s.f(.moreAbove, first), x: 4, y: y, role: .accent, maxWidth: r.width - 6)
            y += 1
        }
        if last < n {
            f.put(
                s.f(.moreBelow, n - last), x: 4, y: y + listHeight, role: .accent,
                maxWidth: r.width - 6)
        }
        for i in first..<last {
            let selected = i == model.cursor
            let a = m.attendance[i]
            let status: String
            let role: StyleRole
            switch a {
            case .present:
                status = "✓ " + s[.present]
                role = .calm
            case .notifiedAbsent:
                status = "– " + s[.notifiedAbsent]
                role = .warning
            case .absent:
                status = "✗ " + s[.absent]
                role = .muted
            }
            let rowRole: StyleRole = selected ? .selection : .normal
            if selected {
                f.fill(
                    x: 2, y: y, width: min(50, r.width - 4), height: 1,
                    with: Cell(" ", role: .selection, reverse: true))
            }
            f.put(
                (selected ? "▸ " : "  ") + model.name(.member(i)), x: 2, y: y, role: rowRole,
                bold: selected,
                reverse: selected, maxWidth: 26)
            f.put(
                status, x: 30, y: y, role: selected ? .selection : role, bold: a == .present,
                reverse: selected, maxWidth: r.width - 32)
            y += 1
        }
        let present = m.presentCount
        f.put(
            s.f(.checkInCount, present, n) + (m.guests > 0 ? " + \(m.guests)" : ""), x: 2,
            y: r.bottom - 1 - hint.count,
            role: .accent)
        f.putWrapped(
            s[.checkInHint], x: 2, y: r.bottom - hint.count, width: r.width - 4, role: .muted)
    }
}

/// A card: the group's own rules, the frame (with acknowledgements), the principles, or a
/// step of the group's own agenda.
enum OpeningView {
    static func card(_ model: MeetingModel) -> (title: String, text: String) {
        let s = model.strings
        let it = model.meeting.item
        if model.meeting.onDecisionCard { return DecisionCard.card(model) }
        switch it.label {
        case "frame": return (s[.cardFrameTitle], s[.cardFrameText])
        case "principles": return (s[.cardPrinciplesTitle], s[.cardPrinciplesText])
        default:
            if let life = s.lifeCard(
                it.label, starterMeetings: model.starterMeetings, horizon: model.horizon)
            {
                return life
            }
            if it.label.hasPrefix("custom-") {
                return (
                    model.customText(it.label, "title") ?? s.phase(it.kind),
                    model.customText(it.label, "text") ?? ""
                )
            }
            return (it.label == "rules" ? rulesTitle(model) : s[.openingTitle], model.rules)
        }
    }

    /// The rules card's title. When everyone acknowledges the rules at a new member's first
    /// meeting, it welcomes the newcomers present by name, as a guest's card names the guest;
    /// `width` given, a title too long for it welcomes them all at once instead.
    static func rulesTitle(_ model: MeetingModel, width: Int? = nil) -> String {
        let s = model.strings
        let newcomers = model.newcomersPresent.map { model.name(.member($0)) }
        guard model.meeting.item.acknowledge, !newcomers.isEmpty else { return s[.openingTitle] }
        let named = s.f(.rulesWelcomeTitle, s.namesList(newcomers))
        if let width, Frame.textWidth(named) > width { return s[.rulesWelcomeTitleMany] }
        return named
    }

    /// Where the card goes in a body `r`: its box width, its wrapped lines and how many show.
    struct Layout {
        var boxW: Int
        var lines: [String]
        var room: Int
        /// The first line shown, the scroll clamped to what there is.
        var top: Int
        var overflows: Bool { lines.count > room }
    }

    static func layout(_ model: MeetingModel, _ r: Rect) -> Layout {
        let ack = model.meeting.item.acknowledge
        let boxW = min(r.width - 4, ack ? r.width / 2 + 6 : 72)
        let text = card(model).text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSafety.sanitize(String($0)) }.joined(separator: "\n")
        let lines = Wrap.lines(text, width: boxW - 4)
        let room = max(1, r.height - 4)
        let top = lines.count > room ? min(max(0, model.cardScroll), lines.count - room) : 0
        return Layout(boxW: boxW, lines: lines, room: room, top: top)
    }

    /// Whether the card does not fit whole at the screen size the model was last drawn at
    /// (`PgDn`/`PgUp` then scroll it, and the footer and the help say so).
    static func overflows(_ model: MeetingModel) -> Bool {
        let m = model.meeting
        guard m.phase == .opening, !m.onDecisionCard, model.screenWidth >= MeetingView.minWidth,
            model.screenHeight >= MeetingView.minHeight
        else { return false }
        return layout(model, MeetingView.body(width: model.screenWidth, height: model.screenHeight))
            .overflows
    }

    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        if m.onDecisionCard { return DecisionCard.draw(&f, model, r) }
        let title =
            m.item.label == "rules" ? rulesTitle(model, width: r.width - 4) : card(model).title
        f.putCentred(title, y: r.y, role: .title, bold: true)
        let ack = m.item.acknowledge
        let l = layout(model, r)
        let boxW = l.boxW
        let shown = Array(l.lines[l.top..<min(l.lines.count, l.top + l.room)])
        let boxH = shown.count + 2
        let x = ack ? 2 : (f.width - boxW) / 2
        let y = r.y + max(1, (r.height - boxH) / 2)
        f.box(x: x, y: y, width: boxW, height: boxH, role: .accent)
        for (i, line) in shown.enumerated() {
            f.put(line, x: x + 2, y: y + 1 + i, maxWidth: boxW - 4)
        }
        // More of the card above or below: said on the box's border, with the key.
        if l.top > 0 {
            f.put(
                " " + s[.cardMoreAbove] + " ", x: x + 2, y: y, role: .accent, bold: true,
                maxWidth: boxW - 4)
        }
        if l.top + l.room < l.lines.count {
            f.put(
                " " + s[.cardMoreBelow] + " ", x: x + 2, y: y + boxH - 1, role: .accent,
                bold: true, maxWidth: boxW - 4)
        }
        if model.rulesEditable {
            let edit = DialogKeys.line([
                ([.char("e")], s[model.editedRules == nil ? .rulesEditHint : .rulesEditAgain])
            ])
            let hint = model.editedRules == nil ? edit : s[.rulesEditedHint] + " · " + edit
            f.put(hint, x: 2, y: r.bottom - 1, role: .muted, maxWidth: r.width - 4)
        }
        guard ack else { return }
        // Each member present acknowledges the declaration; only the count is kept.
        // Guests follow the members, as "Gjest 1" …, with indices past the roster.
        let present =
            m.attendance.indices.filter { m.attendance[$0] == .present }
            + (0..<m.guests).map { m.attendance.count + $0 }
        let lx = x + boxW + 2
        let lw = f.width - lx - 1
        // The count wraps in its narrow column rather than lose its last letters.
        var ly = r.y + 1
        ly += f.putWrapped(
            s.f(.ackCount, MeetingKeymap.acknowledgements(m).ticked, present.count), x: lx, y: ly,
            width: lw,
            role: .accent)
        // A list longer than its column scrolls with the cursor and says what is above and
        // below: newcomers and late arrivals stand last, and must not be drawn off the screen.
        let rows = max(1, r.bottom - 1 - ly)
        var first = 0
        var listed = present.count
        if present.count > rows {
            listed = rows >= 3 ? rows - 2 : rows
            first = max(0, min(model.cursor - listed + 1, present.count - listed))
        }
        if rows >= 3, first > 0 {
            f.put(s.f(.moreAbove, first), x: lx + 2, y: ly, role: .accent, maxWidth: lw - 2)
            ly += 1
        }
        for (i, member) in present.enumerated() where i >= first && i < first + listed {
            let sel = i == model.cursor
            let mark = m.acknowledged.contains(member) ? "✓ " : "  "
            // A guest by the name typed on arrival, marked as a guest; a newcomer marked as new.
            let label =
                member < m.attendance.count
                ? (model.newcomersPresent.contains(member)
                    ? s.f(.ackNewMember, model.name(.member(member)))
                    : model.name(.member(member)))
                : model.guestNames[member - m.attendance.count].map { s.f(.ackGuest, $0) }
                    ?? model.name(.guest(member - m.attendance.count))
            f.put(
                (sel ? "▸ " : "  ") + mark + label, x: lx, y: ly, role: sel ? .selection : .normal,
                bold: sel, reverse: sel, maxWidth: lw)
            ly += 1
        }
        if rows >= 3, first + listed < present.count {
            f.put(
                s.f(.moreBelow, present.count - first - listed), x: lx + 2, y: ly, role: .accent,
                maxWidth: lw - 2)
        }
        // The group's own rules are agreed to; the built-in frame's declaration is confirmed.
        let ackHint = m.item.label == "rules" ? s[.rulesAckHint] : s[.ackHint]
        f.put(ackHint, x: 2, y: r.bottom - 1, role: .muted, maxWidth: r.width - 4)
    }
}

/// A speaker with the floor: the name large, the timer in block digits, who is next.
enum SpeakerBlock {
    /// Colour stage of a turn: calm, then warning near the end, then overtime.
    static func role(for turn: MeetingState.Turn, now: Instant) -> StyleRole {
        let left = turn.remaining(at: now)
        if left <= 0 { return .overtime }
        let threshold = max(10.0, min(60.0, Double(turn.targetSeconds) / 4))
        return left <= threshold ? .warning : .calm
    }

    /// The status line under the timer for each stage of a turn. It changes only with the turn
    /// (its target), so `LivePart.turnClock` carries it from the full render.
    struct StatusTexts: Equatable, Sendable {
        var calm: String
        var warning: String
        var overtime: String
        var held: String

        init(_ turn: MeetingState.Turn, _ s: Catalog) {
            let target = TimeFormat.clock(Double(turn.targetSeconds))
            calm = s.f(.timeLeftOf, target)
            warning = s.f(.timeAlmostUpOf, target)
            overtime = s.f(.overtimeOf, target)
            held = s[.held]
        }

        func text(_ role: StyleRole, held isHeld: Bool) -> String {
            if isHeld { return held }
            switch role {
            case .overtime: return overtime
            case .warning: return warning
            default: return calm
            }
        }
    }

    /// Draws the speaker and timer from row `y` within `r`; returns the next free row.
    @discardableResult
    static func draw(
        _ f: inout Frame, _ model: MeetingModel, turn: MeetingState.Turn, in r: Rect, y startY: Int
    ) -> Int {
        let s = model.strings
        var y = startY
        let roomy = r.bottom - y >= 12
        let name = model.name(turn.speaker)
        let spaced = roomy ? name.map { String($0) }.joined(separator: " ") : name
        let inner = min(r.width - 6, Frame.textWidth(spaced) + 4)
        let bx = r.centreX - (inner + 2) / 2
        if roomy {
            f.box(x: bx, y: y, width: inner + 2, height: 3, role: .accent)
            f.put(spaced, x: bx + 3, y: y + 1, role: .speaker, bold: true, maxWidth: inner - 2)
            y += 3
            f.put(
                s[.hasTheFloor], x: r.centreX - Frame.textWidth(s[.hasTheFloor]) / 2, y: y,
                role: .muted)
            y += 1
        } else {
            let line = name + "  " + s[.hasTheFloor]
            f.put(
                name, x: r.centreX - Frame.textWidth(line) / 2, y: y, role: .speaker, bold: true,
                maxWidth: r.width - 4)
            f.put(
                "  " + s[.hasTheFloor],
                x: r.centreX - Frame.textWidth(line) / 2 + Frame.textWidth(name), y: y, role: .muted
            )
            y += 1
        }
        drawClock(
            &f, model, in: Rect(x: r.x, y: y, width: r.width, height: max(0, r.bottom - 2 - y)),
            texts: StatusTexts(turn, s))
        return y + 1
    }

    /// The running turn's timer in block digits and its status line below, within `r` (whose
    /// last row is left for the status). Changes with the clock alone: see `LivePart`.
    static func drawClock(_ f: inout Frame, _ model: MeetingModel, in r: Rect, texts: StatusTexts) {
        LivePart.note(.turnClock(r, texts), in: &f)
        guard let turn = model.meeting.turn else { return }
        let now = model.meeting.now
        var y = r.y
        let role = turn.isHeld ? StyleRole.muted : Self.role(for: turn, now: now)
        let text = TimeFormat.remaining(turn.remaining(at: now))
        y += f.putBig(text, centreX: r.centreX, y: y, role: role, maxHeight: r.height - 1)
        let status = texts.text(role, held: turn.isHeld)
        // Overtime is calm: a sign, a word and the theme's muted warm colour, never bold.
        f.put(
            status, x: r.centreX - Frame.textWidth(status) / 2, y: y, role: role,
            bold: role == .warning,
            reverse: turn.isHeld)
    }
}

/// Opening round, sharing in a round, closing round.
enum RoundView {
    static func prompts(_ model: MeetingModel) -> [String] {
        let s = model.strings
        let it = model.meeting.item
        if model.meeting.phase == .processTalk {
            return [
                model.processCard.map { s.blindAlleyCards[$0].question } ?? s[.promptProcessTalk],
                s[.processTalkNote],
            ]
        }
        switch it.label {
        case "presentation_round": return [s[.promptPresentation]]
        case "expectations_round": return [s[.promptExpectations]]
        case "since_last": return [s[.promptOpening2]]
        case "here_and_now":
            // After a round on since last time, the round asks only about here and now.
            if model.meeting.setup.agenda.contains(where: { $0.label == "since_last" }) {
                return [s[.promptOpening1]]
            }
            return [s[.promptOpening1], s[.promptOpening2]]
        case "farewell_round": return [s.farewellPrompt(leaving: model.leaving)]
        default:
            if let life = s.lifePrompt(it.label) { return [life] }
            if it.label.hasPrefix("custom-"),
                let p = model.customText(it.label, "text") ?? model.customText(it.label, "title")
            {
                return [p]
            }
        }
        switch it.kind {
        case .openingRound: return [s[.promptOpening1], s[.promptOpening2]]
        case .closingRound: return [s[.promptClosing]]
        default: return [s[.promptSharingRound]]
        }
    }

    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        var y = r.y
        let p = prompts(model)
        // The question wraps whole, at every size (the evaluation's and the talk cards' are
        // long); the line under it, where there is room.
        for line in Wrap.lines(p[0], width: r.width - 4) {
            f.putCentred(line, y: y, role: .title, bold: true)
            y += 1
        }
        if p.count > 1 && r.height >= 17 {
            for line in Wrap.lines(p[1], width: r.width - 4) {
                f.putCentred(line, y: y, role: .muted)
                y += 1
            }
        }
        if r.height >= 17 { y += 1 }
        if let turn = m.turn {
            y = SpeakerBlock.draw(&f, model, turn: turn, in: r, y: y)
        } else {
            f.putCentred(s[.floorFree], y: y + 2, role: .muted)
        }
        // Who is next, and progress through the round.
        let total = m.roundOrder.count
        let position = min(total, m.roundIndex + 1)
        let nextIndex = m.turn == nil ? m.roundIndex : m.roundIndex + 1
        let nextText =
            nextIndex < total ? s.f(.nextUp, model.name(m.roundOrder[nextIndex])) : s[.lastInRound]
        // A pass shows in the dots as a dash: ●–◉○ (spoke, passed, speaking, to come).
        let records =
            (m.phase == .processTalk
                ? [] : m.segments.filter { $0.ordinal == m.itemOrdinal }.flatMap(\.turns))
            + m.currentTurns
        let passed = Set(records.filter(\.passed).map(\.speaker))
        let dots = (0..<total).map { i in
            i < m.roundIndex
                ? (passed.contains(m.roundOrder[i]) ? "–" : "●") : (i == m.roundIndex ? "◉" : "○")
        }.joined()
        let progress = s.f(.turnOf, position, total) + "  " + dots
        let py = r.bottom - 1
        f.put(nextText, x: 2, y: py, role: .accent, maxWidth: r.width / 2 - 2)
        f.put(progress, x: r.width - Frame.textWidth(progress) - 2, y: py, role: .muted)
    }
}

/// Sharing with the open floor: the leader picks who takes the floor.
enum OpenFloorView {
    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        f.putCentred(s[.promptSharingOpen], y: r.y, role: .title, bold: true)
        let listW = min(28, r.width / 3)
        var y = r.y + 2
        f.put(s[.pickSpeaker], x: 2, y: y - 1, role: .muted, maxWidth: listW + 10)
        let spoken = Set(
            (m.segments.filter { $0.kind == .sharing }.flatMap(\.turns) + m.currentTurns).map(
                \.speaker))
        let order = m.presentOrder
        let height = max(1, r.bottom - y)
        let first = max(0, min(model.cursor - height + 1, order.count - height))
        for (i, p) in order.enumerated().dropFirst(first).prefix(height) {
            let selected = i == model.cursor
            let mark = m.turn?.speaker == p ? "▶ " : (spoken.contains(p) ? "✓ " : "  ")
            if selected {
                f.fill(
                    x: 2, y: y, width: listW, height: 1,
                    with: Cell(" ", role: .selection, reverse: true))
            }
            f.put(
                mark + model.name(p), x: 2, y: y, role: selected ? .selection : .normal,
                bold: selected,
                reverse: selected, maxWidth: listW)
            y += 1
        }
        let right = Rect(x: listW + 4, y: r.y + 1, width: r.width - listW - 4, height: r.height - 1)
        if let turn = m.turn {
            SpeakerBlock.draw(&f, model, turn: turn, in: right, y: right.y + 1)
        } else {
            f.put(
                s[.floorFree], x: right.centreX - Frame.textWidth(s[.floorFree]) / 2,
                y: right.y + right.height / 2,
                role: .accent, bold: true)
        }
    }
}

/// The pause: a big countdown, then "the pause is over".
enum PauseView {
    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        LivePart.note(.pause(r), in: &f)
        let s = model.strings
        let m = model.meeting
        guard let p = m.pause else { return }
        let left = p.deadline - m.now
        var y = r.y + max(0, (r.height - 9) / 2)
        if left > 0 {
            f.putCentred(s[.pauseTitle], y: y, role: .pause, bold: true)
            y += 2
            y += f.putBig(
                TimeFormat.remaining(left), centreX: r.centreX, y: y, role: .pause,
                maxHeight: r.bottom - y - 1)
            f.putCentred(s[.pauseLeft], y: y + 1, role: .muted)
        } else {
            f.putCentred(s[.pauseOver], y: y, role: .banner, bold: true, reverse: false)
            y += 2
            y += f.putBig(
                TimeFormat.remaining(left), centreX: r.centreX, y: y, role: .warning,
                maxHeight: r.bottom - y - 1)
            f.putCentred(s[.pauseOverHint], y: y + 1, role: .accent)
        }
    }
}

/// Next meeting: the leader from the rotation, the theme (no names!), the date.
enum NextMeetingView {
    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        let step = m.next.step
        let roomy = r.height >= 14
        let valueX = 26
        let valueW = r.width - valueX - 2
        var y = r.y
        f.put(s[.phaseNext], x: 2, y: y, role: .title, bold: true)
        y += roomy ? 2 : 1
        func row(_ label: String, _ value: String, active: Bool, done: Bool, hint: String?) {
            let mark = active ? "▶ " : (done ? "✓ " : "  ")
            f.put(mark + label, x: 2, y: y, role: active ? .accent : .muted, bold: active)
            f.put(
                value, x: valueX, y: y, role: active ? .speaker : .normal, bold: active,
                reverse: false, maxWidth: valueW)
            y += 1
            if let hint, active {
                y += f.putWrapped(hint, x: valueX, y: y, width: valueW, role: .muted)
            }
            y += roomy ? 1 : 0
        }
        let leader = m.next.leaderChoice.map { model.name(.member($0)) } ?? s[.nobodyChosen]
        // The leader is chosen with ↑/↓, so the arrows stand beside the name (not ‹ ›).
        row(
            s[.nextLeaderLabel], step == .leader ? leader + "  ↑/↓" : leader,
            active: step == .leader,
            done: step != .leader,
            hint: DialogKeys.line([
                ([.up, .down], s[.keyChooseLeader]), ([.char("s")], s[.keySkipLeader]),
            ]))
        let themeValue =
            step == .theme
            ? Self.fieldTail(model.themeInput + "▏", width: valueW)
            : (m.next.theme.isEmpty ? "–" : m.next.theme)
        row(
            s[.themeLabel], themeValue, active: step == .theme,
            done: step == .date || step == .done, hint: nil)
        if step == .theme {
            // The no-names warning comes first, right under the field: it shows at every size.
            if roomy { y -= 1 }
            y += f.putWrapped(
                "⚠ " + s[.themeReminder], x: valueX, y: y, width: valueW, role: .warning, bold: true
            )
            if let preview = model.themePreviewLine {
                y += f.putWrapped(preview, x: valueX, y: y, width: valueW, role: .accent)
            }
            y += f.putWrapped(s[.themeProposeHint], x: valueX, y: y, width: valueW, role: .muted)
            y += roomy ? 1 : 0
        }
        let suggestions = model.themeSuggestions
        if !suggestions.isEmpty && (step == .theme || step == .leader) {
            y += f.putWrapped(
                s.f(.themeProposals, suggestions.joined(separator: " · ")), x: valueX, y: y,
                width: valueW,
                role: .muted)
        }
        let starterLast = model.starterMeetings.map { $0 == m.setup.meetingNumber } ?? false
        row(
            s[.dateLabel], DateText.long(m.next.date, s.lang),
            active: step == .date || step == .done, done: false, hint: s[.dateHint])
        if starterLast {
            for text in [
                s[.starterLast], s.f(.followUpLine, DateText.long(model.followUp, s.lang)),
                DialogKeys.line([
                    ([.char("f")], s[.followUpLater]), ([.char("F")], s[.followUpEarlier]),
                ]),
                s[.starterReachable],
            ] {
                for line in Wrap.lines(text, width: r.width - 4) where y < r.bottom {
                    f.put(line, x: 2, y: y, role: .accent, bold: true)
                    y += 1
                }
            }
        }
    }
}

extension NextMeetingView {
    /// A field being typed into, scrolled so its end (the cursor) shows: "…" and the last
    /// characters that fit in `width`.
    static func fieldTail(_ text: String, width: Int) -> String {
        guard Frame.textWidth(text) > width, width > 1 else { return text }
        var tail = ""
        for c in text.reversed() {
            if Frame.textWidth(String(c) + tail) > width - 1 { break }
            tail = String(c) + tail
        }
        return "…" + tail
    }
}

extension Frame {
    /// Puts `text` word-wrapped to `width` from row `y` down; returns the rows it took.
    @discardableResult
    mutating func putWrapped(
        _ text: String, x: Int, y: Int, width: Int, role: StyleRole = .normal, bold: Bool = false
    ) -> Int {
        let lines = Wrap.lines(text, width: width)
        for (i, line) in lines.enumerated() {
            put(line, x: x, y: y + i, role: role, bold: bold, maxWidth: width)
        }
        return lines.count
    }
}

/// Summary: duration against the plan, where the log went, what was agreed.
enum SummaryView {
    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        let m = model.meeting
        var y = r.y
        f.putCentred(s[.summaryTitle], y: y, role: .title, bold: true)
        // A low window gives up the blank lines, never the text.
        let low = r.height < 14
        y += low ? 1 : 2
        let duration = (m.finishedAt ?? m.now) - m.setup.startedAt - m.awaySeconds
        let planned = Double(m.setup.plan.meetingMinutes * 60)
        f.put(
            s.f(
                .summaryDuration, TimeFormat.meetingTime(duration, s),
                TimeFormat.meetingTime(planned, s)), x: 2,
            y: y,
            role: duration > planned + 60 ? .warning : .calm, bold: true)
        y += 1
        if m.setup.plan.pauseMinutes > 0, m.pauseTaken == nil {
            f.put(s[.summaryPauseNotTaken], x: 2, y: y, role: .muted, maxWidth: r.width - 4)
            y += 1
        }
        let logLine =
            model.demo
            ? s[.demoNothingSaved]
            : model.logPath.map { _ in s[.summaryLogSaved] }
                ?? (model.logNotSaved
                    ? (model.notice ?? "…") + " " + s[.summaryNotSavedBody]
                    : s.f(.summaryLogPending, model.notice ?? "…"))
        for line in Wrap.lines(logLine, width: r.width - 4).prefix(model.logNotSaved ? 5 : 3) {
            f.put(line, x: 2, y: y, role: model.logPath == nil && !model.demo ? .alert : .muted)
            y += 1
        }
        y += low ? 0 : 1
        // A group that decided to end has no next meeting to name.
        let ended = m.agreements.decision == .end
        if !ended {
            // Exactly whom the group file holds afterwards (`nextLeaderForGroup`).
            let leader = model.name(.member(m.nextLeaderForGroup))
            let chosen = m.next.leaderChosen && m.next.leaderChoice == m.nextLeaderForGroup
            let line =
                chosen ? s.f(.summaryNextLeader, leader) : s.f(.summaryLeaderRotation, leader)
            y += f.putWrapped(line, x: 2, y: y, width: r.width - 4)
            y += f.putWrapped(
                s.f(.summaryNextTheme, m.next.theme.isEmpty ? "–" : m.next.theme), x: 2, y: y,
                width: r.width - 4)
            y += f.putWrapped(
                s.f(.summaryNextDate, DateText.long(m.next.date, s.lang)), x: 2, y: y,
                width: r.width - 4)
        }
        if let line = DecisionCard.summaryLine(model) {
            y += f.putWrapped(line, x: 2, y: y, width: r.width - 4)
        }
        if !ended, m.nextLeaderForGroup != m.setup.leader, !model.demo {
            let handover = Wrap.lines(s[.summaryHandover], width: r.width - 4)
            // The blank line before it goes first when the window is low; the text itself never.
            if y + 1 + handover.count <= r.bottom { y += 1 }
            for line in handover {
                f.put(line, x: 2, y: y, role: .accent)
                y += 1
            }
        }
        // `u` goes back into the meeting until Runde is left; said where there is room.
        if m.canApply(.undo) {
            let undo = Wrap.lines(s[.summaryUndo], width: r.width - 4)
            if y + 1 + undo.count <= r.bottom { y += 1 }
            for line in undo where y < r.bottom {
                f.put(line, x: 2, y: y, role: .muted)
                y += 1
            }
        }
    }
}
