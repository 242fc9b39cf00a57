import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Every built-in agenda Runde can propose: the formats, and the group's life added to them
/// (the starter's card, farewell, the starter's last meeting, the meeting after the starter).
enum BuiltInAgendas {
    static let today = LocalDate(year: 2027, month: 3, day: 4)

    static func group(_ change: (inout GroupFile) -> Void) -> GroupFile {
        var g = GroupFile(name: "Quixgruppa", members: MeetingFixtures.roster, meetingsHeld: 5)
        g.lastMeetingDate = today.adding(days: -14)
        change(&g)
        return g
    }

    /// (name, format, agenda), each name unique.
    static var all: [(name: String, format: MeetingFormat, agenda: [AgendaItem])] {
        func proposed(_ name: String, _ change: (inout GroupFile) -> Void) -> (
            String, MeetingFormat, [AgendaItem]
        ) {
            let p = GroupLife.propose(for: group(change), today: today)
            return (name, p.format, p.agenda)
        }
        return [
            proposed("first") {
                $0.meetingsHeld = 0
                $0.lastMeetingDate = nil
            },
            proposed("first-starter") {
                $0.meetingsHeld = 0
                $0.lastMeetingDate = nil
                $0.starterMeetings = 3
            },
            proposed("second") { $0.meetingsHeld = 1 },
            proposed("regular") { _ in },
            proposed("new_group") { $0.newMemberPending = true },
            proposed("restart") { $0.lastMeetingDate = today.adding(days: -60) },
            proposed("evaluation") { $0.horizon = 6 },
            proposed("farewell") { $0.leaving = ["Liv"] },
            proposed("starter-last") { $0.starterMeetings = 6 },
            proposed("after-starter") { $0.starterMeetings = 5 },
            proposed("new_group-farewell") {
                $0.newMemberPending = true
                $0.leaving = ["Liv"]
            },
            proposed("evaluation-starter-last") {
                $0.horizon = 6
                $0.starterMeetings = 6
            },
        ]
    }

    /// The titles a bar may show for an agenda: its items', the pause's and the process talk's.
    static func titles(_ agenda: [AgendaItem], _ s: Catalog) -> Set<String> {
        Set(
            agenda.map { s.itemTitle($0) } + [
                s.itemTitle(.checkIn), s.phase(.pause), s.phase(.processTalk),
            ])
    }
}

/// The phase bar (DESIGN §1, issue 14): the current step's whole title always shows, no other
/// title is cut, far steps are dropped with ‹ ›, a taken pause keeps its ✓, and the bar names
/// the step the footer's Enter leads to.
@Suite struct PhaseBarTests {
    /// Every moment of a meeting worth a bar: each step entered, the pause taken at each step
    /// that allows it, and a process talk in each step that allows it.
    static func moments(_ agenda: [AgendaItem], format: MeetingFormat) -> [MeetingState] {
        var setup = MeetingFixtures.setup()
        setup.agenda = agenda
        setup.format = format.rawValue
        var out: [MeetingState] = []
        var t = 0.0
        func walk(pauseAt: Int?, talkAt: Int?) {
            var m = MeetingState(setup: setup)
            var step = 0
            while !m.isFinished && step < 40 {
                out.append(m)
                t += 60
                _ = m.apply(.tick(MeetingFixtures.t0 + t))
                if step == pauseAt, m.canApply(.startPause) {
                    _ = m.apply(.startPause)
                    out.append(m)
                    _ = m.apply(.endPause)
                    out.append(m)
                }
                if step == talkAt, m.canApply(.startProcessTalk) {
                    _ = m.apply(.startProcessTalk)
                    out.append(m)
                    _ = m.apply(.skipPhase)
                    out.append(m)
                }
                _ = m.apply(.skipPhase)
                step += 1
            }
        }
        walk(pauseAt: nil, talkAt: nil)
        for k in 0..<agenda.count {
            walk(pauseAt: k, talkAt: nil)
            walk(pauseAt: nil, talkAt: k)
        }
        return out
    }

    /// The bar's row alone, at a width.
    static func bar(_ model: MeetingModel, width: Int) -> String {
        var f = Frame(width: width, height: 3)
        Chrome.strip(&f, model)
        return f.text.split(separator: "\n", omittingEmptySubsequences: false)[1].description
    }

    /// The labels a bar row shows, markers and arrows taken off.
    static func labels(_ row: String) -> [String] {
        let plain = row.map { "‹›·".contains($0) ? " " : String($0) }.joined()
        return plain.components(separatedBy: "  ").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "▶✓○"))
        }.filter { !$0.isEmpty }
    }

    static func currentTitle(_ m: MeetingState, _ s: Catalog) -> String {
        m.phase == .pause || m.phase == .processTalk ? s.phase(m.phase) : s.itemTitle(m.item)
    }

    /// For every built-in agenda, every moment, widths 60…120, both languages: the current
    /// title in full, every label a whole title, nothing past the last column.
    @Test(arguments: Lang.allCases)
    func everyLabelIsAWholeTitle(_ lang: Lang) {
        let s = Catalog(lang)
        var failures: [String] = []
        for (name, format, agenda) in BuiltInAgendas.all {
            let titles = BuiltInAgendas.titles(agenda, s)
            for m in Self.moments(agenda, format: format) where !m.isFinished {
                let model = MeetingModel(
                    meeting: m, roster: MeetingFixtures.roster, groupName: "G", rules: "",
                    lang: lang)
                let current = Self.currentTitle(m, s)
                for w in 60...120 {
                    let row = Self.bar(model, width: w)
                    let shown = Self.labels(row)
                    let trimmed = row.replacingOccurrences(
                        of: "\\s+$", with: "", options: .regularExpression)
                    if Frame.textWidth(trimmed) > w - 1 {
                        failures.append("\(name) w\(w): past the edge: \(row)")
                    }
                    if !row.contains("▶" + current) {
                        failures.append("\(name) w\(w): no current «\(current)»: \(row)")
                    }
                    for l in shown where !titles.contains(l) {
                        failures.append("\(name) w\(w): «\(l)» cut: \(row)")
                    }
                    if row.contains("…") { failures.append("\(name) w\(w): an ellipsis: \(row)") }
                }
            }
        }
        let sample = failures.prefix(15).joined(separator: "\n")
        #expect(failures.isEmpty, "\(failures.count) bars wrong, e.g.:\n\(sample)")
    }

    /// One walk through a meeting for the snapshots: each step, the pause taken in the first
    /// step that allows it, a process talk in the third step.
    static func walk(_ agenda: [AgendaItem], format: MeetingFormat) -> [MeetingState] {
        var setup = MeetingFixtures.setup()
        setup.agenda = agenda
        setup.format = format.rawValue
        var m = MeetingState(setup: setup)
        var out: [MeetingState] = []
        var paused = false
        var step = 0
        while !m.isFinished && step < 30 {
            out.append(m)
            _ = m.apply(.tick(m.now + 300))
            if !paused, m.canApply(.startPause), m.phase != .opening {
                _ = m.apply(.startPause)
                out.append(m)
                _ = m.apply(.tick(m.now + 300))
                _ = m.apply(.endPause)
                out.append(m)
                paused = true
            }
            if step == 3, m.canApply(.startProcessTalk) {
                _ = m.apply(.startProcessTalk)
                out.append(m)
                _ = m.apply(.skipPhase)
            }
            _ = m.apply(.skipPhase)
            step += 1
        }
        return out
    }

    static let sizes = [(80, 24), (60, 16)]

    /// The bar and the footer of every moment of every built-in agenda, at 80×24 and 60×16,
    /// in nb and en: a snapshot each (`phasebar-<agenda>-<lang>-<size>.txt`), two rows a moment.
    @Test(arguments: Lang.allCases)
    func snapshotsOfEveryBuiltInAgenda(_ lang: Lang) {
        for (name, format, agenda) in BuiltInAgendas.all {
            let moments = Self.walk(agenda, format: format)
            for (w, h) in Self.sizes {
                var f = Frame(width: w, height: moments.count * 2)
                for (i, m) in moments.enumerated() {
                    let model = MeetingModel(
                        meeting: m, roster: MeetingFixtures.roster, groupName: "G", rules: "",
                        lang: lang)
                    let rows = MeetingView.render(model, width: w, height: h).text.split(
                        separator: "\n", omittingEmptySubsequences: false)
                    f.put(String(rows[1]), x: 0, y: 2 * i)
                    f.put(String(rows[h - 1]), x: 0, y: 2 * i + 1, role: .muted)
                }
                assertSnapshot(f, named: "phasebar-\(name)-\(lang.rawValue)-\(w)x\(h)")
            }
        }
    }

    /// Where the footer says Enter leads to a step ("Enter videre til X"), the bar shows X,
    /// still to come: right after the current step, or (leaving a process talk or the pause)
    /// the step it interrupted.
    @Test(arguments: Lang.allCases)
    func theFooterAndTheBarAgreeOnWhatComesNext(_ lang: Lang) {
        let s = Catalog(lang)
        var checked = 0
        for (name, format, agenda) in BuiltInAgendas.all {
            var setup = MeetingFixtures.setup()
            setup.agenda = agenda
            setup.format = format.rawValue
            var m = MeetingState(setup: setup)
            var talked = false
            for _ in 0..<200 where !m.isFinished {
                _ = m.apply(.tick(m.now + 30))
                if !talked, m.phase == .openingRound, m.canApply(.startProcessTalk) {
                    _ = m.apply(.startProcessTalk)
                    talked = true
                }
                let model = MeetingModel(
                    meeting: m, roster: MeetingFixtures.roster, groupName: "G", rules: "",
                    lang: lang)
                let enter = FooterKeys.enterAction(model)
                let titles = BuiltInAgendas.titles(agenda, s)
                if let next = titles.first(where: { enter == s.f(.enterNextPhase, $0) }) {
                    for w in [60, 80, 120] {
                        let shown = Self.labels(Self.bar(model, width: w))
                        let row = Self.bar(model, width: w)
                        if m.phase == .processTalk {
                            #expect(
                                row.contains(" " + next) && !row.contains("✓" + next),
                                "\(name) w\(w): \(enter) | \(row)")
                        } else {
                            let current = Self.currentTitle(m, s)
                            let i = shown.firstIndex(of: current)
                            #expect(
                                i.map { $0 + 1 < shown.count && shown[$0 + 1] == next } == true,
                                "\(name) w\(w): footer «\(enter)», bar «\(row)»")
                        }
                        checked += 1
                    }
                }
                _ = m.apply(.advance)
            }
        }
        #expect(checked > 100)
    }
}
