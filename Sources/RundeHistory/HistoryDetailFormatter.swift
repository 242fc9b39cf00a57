import Foundation
import RundeCore

/// Renders one meeting's detail as a table, JSON or Markdown (pure functions).
public enum HistoryDetailFormatter {
    /// CSV has no detail form; it falls back to the table.
    public static func render(_ d: HistoryDetail, format: HistoryFormat, lang: String = "en") -> String {
        switch format {
        case .table, .csv: return table(d, lang: lang)
        case .json: return json(d)
        case .markdown: return markdown(d, lang: lang)
        }
    }

    public static func json(_ d: HistoryDetail) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(d)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Header lines shared by the table and Markdown forms.
    static func facts(_ d: HistoryDetail, _ l: HistoryLabels) -> [(String, String)] {
        let s = d.summary
        var status = s.completed ? l.yes : l.unfinished
        if s.recovered { status += " (\(l.recovered.lowercased()))" }
        let pause: String
        if s.pauseTaken {
            let at = d.pauseStartMinute.map { l.isNorwegian ? " ved minutt \($0)" : " at minute \($0)" } ?? ""
            pause = (d.pauseLengthS.map { HistoryText.clock($0) } ?? l.yes) + at
        } else {
            pause = l.notTaken
        }
        return [
            (l.date, s.date),
            (l.present, "\(s.present) / \(s.members) \(l.members)"),
            (l.notifiedAbsent, "\(s.notifiedAbsent)"),
            (l.absent, "\(s.absent)"),
            (l.late, "\(s.late)"),
            (l.guests, "\(s.guests)"),
            (l.duration, "\(HistoryText.clock(s.durationS)) (\(l.plan.lowercased()) \(HistoryText.hoursMinutes(s.plannedMinutes)), "
                + "\(HistoryText.signedClock(s.deltaS)))"),
            (l.pause, pause),
            (l.balance, "\(l.decimal(s.balanceGini))  (\(l.balanceNote))"),
            (l.completed, status),
            (l.nextTheme, s.nextTheme.isEmpty ? "-" : s.nextTheme),
            (l.nextDate, s.nextDate ?? "-"),
        ]
    }

    public static func table(_ d: HistoryDetail, lang: String = "en") -> String {
        let l = HistoryLabels(lang: lang)
        var out = "\(l.meeting) \(d.summary.meetingNumber)  (\(d.summary.id))\n\n"
        let facts = facts(d, l)
        let kw = facts.map { HistoryText.width($0.0) }.max() ?? 0
        for (k, v) in facts { out += HistoryText.pad(k, kw) + "  " + v + "\n" }

        out += "\n\(l.phases)\n"
        let names = d.phases.map { l.phase($0.kind) }
        let nw = max(names.map(HistoryText.width).max() ?? 0, 4)
        let maxLen = Double(d.phases.map { max($0.plannedS, $0.actualS) }.max() ?? 1)
        out += HistoryText.pad("", nw) + "  " + HistoryText.pad(l.planned, 8, right: true) + "  "
            + HistoryText.pad(l.actual, 8, right: true) + "  " + HistoryText.pad("+/-", 8, right: true) + "\n"
        for (row, name) in zip(d.phases, names) {
            let delta = row.actualS - row.plannedS
            out += HistoryText.pad(name, nw) + "  " + HistoryText.pad(HistoryText.clock(row.plannedS), 8, right: true)
                + "  " + HistoryText.pad(HistoryText.clock(row.actualS), 8, right: true)
                + "  " + HistoryText.pad(HistoryText.signedClock(delta), 8, right: true)
                + "  " + HistoryText.bar(Double(row.actualS), max: maxLen, width: 24) + "\n"
        }

        let withTurns = d.phases.filter { $0.turns != nil && ($0.turns?.count ?? 0) > 0 }
        if !withTurns.isEmpty {
            out += "\n\(l.turns)\n"
            let cols = [l.turns, l.passes, l.median, l.longest, l.overruns]
            let cw = cols.map { max(HistoryText.width($0), 6) }
            out += HistoryText.pad("", nw)
            for (c, w) in zip(cols, cw) { out += "  " + HistoryText.pad(c, w, right: true) }
            out += "\n"
            for row in withTurns {
                let t = row.turns!
                let vals = ["\(t.count)", "\(t.passes)", HistoryText.clock(t.medianS), HistoryText.clock(t.maxS), "\(t.overruns)"]
                out += HistoryText.pad(l.phase(row.kind), nw)
                for (v, w) in zip(vals, cw) { out += "  " + HistoryText.pad(v, w, right: true) }
                out += "\n"
            }
        }

        out += "\n\(l.speakingTime)\n"
        out += speakingBars(d.perPersonS, width: 40).map { $0 + "\n" }.joined()
        return out
    }

    /// One line per person, longest first: time, share and a bar. No labels: anonymous.
    public static func speakingBars(_ perPerson: [Int], width: Int) -> [String] {
        let total = Double(perPerson.reduce(0, +))
        let mx = Double(perPerson.max() ?? 0)
        return perPerson.map { s in
            let share = total > 0 ? Int((Double(s) / total * 100).rounded()) : 0
            return HistoryText.pad(HistoryText.clock(s), 7, right: true) + " " + HistoryText.pad("\(share)%", 4, right: true)
                + "  " + HistoryText.bar(Double(s), max: mx, width: width)
        }
    }

    public static func markdown(_ d: HistoryDetail, lang: String = "en") -> String {
        let l = HistoryLabels(lang: lang)
        var out = "# \(l.meeting) \(d.summary.meetingNumber), \(HistoryText.markdown(d.summary.date))\n\n"
        for (k, v) in facts(d, l) { out += "- **\(k)**: \(HistoryText.markdown(v))\n" }
        out += "\n## \(l.phases)\n\n| | \(l.planned) | \(l.actual) | +/- | \(l.turns) | \(l.passes) | \(l.longest) |\n"
        out += "|---|--:|--:|--:|--:|--:|--:|\n"
        for row in d.phases {
            let t = row.turns
            out += "| \(HistoryText.markdown(l.phase(row.kind))) | \(HistoryText.clock(row.plannedS)) "
                + "| \(HistoryText.clock(row.actualS)) | \(HistoryText.signedClock(row.actualS - row.plannedS)) "
                + "| \(t.map { "\($0.count)" } ?? "") | \(t.map { "\($0.passes)" } ?? "") "
                + "| \(t.map { HistoryText.clock($0.maxS) } ?? "") |\n"
        }
        out += "\n## \(l.speakingTime)\n\n```\n"
        out += speakingBars(d.perPersonS, width: 40).map { $0 + "\n" }.joined()
        out += "```\n"
        return out
    }
}
