import RundeCore
import RundeText

@testable import RundeTUI

/// Models at every phase of a scripted meeting, for view tests.
enum MeetingFixtures {
    static let roster = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]
    static let t0 = Instant(1_800_000_000)

    static func setup() -> MeetingSetup {
        MeetingSetup(
            memberCount: 6, leader: 0, meetingNumber: 7,
            date: LocalDate(year: 2027, month: 1, day: 15),
            utcOffsetSeconds: 3600, plan: .standard, startedAt: t0)
    }

    enum Spot: String, CaseIterable {
        case checkIn, opening, openingRound, openingRoundWarning, sharingOvertime, sharingOpen,
            pause, pauseOver,
            closing, nextLeader, nextTheme, nextDate, summary, help, quit, late
    }

    static func model(_ spot: Spot, lang: Lang) -> MeetingModel {
        var m = MeetingState(setup: setup())
        var t = 0.0
        func at(_ s: Double) {
            t = s
            _ = m.apply(.tick(t0 + s))
        }
        func send(_ e: MeetingEvent) { _ = m.apply(e) }
        var model = MeetingModel(
            meeting: m, roster: roster, groupName: "Torsdagsgruppa",
            rules: GroupFile.defaultRules, todayTheme: "Skam", lang: lang)
        func done() -> MeetingModel {
            model.meeting = m
            return model
        }
        at(75)
        send(.setAttendance(member: 4, .notifiedAbsent))
        if spot == .checkIn {
            model.cursor = 4
            return done()
        }
        at(130)
        send(.advance)
        if spot == .opening {
            at(170)
            return done()
        }
        at(300)
        send(.advance)
        at(341)
        if spot == .openingRound { return done() }
        at(300 + Double(m.turn!.targetSeconds) - 42)
        if spot == .openingRound { return done() }
        if spot == .openingRoundWarning { return done() }
        at(500)
        send(.pass)
        for k in 0..<3 {
            at(700 + Double(k) * 200)
            send(.advance)
        }
        at(1500)
        if m.phase != .sharing { send(.advance) }
        at(1500 + Double(m.turn!.targetSeconds) + 45)
        if spot == .sharingOvertime { return done() }
        send(.setSharingMode(.open))
        send(.giveFloor(.member(2)))
        at(t + 125)
        if spot == .sharingOpen {
            model.cursor = 3
            return done()
        }
        at(3600)
        send(.startPause)
        at(3600 + 15 * 60 - 299)
        if spot == .pause { return done() }
        at(3600 + 15 * 60 + 83)
        if spot == .pauseOver { return done() }
        send(.endPause)
        at(5000)
        if spot == .help {
            model.overlay = .help
            return done()
        }
        if spot == .quit {
            model.overlay = .quitConfirm
            return done()
        }
        if spot == .late {
            model.overlay = .late(cursor: 0, guestName: nil)
            return done()
        }
        send(.goToClosing)
        at(5030)
        if spot == .closing { return done() }
        for k in 0..<5 {
            at(5030 + Double(k + 1) * 50)
            send(.advance)
        }
        at(5400)
        if spot == .nextLeader { return done() }
        send(.advance)
        if spot == .nextTheme {
            model.themeInput = "Grenser og"
            return done()
        }
        send(.setTheme("Grenser"))
        send(.advance)
        if spot == .nextDate { return done() }
        at(5600)
        send(.advance)
        model.logPath = "~/.local/share/runde/groups/torsdagsgruppa/logs/2027-01-15-007.json"
        return done()
    }
}
