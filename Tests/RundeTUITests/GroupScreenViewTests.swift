import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The group screen drawn as text at 80×24 and 60×16 in nb and en: the list, a setting chosen
/// far down (scrolled), typing a value, a refusal, the rules editor, its question and the help.
@Suite struct GroupScreenViewTests {
    static let sizes = [(80, 24), (60, 16)]

    static func screen(_ lang: Lang) -> GroupScreen {
        var g = GroupFile(
            name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda", "Prundle"],
            rules: GroupFile.defaultRules(lang))
        g.horizon = 12
        g.starterMeetings = 3
        g.leaving = ["Prundle"]
        return GroupScreen(group: g, lang: lang, today: LocalDate(year: 2027, month: 1, day: 15))
    }

    static func snap(_ s: GroupScreen, _ name: String, _ lang: Lang) {
        for (w, h) in sizes {
            assertSnapshot(
                s.render(width: w, height: h),
                named: "group-screen-\(name)-\(lang.rawValue)-\(w)x\(h)")
        }
    }

    /// A meeting is unfinished: `+` on a member says so calmly, on all three message lines.
    @Test(arguments: [Lang.nb, Lang.en])
    func theUnfinishedMeetingRefusal(lang: Lang) {
        var s = Self.screen(lang)
        s.editsRefused = GroupScreen.unfinishedText(3, Catalog(lang))
        s.cursor = s.rows.firstIndex(of: .member(1))!
        _ = s.handle(.char("+"))
        Self.snap(s, "unfinished", lang)
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func theScreenInEachState(lang: Lang) {
        var s = Self.screen(lang)
        Self.snap(s, "start", lang)
        s.cursor = s.rows.firstIndex(of: .setting(.rhythmDays))!
        Self.snap(s, "rhythm", lang)
        _ = s.handle(.enter)
        _ = s.handle(.char("4"))
        _ = s.handle(.char("0"))
        _ = s.handle(.char("0"))
        Self.snap(s, "typing", lang)
        _ = s.handle(.enter)
        Self.snap(s, "refused", lang)
        _ = s.handle(.escape)
        s.cursor = s.rows.firstIndex(of: .rules)!
        Self.snap(s, "rules-row", lang)
        _ = s.handle(.enter)
        Self.snap(s, "rules-editor", lang)
        _ = s.handle(.char("!"))
        _ = s.handle(.escape)
        Self.snap(s, "rules-question", lang)
        _ = s.handle(.char("k"))
        _ = s.handle(.char("?"))
        Self.snap(s, "help", lang)
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func everyLineFitsAt60x16(lang: Lang) {
        // Walk every row: the chosen row, its meaning and the footer are never cut.
        var s = Self.screen(lang)
        for _ in s.rows {
            let text = s.render(width: 60, height: 16).text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            #expect(lines.contains { $0.contains("▸") }, "the chosen row is on screen:\n\(text)")
            // The footer fits, whole keys only: those that do not fit are left out from its end.
            let footer = DialogKeys.fit(s.footer, width: 58)
            #expect(lines.last!.trimmingSpaces() == footer, "the footer fits:\n\(text)")
            #expect(footer.hasPrefix(s.footer.components(separatedBy: " · ")[0]))
            for line in s.explanation().flatMap({ Wrap.lines($0, width: 56) }).prefix(2) {
                #expect(text.contains(line), "the meaning fits:\n\(text)")
            }
            _ = s.handle(.down)
        }
    }
}
