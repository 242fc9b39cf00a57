import RundeCore
import RundeRoom
import RundeText

/// Renders the room view: the step and its question, the turn's time in block digits as large
/// as the window allows, the round's progress, the pause, the end. Every word comes from the
/// catalog, chosen by the message's closed enums and numbers: there is nothing in a message
/// that could be drawn as a name.
public enum RoomView {
    /// One line of text in the view.
    struct Line {
        var text: String
        var role: StyleRole
        var bold = false
    }

    /// What the body shows: lines above the digits, the digits, lines below.
    struct Content {
        var above: [Line] = []
        var big: (text: String, role: StyleRole)?
        var below: [Line] = []
    }

    /// The room view's keys (`q`, `?`, Esc): the footer shows those with a word.
    public static func keymap(_ s: Catalog) -> [KeyBinding] {
        [
            .words(
                "quit", keys: [.char("q"), .char("Q")], label: s[.roomFooterClose],
                help: s[.roomHelpQuit]),
            .words("help", keys: [.char("?")], label: s[.roomFooterWhat], help: s[.helpHelp]),
            .words(
                "escape", keys: [.escape], capKeys: [.escape, .char("?")],
                help: s[.roomHelpClose]),
        ]
    }

    public static func render(_ screen: RoomScreen, now: Double, width: Int, height: Int) -> Frame {
        var f = Frame(width: width, height: height)
        guard width > 0, height > 0 else { return f }
        let s = screen.strings
        header(&f, screen)
        let footer =
            screen.notice
            ?? keymap(s).filter { !$0.label.isEmpty }.map(\.footerItem).joined(separator: " · ")
        if height >= 3 {
            f.putCentred(footer, y: height - 1, role: screen.notice == nil ? .footer : .accent)
        }
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        // The help stands alone: the clock behind it would show through at its sides.
        if screen.help {
            help(&f, s)
        } else {
            draw(content(screen, now: now), in: body, &f)
        }
        return f
    }

    /// "Runde · Møte 7" on the left, "romvisning" on the right.
    private static func header(_ f: inout Frame, _ screen: RoomScreen) {
        let s = screen.strings
        var title = s[.appName]
        if case .live(let m, _) = screen.link {
            title += " · " + s.f(.meetingNumber, m.meetingNumber)
        }
        let label = s[.roomLabel]
        let labelW = Frame.textWidth(label)
        let room = f.width - labelW - 3
        if room >= Frame.textWidth(title) {
            f.put(label, x: f.width - labelW - 1, y: 0, role: .muted)
        }
        f.put(title, x: 1, y: 0, role: .title, bold: true, maxWidth: max(0, f.width - 2))
    }

    /// The body's content for the link and the message at `now` (the room's clock).
    static func content(_ screen: RoomScreen, now: Double) -> Content {
        let s = screen.strings
        var c = Content()
        switch screen.link {
        case .waiting:
            c.above = [Line(text: s[.roomWaitTitle], role: .title, bold: true)]
            c.below = [Line(text: s[.roomWaitText], role: .muted)]
        case .gone:
            c.above = [Line(text: s[.roomWaitTitle], role: .title, bold: true)]
            c.below = [Line(text: s[.roomGoneText], role: .muted)]
        case .over:
            c.above = [Line(text: s[.summaryTitle], role: .title, bold: true)]
            c.below = [Line(text: s[.roomOverText], role: .accent)]
        case .live(let m, _):
            c = live(m, now: screen.meetingNow(at: now) ?? m.sentAt, s)
        }
        return c
    }

    private static func live(_ m: RoomMessage, now: Double, _ s: Catalog) -> Content {
        var c = Content()
        let item = AgendaItem(m.phase, m.step.rawValue)
        switch m.phase {
        case .checkIn:
            c.above = [Line(text: s.phase(.checkIn), role: .title, bold: true)]
            c.below = [Line(text: s[.roomCheckIn], role: .muted)]
        case .opening:
            c.above = [Line(text: s.itemTitle(item), role: .title, bold: true)]
            if let card = cardTitle(m.step, s) { c.above.append(Line(text: card, role: .accent)) }
            c.below = [Line(text: s[.roomCardNote], role: .muted)]
        case .nextMeeting:
            c.above = [Line(text: s.phase(.nextMeeting), role: .title, bold: true)]
            c.below = [Line(text: s[.roomNextMeeting], role: .muted)]
        case .summary:
            c.above = [Line(text: s[.summaryTitle], role: .title, bold: true)]
            c.below = [Line(text: s[.roomOverText], role: .accent)]
        case .pause:
            let left = (m.pauseDeadline ?? now) - now
            if left > 0 {
                c.above = [Line(text: s[.pauseTitle], role: .pause, bold: true)]
                c.big = (TimeFormat.remaining(left), .pause)
                c.below = [Line(text: s[.pauseLeft], role: .muted)]
            } else {
                c.above = [Line(text: s[.pauseOver], role: .warning, bold: true)]
                c.big = (TimeFormat.remaining(left), .warning)
            }
        case .openingRound, .closingRound, .processTalk, .sharing:
            let title = m.phase == .processTalk ? s.phase(.processTalk) : s.itemTitle(item)
            c.above = [Line(text: title, role: .title, bold: true)]
            if let q = question(m, s) { c.above.append(Line(text: q, role: .accent)) }
            if let turn = m.turn {
                let (role, status) = turnLook(turn, now: now, s)
                c.big = (TimeFormat.remaining(turn.remaining(at: now)), role)
                c.below = [Line(text: status, role: role, bold: role == .warning)]
            } else {
                c.below = [Line(text: s[.floorFree], role: .muted)]
            }
            if !m.dots.isEmpty {
                let dots = m.dots.map { d -> String in
                    switch d {
                    case .spoke: return "●"
                    case .passed: return "–"
                    case .speaking: return "◉"
                    case .toCome: return "○"
                    }
                }.joined()
                let position = max(1, min(m.dots.count, m.roundPosition))
                c.below.append(
                    Line(text: s.f(.turnOf, position, m.dots.count) + "  " + dots, role: .muted))
            }
        }
        return c
    }

    /// The colour stage and the status line of a turn, exactly as the leader's screen has them
    /// (`SpeakerBlock`): the turn is rebuilt from its numbers alone, with a placeholder seat
    /// that is never drawn, so the calm warning and the overtime begin at the same second.
    static func turnLook(_ turn: RoomTurn, now: Double, _ s: Catalog) -> (StyleRole, String) {
        var t = MeetingState.Turn(
            speaker: .member(0), startedAt: Instant(now - turn.elapsed(at: now)),
            targetSeconds: turn.targetSeconds)
        if turn.heldAt != nil { t.heldSince = Instant(now) }
        let role = t.isHeld ? StyleRole.muted : SpeakerBlock.role(for: t, now: Instant(now))
        return (role, SpeakerBlock.StatusTexts(t, s).text(role, held: t.isHeld))
    }

    /// The question of a round, as the leader's screen asks it; the group's own steps get the
    /// phase's own question (their text is the group's, and stays off the room's screen).
    static func question(_ m: RoomMessage, _ s: Catalog) -> String? {
        if m.phase == .processTalk {
            let cards = s.blindAlleyCards
            if let i = m.processCard, cards.indices.contains(i) { return cards[i].question }
            return s[.promptProcessTalk]
        }
        switch m.step {
        case .presentationRound: return s[.promptPresentation]
        case .expectationsRound: return s[.promptExpectations]
        case .sinceLast: return s[.promptOpening2]
        case .hereAndNow: return s[.promptOpening1]
        default: if let life = s.lifePrompt(m.step.rawValue) { return life }
        }
        switch m.phase {
        case .openingRound: return s[.promptOpening1]
        case .closingRound: return s[.promptClosing]
        case .sharing: return m.openFloor ? s[.promptSharingOpen] : s[.promptSharingRound]
        default: return nil
        }
    }

    /// The title of a built-in card (its text is read on the leader's screen).
    static func cardTitle(_ step: RoomStep, _ s: Catalog) -> String? {
        switch step {
        case .frame: return s[.cardFrameTitle]
        case .principles: return s[.cardPrinciplesTitle]
        case .rules: return s[.openingTitle]
        default: return s.lifeCard(step.rawValue)?.title
        }
    }

    /// A line as it is when it fits (its spacing kept: "Tur 2 av 5  ●◉○"), else wrapped, at
    /// most three rows.
    static func lines(_ text: String, width: Int) -> [String] {
        Frame.textWidth(text) <= width ? [text] : Array(Wrap.lines(text, width: width).prefix(3))
    }

    /// Lays the content out in the middle of `r`: the digits as large as both the width and the
    /// height allow, the blank lines between the parts given up first when the window is low.
    static func draw(_ c: Content, in r: Rect, _ f: inout Frame) {
        guard r.height > 0, r.width > 0 else { return }
        let textW = max(1, r.width - 4)
        let above = c.above.flatMap { l in
            lines(l.text, width: textW).map {
                Line(text: $0, role: l.role, bold: l.bold)
            }
        }
        let below = c.below.flatMap { l in
            lines(l.text, width: textW).map {
                Line(text: $0, role: l.role, bold: l.bold)
            }
        }
        var scale = 0
        var gap = 0
        var bigRows = 0
        if let big = c.big {
            // The width of the widest time shown in this state, so the digits keep their size
            // as the seconds turn over (10:00 → 9:59) and into overtime.
            let reference = max(BigText.width(of: big.text), BigText.width(of: "00:00"))
            let fixed = above.count + below.count
            for g in [2, 1, 0] {
                let rows = r.height - fixed - (above.isEmpty ? 0 : g) - (below.isEmpty ? 0 : g)
                scale = max(0, min(rows / BigText.height, (r.width - 2) / reference))
                gap = g
                if scale >= 1 { break }
            }
            bigRows = scale >= 1 ? BigText.height * scale : 1
            // A large window: a blank line for every two scales, up to four.
            if scale >= 3 { gap = min(4, max(gap, scale / 2)) }
        } else {
            gap = r.height >= above.count + below.count + 2 ? 1 : 0
        }
        let gapAbove = above.isEmpty ? 0 : gap
        let gapBelow = below.isEmpty ? 0 : gap
        var total = above.count + gapAbove + bigRows + gapBelow + below.count
        total = min(total, r.height)
        var y = r.y + max(0, (r.height - total) / 2)
        for l in above where y < r.bottom {
            f.putCentred(l.text, y: y, role: l.role, bold: l.bold)
            y += 1
        }
        y += gapAbove
        if let big = c.big, y < r.bottom {
            if scale >= 1 {
                f.putBigScaled(big.text, centreX: r.centreX, y: y, scale: scale, role: big.role)
            } else {
                f.putCentred(big.text, y: y, role: big.role, bold: big.role != .overtime)
            }
            y += bigRows + gapBelow
        }
        for l in below where y < r.bottom {
            f.putCentred(l.text, y: y, role: l.role, bold: l.bold)
            y += 1
        }
    }

    /// `?`: what the view is, in a box over the body.
    private static func help(_ f: inout Frame, _ s: Catalog) {
        let w = min(f.width - 2, 64)
        guard w >= 10, f.height >= 5 else { return }
        let inner = w - 4
        var lines: [Line] = []
        for text in [s[.roomHelpWhat], s[.roomHelpLeader]] {
            lines += Wrap.lines(text, width: inner).map { Line(text: $0, role: .normal) }
            lines.append(Line(text: "", role: .normal))
        }
        for b in keymap(s) where b.name != "help" {
            lines.append(Line(text: b.helpLine, role: .accent))
        }
        let shown = Array(lines.prefix(max(0, f.height - 4)))
        let h = shown.count + 2
        let x = (f.width - w) / 2
        let y = max(1, (f.height - h) / 2)
        f.fill(x: x, y: y, width: w, height: h, with: .blank)
        f.box(x: x, y: y, width: w, height: h, role: .accent)
        f.put(
            " " + s[.roomHelpTitle] + " ", x: x + 2, y: y, role: .title, bold: true, maxWidth: w - 4
        )
        for (i, l) in shown.enumerated() {
            f.put(l.text, x: x + 2, y: y + 1 + i, role: l.role, maxWidth: inner)
        }
    }
}

extension Frame {
    /// Draws `text` in the block font at any whole `scale` (each glyph cell as scale × scale
    /// cells), centred on `centreX` from row `y`. Cells outside the frame are skipped.
    mutating func putBigScaled(
        _ text: String, centreX: Int, y: Int, scale: Int, role: StyleRole
    ) {
        let scale = max(1, scale)
        let x0 = centreX - BigText.width(of: text) * scale / 2
        // Overtime is drawn calm: its muted colour, never bold, as on the leader's screen.
        let block = Cell(scalar: "█", role: role, bold: role != .overtime, reverse: false)
        let (width, height) = (self.width, self.height)
        withCells { cells in
            for r in 0..<BigText.height {
                for row in (y + r * scale)..<(y + (r + 1) * scale) where row >= 0 && row < height {
                    var gx = x0
                    var first = true
                    for u in text.unicodeScalars {
                        let id = BigText.glyph(u)
                        if !first { gx += scale }
                        first = false
                        let w = BigText.widths[id]
                        let bits = BigText.bits[id][r]
                        for c in stride(from: w - 1, through: 0, by: -1) {
                            if bits >> c & 1 == 1 {
                                for dx in 0..<scale where gx + dx >= 0 && gx + dx < width {
                                    cells[row * width + gx + dx] = block
                                }
                            }
                            gx += scale
                        }
                    }
                }
            }
        }
    }
}
