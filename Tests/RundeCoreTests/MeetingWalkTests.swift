import Foundation
import Testing

@testable import RundeCore

/// A whole two-hour meeting for six members, with explicit times, asserting the whole state
/// and the effects at every step.
@Suite struct MeetingWalkTests {
    typealias F = Fixture
    let all: [Participant] = (0..<6).map { .member($0) }

    @Test func wholeMeetingForSixMembers() throws {
        var store = TestStore(setup: F.setup())
        #expect(store.state.phase == .checkIn)
        #expect(
            store.state.upcoming.map(\.kind) == [
                .opening, .openingRound, .sharing, .closingRound, .nextMeeting, .summary,
            ])
        #expect(store.state.next.date == LocalDate(year: 2027, month: 1, day: 29))

        // 1. Check-in: member 5 has sent word (meldt fravær).
        store.tick(60)
        store.send(.setAttendance(member: 5, .notifiedAbsent)) {
            $0.attendance[5] = .notifiedAbsent
        }
        store.tick(120)
        store.send(.advance, effects: [.milestone(.phaseStarted(.opening))]) {
            $0.segments = [F.segment(.checkIn, 0, 120, ordinal: 0)]
            $0.phase = .opening
            F.advanceItem(&$0)
            $0.segmentStart = F.at(120)
        }
        // 2. Opening card.
        store.tick(240)
        // 3. Opening round: five present. 5460 s of talk left against 5220 planned: 180 s × 1.046 → 195 s.
        store.send(
            .advance,
            effects: [
                .milestone(.phaseStarted(.openingRound)),
                .milestone(.turnStarted(.member(0), seconds: 195)),
            ]
        ) {
            $0.segments.append(F.segment(.opening, 120, 240, ordinal: 1))
            $0.phase = .openingRound
            F.advanceItem(&$0)
            $0.segmentStart = F.at(240)
            $0.roundOrder = Array(self.all.prefix(5))
            $0.turn = F.turn(0, at: 240, target: 195)
            $0.roundTarget = 195
        }
        store.tick(420, effects: [.milestone(.oneMinuteLeft)]) { $0.turn?.warned = true }
        store.tick(440, effects: [.milestone(.timeUp), .bell]) { $0.turn?.timeUp = true }
        store.send(.advance, effects: [.milestone(.turnStarted(.member(1), seconds: 195))]) {
            $0.currentTurns = [F.record(0, 200, target: 195)]
            $0.roundIndex = 1
            $0.turn = F.turn(1, at: 440, target: 195)
        }
        store.tick(450)
        // A pass leaves time over; the round's one target stays the same for everyone in it.
        store.send(.pass, effects: [.milestone(.turnStarted(.member(2), seconds: 195))]) {
            $0.currentTurns.append(F.record(1, 10, target: 195, passed: true))
            $0.lastPass = .init(speaker: .member(1), at: F.at(450))
            $0.roundIndex = 2
            $0.turn = F.turn(2, at: 450, target: 195)
        }
        store.tick(700, effects: [.milestone(.timeUp), .bell]) {
            $0.turn?.timeUp = true
            $0.turn?.warned = true
        }
        store.tick(800)
        store.send(.advance, effects: [.milestone(.turnStarted(.member(3), seconds: 195))]) {
            $0.currentTurns.append(F.record(2, 350, target: 195))
            $0.roundIndex = 3
            $0.turn = F.turn(3, at: 800, target: 195)
        }
        // 240 s gained in check-in and opening, 20 s lost in three turns
        #expect(store.state.aheadSeconds == 220)
        store.tick(1000, effects: [.milestone(.timeUp), .bell]) {
            $0.turn?.timeUp = true
            $0.turn?.warned = true
        }
        store.send(.advance, effects: [.milestone(.turnStarted(.member(4), seconds: 195))]) {
            $0.currentTurns.append(F.record(3, 200, target: 195))
            $0.roundIndex = 4
            $0.turn = F.turn(4, at: 1000, target: 195)
        }
        store.tick(1300, effects: [.milestone(.timeUp), .bell]) {
            $0.turn?.timeUp = true
            $0.turn?.warned = true
        }
        // 4. Sharing, in a round: 4400 s left for five → 880 s each, in steps of 15 s: 885.
        let openingTurns = store.state.currentTurns + [F.record(4, 300, target: 195)]
        store.send(
            .advance,
            effects: [
                .milestone(.phaseStarted(.sharing)),
                .milestone(.turnStarted(.member(0), seconds: 885)),
            ]
        ) {
            $0.segments.append(F.segment(.openingRound, 240, 1300, turns: openingTurns, ordinal: 2))
            $0.lastPass = nil  // the pass belonged to the opening round
            $0.currentTurns = []
            $0.phase = .sharing
            F.advanceItem(&$0)
            $0.segmentStart = F.at(1300)
            $0.roundIndex = 0
            $0.turn = F.turn(0, at: 1300, target: 885)
            $0.roundTarget = 885
        }
        #expect(store.state.aheadSeconds == 80)  // the opening round took 160 s more than planned
        store.tick(2110)
        store.tick(2200, effects: [.milestone(.timeUp), .bell]) {
            $0.turn?.timeUp = true
            $0.turn?.warned = true
        }
        store.send(.advance, effects: [.milestone(.turnStarted(.member(1), seconds: 885))]) {
            $0.currentTurns = [F.record(0, 900, target: 885)]
            $0.roundIndex = 1
            $0.turn = F.turn(1, at: 2200, target: 885)
        }
        store.tick(3100, effects: [.milestone(.timeUp), .bell]) {
            $0.turn?.timeUp = true
            $0.turn?.warned = true
        }
        store.send(.advance, effects: [.milestone(.turnStarted(.member(2), seconds: 885))]) {
            $0.currentTurns.append(F.record(1, 900, target: 885))
            $0.roundIndex = 2
            $0.turn = F.turn(2, at: 3100, target: 885)
        }
        // 5. Minute 60: the pause is suggested, never forced.
        store.tick(3600, effects: [.milestone(.pauseSuggested)]) { $0.pauseSuggested = true }
        store.tick(3650)
        store.send(.toggleHold) { $0.turn?.heldSince = F.at(3650) }
        store.tick(3710)
        store.send(.toggleHold) {
            $0.turn?.heldSince = nil
            $0.turn?.heldSeconds = 60
        }
        store.tick(3800)
        let sharing1 = store.state.currentTurns + [F.record(2, 640, target: 885)]
        store.send(.startPause, effects: [.milestone(.pauseStarted(minutes: 15))]) {
            $0.currentTurns = []
            $0.roundIndex = 3
            $0.turn = nil
            $0.segments.append(
                F.segment(.sharing, 1300, 3800, mode: .round, turns: sharing1, ordinal: 3))
            $0.segmentStart = F.at(3800)
            $0.phase = .pause
            $0.pause = .init(startedAt: F.at(3800), deadline: F.at(4700), resume: .sharing)
        }
        store.send(.startPause)  // refused: already in the pause
        store.tick(4700, effects: [.milestone(.pauseOver), .bell]) {
            $0.pause?.overAnnounced = true
        }
        store.tick(4760)
        // 6. Sharing continues where it stopped, with the round's one target.
        store.send(
            .advance,
            effects: [
                .milestone(.phaseStarted(.sharing)),
                .milestone(.turnStarted(.member(3), seconds: 885)),
            ]
        ) {
            $0.pauseTaken = .init(startedAt: F.at(3800), endedAt: F.at(4760))
            $0.pause = nil
            $0.segments.append(F.segment(.pause, 3800, 4760))
            $0.segmentStart = F.at(4760)
            $0.phase = .sharing
            $0.turn = F.turn(3, at: 4760, target: 885)
        }
        store.tick(4800)
        store.send(.lateArrival(member: 5)) {
            $0.attendance[5] = .present
            $0.late = [5]
            $0.roundOrder.append(.member(5))
        }
        store.send(.adjustTurn(minutes: 1)) { $0.turn?.targetSeconds = 945 }
        store.tick(5700, effects: [.milestone(.oneMinuteLeft)]) { $0.turn?.warned = true }
        store.send(.advance, effects: [.milestone(.turnStarted(.member(4), seconds: 885))]) {
            $0.currentTurns = [F.record(3, 940, target: 945)]
            $0.roundIndex = 4
            $0.turn = F.turn(4, at: 5700, target: 885)
        }
        store.tick(6100)
        store.send(.advance, effects: [.milestone(.turnStarted(.member(5), seconds: 885))]) {
            $0.currentTurns.append(F.record(4, 400, target: 885))
            $0.roundIndex = 5
            $0.turn = F.turn(5, at: 6100, target: 885)
        }
        store.tick(6500)
        // 7. Closing round: one minute each, everyone present.
        let sharing2 = store.state.currentTurns + [F.record(5, 400, target: 885)]
        store.send(
            .advance,
            effects: [
                .milestone(.phaseStarted(.closingRound)),
                .milestone(.turnStarted(.member(0), seconds: 60)),
            ]
        ) {
            $0.segments.append(
                F.segment(.sharing, 4760, 6500, mode: .round, turns: sharing2, ordinal: 3))
            $0.currentTurns = []
            $0.phase = .closingRound
            F.advanceItem(&$0)
            $0.segmentStart = F.at(6500)
            $0.roundOrder = self.all
            $0.roundIndex = 0
            $0.roundTarget = nil
            $0.turn = F.turn(0, at: 6500, target: 60)
        }
        var closing: [MeetingState.TurnRecord] = []
        for k in 0..<6 {
            let t = 6500 + Double(k + 1) * 55
            store.tick(t)
            closing.append(F.record(k, 55, target: 60))
            if k < 5 {
                let turns = closing
                store.send(
                    .advance, effects: [.milestone(.turnStarted(.member(k + 1), seconds: 60))]
                ) {
                    $0.currentTurns = turns
                    $0.roundIndex = k + 1
                    $0.turn = F.turn(k + 1, at: t, target: 60)
                }
            }
        }
        // 8. Next meeting: the rotation suggests member 1; skip once, then pick 1 again.
        let closingTurns = closing
        store.send(.advance, effects: [.milestone(.phaseStarted(.nextMeeting))]) {
            $0.segments.append(
                F.segment(.closingRound, 6500, 6830, turns: closingTurns, ordinal: 4))
            $0.currentTurns = []
            $0.turn = nil
            $0.phase = .nextMeeting
            F.advanceItem(&$0)
            $0.segmentStart = F.at(6830)
            $0.roundOrder = []
            $0.roundIndex = 0
            $0.next.leaderChoice = 1
        }
        store.tick(6900)
        store.send(.skipNextLeader) { $0.next.leaderChoice = 2 }
        store.send(.setNextLeader(1)) { $0.next.leaderChoice = 1 }
        store.send(.advance) {
            $0.next.leaderChosen = true
            $0.next.step = .theme
        }
        store.send(.setTheme("  Skam\u{1B}[31m ")) { $0.next.theme = "Skam" }
        store.send(.advance) { $0.next.step = .date }
        store.send(.setNextDate(F.date))  // refused: not after today
        store.tick(7000)
        // 9. Summary: the log is due.
        store.send(.advance, effects: [.milestone(.phaseStarted(.summary)), .meetingFinished]) {
            $0.next.step = .done
            $0.segments.append(F.segment(.nextMeeting, 6830, 7000, ordinal: 5))
            F.advanceItem(&$0)
            $0.segmentStart = F.at(7000)
            $0.finishedAt = F.at(7000)
        }
        store.send(.advance)  // refused at the summary
        #expect(store.state.aheadSeconds == 200)

        // Replaying the events gives the identical state.
        #expect(MeetingState.replay(setup: F.setup(), events: store.events) == store.state)

        // The log, field by field.
        let names = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]
        let log = SessionLogBuilder.build(from: store.state, rosterNames: names)
        #expect(log.schema == "runde.session/1")
        #expect(log.meetingNumber == 7)
        #expect(log.date == "2027-01-15")
        #expect(log.startedAt == "2027-01-15T09:00:00+01:00")
        #expect(log.durationS == 7000)
        #expect(log.completed && !log.recovered)
        #expect(
            log.attendance
                == .init(members: 6, present: 6, notifiedAbsent: 0, absent: 0, late: 1, guests: 0))
        #expect(
            log.phases.map(\.kind) == [
                "check_in", "opening", "opening_round", "sharing", "pause", "sharing",
                "closing_round", "next_meeting", "summary",
            ])
        #expect(
            log.phases[2].turns
                == .init(
                    count: 5, passes: 1, totalS: 1050, minS: 200, medianS: 250, maxS: 350,
                    overruns: 4))
        #expect(
            log.phases[3].turns
                == .init(
                    count: 3, passes: 0, totalS: 2440, minS: 640, medianS: 900, maxS: 900,
                    overruns: 2))
        #expect(log.phases[3].mode == "round")
        #expect(
            log.phases[5].turns
                == .init(
                    count: 3, passes: 0, totalS: 1740, minS: 400, medianS: 400, maxS: 940,
                    overruns: 0))
        #expect(
            log.phases[6].turns
                == .init(
                    count: 6, passes: 0, totalS: 330, minS: 55, medianS: 55, maxS: 55, overruns: 0))
        #expect(log.speaking.perPersonS == [1195, 1155, 1045, 955, 755, 455])
        #expect(log.speaking.balanceGini == 0.15)
        #expect(log.pause == .init(taken: true, startMinute: 63, lengthS: 960))
        #expect(log.overrunS == 0)
        #expect(log.next == .init(theme: "Skam", date: "2027-01-29", leaderChosen: true))
        let json = String(decoding: try SessionLogCodec.encode(log), as: UTF8.self)
        for n in names { #expect(!json.contains(n)) }
    }
}
