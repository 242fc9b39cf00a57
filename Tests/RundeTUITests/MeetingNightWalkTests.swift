import Foundation
import RundeCore
import RundeHistory
import RundeRoom
import RundeText
import Testing

@testable import RundeTUI

/// A whole meeting night at 80×24 and 60×16, point by point: what a first-time leader (or a
/// listener in plain mode) met that was still wrong, each held here.
@Suite(.serialized) struct MeetingNightWalkTests {
    /// The resume offer's footer fits one row at 60 columns (fresh and old journal, nb and en),
    /// and keeps its full words at 80; `?` still says each key in full.
    @Test(arguments: Lang.allCases)
    func theResumeFooterFitsOneRowAt60(_ lang: Lang) throws {
        let f = try MeetingSessionTests.Fixture()
        defer { f.cleanUp() }
        _ = try f.stopped { $0.turn != nil }
        let u = try f.unfinished()
        let s = Catalog(lang)
        for isOld in [false, true] {
            let offer = ResumeOffer(u, now: u.lastSeen + (isOld ? 13 : 1) * 3600, lang: lang)
            let narrow = offer.prompt.render(width: 60, height: 16).text
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let last = narrow[15]
            #expect(!narrow[14].contains(" · "), "a second footer row: \(narrow[14])")
            // Every key the offer names is there, on the one row, `?` included (a letter may
            // have its shorter word); `?` still says each in full.
            for b in offer.prompt.keymap where !b.label.isEmpty {
                #expect(last.contains(b.cap + " "), "\(b.cap) not in: \(last)")
            }
            let wide = offer.prompt.render(width: 80, height: 24).text
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for b in offer.prompt.keymap where !b.label.isEmpty {
                #expect(wide[23].contains(b.footerItem), "80 columns keep the words: \(wide[23])")
            }
            #expect(last.contains("? " + s[.keyHelp]), "\(last)")
            #expect(last.hasPrefix(" Enter"), "\(last)")
        }
    }

    /// The room view keeps the meeting's number in its header after the meeting ends.
    @Test func theRoomHeaderKeepsTheMeetingNumberAfterTheEnd() {
        let model = MeetingFixtures.model(.summary, lang: .nb)
        var screen = RoomScreen(lang: .nb)
        #expect(!RoomView.render(screen, now: 0, width: 60, height: 16).text.contains("Møte"))
        screen.received(RoomMessage(meeting: model.meeting, processCard: nil), at: 100)
        let number = model.strings.f(.meetingNumber, model.meeting.setup.meetingNumber)
        screen.lost()
        #expect(screen.link == .over)
        let header = RoomView.render(screen, now: 200, width: 60, height: 16).text
            .split(separator: "\n")[0]
        #expect(header.contains(number), "\(header)")
        // Plain mode says the closing's words whole ("Avslutning – si noe rosende").
        let closing = MeetingFixtures.model(.closing, lang: .nb)
        var live = RoomScreen(lang: .nb)
        live.received(RoomMessage(meeting: closing.meeting, processCard: nil), at: 100)
        let said = RoomView.spokenLines(live, now: 100)
        #expect(said.contains(closing.strings[.promptClosing]), "\(said)")
        #expect(!said.contains { $0.contains("●") || $0.contains("◉") }, "\(said)")
    }

    /// A speaking terminal that records what the loop says.
    final class Listener: Terminal {
        var steps: [() -> InputEvent]
        var said: [[String]] = []
        let size: (width: Int, height: Int) = (80, 24)
        init(_ steps: [() -> InputEvent]) { self.steps = steps }
        func nextInput(timeoutMs: Int) -> InputEvent {
            guard !steps.isEmpty else { return .key(.char("q")) }
            return steps.removeFirst()()
        }
        func draw(_ frame: Frame) {}
        func bell() {}
        func flash() {}
        func restore() {}
        var speaks: Bool { true }
        func speak(_ speech: Speech) { said.append(speech.lines) }
    }

    /// In plain mode the room view says what it shows in words when it changes: waiting, then
    /// the meeting, its step and the round's place, never the digits and never twice in a row.
    @Test func theRoomViewSpeaksInPlainMode() throws {
        let dir =
            NSTemporaryDirectory() + "runde-roomplain-\(getpid())-\(UInt32.random(in: 0...99999))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let model = MeetingFixtures.model(.openingRound, lang: .en)
        let message = RoomMessage(meeting: model.meeting, processCard: nil)
        var server: RoomServer?
        func publish() -> InputEvent {
            for _ in 0..<5 {
                server?.publish(message)
                usleep(5000)
            }
            return .timeout
        }
        let terminal = Listener([
            {
                server = try? RoomServer(path: path)
                return .timeout
            },
            publish, publish, publish,
        ])
        let runtime = RoomRuntime(terminal: terminal, client: RoomClient(path: path), lang: .en)
        #expect(runtime.run() == .quit)
        server?.close()
        let all = terminal.said.flatMap { $0 }
        #expect(terminal.said.first?.contains("Waiting for the meeting") == true, "\(all)")
        let number = model.strings.f(.meetingNumber, model.meeting.setup.meetingNumber)
        #expect(all.contains { $0.hasPrefix("Runde") && $0.hasSuffix(number) }, "\(all)")
        #expect(all.contains("Turn 1 of 5"), "\(all)")
        // The step's question is said whole, its dash kept.
        let question = try #require(RoomView.question(message, model.strings))
        #expect(all.contains { $0.hasSuffix(question) }, "\(all)")
        #expect(!all.contains { $0.contains("●") || $0.contains("○") || $0.contains("◉") })
        #expect(all.count == Set(all).count, "nothing said twice: \(all)")
    }
    /// Plain mode says the `c` question once as it opens; the ticks while it stays open say
    /// nothing more.
    @Test(arguments: Lang.allCases)
    func theClosingQuestionIsSaidOnce(_ lang: Lang) {
        var d = PlainDriver(lang: lang)
        d.press([.enter, .enter], at: 5)
        let asked = d.press(.char("c"), at: 20)
        let title = Catalog(lang)[.confirmClosingTitle]
        #expect(asked.filter { $0 == title }.count == 1, "\(asked)")
        var later: [String] = []
        for t in stride(from: 21.0, through: 40, by: 1) { later += d.tick(t) }
        #expect(later.isEmpty, "the question again: \(later)")
    }

    /// Plain mode names keys in words, never their symbols, on the group screen and in a
    /// prompt's help ("↑/↓" would be read as "up slash down").
    @Test(arguments: Lang.allCases)
    func plainModeSaysTheArrowsInWords(_ lang: Lang) {
        let c = Catalog(lang)
        let g = GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Kari"])
        var screen = GroupScreen(
            group: g, lang: lang, today: LocalDate(year: 2027, month: 1, day: 15))
        var said = screen.plainOpening()
        let before = screen
        _ = screen.handle(.char("?"))
        said += screen.plainNarration(from: before, key: .char("?")).lines
        var prompt = PromptScreen.chooser(names: ["A", "B"], c)
        let old = prompt
        _ = prompt.handle(.char("?"))
        said += PlainPrompt.lines(from: old, to: prompt, lang: lang)
        for symbol in ["↑", "↓", "←", "→", "␣"] {
            #expect(!said.contains { $0.contains(symbol) }, "\(symbol) in \(said)")
        }
        #expect(said.contains { $0.hasPrefix(c[.plainKeyArrows] + ":") }, "\(said)")
        #expect(said.contains { $0.hasPrefix(c[.plainKeyLeftRight]) }, "\(said)")
        #expect(c[.plainKeyArrows] == (lang == .nb ? "Pil opp og ned" : "Up and down arrows"))
    }

    /// A meeting whose plan had no pause says nothing of a pause in its history detail (the
    /// browser and `history show`); one that planned a pause and skipped it says "not taken".
    @Test(arguments: Lang.allCases)
    func noPausePlannedMeansNoPauseNotTaken(_ lang: Lang) {
        var log = HistoryTUIFixtures.log(number: 1, date: "2026-09-10", theme: "", pause: false)
        let notTaken = Catalog(lang)[.histNotTaken]
        let planned = HistoryDetail(id: "2026-09-10-001", log: log)
        log.plan.pauseMinutes = 0
        let unplanned = HistoryDetail(id: "2026-09-10-001", log: log)
        func browser(_ d: HistoryDetail) -> String {
            var s = HistoryBrowserState(summaries: [HistorySummary(id: d.summary.id, log: log)])
            s.screen = .detail
            s.detail = d
            return HistoryBrowserView.render(s, width: 80, height: 24, lang: lang).text
        }
        #expect(browser(planned).contains(notTaken))
        #expect(!browser(unplanned).contains(notTaken), "\(browser(unplanned))")
        #expect(HistoryDetailFormatter.table(planned, lang: lang).contains(notTaken))
        let table = HistoryDetailFormatter.table(unplanned, lang: lang)
        #expect(!table.contains(notTaken), "\(table)")
    }

    /// The disk refusing the log at the summary: the warning wraps whole at 80 and at 60
    /// columns, never cut in the middle of a word.
    @Test(arguments: Lang.allCases)
    func theSummaryWarningWrapsWhole(_ lang: Lang) {
        var model = MeetingFixtures.model(.summary, lang: lang)
        model.logPath = nil
        model.logNotSaved = true
        let c = Catalog(lang)
        // As the disk says it: what failed, on which file, and why.
        let problem = c.f(
            .ioFailed, c[.opWrite], "/home/kari/runde/logs/2027-01-15-007.json",
            c[.whyDiskFull])
        for notice in [c.f(.summaryNotSaved, problem), c.f(.storageProblem, problem)] {
            model.notice = notice
            for w in [80, 60] {
                // The banner alone, above the footer (the summary's own lines wrap already).
                var f = Frame(width: w, height: 12)
                Chrome.banner(&f, model)
                let text = f.text
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "⚠" })
                    .joined(separator: " ")
                let whole = notice.split(separator: " ").joined(separator: " ")
                #expect(words.contains(whole), "\(w):\n\(text)")
                #expect(text.split(separator: "\n").allSatisfy { Frame.textWidth(String($0)) <= w })
            }
        }
    }
}
