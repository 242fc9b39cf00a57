import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// A meeting night without a slip, on screen: what a jump will not do, `t` asked first, the
/// frame's ticks, a key that cannot act, the meeting clock in words; nb and en, 80×24 and 60×16.
@Suite struct SlipViewTests {
    static let sizes = [(80, 24), (60, 16)]
    /// Today Zorbulon (1) leads; Quixtamar (2) is leaving, so Per (3) is next by the rotation.
    static let roster = ["Kari", "Zorbulon", "Quixtamar", "Per", "Liv", "Nils"]
    static let t0 = MeetingFixtures.t0

    static func setup(_ format: MeetingFormat = .regular) -> MeetingSetup {
        MeetingSetup(
            memberCount: 6, leader: 1, meetingNumber: 7,
            date: LocalDate(year: 2027, month: 1, day: 15), utcOffsetSeconds: 0, plan: .standard,
            startedAt: t0, agenda: format.agenda, format: format.rawValue, leaving: [2])
    }

    /// The meeting walked with `n` (Enter at check-in) until `stop` says so, a minute a step.
    static func model(
        _ format: MeetingFormat = .regular, lang: Lang, until stop: (MeetingState) -> Bool
    ) -> MeetingModel {
        var m = MeetingState(setup: setup(format))
        var t = 0.0
        while !stop(m) && !m.isFinished {
            t += 60
            _ = m.apply(.tick(t0 + t))
            _ = m.apply(m.phase == .checkIn ? .advance : .skipPhase)
        }
        _ = m.apply(.tick(t0 + t + 25))
        return MeetingModel(
            meeting: m, roster: roster, groupName: "Torsdag", rules: GroupFile.defaultRules,
            lang: lang)
    }

    static func text(_ model: MeetingModel, _ w: Int = 80, _ h: Int = 24) -> String {
        MeetingView.render(model, width: w, height: h).text
    }

    static func press(_ keys: [Key], _ model: inout MeetingModel) -> [MeetingCommand] {
        var out: [MeetingCommand] = []
        for k in keys {
            let commands = MeetingController.handle(k, model: &model)
            for case .send(let e) in commands { _ = model.meeting.apply(e) }
            out += commands
        }
        return out
    }

    // MARK: 1, 2, 3: what a jump will not do

    @Test(arguments: Lang.allCases)
    func closingAfterTheReorderNamesTheNextMeetingAndThePause(_ lang: Lang) {
        var model = Self.model(lang: lang) { $0.phase == .sharing }
        let s = model.strings
        // `>` puts the next meeting before the closing round: `c` would skip it.
        _ = Self.press([.char(">"), .char("c")], &model)
        #expect(model.overlay == .confirm(.closing))
        let date = DateText.long(model.meeting.next.date, lang)
        let body = Overlays.confirmLines(model, .closing).body
        #expect(body.contains(s.f(.nextSkippedRotation, "Per", date)))
        #expect(body.contains(s[.pauseNotTaken]))
        for (w, h) in Self.sizes {
            #expect(Self.text(model, w, h).contains("Per"))
            #expect(!body.contains { $0.contains("Quixtamar") })
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "slip-closing-skips-next-\(lang.rawValue)-\(w)x\(h)")
        }
        // In the usual order `c` skips no next meeting, and says none.
        var usual = Self.model(lang: lang) { $0.phase == .sharing }
        _ = Self.press([.char("c")], &usual)
        let plain = Overlays.confirmLines(usual, .closing).body
        #expect(!plain.contains { $0.contains(date) })
        #expect(plain.contains(s[.pauseNotTaken]))
    }

    @Test(arguments: Lang.allCases)
    func skippingTheNextMeetingNamesWhatTheGroupFileGets(_ lang: Lang) {
        var model = Self.model(lang: lang) { $0.phase == .nextMeeting }
        let s = model.strings
        #expect(model.meeting.next.leaderChoice == 3)
        _ = Self.press([.char("n")], &model)
        let date = DateText.long(model.meeting.next.date, lang)
        #expect(
            Overlays.confirmLines(model, .skipPhase).body.last
                == s.f(.nextSkippedRotation, "Per", date))
        for (w, h) in Self.sizes {
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "slip-skip-next-\(lang.rawValue)-\(w)x\(h)")
        }
        // Leader chosen (Enter), no theme (Enter), then `n` on the date: the chosen one is named.
        var chosen = Self.model(lang: lang) { $0.phase == .nextMeeting }
        _ = Self.press([.down, .enter, .enter, .char("n")], &chosen)
        #expect(chosen.overlay == .confirm(.skipPhase))
        #expect(chosen.meeting.next.leaderChoice == 4)
        #expect(
            Overlays.confirmLines(chosen, .skipPhase).body.last
                == s.f(.nextSkippedLeader, "Liv", date))
    }

    @Test func aMemberLeavingIsNeverOfferedWithTheArrows() {
        var model = Self.model(lang: .nb) { $0.phase == .nextMeeting }
        var seen: [Int?] = []
        for _ in 0..<8 {
            _ = Self.press([.up], &model)
            seen.append(model.meeting.next.leaderChoice)
        }
        #expect(!seen.contains(2))
        #expect(seen.contains(1) && seen.contains(0))
        for _ in 0..<8 {
            _ = Self.press([.char("s")], &model)
            #expect(model.meeting.next.leaderChoice != 2)
        }
    }

    /// The summary names exactly whom the group file holds afterwards, through the same
    /// update the launcher makes (`FileMeetingStorage.updated`), with the farewell applied.
    @Test(arguments: Lang.allCases)
    func theSummaryNamesWhatTheGroupFileHolds(_ lang: Lang) {
        var group = GroupFile(name: "Torsdag", members: Self.roster, nextLeader: 1, meetingsHeld: 6)
        group.leaving = ["Quixtamar"]
        group.lastMeetingDate = LocalDate(year: 2027, month: 1, day: 1)
        let p = GroupLife.propose(for: group, today: LocalDate(year: 2027, month: 1, day: 15))
        #expect(p.agenda.contains { $0.label == "farewell_round" })
        for skipLeader in [false, true] {
            var setup = Self.setup()
            setup.agenda = p.agenda
            var m = MeetingState(setup: setup)
            var t = 0.0
            while m.phase != .nextMeeting {
                t += 60
                _ = m.apply(.tick(Self.t0 + t))
                _ = m.apply(m.phase == .checkIn ? .advance : .skipPhase)
            }
            _ = m.apply(skipLeader ? .skipPhase : .advance)
            while !m.isFinished { _ = m.apply(.advance) }
            let after = FileMeetingStorage.updated(group, after: m)
            #expect(!after.members.contains("Quixtamar"))
            let inFile = after.members[after.nextLeader]
            #expect(inFile == "Per")
            let model = MeetingModel(
                meeting: m, roster: Self.roster, groupName: "Torsdag", rules: "", lang: lang)
            let summary = Self.text(model)
            let s = model.strings
            let line =
                skipLeader
                ? s.f(.summaryLeaderRotation, inFile) : s.f(.summaryNextLeader, inFile)
            #expect(summary.contains(line), "\(summary)")
            #expect(!summary.contains("Quixtamar"))
        }
    }

    @Test(arguments: Lang.allCases)
    func theSummaryOffersUndoAndNamesThePauseNotTaken(_ lang: Lang) {
        var model = Self.model(lang: lang) { $0.isFinished }
        let s = model.strings
        let text = Self.text(model)
        #expect(text.contains(s[.summaryPauseNotTaken]))
        #expect(text.contains(s[.summaryUndo]))
        #expect(FooterKeys.items(model).contains { $0.0 == "u" })
        for (w, h) in Self.sizes {
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "slip-summary-\(lang.rawValue)-\(w)x\(h)")
        }
        let commands = Self.press([.char("u")], &model)
        #expect(commands == [.send(.undo)])
        #expect(model.meeting.phase == .nextMeeting)
        #expect(!model.meeting.isFinished)
    }

    // MARK: 4: `t` asks first

    @Test(arguments: Lang.allCases)
    func talkAsksFirstWhileSomeoneHasTheFloor(_ lang: Lang) {
        var model = Self.model(lang: lang) { $0.phase == .openingRound }
        let before = model
        #expect(model.meeting.turn?.speaker == .member(1))
        #expect(Self.press([.char("t")], &model).isEmpty)
        #expect(model.overlay == .confirm(.processTalk))
        for (w, h) in Self.sizes {
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "slip-talk-asks-\(lang.rawValue)-\(w)x\(h)")
        }
        #expect(Self.text(model).contains("Zorbulon"))
        // Esc: no change at all.
        #expect(Self.press([.escape], &model).isEmpty)
        #expect(model == before)
        // j, then Esc on the cards: back to the round as it was, nothing sent.
        #expect(Self.press([.char("t"), .char("j")], &model).isEmpty)
        #expect(model.overlay == .processCards(cursor: 0))
        #expect(Self.press([.escape], &model).isEmpty)
        #expect(model == before)
        // j, a card, Enter: the talk starts.
        let commands = Self.press([.char("t"), .char("j"), .down, .enter], &model)
        #expect(commands == [.send(.startProcessTalk)])
        #expect(model.meeting.phase == .processTalk)
        #expect(model.processCard == 1)
    }

    // MARK: 5: the frame's acknowledgements

    @Test(arguments: Lang.allCases)
    func everyoneOnTheFrameCanBeTickedAndOneUndoTakesOneBack(_ lang: Lang) {
        var model = Self.model(.first, lang: lang) { $0.item.acknowledge }
        let s = model.strings
        model.guestNames[0] = "Vexilla"
        _ = model.meeting.apply(.guestArrival)
        #expect(Self.text(model).contains(s.f(.ackGuest, "Vexilla")))
        // The cursor reaches the guest (after the six members) and Space ticks them.
        let sent = Self.press(
            [.char(" ")] + Array(repeating: .down, count: 8) + [.char(" ")], &model)
        #expect(sent.last == .send(.acknowledge(member: 6)))
        #expect(model.meeting.acknowledged == [0, 6])
        #expect(Self.text(model).contains(s.f(.ackCount, 2, 7)))
        // `u` takes back the guest's tick only.
        _ = Self.press([.char("u")], &model)
        #expect(model.meeting.acknowledged == [0])
        #expect(model.meeting.item.acknowledge)
        // Enter with six unticked asks, saying how many.
        _ = Self.press([.enter], &model)
        #expect(model.overlay == .confirm(.leaveFrame))
        #expect(Overlays.confirmLines(model, .leaveFrame).body == [s.f(.ackBody, 6, 7)])
        for (w, h) in Self.sizes {
            assertSnapshot(
                MeetingView.render(model, width: w, height: h),
                named: "slip-frame-unticked-\(lang.rawValue)-\(w)x\(h)")
        }
        _ = Self.press([.escape], &model)
        #expect(model.meeting.item.acknowledge)
        _ = Self.press([.enter, .char("j")], &model)
        #expect(!model.meeting.item.acknowledge)
    }

    // MARK: 6: a key that cannot act says why; `u` stays in the footer

    @Test(arguments: Lang.allCases)
    func aKeyThatCannotActSaysWhy(_ lang: Lang) {
        var model = Self.model(lang: lang) { _ in true }
        let s = model.strings
        #expect(model.meeting.phase == .checkIn)
        #expect(Self.press([.char("u")], &model).isEmpty)
        #expect(model.hint == s[.whyUndoCheckIn])
        for (w, h) in Self.sizes {
            let frame = MeetingView.render(model, width: w, height: h)
            #expect(frame.text.contains(s[.whyUndoCheckIn]))
            assertSnapshot(frame, named: "slip-why-undo-\(lang.rawValue)-\(w)x\(h)")
        }
        _ = Self.press([.down], &model)
        #expect(model.hint == nil)
        var first = Self.model(.first, lang: lang) { $0.phase == .openingRound }
        _ = Self.press([.char("o")], &first)
        #expect(first.hint == s[.whyMode])
    }

    @Test(arguments: Lang.allCases)
    func undoStaysInTheFooterForAsLongAsItWorks(_ lang: Lang) {
        var model = Self.model(lang: lang) { $0.phase == .sharing }
        let target = Double(model.meeting.turn!.targetSeconds)
        // Long after the last step, and in overtime.
        _ = model.meeting.apply(.tick(model.meeting.now + target + 90))
        #expect(model.meeting.turn!.remaining(at: model.meeting.now) < 0)
        for (w, h) in Self.sizes {
            let footer = Self.text(model, w, h).split(separator: "\n").last!
            #expect(footer.contains("u " + model.strings[.keyUndo]), "\(footer)")
        }
    }

    // MARK: 7: smaller

    @Test func meetingTimeReadsAsMinutesOrHoursAndMinutes() {
        let nb = Catalog(.nb)
        let en = Catalog(.en)
        #expect(TimeFormat.meetingTime(14 * 60 + 59, nb) == "14 min")
        #expect(TimeFormat.meetingTime(80 * 60 + 5, nb) == "1 t 20 min")
        #expect(TimeFormat.meetingTime(80 * 60, en) == "1 h 20 min")
        #expect(TimeFormat.meetingTime(0, en) == "0 min")
        #expect(TimeFormat.meetingTime(120 * 60, nb) == "2 t")
        let model = Self.model(lang: .nb) { $0.phase == .sharing }
        let header = Self.text(model).split(separator: "\n")[0]
        #expect(header.contains("Møtetid 3 min"), "\(header)")
    }

    @Test func downMovesTheDateLater() {
        var model = Self.model(lang: .nb) { $0.phase == .nextMeeting }
        _ = Self.press([.enter, .enter], &model)
        let date = model.meeting.next.date
        #expect(Self.press([.down], &model) == [.send(.setNextDate(date.adding(days: 1)))])
        #expect(Self.press([.pageDown], &model) == [.send(.setNextDate(date.adding(days: 8)))])
        #expect(Self.press([.up], &model) == [.send(.setNextDate(date.adding(days: 7)))])
    }

    @Test(arguments: Lang.allCases)
    func theCheckInListSaysWhenMembersAreHidden(_ lang: Lang) {
        var model = Self.model(lang: lang) { _ in true }
        let s = model.strings
        // A proposal's reason above the list, as a group's life often gives.
        model.lifeNotes = [s[.reasonNewMember]]
        let small = Self.text(model, 60, 16)
        #expect(small.contains("▼"), "\(small)")
        assertSnapshot(
            MeetingView.render(model, width: 60, height: 16),
            named: "slip-checkin-more-\(lang.rawValue)-60x16")
        for _ in 0..<5 { _ = Self.press([.down], &model) }
        let scrolled = Self.text(model, 60, 16)
        #expect(scrolled.contains("Nils"))
        #expect(scrolled.contains("▲"))
        #expect(!Self.text(model).contains(s.f(.moreBelow, 1)))
    }

    @Test func theThemeFieldScrollsWhileTyping() {
        var model = Self.model(lang: .en) { $0.phase == .nextMeeting }
        _ = Self.press([.enter], &model)
        let typed = "what we carry from home into the room, and what we leave at the door"
        _ = Self.press(typed.map { Key.char($0) }, &model)
        let row = Self.text(model, 60, 16).split(separator: "\n").first {
            $0.contains("the door▏")
        }
        #expect(row != nil)
        #expect(row?.contains("…") == true)
    }
}
