import RundeCore
import RundeText
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one group editor: every setting from one table, the same rules for the command line
/// and the group screen (a shorter meeting brings its pause along), refusals worded from the
/// catalog, and the size hint.
@Suite struct GroupEditorTests {
    let group = GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda"])

    @Test func aShorterMeetingMovesThePauseToItsMiddle() throws {
        let change = try GroupEditor.set(.meetingMinutes, to: .number(50), in: group)
        var expected = group
        expected.settings.plan.meetingMinutes = 50
        expected.settings.plan.pauseAtMinute = 25
        #expect(change == GroupEditor.Change(group: expected, pauseMovedTo: 25))
    }

    @Test func aLongerMeetingLeavesThePauseWhereItIs() throws {
        let change = try GroupEditor.set(.meetingMinutes, to: .number(150), in: group)
        #expect(change.pauseMovedTo == nil)
        #expect(change.group.settings.plan.pauseAtMinute == 60)
        #expect(change.group.settings.plan.meetingMinutes == 150)
    }

    @Test func aValueOutOfRangeIsRefusedInTheUsersLanguage() {
        #expect(throws: GroupSettingRefusal.self) {
            try GroupEditor.set(.meetingMinutes, to: .number(5), in: group)
        }
        do {
            _ = try GroupEditor.set(.pauseAtMinute, to: .number(130), in: group)
            Issue.record("a pause after the meeting's end was taken")
        } catch {
            #expect(error.key == "pause_at_minute")
            #expect(error.problem == .outOfRange(min: 0, max: 120, value: 130))
            #expect(
                Catalog(.nb).problem(error) == "pause_at_minute: må være mellom 0 og 120, ikke 130")
            #expect(
                Catalog(.en).problem(error)
                    == "pause_at_minute: must be between 0 and 120, not 130")
        }
    }

    @Test func valuesAreReadAsGroupEditSetWritesThem() throws {
        #expect(try GroupEditor.value("0", for: .horizon) == .number(nil))
        #expect(try GroupEditor.value("12", for: .horizon) == .number(12))
        #expect(try GroupEditor.value("auto", for: .language) == .text(""))
        #expect(try GroupEditor.value("on", for: .bell) == .onOff(true))
        #expect(try GroupEditor.value("2027-01-31", for: .followUpDate) != .date(nil))
        for (typed, setting, problem) in [
            ("kanskje", GroupSetting.bell, GroupSettingRefusal.Problem.notOnOff),
            ("femti", .meetingMinutes, .notAWholeNumber),
            ("de", .language, .notALanguage),
            ("31.01.2027", .followUpDate, .notADate),
        ] {
            #expect(throws: GroupSettingRefusal(setting: setting, problem: problem)) {
                try GroupEditor.value(typed, for: setting)
            }
        }
        let nb = Catalog(.nb).problem(
            GroupSettingRefusal(setting: .bell, problem: .notOnOff))
        #expect(nb == "bell: må være on eller off")
    }

    @Test func removingAnOptionalSettingAndSettingItAgain() throws {
        var g = group
        g.horizon = 12
        let off = try GroupEditor.set(.horizon, to: .number(nil), in: g)
        #expect(off.group.horizon == nil)
        let on = try GroupEditor.set(.horizon, to: .number(20), in: off.group)
        #expect(on.group.horizon == 20)
    }

    @Test func aNewMemberJoinsAtTheEndAndTheGroupStartsAfresh() throws {
        let g = try GroupEditor.addingMember("  Ploribet ", to: group)
        #expect(g.members == ["Quixtamar", "Zorbulon", "Vexilda", "Ploribet"])
        #expect(g.newMemberPending)
        #expect(throws: GroupProblem.memberSame(4, as: 1)) {
            try GroupEditor.addingMember("quixtamar", to: group)
        }
    }

    @Test func everySettingIsDefinedOnceWithItsHelp() {
        let names = GroupSetting.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        for lang in Lang.allCases {
            let lines = GroupSetting.helpLines(Catalog(lang))
            for s in GroupSetting.allCases {
                #expect(lines.filter { $0.hasPrefix("  \(s.name)") }.count == 1)
            }
        }
        // The screen's settings are the numbers, each with a range.
        #expect(GroupSetting.numbers.allSatisfy { $0.range(in: group) != nil })
        #expect(GroupSetting.numbers.first == .meetingMinutes)
    }

    @Test func theSizeHintIsForGroupsOutsideFiveToEight() {
        let c = Catalog(.nb)
        #expect(GroupSizeHint.text(members: 4, c)?.contains("5–8") == true)
        #expect(GroupSizeHint.text(members: 9, c)?.contains("9") == true)
        #expect(GroupSizeHint.text(members: 5, c) == nil)
        #expect(GroupSizeHint.text(members: 8, c) == nil)
    }

    @Test func aFullDiskIsWordedInTheUsersLanguage() {
        let e = FileIOError(
            operation: "write the journal", path: "/d/groups/torsdag/journal.jsonl", errno: ENOSPC)
        #expect(
            Catalog(.nb).problem(e)
                == "kan ikke skrive møtejournalen /d/groups/torsdag/journal.jsonl: disken er full")
        #expect(
            Catalog(.en).problem(e)
                == "cannot write the journal /d/groups/torsdag/journal.jsonl: the disk is full")
    }
}
