import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The group screen's keys, pure: each test asserts the whole state after the keys.
@Suite struct GroupScreenKeyTests {
    static let today = LocalDate(year: 2027, month: 1, day: 15)

    static func group() -> GroupFile {
        GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda"])
    }

    static func screen(_ lang: Lang = .nb) -> GroupScreen {
        GroupScreen(group: group(), lang: lang, today: today)
    }

    /// The screen with the cursor on `row`.
    static func at(_ row: GroupScreen.Row, _ lang: Lang = .nb) -> GroupScreen {
        var s = screen(lang)
        s.cursor = s.rows.firstIndex(of: row)!
        return s
    }

    static func keys(_ s: inout GroupScreen, _ keys: Key...) { for k in keys { _ = s.handle(k) } }
    static func type(_ s: inout GroupScreen, _ text: String) {
        for c in text { _ = s.handle(.char(c)) }
    }

    @Test func theListHoldsStartMembersEverySettingAndTheRules() {
        let s = Self.screen()
        #expect(
            s.rows == [.start, .member(0), .member(1), .member(2), .addMember]
                + GroupSetting.numbers.map { .setting($0) } + [.rules])
        #expect(
            GroupSetting.numbers.map(\.rawValue) == [
                "meeting_minutes", "pause_minutes", "pause_at_minute", "turn_seconds",
                "closing_turn_seconds",
                "rhythm_early_days", "rhythm_early_meetings", "rhythm_days", "horizon",
                "evaluation_every", "starter_meetings",
            ])
    }

    @Test func enterStartsEscGoesBackQQuits() {
        var s = Self.screen()
        #expect(s.handle(.enter) == .startMeeting)
        #expect(s.handle(.escape) == .back)
        #expect(s.handle(.char("q")) == .quit)
        #expect(s == Self.screen())
    }

    /// While a meeting is unfinished, every key that would change the group (move, mark as
    /// leaving, add, a setting, the rules, undo) only says why, calmly, as a notice: the
    /// group, the mode and the undo stack stay as they were, and nothing is handed to save.
    /// Moving around, help, starting the meeting and leaving still work.
    @Test(arguments: [Lang.nb, .en])
    func anUnfinishedMeetingRefusesEveryChange(_ lang: Lang) {
        let why = GroupScreen.unfinishedText(3, Catalog(lang))
        #expect(why.contains("3"))
        let tries: [(GroupScreen.Row, Key)] = [
            (.member(1), .char("+")), (.member(0), .char("-")), (.member(2), .char("l")),
            (.member(0), .char("a")),
            (.addMember, .enter), (.setting(.meetingMinutes), .right),
            (.setting(.pauseMinutes), .left),
            (.setting(.turnSeconds), .char("+")), (.setting(.horizon), .enter), (.rules, .enter),
            (.start, .char("u")),
        ]
        for (row, key) in tries {
            var s = Self.at(row, lang)
            s.editsRefused = why
            var expected = s
            expected.notice = why
            #expect(s.handle(key) == nil)
            #expect(s == expected, "\(key) on \(row)")
            #expect(!s.changed)
            let shown = s.render(width: 60, height: 16).text
            #expect(!shown.contains("⚠"), "calm, not an alarm:\n\(shown)")
            #expect(
                shown.contains(
                    lang == .nb ? "Møte 3 er ikke avsluttet" : "Meeting 3 is not finished"),
                "\(shown)")
        }
        var s = Self.at(.start, lang)
        s.editsRefused = why
        Self.keys(&s, .down, .down, .char("?"))
        #expect(s.cursor == 2 && s.showingHelp && s.notice == nil)
        Self.keys(&s, .escape, .up, .up)
        #expect(s.handle(.enter) == .startMeeting)
        #expect(s.handle(.escape) == .back)
        #expect(s.group == Self.group())
    }

    @Test func arrowsChangeThePauseAndURestoresIt() {
        var s = Self.at(.setting(.pauseMinutes))
        Self.keys(&s, .right)
        var expected = Self.at(.setting(.pauseMinutes))
        expected.group.settings.plan.pauseMinutes = 20
        expected.undoStack = [Self.group()]
        expected.changed = true
        expected.notice = "Lagret. u angrer."
        #expect(s == expected)
        Self.keys(&s, .char("u"))
        expected.group = Self.group()
        expected.undoStack = []
        expected.notice = "Angret: slik det var før."
        #expect(s == expected)
        Self.keys(&s, .char("u"))
        expected.notice = "Ingenting å angre her."
        #expect(s == expected)
    }

    @Test func aTypedRhythmIsTakenAndAWrongValueChangesNothing() {
        var s = Self.at(.setting(.rhythmDays))
        s.changed = false
        Self.keys(&s, .enter)
        Self.type(&s, "21")
        #expect(s.mode == .typing(.rhythmDays, "21"))
        Self.keys(&s, .enter)
        var expected = Self.at(.setting(.rhythmDays))
        expected.group.settings.rhythm.laterDays = 21
        expected.undoStack = [Self.group()]
        expected.changed = true
        expected.notice = "Lagret. u angrer."
        #expect(s == expected)
        // 400 days is outside 1…365: refused with the range, and still typing.
        Self.keys(&s, .enter)
        Self.type(&s, "400")
        Self.keys(&s, .enter)
        expected.mode = .typing(.rhythmDays, "400")
        expected.notice = nil
        expected.error = "Ikke endret. Fra 1 til 365 dager."
        #expect(s == expected)
        // Not a number at all.
        Self.keys(&s, .backspace, .backspace, .backspace, .char("x"), .enter)
        expected.mode = .typing(.rhythmDays, "x")
        expected.error = "Ikke endret. Skriv et helt tall. Fra 1 til 365 dager."
        #expect(s == expected)
        // Esc leaves the typing with nothing changed.
        Self.keys(&s, .escape)
        expected.mode = .browsing
        expected.error = nil
        expected.notice = "Avbrutt: ingenting er endret."
        #expect(s == expected)
        #expect(s.group.settings.rhythm.laterDays == 21)
    }

    @Test func stepsStopAtTheRangeAndSayIt() {
        var s = Self.at(.setting(.pauseMinutes))
        s.group.settings.plan.pauseMinutes = 3
        let start = s
        Self.keys(&s, .left)
        #expect(s.group.settings.plan.pauseMinutes == 0, "stops at the lowest value, not past it")
        Self.keys(&s, .left)
        var expected = start
        expected.group.settings.plan.pauseMinutes = 0
        expected.undoStack = [start.group]
        expected.changed = true
        expected.error = "Ikke endret: lavere går ikke."
        #expect(s == expected)
    }

    @Test func anOptionalSettingGoesToNoneAndBack() {
        var s = Self.at(.setting(.horizon))
        Self.keys(&s, .right)
        #expect(s.group.horizon == 12)
        Self.keys(&s, .char("-"))
        #expect(s.group.horizon == 11)
        Self.keys(&s, .enter, .char("0"), .enter)
        #expect(s.group.horizon == nil)
        #expect(s.mode == .browsing)
        Self.keys(&s, .enter, .char("1"), .enter, .left)
        #expect(s.group.horizon == nil)
        #expect(s.undoStack.count == 5)
    }

    @Test func turnsAreTypedInMinutesOrMinutesAndSeconds() {
        var s = Self.at(.setting(.turnSeconds))
        Self.keys(&s, .enter)
        Self.type(&s, "2:30")
        Self.keys(&s, .enter)
        #expect(s.group.settings.plan.turnSeconds == 150)
        Self.keys(&s, .enter)
        Self.type(&s, "4")
        Self.keys(&s, .enter)
        #expect(s.group.settings.plan.turnSeconds == 240)
        Self.keys(&s, .enter)
        Self.type(&s, "2:7")
        Self.keys(&s, .enter)
        #expect(
            s.error
                == "Ikke endret. Skriv minutter, eller minutter:sekunder (2:30). Fra 10 s til 60 min."
        )
        #expect(s.group.settings.plan.turnSeconds == 240)
    }

    @Test func aShorterMeetingBringsThePauseInside() {
        var s = Self.at(.setting(.meetingMinutes))
        Self.keys(&s, .enter)
        Self.type(&s, "40")
        Self.keys(&s, .enter)
        #expect(s.group.settings.plan.meetingMinutes == 40)
        #expect(s.group.settings.plan.pauseAtMinute == 20)
        #expect(s.notice == "Pausen er flyttet til etter 20 minutter, så den kommer i møtet.")
        #expect(GroupValidation.numberProblem(s.group) == nil)
        // The pause's own range follows the meeting.
        s.cursor = s.rows.firstIndex(of: .setting(.pauseAtMinute))!
        Self.keys(&s, .enter)
        Self.type(&s, "41")
        Self.keys(&s, .enter)
        #expect(s.error == "Ikke endret. Fra 0 til 40 minutter.")
    }

    @Test func everyValueTheScreenTakesIsOneGroupEditTakes() {
        // Walk every setting to both ends: nothing the screen keeps is refused by the loader's check.
        var s = Self.screen()
        for setting in GroupSetting.numbers {
            s.cursor = s.rows.firstIndex(of: .setting(setting))!
            for _ in 0..<700 {
                _ = s.handle(.right)
                #expect(GroupValidation.numberProblem(s.group) == nil)
            }
            #expect(s.error != nil, "\(setting) says its range at the top")
            for _ in 0..<700 {
                _ = s.handle(.left)
                #expect(GroupValidation.numberProblem(s.group) == nil)
            }
        }
    }

    @Test func membersAreAddedMarkedAsLeavingAndMoved() {
        var s = Self.at(.addMember)
        Self.keys(&s, .enter, .char("j"))
        Self.type(&s, "Klimbor")
        Self.keys(&s, .enter)
        #expect(s.group.members == ["Quixtamar", "Zorbulon", "Vexilda", "Klimbor"])
        #expect(s.group.newMemberPending)
        #expect(s.selectedRow == .member(3))
        Self.keys(&s, .char("l"))
        #expect(s.group.leaving == ["Klimbor"])
        Self.keys(&s, .char("+"))
        #expect(s.group.members == ["Quixtamar", "Zorbulon", "Klimbor", "Vexilda"])
        #expect(s.selectedRow == .member(2))
        #expect(s.group.members[s.group.nextLeader] == "Quixtamar")
        // A duplicate is refused as `group edit` refuses it, naming positions only.
        Self.keys(&s, .char("a"), .char("j"))
        #expect(s.selectedRow == .addMember, "a goes to the line where the new member is typed")
        Self.type(&s, "quixtamar")
        Self.keys(&s, .enter)
        #expect(s.error == "Ikke lagt til: medlem 5 er det samme som medlem 1.")
        #expect(s.group.members.count == 4)
        Self.keys(&s, .escape)
        #expect(s.mode == .browsing)
        // Each change undone in turn, back to the group as loaded.
        Self.keys(&s, .char("u"), .char("u"), .char("u"))
        #expect(s.group == Self.group())
    }

    @Test func theRulesAreRewrittenAndKeptWithTheDateAndNoNames() {
        var s = Self.at(.rules)
        Self.keys(&s, .enter)
        #expect(s.mode == .editingRules(MultiLineEditor(text: Self.group().rules)))
        Self.keys(&s, .enter)
        Self.type(&s, "Vi kommer presis.\u{1B}[31m")
        Self.keys(&s, .ctrl("s"))  // nothing, as everywhere
        Self.keys(&s, .escape, .enter)  // asked, then saved
        let rules = Self.group().rules + "\nVi kommer presis.[31m"
        var expected = Self.at(.rules)
        expected.group.rules = rules
        expected.group.ruleChanges = [RuleChange(date: Self.today, text: rules)]
        expected.undoStack = [Self.group()]
        expected.changed = true
        expected.notice = "De nye rammene er lagret med dagens dato. u angrer."
        #expect(s == expected)
        #expect(!s.group.rules.contains("\u{1B}"))
    }

    @Test func escInTheRulesAsksAndEscAgainGoesBackToWriting() {
        var s = Self.at(.rules)
        Self.keys(&s, .enter, .char("!"))
        let editor: MultiLineEditor
        guard case .editingRules(let e) = s.mode else {
            Issue.record("not editing")
            return
        }
        editor = e
        Self.keys(&s, .escape)
        #expect(s.mode == .askingAboutRules(editor))
        Self.keys(&s, .escape)
        #expect(s.mode == .editingRules(editor))
        Self.keys(&s, .escape, .char("k"))
        var expected = Self.at(.rules)
        expected.notice = "Endringene i rammene er kastet. Rammene er som før."
        #expect(s == expected)
        // Unchanged text: Esc leaves at once.
        Self.keys(&s, .enter, .escape)
        expected.notice = "Rammene er som før."
        #expect(s == expected)
        // Enter in the question saves.
        Self.keys(&s, .enter, .char("!"), .escape, .enter)
        #expect(s.group.rules == Self.group().rules + "!")
        #expect(s.group.ruleChanges.count == 1)
    }

    @Test func helpOpensAndClosesWithoutLeaving() {
        var s = Self.screen(.en)
        Self.keys(&s, .char("?"))
        #expect(s.showingHelp)
        Self.keys(&s, .down, .down)
        #expect(s.helpScroll == 2)
        #expect(s.handle(.escape) == nil)
        #expect(s == Self.screen(.en))
    }
}

/// The group screen and `group edit` share one editor: the same change gives the same group.
@Suite struct GroupScreenEditorTests {
    @Test(arguments: [Lang.nb, .en])
    func aShorterMeetingMovesThePauseAsGroupEditDoes(_ lang: Lang) throws {
        var s = GroupScreenKeyTests.at(.setting(.meetingMinutes), lang)
        GroupScreenKeyTests.keys(&s, .enter)
        GroupScreenKeyTests.type(&s, "50")
        GroupScreenKeyTests.keys(&s, .enter)
        let cli = try GroupEditor.set(
            .meetingMinutes, to: GroupEditor.value("50", for: .meetingMinutes),
            in: GroupScreenKeyTests.group())
        #expect(s.group == cli.group)
        #expect(s.group.settings.plan.pauseAtMinute == 25)
        #expect(s.notice == Catalog(lang).f(.screenPauseMoved, 25))
        #expect(s.error == nil)
    }

    /// The group is closed: `a` says so in one calm line and asks; Esc changes nothing, `j`
    /// (or `y`) goes on to typing the new member. Nothing is refused.
    @Test(arguments: [Lang.nb, .en])
    func addingAMemberSaysTheGroupDecidesTogether(_ lang: Lang) {
        let c = Catalog(lang)
        var s = GroupScreenKeyTests.screen(lang)
        GroupScreenKeyTests.keys(&s, .char("a"))
        #expect(s.askingToAdd)
        #expect(s.notice == c[.groupNote])
        #expect(s.footer == DialogKeys.footer(c, yes: c[.groupAskGoOn], no: c[.groupAskNoChange]))
        #expect(s.explanation() == [c[.groupAsk]])
        #expect(s.mode == .browsing)
        GroupScreenKeyTests.keys(&s, .char("x"))
        #expect(s.askingToAdd, "another key leaves the question as it is")
        GroupScreenKeyTests.keys(&s, .escape)
        var expected = GroupScreenKeyTests.at(.addMember, lang)
        expected.notice = c[.groupNoChange]
        #expect(s == expected)
        GroupScreenKeyTests.keys(&s, .char("a"), lang == .nb ? .char("j") : .char("y"))
        #expect(s.mode == .adding(""))
        #expect(!s.askingToAdd)
        GroupScreenKeyTests.type(&s, "Ploribet")
        GroupScreenKeyTests.keys(&s, .enter)
        #expect(s.group.members.last == "Ploribet")
        #expect(s.group.newMemberPending)
    }

    @Test func theEvaluationMeetingAndTheStarterReadAsSentences() {
        var g = GroupScreenKeyTests.group()
        g.horizon = 12
        let nb = Catalog(.nb)
        #expect(GroupSetting.horizon.label(nb) == "Evalueringsmøte")
        #expect(GroupSetting.horizon.valueText(in: g, nb) == "på møte 12")
        #expect(
            GroupSetting.horizon.meaning(in: g, nb)
                == "Gruppa har satt av 12 møter, med evaluering på det siste.")
        #expect(GroupSetting.starterMeetings.valueText(in: g, nb) == "ikke avtalt")
        g.starterMeetings = 3
        #expect(GroupSetting.starterMeetings.valueText(in: g, nb) == "de 3 første møtene")
        g.horizon = nil
        #expect(GroupSetting.horizon.valueText(in: g, nb) == "ikke satt opp")
        for lang in Lang.allCases {
            let c = Catalog(lang)
            for s in GroupSetting.numbers {
                for text in [s.label(c), s.valueText(in: g, c), s.meaning(in: g, c)] {
                    #expect(!text.lowercased().contains("horison"), "\(text)")
                }
            }
        }
    }
}
