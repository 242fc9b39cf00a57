import Foundation
import RundeCore
import RundeText

/// Renders a list of summaries as a table, CSV, JSON or Markdown (pure functions).
public enum HistoryListFormatter {
    /// `width`: fit the table to this many columns (nil: the whole table).
    public static func render(
        _ summaries: [HistorySummary], format: HistoryFormat, lang: Lang = .en, width: Int? = nil
    ) -> String {
        switch format {
        case .table: return table(summaries, lang: lang, width: width)
        case .csv: return csv(summaries)
        case .json: return json(summaries)
        case .markdown: return markdown(summaries, lang: lang)
        }
    }

    /// The CSV columns (also the JSON keys).
    public static let csvHeader = [
        "id", "date", "meeting_number", "members", "present", "notified_absent", "absent", "late",
        "guests",
        "duration_s", "planned_minutes", "overrun_s", "pause_taken", "balance_gini", "completed",
        "recovered",
        "next_theme", "next_date", "theme",
    ]

    /// RFC 4180 CSV with a header row and CRLF line ends. Numbers are raw (seconds, minutes).
    public static func csv(_ summaries: [HistorySummary]) -> String {
        var w = JSONBytes(capacity: 128 + summaries.count * 120)
        w.raw(csvHeader.joined(separator: ","))
        w.raw("\r\n")
        for raw in summaries {
            let s = raw.sanitized()
            w.raw(HistoryFormatting.csvField(s.id))
            w.raw(",")
            w.raw(HistoryFormatting.csvField(s.date))
            w.raw(",")
            w.int(s.meetingNumber)
            w.raw(",")
            w.int(s.members)
            w.raw(",")
            w.int(s.present)
            w.raw(",")
            w.int(s.notifiedAbsent)
            w.raw(",")
            w.int(s.absent)
            w.raw(",")
            w.int(s.late)
            w.raw(",")
            w.int(s.guests)
            w.raw(",")
            w.int(s.durationS)
            w.raw(",")
            w.int(s.plannedMinutes)
            w.raw(",")
            w.int(s.overrunS)
            w.raw(",")
            w.bool(s.pauseTaken)
            w.raw(",")
            w.raw(HistoryFormatting.fixed(s.balanceGini, places: 2))
            w.raw(",")
            w.bool(s.completed)
            w.raw(",")
            w.bool(s.recovered)
            w.raw(",")
            w.raw(HistoryFormatting.csvField(s.nextTheme))
            w.raw(",")
            w.raw(HistoryFormatting.csvField(s.nextDate ?? ""))
            w.raw(",")
            w.raw(HistoryFormatting.csvField(s.theme))
            w.raw("\r\n")
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// A JSON array of summaries (keys as in the CSV header), pretty-printed, ending in a newline.
    public static func json(_ summaries: [HistorySummary]) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(summaries.map { $0.sanitized() })) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The table's columns, by position: ID, No., Present, Absent with notice, Absent, Arrived
    /// late, Guests, Duration, Plan, Overrun, Pause, Balance, Completed, Theme.
    enum Column: Int, CaseIterable {
        case id, number, present, notifiedAbsent, absent, late, guests, duration, plan, overrun
        case pause, balance, completed, theme
    }

    /// The order in which a table too wide for its window leaves columns out: the counts a
    /// reader can do without first, then what the duration already says; the date (ID), the
    /// number, who was there, the duration and the theme stay. Stated in `history list --help`
    /// and the README.
    static let dropOrder: [Column] = [
        .guests, .late, .absent, .notifiedAbsent, .overrun, .completed, .pause, .balance, .plan,
    ]

    /// The narrowest the theme is cut to before columns are left out for it.
    static let themeRoom = 20

    /// Aligned columns for a terminal, with a header line. With `width`, the table fits it:
    /// columns are left out in `dropOrder`, then the ID is cut to its date and the theme is cut
    /// with "…". Without, the whole table (`--format table`, for scripts).
    public static func table(_ summaries: [HistorySummary], lang: Lang = .en, width: Int? = nil)
        -> String
    {
        let l = HistoryLabels(lang: lang)
        guard !summaries.isEmpty else { return l.noLogs + "\n" }
        let header = [
            l.id, l.number, l.present, l.notifiedAbsent, l.absent, l.late, l.guests,
            l.duration, l.plan, l.overrun, l.pause, l.balance, l.completed, l.theme,
        ]
        let rightAligned: Set<Int> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
        var rows: [[String]] = [header]
        rows.reserveCapacity(summaries.count + 1)
        for raw in summaries {
            let s = raw.sanitized()
            rows.append([
                s.id, "\(s.meetingNumber)", "\(s.present)/\(s.members)", "\(s.notifiedAbsent)",
                "\(s.absent)",
                "\(s.late)", "\(s.guests)", HistoryFormatting.clock(s.durationS),
                HistoryFormatting.clock(s.plannedMinutes * 60),
                s.overrunS > 0 ? "+" + HistoryFormatting.clock(s.overrunS) : "-",
                s.pauseTaken ? l.yes : l.no, l.decimal(s.balanceGini),
                s.completed ? l.yes : l.no + (s.recovered ? "*" : ""), s.theme,
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for r in rows {
            for (i, c) in r.enumerated() { widths[i] = max(widths[i], HistoryFormatting.width(c)) }
        }
        var shown = Column.allCases.map(\.rawValue)
        if let width {
            fit(&rows, &widths, &shown, width: width)
        }
        var out = ""
        for r in rows {
            var line = ""
            for (n, i) in shown.enumerated() {
                if n > 0 { line += "  " }
                line +=
                    i == Column.theme.rawValue
                    ? r[i] : HistoryFormatting.pad(r[i], widths[i], right: rightAligned.contains(i))
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// Leaves out and narrows columns until a line is at most `width` cells wide.
    static func fit(
        _ rows: inout [[String]], _ widths: inout [Int], _ shown: inout [Int], width: Int
    ) {
        let theme = Column.theme.rawValue
        func total(themeWidth: Int) -> Int {
            shown.reduce(0) { $0 + ($1 == theme ? themeWidth : widths[$1]) } + 2 * (shown.count - 1)
        }
        let themeWanted = min(
            widths[theme], max(themeRoom, HistoryFormatting.width(rows[0][theme])))
        for column in dropOrder where total(themeWidth: themeWanted) > width {
            shown.removeAll { $0 == column.rawValue }
        }
        // The ID's date is enough to tell meetings apart beside their number.
        let id = Column.id.rawValue
        if total(themeWidth: themeWanted) > width, widths[id] > 10 {
            for r in rows.indices { rows[r][id] = String(rows[r][id].prefix(10)) }
            widths[id] = rows.map { HistoryFormatting.width($0[id]) }.max() ?? 0
        }
        let room = max(1, width - total(themeWidth: 0))
        if widths[theme] > room {
            for r in rows.indices { rows[r][theme] = HistoryFormatting.clip(rows[r][theme], room) }
            widths[theme] = room
        }
    }

    /// A printable Markdown export: the meetings as a table and a short trends section. No names.
    public static func markdown(_ summaries: [HistorySummary], lang: Lang = .en) -> String {
        let l = HistoryLabels(lang: lang)
        var out = "# " + l.catalog[.histMarkdownTitle] + "\n\n"
        guard let first = summaries.first?.sanitized(), let last = summaries.last?.sanitized()
        else {
            return out + l.noLogs + "\n"
        }
        let n = summaries.count
        out +=
            (n == 1
                ? l.catalog.f(.histMarkdownCount1, first.date)
                : l.catalog.f(.histMarkdownCount, n, first.date, last.date)) + "\n\n"
        out +=
            "| \(l.date) | \(l.number) | \(l.present) | \(l.notifiedAbsent) | \(l.absent) | \(l.late) "
            + "| \(l.duration) | \(l.plan) | \(l.pause) | \(l.balance) | \(l.theme) |\n"
        out += "|---|--:|--:|--:|--:|--:|--:|--:|---|--:|---|\n"
        for raw in summaries {
            let s = raw.sanitized()
            let over = s.overrunS > 0 ? " (+\(HistoryFormatting.clock(s.overrunS)))" : ""
            out +=
                "| \(HistoryFormatting.markdown(s.date)) | \(s.meetingNumber) | \(s.present)/\(s.members) "
                + "| \(s.notifiedAbsent) | \(s.absent) | \(s.late) | \(HistoryFormatting.clock(s.durationS))\(over) "
                + "| \(HistoryFormatting.clock(s.plannedMinutes * 60)) | \(s.pauseTaken ? l.yes : l.no) "
                + "| \(l.decimal(s.balanceGini)) | \(HistoryFormatting.markdown(s.theme)) |\n"
        }
        out +=
            "\n## \(l.trends)\n\n"
            + trendLines(HistoryTrends(summaries), lang: lang).map { "- \($0)\n" }.joined()
        return out
    }

    /// The trends as short sentences (attendance, on time, balance), for Markdown and the TUI.
    public static func trendLines(_ t: HistoryTrends, lang: Lang = .en) -> [String] {
        let l = HistoryLabels(lang: lang)
        guard t.count > 0 else { return [l.noLogs] }
        let recentN = min(4, t.count)
        let c = l.catalog
        let recent = l.percent(HistoryTrends.recent(t.attendance, recentN))
        let half = t.count / 2
        let early = HistoryTrends.mean(Array(t.balance.prefix(max(1, half))))
        let late = HistoryTrends.mean(Array(t.balance.suffix(max(1, t.count - half))))
        let mean = l.percent(t.meanAttendance)
        // People come whole: "6 av 6", not "6,0 av 6,3" (the percent says the rest).
        let present = Int(t.meanPresent.rounded())
        let members = Int(t.meanMembers.rounded())
        let onTime: String
        switch (t.meanOverrunS > 0, t.finishedCount, t.finishedCount - t.onTimeCount) {
        case (true, 1, _): onTime = c.f(.histTrendOnTimeOver1, l.prose(t.meanOverrunS))
        case (true, _, 1):
            onTime = c.f(
                .histTrendOnTimeOverOther, t.onTimeCount, t.finishedCount, l.prose(t.meanOverrunS))
        case (true, _, _):
            onTime = c.f(
                .histTrendOnTimeOver, t.onTimeCount, t.finishedCount, l.prose(t.meanOverrunS))
        case (false, 1, _): onTime = c.f(.histTrendOnTime1, t.onTimeCount)
        case (false, _, _): onTime = c.f(.histTrendOnTime, t.onTimeCount, t.finishedCount)
        }
        return [
            recentN == 1
                ? c.f(.histTrendAttendance1, mean, present, members, recent)
                : c.f(.histTrendAttendance, mean, present, members, recentN, recent),
            onTime,
            t.count >= 2
                ? c.f(
                    .histTrendBalanceHalves, l.decimal(t.meanBalance), l.decimal(early),
                    l.decimal(late))
                : c.f(.histTrendBalance, l.decimal(t.meanBalance)),
            t.count == 1
                ? c.f(.histTrendPause1, t.pauseTakenCount)
                : c.f(.histTrendPause, t.pauseTakenCount, t.count),
        ]
    }
}
