import RundeCore
import RundeHistory
import RundeText

/// Trends across the (filtered) meetings: attendance, overrun and balance as sparklines.
public enum HistoryTrendsView {
    public static func render(_ state: HistoryBrowserState, into f: inout Frame, lang: Lang) {
        let s = HistoryStrings(lang: lang)
        let l = s.labels
        // Oldest first, as the filter left them.
        let meetings = Array(state.visibleSummaries.reversed())
        let t = HistoryTrends(meetings)
        let labelW = 10
        let x0 = 1 + labelW + 1
        let sparkW = max(10, f.width - x0 - 2)
        let n = min(sparkW, t.count)
        HistoryViewParts.title(&f, s.titleTrends, right: s.lastN(n, of: t.count))
        guard t.count > 0 else {
            f.put(l.noLogs, x: 2, y: 2, role: .muted)
            HistoryBrowserView.drawStatus(state, into: &f, strings: s)
            return
        }
        var y = 2
        func series(
            _ name: String, _ values: [Double], lo: Double?, hi: Double?, role: StyleRole,
            caption: String
        ) {
            f.put(name, x: 1, y: y, role: .title, maxWidth: labelW)
            f.put(
                HistoryFormatting.sparkline(Array(values.suffix(n)), lo: lo, hi: hi), x: x0, y: y,
                role: role)
            f.put(caption, x: x0, y: y + 1, role: .muted, maxWidth: f.width - x0 - 1)
            y += 3
        }
        let att = t.attendance
        series(
            s.attendance, att, lo: 0, hi: 1, role: .calm,
            caption: s.c.f(
                .histTrendCaptionAttendance, l.percent(t.meanAttendance),
                l.percent(att.suffix(n).min() ?? 0), l.percent(att.suffix(n).max() ?? 0)))
        let over = t.overrunS.map { Double($0) / 60 }
        series(
            s.overrun, over, lo: 0, hi: nil, role: .warning,
            caption: s.c.f(
                .histTrendCaptionOverrun, t.onTimeCount, t.finishedCount,
                l.prose(t.overrunS.suffix(n).max() ?? 0)))
        series(
            s.balance, t.balance, lo: 0, hi: 1, role: .accent,
            caption: s.c.f(.histTrendCaptionBalance, l.decimal(t.meanBalance)))
        for line in HistoryListFormatter.trendLines(t, lang: lang) {
            guard y < f.height - 2 else { break }
            y += wrap(line, into: &f, x: 1, y: y, width: f.width - 2, maxY: f.height - 2)
        }
        HistoryBrowserView.drawStatus(state, into: &f, strings: s)
    }

    /// Word-wraps text from (x, y); returns the rows used.
    static func wrap(_ text: String, into f: inout Frame, x: Int, y: Int, width: Int, maxY: Int)
        -> Int
    {
        var line = ""
        var rows = 0
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if Frame.textWidth(candidate) > width, !line.isEmpty {
                if y + rows < maxY { f.put(line, x: x, y: y + rows) }
                rows += 1
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty {
            if y + rows < maxY { f.put(line, x: x, y: y + rows) }
            rows += 1
        }
        return rows
    }
}
