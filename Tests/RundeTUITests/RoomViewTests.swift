import Foundation
import RundeCore
import RundeRoom
import RundeText
import Testing

@testable import RundeTUI

/// The room view (`runde room`): frames as text at 40×12 and 80×24 in both languages, the
/// digits that grow with the window, and no name anywhere, by construction.
@Suite struct RoomViewTests {
    typealias Spot = MeetingFixtures.Spot

    /// The room's screen as a view of `model` that has just been told (no seconds counted yet).
    static func screen(_ model: MeetingModel, lang: Lang) -> RoomScreen {
        var s = RoomScreen(lang: lang)
        s.received(RoomMessage(meeting: model.meeting, processCard: model.processCard), at: 100)
        return s
    }

    static func frame(_ spot: Spot, _ lang: Lang, _ w: Int, _ h: Int) -> Frame {
        let model = MeetingFixtures.model(spot, lang: lang)
        return RoomView.render(screen(model, lang: lang), now: 100, width: w, height: h)
    }

    static let snapshotSpots: [Spot] = [
        .checkIn, .openingRound, .openingRoundWarning, .sharingOvertime, .sharingOpen, .pause,
        .pauseOver, .summary,
    ]

    @Test(arguments: [Lang.nb, .en])
    func framesAt40x12And80x24(_ lang: Lang) {
        for (w, h) in [(40, 12), (80, 24)] {
            for spot in Self.snapshotSpots {
                assertSnapshot(
                    Self.frame(spot, lang, w, h), named: "room-\(spot.rawValue)-\(lang)-\(w)x\(h)")
            }
            var waiting = RoomScreen(lang: lang)
            assertSnapshot(
                RoomView.render(waiting, now: 0, width: w, height: h),
                named: "room-waiting-\(lang)-\(w)x\(h)")
            waiting.help = true
            assertSnapshot(
                RoomView.render(waiting, now: 0, width: w, height: h),
                named: "room-help-\(lang)-\(w)x\(h)")
        }
    }

    /// What the leader sees and what the room sees agree: the same time, the same status line,
    /// "Tur 2 av 5" and the same dots.
    @Test(arguments: [Spot.openingRound, .openingRoundWarning, .sharingOvertime, .closing])
    func theRoomShowsWhatTheLeaderSees(_ spot: Spot) {
        let model = MeetingFixtures.model(spot, lang: .nb)
        let meeting = MeetingView.render(model, width: 80, height: 24).text
        let room = Self.frame(spot, .nb, 80, 24).text
        let turn = try! #require(model.meeting.turn)
        let status = SpeakerBlock.StatusTexts(turn, model.strings).text(
            SpeakerBlock.role(for: turn, now: model.meeting.now), held: false)
        #expect(meeting.contains(status))
        #expect(room.contains(status), "\(room)")
        let progress = try! #require(
            meeting.split(separator: "\n").first { $0.contains("Tur ") }?
                .split(separator: " ", omittingEmptySubsequences: true).suffix(4)
                .joined(separator: " "))
        #expect(room.contains(progress), "\(progress) in\n\(room)")
    }

    /// The digits grow with the window, from one size at 80×24 to many at a large screen.
    @Test func theDigitsScaleWithTheWindow() {
        func digitRows(_ w: Int, _ h: Int) -> Int {
            Self.frame(.openingRound, .en, w, h).text.split(separator: "\n")
                .filter { $0.contains("█") }.count
        }
        #expect(digitRows(40, 12) == 5)
        #expect(digitRows(80, 24) >= 5)
        #expect(digitRows(200, 60) >= 30)
        #expect(digitRows(640, 180) >= 120)
        // Too small for block digits: the time still shows, on one line.
        let tiny = Self.frame(.openingRound, .en, 30, 7).text
        #expect(!tiny.contains("█"))
        #expect(tiny.contains(":"))
    }

    /// The room counts the seconds itself between messages, and wakes on their boundaries.
    @Test func theRoomCountsOnByItself() {
        let model = MeetingFixtures.model(.openingRound, lang: .en)
        let screen = Self.screen(model, lang: .en)
        let turn = try! #require(model.meeting.turn)
        let left = turn.remaining(at: model.meeting.now)
        for dt in [0.0, 1, 7.5, 30] {
            let text = RoomView.render(screen, now: 100 + dt, width: 80, height: 24).text
            let big = RoomView.content(screen, now: 100 + dt).big?.text
            #expect(big == TimeFormat.remaining(left - dt), "\(dt) s later:\n\(text)")
        }
        let wait = try! #require(screen.millisecondsToNextChange(at: 100))
        #expect(wait >= 2 && wait <= 1002)
        // Into overtime, as the leader's screen: "+0:05" after the target.
        let over = RoomView.content(screen, now: 100 + left + 5.5).big
        #expect(over?.text == "+0:05")
        #expect(over?.role == .overtime)
    }

    @Test func keysAreCalm() {
        var s = RoomScreen(lang: .nb)
        #expect(s.press(.escape) == .stay)
        #expect(s.notice == Catalog(.nb)[.roomEscHint])
        #expect(s.press(.char("?")) == .stay)
        #expect(s.help && s.notice == nil)
        #expect(s.press(.escape) == .stay)
        #expect(!s.help)
        #expect(s.press(.enter) == .stay)
        #expect(s.press(.char("q")) == .leave)
    }

    @Test func theEndAndAStopAreToldApart() {
        var s = Self.screen(MeetingFixtures.model(.summary, lang: .en), lang: .en)
        s.lost()
        #expect(s.link == .over)
        s = Self.screen(MeetingFixtures.model(.pause, lang: .en), lang: .en)
        s.lost()
        #expect(s.link == .gone)
        #expect(s.millisecondsToNextChange(at: 0) == nil)
    }

    // MARK: - No name, ever

    static let sentinels = ["Quixtamar", "Zorbulon", "Vexillia"]

    /// A meeting full of sentinel names: the roster, a guest, today's theme, the theme for next
    /// time, a custom step's title and text. None of them reaches a message on the socket or a
    /// room frame, at any spot, in either language, at any size.
    @Test func noSentinelNameReachesAMessageOrAFrame() {
        var models: [MeetingModel] = []
        for spot in Spot.allCases {
            var model = MeetingFixtures.model(spot, lang: .en)
            model.roster = Self.sentinels + ["Quixtamar2", "Zorbulon2", "Vexillia2"]
            model.guestNames = [0: "Zorbulon"]
            model.todayTheme = "Quixtamar"
            model.themeInput = "Vexillia"
            models.append(model)
        }
        // The group's own agenda, titled and worded with a name.
        let agenda = [
            AgendaItem(.openingRound, "custom-1"), AgendaItem(.opening, "custom-2"),
            AgendaItem(.sharing, "custom-3"), .summary,
        ]
        var m = MeetingState(
            setup: MeetingSetup(
                memberCount: 6, leader: 0, meetingNumber: 4,
                date: LocalDate(year: 2027, month: 1, day: 15), utcOffsetSeconds: 3600,
                plan: .standard, startedAt: MeetingFixtures.t0, agenda: agenda, format: "custom"))
        _ = m.apply(.tick(MeetingFixtures.t0 + 30))
        _ = m.apply(.guestArrival)
        var custom = MeetingModel(
            meeting: m, roster: models[0].roster, groupName: "Quixtamars gruppe",
            rules: "Zorbulon leads", todayTheme: "Vexillia", lang: .en)
        custom.customTexts = [
            "custom-1.title": "Quixtamars runde", "custom-1.text": "Hva sa Zorbulon?",
            "custom-2.title": "Vexillias kort", "custom-2.text": "Quixtamar",
            "custom-3.title": "Zorbulon", "custom-3.text": "Vexillia",
        ]
        for k in 0..<6 {
            _ = m.apply(.tick(MeetingFixtures.t0 + 60 + Double(k) * 40))
            _ = m.apply(.advance)
            custom.meeting = m
            models.append(custom)
        }
        var checked = 0
        for model in models {
            let message = RoomMessage(meeting: model.meeting, processCard: model.processCard)
            let bytes = RoomCodec.encode(message)
            for name in Self.sentinels {
                #expect(!Self.contains(bytes, name), "\(name) in a message")
            }
            for lang in [Lang.nb, .en] {
                let screen = Self.screen(model, lang: lang)
                for (w, h) in [(40, 12), (80, 24), (200, 60)] {
                    for dt in [0.0, 200] {
                        let text = RoomView.render(screen, now: 100 + dt, width: w, height: h).text
                        for name in Self.sentinels {
                            #expect(!text.contains(name), "\(name) on the room:\n\(text)")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100)
        // The test would see a name if one got through: the leader's screen shows them.
        let leader = MeetingView.render(models[2], width: 80, height: 24).text
        #expect(Self.sentinels.contains { leader.contains($0) })
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains {
            Array(bytes[$0..<($0 + needle.count)]) == needle
        }
    }
}
