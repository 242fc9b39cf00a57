import Foundation
import RundeText
import Testing

@testable import RundeCore
@testable import RundeHistory

@Suite("HistoryFormats")
struct HistoryFormatTests {
    static func summaries() -> [HistorySummary] {
        [
            HistorySummary(
                id: "2026-11-07-006",
                log: HistoryFixture.exampleLog(
                    number: 6, date: "2026-11-07", theme: "Sorg, savn",
                    present: 7, gini: 0.18)),
            HistorySummary(
                id: "2026-11-21-007",
                log: HistoryFixture.exampleLog(
                    number: 7, date: "2026-11-21",
                    theme: "Å si \"nei\", og mene det", gini: 0.31,
                    duration: 7520, overrun: 320, pause: false)),
            HistorySummary(
                id: "2026-12-05-008",
                log: HistoryFixture.exampleLog(
                    number: 8, date: "2026-12-05", theme: "a|b *c*",
                    present: 5, gini: 0.25)),
        ]
    }

    @Test func csvFieldQuotingFollowsRFC4180() {
        #expect(HistoryFormatting.csvField("Skam") == "Skam")
        #expect(HistoryFormatting.csvField("Sorg, savn") == "\"Sorg, savn\"")
        #expect(HistoryFormatting.csvField("Å si \"nei\"") == "\"Å si \"\"nei\"\"\"")
        #expect(HistoryFormatting.csvField("two\nlines") == "\"two\nlines\"")
        #expect(HistoryFormatting.csvField(" edge") == "\" edge\"")
        #expect(HistoryFormatting.csvField("") == "")
    }

    @Test func csvHasAHeaderAndQuotesThemes() {
        let csv = HistoryListFormatter.csv(Self.summaries())
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.count == 5)  // header + 3 rows + the empty string after the last CRLF
        #expect(lines[0] == HistoryListFormatter.csvHeader.joined(separator: ","))
        // The meeting's own theme is the last column (added after next_theme and next_date).
        #expect(
            lines[1]
                == "2026-11-07-006,2026-11-07,6,8,7,1,0,1,0,7168,120,0,true,0.18,true,false,\"Sorg, savn\",2026-12-05,\"Sorg, savn\""
        )
        #expect(
            lines[2]
                == "2026-11-21-007,2026-11-21,7,8,6,1,1,1,0,7520,120,320,false,0.31,true,false,"
                + "\"Å si \"\"nei\"\", og mene det\",2026-12-05,\"Å si \"\"nei\"\", og mene det\"")
        #expect(lines[3].hasSuffix(",a|b *c*,2026-12-05,a|b *c*"))
        #expect(lines[4] == "")
    }

    @Test func jsonIsAnArrayOfSummariesThatReadsBack() throws {
        let json = HistoryListFormatter.json(Self.summaries())
        let back = try JSONDecoder().decode([HistorySummary].self, from: Data(json.utf8))
        #expect(back == Self.summaries())
        #expect(json.contains("\"balance_gini\" : 0.31"))
        #expect(json.contains("\"next_theme\" : \"Sorg, savn\""))
        #expect(
            HistoryListFormatter.json([]) == "[\n\n]\n" || HistoryListFormatter.json([]) == "[]\n")
    }

    @Test func tableColumnsAreAligned() {
        let table = HistoryListFormatter.table(Self.summaries())
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("ID              No.  Present  Absent with notice"))
        #expect(
            lines[1].hasPrefix(
                "2026-11-07-006    6      7/8                   1       0             1       0   1:59:28  2:00:00"
            ))
        #expect(lines[2].contains("+0:05:20"))
        // Every row ends its (right-aligned) duration where the header's "Duration" ends.
        let end = lines[0].distance(
            from: lines[0].startIndex, to: lines[0].range(of: "Duration")!.upperBound)
        for line in lines.dropFirst() {
            let chars = Array(line)
            #expect(chars[end - 1].isNumber && chars[end] == " ")
        }
        #expect(HistoryListFormatter.table([]) == "No meetings logged yet.\n")
        #expect(HistoryListFormatter.table([], lang: .nb) == "Ingen møter er logget ennå.\n")
    }

    @Test func markdownHasATableAndTrendsAndEscapesText() {
        let md = HistoryListFormatter.markdown(Self.summaries())
        #expect(md.hasPrefix("# Runde: meetings\n\n3 meetings, 2026-11-07 – 2026-12-05.\n\n"))
        #expect(
            md.contains(
                "| Date | No. | Present | Absent with notice | Absent | Arrived late | Duration | Plan | Pause | Balance | Theme |"
            ))
        #expect(
            md.contains(
                "| 2026-11-21 | 7 | 6/8 | 1 | 1 | 1 | 2:05:20 (+0:05:20) | 2:00:00 | no | 0.31 | Å si \"nei\", og mene det |"
            ))
        #expect(md.contains("| a\\|b \\*c\\* |"))
        #expect(md.contains("## Trends"))
        #expect(md.contains("- Attendance: 75% on average (6 of 8); last 3 meetings 75%."))
        #expect(
            md.contains(
                "- On time: 2 of 3 meetings ended within the plan; the other one ran 5 min over."))
        #expect(md.contains("first half 0.18, second half 0.28."))
        let nb = HistoryListFormatter.markdown(Self.summaries(), lang: .nb)
        #expect(nb.contains("## Trender"))
        #expect(nb.contains("- Oppmøte: i snitt 75 % (6 av 8)"))
        #expect(nb.contains("| 2026-11-07 | 6 | 7/8 |"))
        #expect(nb.contains("0,18"))
        #expect(HistoryListFormatter.markdown([]).contains("No meetings logged yet."))
    }

    @Test func textFromFilesIsSanitizedInEveryFormat() {
        var s = Self.summaries()[0]
        s.nextTheme = "Red\u{1B}[31m alert\u{07}\u{202E}"
        s.theme = s.nextTheme
        s.id = "x\u{1B}]0;title\u{07}y"
        for format in HistoryFormat.allCases {
            let out = HistoryListFormatter.render([s], format: format)
            #expect(
                !out.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E
                }, "\(format)")
            #expect(out.contains("Red alert"), "\(format)")
        }
    }

    @Test func formatArgumentParsing() {
        #expect(HistoryFormat(argument: "CSV") == .csv)
        #expect(HistoryFormat(argument: "md") == nil)
        #expect(HistoryFormat.allCases.map(\.rawValue) == ["table", "csv", "json", "markdown"])
    }

    @Test func timeAndNumberText() {
        #expect(HistoryFormatting.clock(7168) == "1:59:28")
        // Always h:mm:ss (issue 14 #10): "2:47" could be read as hours or minutes.
        #expect(HistoryFormatting.clock(59) == "0:00:59")
        #expect(HistoryFormatting.clock(167) == "0:02:47")
        #expect(HistoryFormatting.signedClock(-30) == "-0:00:30")
        #expect(HistoryFormatting.signedClock(0) == "±0:00:00")
        // Prose: "1 t 47 min" / "1 h 47 min"; the decimal comma in nb.
        #expect(HistoryLabels(lang: .nb).prose(6420) == "1 t 47 min")
        #expect(HistoryLabels(lang: .en).prose(6420) == "1 h 47 min")
        #expect(HistoryLabels(lang: .nb).prose(252) == "4 min")
        #expect(HistoryLabels(lang: .nb).decimal(0.25) == "0,25")
        #expect(HistoryLabels(lang: .en).decimal(0.25) == "0.25")
        #expect(HistoryLabels(lang: .nb).percent(0.78) == "78 %")
        #expect(HistoryLabels(lang: .nb).longDate("2026-11-21") == "lørdag 21. november 2026")
        #expect(HistoryLabels(lang: .en).longDate("2026-11-21") == "Saturday 21 November 2026")
        #expect(
            HistoryFormatting.fixed(0.225, places: 2) == "0.23"
                || HistoryFormatting.fixed(0.225, places: 2) == "0.22")
        #expect(HistoryFormatting.fixed(6.0, places: 1) == "6.0")
        #expect(HistoryFormatting.fixed(-0.001, places: 2) == "0.00")
        #expect(HistoryFormatting.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(HistoryFormatting.sparkline([3, 3]) == "▁▁")
        #expect(HistoryFormatting.sparkline([0.5], lo: 0, hi: 1) == "▅")
        #expect(HistoryFormatting.bar(1, max: 2, width: 4) == "██")
        #expect(HistoryFormatting.bar(1, max: 8, width: 1) == "▏")
        #expect(HistoryFormatting.bar(0, max: 8, width: 4) == "")
        #expect(HistoryFormatting.markdown("a|b") == "a\\|b")
    }

    @Test func trendsFigures() {
        let t = HistoryTrends(Self.summaries())
        #expect(t.count == 3)
        #expect(t.onTimeCount == 2)
        #expect(t.pauseTakenCount == 2)
        #expect(t.overrunS == [0, 320, 0])
        #expect(abs(t.meanAttendance - 0.75) < 1e-9)
        #expect(abs(t.meanBalance - (0.18 + 0.31 + 0.25) / 3) < 1e-9)
        #expect(t.meanOverrunS == 320)
    }

    @Test func generatedLogsAreValidAndVaried() throws {
        var gen = SampleLogGenerator(seed: 3)
        let logs = (1...50).map { gen.log(number: $0) }
        for log in logs {
            let back = try SessionLogCodec.decode(SessionLogCodec.encode(log), file: "x.json")
            #expect(back == log)
            #expect(log.phases.last?.endS == log.durationS)
            #expect(log.speaking.perPersonS == log.speaking.perPersonS.sorted(by: >))
            #expect(
                log.attendance.present + log.attendance.notifiedAbsent + log.attendance.absent
                    == log.attendance.members)
        }
        #expect(Set(logs.map(\.next.theme)).count > 4)
        #expect(Set(logs.map(\.attendance.present)).count > 3)
        #expect(SampleLogGenerator.gini([100, 100, 100]) == 0)
        #expect(SampleLogGenerator.gini([0, 0, 300]) == 0.67)
    }
}
