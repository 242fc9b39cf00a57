import RundeCore
import RundeHistory
import RundeText

/// The list of meetings: date, number, present/members, time vs plan, pause, balance, theme.
public enum HistoryListView {
    /// Renders the list into `f` (title on row 0, footer on the last row).
    public static func render(_ state: HistoryBrowserState, into f: inout Frame, lang: Lang) {
        let s = HistoryStrings(lang: lang)
        let count = state.visible.count
        let total = state.all.count
        HistoryViewParts.title(
            &f, s.title,
            right: count == total ? "\(total)" : "\(count) / \(total)")
        // Columns: marker, date, no., present, time/plan, pause, balance, theme.
        let xDate = 2
        let xNo = 13
        let xPresent = 19
        let xTime = 30
        let xPause = 47
        let xBal = 54
        let xTheme = 61
        let hy = 1
        f.put(s.colDate, x: xDate, y: hy, role: .muted)
        putRight(&f, s.colNumber, right: xNo + 4, y: hy, role: .muted)
        putRight(&f, s.colPresent, right: xPresent + 9, y: hy, role: .muted)
        putRight(&f, s.colTime, right: xTime + 16, y: hy, role: .muted)
        f.put(s.colPause, x: xPause, y: hy, role: .muted)
        // The full word: "Bal." left people guessing (the detail says what the number means).
        putRight(&f, s.balance, right: xBal + 6, y: hy, role: .muted)
        f.put(s.colTheme, x: xTheme, y: hy, role: .muted, maxWidth: max(0, f.width - xTheme - 1))

        let top = 2
        let rows = max(0, f.height - 4)
        if count == 0 {
            f.put(total == 0 ? s.labels.noLogs : s.noMatch, x: 2, y: top + 1, role: .muted)
        } else {
            let first = max(0, min(state.selected - rows / 2, count - rows))
            for r in 0..<min(rows, count - first) {
                let idx = first + r
                let m = state.all[state.visible[idx]]
                let y = top + r
                let sel = idx == state.selected
                if sel {
                    f.fill(x: 0, y: y, width: f.width, height: 1, with: Cell(" ", role: .selection))
                }
                let role: StyleRole = sel ? .selection : .normal
                if sel { f.put("›", x: 0, y: y, role: role) }
                f.put(m.date, x: xDate, y: y, role: role, maxWidth: 10)
                putRight(&f, "\(m.meetingNumber)", right: xNo + 4, y: y, role: role)
                putRight(&f, "\(m.present)/\(m.members)", right: xPresent + 9, y: y, role: role)
                let over = m.durationS > m.plannedMinutes * 60
                let time =
                    "\(HistoryFormatting.clock(m.durationS)) / \(HistoryFormatting.clock(m.plannedMinutes * 60))"
                putRight(
                    &f, time, right: xTime + 16, y: y,
                    role: sel ? role : (over ? .warning : .normal))
                f.put(
                    m.pauseTaken ? s.yes : s.no, x: xPause, y: y,
                    role: sel ? role : (m.pauseTaken ? .normal : .muted))
                putRight(&f, s.labels.decimal(m.balanceGini), right: xBal + 6, y: y, role: role)
                let theme = m.completed ? m.theme : s.unfinished(m.theme)
                let themeW = max(0, f.width - xTheme - 1)
                f.put(
                    HistoryViewParts.clip(theme, themeW), x: xTheme, y: y,
                    role: sel ? role : .accent, maxWidth: themeW)
            }
        }
        HistoryBrowserView.drawStatus(state, into: &f, strings: s)
    }

    static func putRight(_ f: inout Frame, _ text: String, right: Int, y: Int, role: StyleRole) {
        f.put(text, x: right - Frame.textWidth(text), y: y, role: role)
    }
}
