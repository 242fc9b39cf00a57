import Foundation
import RundeCore

/// Renders a list of summaries as a table, CSV, JSON or Markdown (pure functions).
public enum HistoryListFormatter {
    public static func render(_ summaries: [HistorySummary], format: HistoryFormat, lang: String = "en") -> String {
        switch format {
        case .table: return table(summaries, lang: lang)
        case .csv: return csv(summaries)
        case .json: return json(summaries)
        case .markdown: return markdown(summaries, lang: lang)
        }
    }

    /// The CSV columns (also the JSON keys).
    public static let csvHeader = [
        "id", "date", "meeting_number", "members", "present", "notified_absent", "absent", "late", "guests",
        "duration_s", "planned_minutes", "overrun_s", "pause_taken", "balance_gini", "completed", "recovered",
        "next_theme", "next_date",
    ]

    /// RFC 4180 CSV with a header row and CRLF line ends. Numbers are raw (seconds, minutes).
    public static func csv(_ summaries: [HistorySummary]) -> String {
        var w = JSONBytes(capacity: 128 + summaries.count * 120)
        w.raw(csvHeader.joined(separator: ","))
        w.raw("\r\n")
        for raw in summaries {
            let s = raw.sanitized()
            w.raw(HistoryText.csvField(s.id)); w.raw(",")
            w.raw(HistoryText.csvField(s.date)); w.raw(",")
            w.int(s.meetingNumber); w.raw(","); w.int(s.members); w.raw(","); w.int(s.present); w.raw(",")
            w.int(s.notifiedAbsent); w.raw(","); w.int(s.absent); w.raw(","); w.int(s.late); w.raw(",")
            w.int(s.guests); w.raw(","); w.int(s.durationS); w.raw(","); w.int(s.plannedMinutes); w.raw(",")
            w.int(s.overrunS); w.raw(","); w.bool(s.pauseTaken); w.raw(",")
            w.raw(HistoryText.fixed(s.balanceGini, places: 2)); w.raw(",")
            w.bool(s.completed); w.raw(","); w.bool(s.recovered); w.raw(",")
            w.raw(HistoryText.csvField(s.nextTheme)); w.raw(",")
            w.raw(HistoryText.csvField(s.nextDate ?? "")); w.raw("\r\n")
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

    /// Aligned columns for a terminal, with a header line.
    public static func table(_ summaries: [HistorySummary], lang: String = "en") -> String {
        let l = HistoryLabels(lang: lang)
        guard !summaries.isEmpty else { return l.noLogs + "\n" }
        let header = [l.id, l.number, l.present, l.notifiedAbsent, l.absent, l.late, l.guests,
                      l.duration, l.plan, l.overrun, l.pause, l.balance, l.completed, l.nextTheme]
        let rightAligned: Set<Int> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
        var rows: [[String]] = [header]
        rows.reserveCapacity(summaries.count + 1)
        for raw in summaries {
            let s = raw.sanitized()
            rows.append([
                s.id, "\(s.meetingNumber)", "\(s.present)/\(s.members)", "\(s.notifiedAbsent)", "\(s.absent)",
                "\(s.late)", "\(s.guests)", HistoryText.clock(s.durationS), HistoryText.hoursMinutes(s.plannedMinutes),
                s.overrunS > 0 ? "+" + HistoryText.clock(s.overrunS) : "-",
                s.pauseTaken ? l.yes : l.no, l.decimal(s.balanceGini),
                s.completed ? l.yes : l.no + (s.recovered ? "*" : ""), s.nextTheme,
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], HistoryText.width(c)) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                if i > 0 { line += "  " }
                line += i == r.count - 1 ? c : HistoryText.pad(c, widths[i], right: rightAligned.contains(i))
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A printable Markdown export: the meetings as a table and a short trends section. No names.
    public static func markdown(_ summaries: [HistorySummary], lang: String = "en") -> String {
        let l = HistoryLabels(lang: lang)
        var out = "# Runde: \(l.meetings.lowercased())\n\n"
        guard let first = summaries.first?.sanitized(), let last = summaries.last?.sanitized() else {
            return out + l.noLogs + "\n"
        }
        let n = summaries.count
        out += l.isNorwegian ? "\(n) møter, \(first.date) – \(last.date).\n\n"
                             : "\(n) meetings, \(first.date) – \(last.date).\n\n"
        out += "| \(l.date) | \(l.number) | \(l.present) | \(l.notifiedAbsent) | \(l.absent) | \(l.late) "
            + "| \(l.duration) | \(l.plan) | \(l.pause) | \(l.balance) | \(l.nextTheme) |\n"
        out += "|---|--:|--:|--:|--:|--:|--:|--:|---|--:|---|\n"
        for raw in summaries {
            let s = raw.sanitized()
            let over = s.overrunS > 0 ? " (+\(HistoryText.clock(s.overrunS)))" : ""
            out += "| \(HistoryText.markdown(s.date)) | \(s.meetingNumber) | \(s.present)/\(s.members) "
                + "| \(s.notifiedAbsent) | \(s.absent) | \(s.late) | \(HistoryText.clock(s.durationS))\(over) "
                + "| \(HistoryText.hoursMinutes(s.plannedMinutes)) | \(s.pauseTaken ? l.yes : l.no) "
                + "| \(l.decimal(s.balanceGini)) | \(HistoryText.markdown(s.nextTheme)) |\n"
        }
        out += "\n## \(l.trends)\n\n" + trendLines(HistoryTrends(summaries), lang: lang).map { "- \($0)\n" }.joined()
        return out
    }

    /// The trends as short sentences (attendance, on time, balance), for Markdown and the TUI.
    public static func trendLines(_ t: HistoryTrends, lang: String = "en") -> [String] {
        let l = HistoryLabels(lang: lang)
        guard t.count > 0 else { return [l.noLogs] }
        let recentN = min(4, t.count)
        let present = HistoryText.fixed(t.meanPresent, places: 1), members = HistoryText.fixed(t.meanMembers, places: 1)
        let presentL = l.isNorwegian ? present.replacingOccurrences(of: ".", with: ",") : present
        let membersL = l.isNorwegian ? members.replacingOccurrences(of: ".", with: ",") : members
        let recent = l.percent(HistoryTrends.recent(t.attendance, recentN))
        let half = t.count / 2
        let early = HistoryTrends.mean(Array(t.balance.prefix(max(1, half))))
        let late = HistoryTrends.mean(Array(t.balance.suffix(max(1, t.count - half))))
        if l.isNorwegian {
            return [
                "\(l.attendance): i snitt \(l.percent(t.meanAttendance)) (\(presentL) av \(membersL)); siste \(recentN) møter \(recent).",
                "\(l.onTime): \(t.onTimeCount) av \(t.count) møter sluttet innen planen"
                    + (t.meanOverrunS > 0 ? "; de andre gikk i snitt \(HistoryText.clock(t.meanOverrunS)) over." : "."),
                "\(l.balance) i taletid (\(l.balanceNote)): i snitt \(l.decimal(t.meanBalance))"
                    + (t.count >= 2 ? "; første halvdel \(l.decimal(early)), siste halvdel \(l.decimal(late))." : "."),
                "\(l.pause): tatt i \(t.pauseTakenCount) av \(t.count) møter.",
            ]
        }
        return [
            "\(l.attendance): \(l.percent(t.meanAttendance)) on average (\(presentL) of \(membersL)); last \(recentN) meetings \(recent).",
            "\(l.onTime): \(t.onTimeCount) of \(t.count) meetings ended within the plan"
                + (t.meanOverrunS > 0 ? "; the others ran \(HistoryText.clock(t.meanOverrunS)) over on average." : "."),
            "\(l.balance) of speaking time (\(l.balanceNote)): \(l.decimal(t.meanBalance)) on average"
                + (t.count >= 2 ? "; first half \(l.decimal(early)), second half \(l.decimal(late))." : "."),
            "\(l.pause): taken in \(t.pauseTakenCount) of \(t.count) meetings.",
        ]
    }
}
