import RundeCore
import RundeHistory
import RundeText

/// One meeting: facts, the phase timeline (planned vs actual bars, turn counts) and the
/// anonymous speaking-time distribution, longest first.
public enum HistoryDetailView {
    /// Draws the detail; returns whether it scrolls (it does not fit the window whole).
    @discardableResult
    public static func render(_ state: HistoryBrowserState, into f: inout Frame, lang: Lang) -> Bool
    {
        let s = HistoryStrings(lang: lang)
        let l = s.labels
        guard let d = state.detail else {
            HistoryViewParts.title(&f, l.meeting)
            if let cur = state.current { f.put(cur.id, x: 2, y: 2, role: .muted) }
            HistoryBrowserView.drawStatus(state, into: &f, strings: s)
            return false
        }
        let m = d.summary
        HistoryViewParts.title(
            &f, s.c.f(.histMeetingDateTitle, m.meetingNumber, l.longDate(m.date)),
            right: m.completed ? "" : l.unfinished)
        // The whole meeting is drawn on a page as tall as it needs, then the rows that fit the
        // window (between the title and the status line) are shown, with a marker for more.
        var page = Frame(width: f.width, height: 200)
        let rows = f.height - 3
        let used = body(d, into: &page, s: s, room: rows)
        let scrolls = used > rows
        // Scrolling, the last row is kept for "more below"; "more above" goes on the title row.
        let room = scrolls ? rows - 1 : rows
        let top = scrolls ? min(max(0, state.detailScroll), used - room) : 0
        for row in 0..<min(room, used - top) {
            for x in 0..<f.width { f[x, 1 + row] = page[x, top + row] }
        }
        if scrolls {
            if top > 0 { marker(&f, s.c[.cardMoreAbove], y: 0) }
            if top + room < used { marker(&f, s.c[.cardMoreBelow], y: rows) }
        }
        HistoryBrowserView.drawStatus(state, into: &f, strings: s)
        return scrolls
    }

    /// "▲ more above" or "▼ more below", on the right of row `y`, over whatever was there.
    static func marker(_ f: inout Frame, _ text: String, y: Int) {
        let t = " " + text + " "
        f.put(t, x: max(0, f.width - 1 - Frame.textWidth(t)), y: y, role: .accent, bold: true)
    }

    /// The meeting's facts, phases and speaking times from row 0 of `f`; returns the rows used.
    static func body(_ d: HistoryDetail, into f: inout Frame, s: HistoryStrings, room: Int) -> Int {
        let l = s.labels
        let m = d.summary
        var y = 0
        y += f.putWrapped(
            s.c.f(
                .histDetailAttendance, m.present, m.members, m.notifiedAbsent, m.absent, m.late,
                m.guests),
            x: 1, y: y, width: f.width - 2)
        let pause =
            m.pauseTaken ? (d.pauseLengthS.map(HistoryFormatting.clock) ?? l.yes) : l.notTaken
        let duration = HistoryFormatting.clock(m.durationS)
        let plan = HistoryFormatting.clock(m.plannedMinutes * 60)
        let delta = HistoryFormatting.signedClock(m.deltaS)
        // A pause the plan never had is not "not taken": the line leaves it out.
        y += f.putWrapped(
            m.pauseTaken || d.plannedPauseS > 0
                ? s.c.f(.histDetailTime, duration, plan, delta, pause, l.decimal(m.balanceGini))
                : s.c.f(.historyDetailTimeNoPause, duration, plan, delta, l.decimal(m.balanceGini)),
            x: 1, y: y, width: f.width - 2)
        y += f.putWrapped(
            s.c.f(.histDetailTheme, m.theme.isEmpty ? "-" : m.theme), x: 1, y: y,
            width: f.width - 2, role: .accent)
        let theme = m.nextTheme.isEmpty ? "-" : m.nextTheme
        y += f.putWrapped(
            m.nextDate.map { s.c.f(.histDetailNextThemeDate, theme, l.longDate($0)) }
                ?? s.c.f(.histDetailNextTheme, theme),
            x: 1, y: y, width: f.width - 2, role: .accent)
        // What the group decided at its evaluation, and a farewell (the log names nobody).
        if let words = l.decision(d.decision, newHorizon: d.newHorizon) {
            y += f.putWrapped(
                s.c.f(.decisionLine, words), x: 1, y: y, width: f.width - 2, role: .accent)
        }
        if d.farewell {
            y += f.putWrapped(s.c[.farewellLine], x: 1, y: y, width: f.width - 2)
        }
        y += 1

        // Phase timeline: name, planned, actual, bar (actual solid, unused plan shaded), turns.
        // The name column as wide as the longest step's name ("Presentasjon", "Bruke gruppa"),
        // between 13 and 18 cells.
        let names = d.phases.map { l.step(kind: $0.kind, label: $0.label) }
        let nameW = min(18, max(13, names.map(Frame.textWidth).max() ?? 0))
        let barX = 1 + nameW + 1 + 7 + 1 + 7 + 2
        // The turns column as wide as its longest text; the bars give way to it.
        let turnsW =
            d.phases.compactMap {
                $0.turns.map { Frame.textWidth(s.turns($0.count, passes: $0.passes)) }
            }.max() ?? 0
        let barW = max(4, min(f.width - barX - 22, f.width - barX - turnsW - 2))
        f.put(l.phases, x: 1, y: y, role: .title)
        putRight(&f, s.planned, right: 1 + nameW + 1 + 7, y: y)
        putRight(&f, s.actual, right: 1 + nameW + 1 + 7 + 1 + 7, y: y)
        y += 1
        let mx = Double(d.phases.map { max($0.plannedS, $0.actualS) }.max() ?? 1)
        for (row, name) in zip(d.phases, names) {
            f.put(HistoryViewParts.clip(name, nameW), x: 1, y: y, maxWidth: nameW)
            putRight(
                &f, HistoryFormatting.clock(row.plannedS), right: 1 + nameW + 1 + 7, y: y,
                role: .muted)
            let over = row.actualS > row.plannedS + 60
            putRight(
                &f, HistoryFormatting.clock(row.actualS), right: 1 + nameW + 1 + 7 + 1 + 7, y: y,
                role: over ? .warning : .normal)
            let planCells = mx > 0 ? Int((Double(row.plannedS) / mx * Double(barW)).rounded()) : 0
            if planCells > 0 {
                f.put(
                    String(repeating: "░", count: planCells), x: barX, y: y, role: .muted,
                    maxWidth: barW)
            }
            HistoryViewParts.bar(
                &f, x: barX, y: y, value: Double(row.actualS), max: mx, width: barW,
                role: over ? .warning : (row.kind == "pause" ? .pause : .accent))
            if let t = row.turns, t.count > 0 {
                f.put(s.turns(t.count, passes: t.passes), x: barX + barW + 2, y: y, role: .muted)
            }
            y += 1
        }
        y += 1

        // Speaking distribution: anonymous bars, longest first, in one column (two columns read
        // as two groups of people); a long list scrolls with the rest of the page.
        f.put(s.speaking, x: 1, y: y, role: .title, maxWidth: f.width - 2)
        y += 1
        let people = d.perPersonS
        let lines = HistoryDetailFormatter.speakingBars(people, width: max(4, f.width - 2 - 16))
        for (i, line) in lines.enumerated() {
            f.put(line, x: 1, y: y + i, role: .speaker, maxWidth: f.width - 2)
        }
        return y + people.count
    }

    static func putRight(
        _ f: inout Frame, _ text: String, right: Int, y: Int, role: StyleRole = .muted
    ) {
        f.put(text, x: right - Frame.textWidth(text), y: y, role: role)
    }
}
