import Foundation
import RundeCore
import RundeText

/// Renders one meeting's detail as a table, JSON or Markdown (pure functions).
public enum HistoryDetailFormatter {
    /// CSV has no detail form; it falls back to the table.
    public static func render(_ d: HistoryDetail, format: HistoryFormat, lang: Lang = .en) -> String
    {
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
        let c = l.catalog
        let status =
            s.completed
            ? l.yes : (s.recovered ? c.f(.histStatusRecovered, l.unfinished) : l.unfinished)
        let pause: String
        if s.pauseTaken {
            let length = d.pauseLengthS.map { HistoryFormatting.clock($0) } ?? l.yes
            pause = d.pauseStartMinute.map { c.f(.histPauseAt, length, $0) } ?? length
        } else {
            pause = l.notTaken
        }
        // What the group decided and a farewell, when the log holds them (choices, no names).
        var life: [(String, String)] = []
        if let words = l.decision(d.decision, newHorizon: d.newHorizon) {
            life.append((c[.decision], words))
        }
        if d.farewell { life.append((c[.farewell], c[.farewellLine])) }
        // A pause the plan never had is not "not taken": no row for it.
        let pauseRow = s.pauseTaken || d.plannedPauseS > 0 ? [(l.pause, pause)] : []
        return [
            (l.date, l.longDate(s.date)),
            (
                l.present,
                s.members == 1
                    ? c.f(.histPresentOf1, s.present) : c.f(.histPresentOf, s.present, s.members)
            ),
            (l.notifiedAbsent, "\(s.notifiedAbsent)"),
            (l.absent, "\(s.absent)"),
            (l.late, "\(s.late)"),
            (l.guests, "\(s.guests)"),
            (
                l.duration,
                c.f(
                    .histDurationValue, HistoryFormatting.clock(s.durationS),
                    HistoryFormatting.clock(s.plannedMinutes * 60),
                    HistoryFormatting.signedClock(s.deltaS))
            ),
        ] + pauseRow + [
            (l.balance, c.f(.histBalanceValue, l.decimal(s.balanceGini))),
            (l.completed, status),
            (l.theme, s.theme.isEmpty ? "-" : s.theme),
            (l.nextTheme, s.nextTheme.isEmpty ? "-" : s.nextTheme),
            (l.nextDate, s.nextDate.map(l.longDate) ?? "-"),
        ] + life
    }

    /// A turn length for the turns table, or "-" when nobody spoke (every turn a pass).
    static func spoken(_ t: SessionLog.TurnStats, _ seconds: Int) -> String {
        t.count > t.passes ? HistoryFormatting.clock(seconds) : "-"
    }

    public static func table(_ d: HistoryDetail, lang: Lang = .en) -> String {
        let l = HistoryLabels(lang: lang)
        var out = l.catalog.f(.histMeetingTitle, d.summary.meetingNumber, d.summary.id) + "\n\n"
        let facts = facts(d, l)
        let kw = facts.map { HistoryFormatting.width($0.0) }.max() ?? 0
        for (k, v) in facts { out += HistoryFormatting.pad(k, kw) + "  " + v + "\n" }

        out += "\n\(l.phases)\n"
        let names = d.phases.map { l.step(kind: $0.kind, label: $0.label) }
        let nw = max(names.map(HistoryFormatting.width).max() ?? 0, 4)
        let maxLen = Double(d.phases.map { max($0.plannedS, $0.actualS) }.max() ?? 1)
        out +=
            HistoryFormatting.pad("", nw) + "  " + HistoryFormatting.pad(l.planned, 8, right: true)
            + "  "
            + HistoryFormatting.pad(l.actual, 8, right: true) + "  "
            + HistoryFormatting.pad("+/-", 8, right: true) + "\n"
        for (row, name) in zip(d.phases, names) {
            let delta = row.actualS - row.plannedS
            out +=
                HistoryFormatting.pad(name, nw) + "  "
                + HistoryFormatting.pad(HistoryFormatting.clock(row.plannedS), 8, right: true)
                + "  " + HistoryFormatting.pad(HistoryFormatting.clock(row.actualS), 8, right: true)
                + "  " + HistoryFormatting.pad(HistoryFormatting.signedClock(delta), 8, right: true)
                + "  " + HistoryFormatting.bar(Double(row.actualS), max: maxLen, width: 24) + "\n"
        }

        let withTurns = d.phases.filter { $0.turns != nil && ($0.turns?.count ?? 0) > 0 }
        if !withTurns.isEmpty {
            out += "\n\(l.turns)\n"
            let cols = [l.turns, l.passes, l.median, l.longest, l.overruns]
            let cw = cols.map { max(HistoryFormatting.width($0), 6) }
            out += HistoryFormatting.pad("", nw)
            for (c, w) in zip(cols, cw) { out += "  " + HistoryFormatting.pad(c, w, right: true) }
            out += "\n"
            for row in withTurns {
                let t = row.turns!
                let vals = [
                    "\(t.count)", "\(t.passes)", spoken(t, t.medianS), spoken(t, t.maxS),
                    "\(t.overruns)",
                ]
                out += HistoryFormatting.pad(l.step(kind: row.kind, label: row.label), nw)
                for (v, w) in zip(vals, cw) {
                    out += "  " + HistoryFormatting.pad(v, w, right: true)
                }
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
            return HistoryFormatting.pad(HistoryFormatting.clock(s), 7, right: true) + " "
                + HistoryFormatting.pad("\(share)%", 4, right: true)
                + "  " + HistoryFormatting.bar(Double(s), max: mx, width: width)
        }
    }

    public static func markdown(_ d: HistoryDetail, lang: Lang = .en) -> String {
        let l = HistoryLabels(lang: lang)
        var out =
            "# "
            + HistoryFormatting.markdown(
                l.catalog.f(
                    .histMeetingDateTitle, d.summary.meetingNumber, l.longDate(d.summary.date)))
            + "\n\n"
        for (k, v) in facts(d, l) { out += "- **\(k)**: \(HistoryFormatting.markdown(v))\n" }
        out +=
            "\n## \(l.phases)\n\n| | \(l.planned) | \(l.actual) | +/- | \(l.turns) | \(l.passes) | \(l.longest) |\n"
        out += "|---|--:|--:|--:|--:|--:|--:|\n"
        for row in d.phases {
            let t = row.turns
            out +=
                "| \(HistoryFormatting.markdown(l.step(kind: row.kind, label: row.label))) | \(HistoryFormatting.clock(row.plannedS)) "
                + "| \(HistoryFormatting.clock(row.actualS)) | \(HistoryFormatting.signedClock(row.actualS - row.plannedS)) "
                + "| \(t.map { "\($0.count)" } ?? "") | \(t.map { "\($0.passes)" } ?? "") "
                + "| \(t.map { spoken($0, $0.maxS) } ?? "") |\n"
        }
        out += "\n## \(l.speakingTime)\n\n```\n"
        out += speakingBars(d.perPersonS, width: 40).map { $0 + "\n" }.joined()
        out += "```\n"
        return out
    }
}
