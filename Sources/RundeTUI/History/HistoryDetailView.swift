import RundeText
import RundeCore
import RundeHistory

/// One meeting: facts, the phase timeline (planned vs actual bars, turn counts) and the
/// anonymous speaking-time distribution, longest first.
public enum HistoryDetailView {
    public static func render(_ state: HistoryBrowserState, into f: inout Frame, lang: Lang) {
        let s = HistoryStrings(lang: lang)
        let l = s.labels
        guard let d = state.detail else {
            HistoryViewParts.title(&f, l.meeting)
            if let cur = state.current { f.put(cur.id, x: 2, y: 2, role: .muted) }
            HistoryBrowserView.drawStatus(state, into: &f, strings: s)
            return
        }
        let m = d.summary
        HistoryViewParts.title(&f, s.c.f(.histMeetingDateTitle, m.meetingNumber, l.longDate(m.date)),
                               right: m.completed ? "" : l.unfinished)
        var y = 1
        f.put(s.c.f(.histDetailAttendance, m.present, m.members, m.notifiedAbsent, m.absent, m.late, m.guests),
              x: 1, y: y, maxWidth: f.width - 2)
        y += 1
        let pause = m.pauseTaken ? (d.pauseLengthS.map(HistoryFormatting.clock) ?? l.yes) : l.notTaken
        f.put(s.c.f(.histDetailTime, HistoryFormatting.clock(m.durationS), HistoryFormatting.clock(m.plannedMinutes * 60),
                    HistoryFormatting.signedClock(m.deltaS), pause, l.decimal(m.balanceGini)),
              x: 1, y: y, maxWidth: f.width - 2)
        y += 1
        f.put(s.c.f(.histDetailTheme, m.theme.isEmpty ? "-" : m.theme), x: 1, y: y, role: .accent, maxWidth: f.width - 2)
        y += 1
        let theme = m.nextTheme.isEmpty ? "-" : m.nextTheme
        f.put(m.nextDate.map { s.c.f(.histDetailNextThemeDate, theme, l.longDate($0)) } ?? s.c.f(.histDetailNextTheme, theme),
              x: 1, y: y, role: .accent, maxWidth: f.width - 2)
        y += 2

        // Phase timeline: name, planned, actual, bar (actual solid, unused plan shaded), turns.
        let nameW = 13, barX = 1 + nameW + 1 + 7 + 1 + 7 + 2
        let turnsW = 20
        let barW = max(8, f.width - barX - turnsW - 2)
        f.put(l.phases, x: 1, y: y, role: .title)
        putRight(&f, s.planned, right: 1 + nameW + 1 + 7, y: y)
        putRight(&f, s.actual, right: 1 + nameW + 1 + 7 + 1 + 7, y: y)
        y += 1
        let mx = Double(d.phases.map { max($0.plannedS, $0.actualS) }.max() ?? 1)
        let phaseRows = min(d.phases.count, max(0, f.height - y - 6))
        for row in d.phases.prefix(phaseRows) {
            f.put(l.phase(row.kind), x: 1, y: y, maxWidth: nameW)
            putRight(&f, HistoryFormatting.clock(row.plannedS), right: 1 + nameW + 1 + 7, y: y, role: .muted)
            let over = row.actualS > row.plannedS + 60
            putRight(&f, HistoryFormatting.clock(row.actualS), right: 1 + nameW + 1 + 7 + 1 + 7, y: y, role: over ? .warning : .normal)
            let planCells = mx > 0 ? Int((Double(row.plannedS) / mx * Double(barW)).rounded()) : 0
            if planCells > 0 { f.put(String(repeating: "░", count: planCells), x: barX, y: y, role: .muted, maxWidth: barW) }
            HistoryViewParts.bar(&f, x: barX, y: y, value: Double(row.actualS), max: mx, width: barW,
                                 role: over ? .warning : (row.kind == "pause" ? .pause : .accent))
            if let t = row.turns, t.count > 0 {
                f.put(s.turns(t.count, passes: t.passes), x: barX + barW + 2, y: y, role: .muted, maxWidth: turnsW)
            }
            y += 1
        }
        y += 1

        // Speaking distribution: anonymous bars, longest first; two columns if needed.
        f.put(s.speaking, x: 1, y: y, role: .title, maxWidth: f.width - 2)
        y += 1
        let avail = max(0, f.height - 2 - y)
        let people = d.perPersonS
        let columns = people.count > avail ? 2 : 1
        let colW = (f.width - 2) / columns
        let perCol = columns == 1 ? people.count : (people.count + 1) / 2
        let lines = HistoryDetailFormatter.speakingBars(people, width: max(4, colW - 16))
        for (i, line) in lines.enumerated() {
            let col = i / max(1, perCol), r = i % max(1, perCol)
            guard r < avail else { continue }
            f.put(line, x: 1 + col * colW, y: y + r, role: .speaker, maxWidth: colW - 1)
        }
        HistoryBrowserView.drawStatus(state, into: &f, strings: s)
    }

    static func putRight(_ f: inout Frame, _ text: String, right: Int, y: Int, role: StyleRole = .muted) {
        f.put(text, x: right - Frame.textWidth(text), y: y, role: role)
    }
}
