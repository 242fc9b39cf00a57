import Testing

@testable import RundeCore

/// Every event in every phase: where it applies the state changes, where it is refused the
/// state and effects stay exactly as they were.
@Suite struct EventMatrixTests {
    typealias F = Fixture

    enum Spot: String, CaseIterable {
        case checkIn, opening, openingRound, sharingRound, sharingOpen, pause, closingRound,
            nextMeeting, summary
    }

    static let events: [String: MeetingEvent] = [
        "setAttendance": .setAttendance(member: 1, .absent), "advance": .advance, "pass": .pass,
        "startPause": .startPause, "endPause": .endPause, "adjust": .adjustTurn(minutes: 1),
        "hold": .toggleHold, "late": .lateArrival(member: 5), "guest": .guestArrival,
        "closing": .goToClosing, "skip": .skipPhase, "move": .moveUpcomingPhase(from: 0, to: 1),
        "modeOpen": .setSharingMode(.open), "modeRound": .setSharingMode(.round),
        "giveFloor": .giveFloor(.member(2)), "endTurn": .endTurn, "setLeader": .setNextLeader(3),
        "skipLeader": .skipNextLeader, "theme": .setTheme("Håp"),
        "date": .setNextDate(LocalDate(year: 2027, month: 2, day: 4)),
    ]

    static let applies: [Spot: Set<String>] = [
        .checkIn: ["setAttendance", "advance", "guest", "skip", "move"],
        .opening: ["advance", "startPause", "late", "guest", "closing", "skip", "move"],
        .openingRound: [
            "advance", "pass", "startPause", "adjust", "hold", "late", "guest", "closing", "skip",
            "move",
        ],
        .sharingRound: [
            "advance", "pass", "startPause", "adjust", "hold", "late", "guest", "closing", "skip",
            "move", "modeOpen",
        ],
        .sharingOpen: [
            "advance", "startPause", "late", "guest", "closing", "skip", "move", "modeRound",
            "giveFloor",
        ],
        .pause: ["advance", "endPause", "adjust", "late", "guest", "closing", "skip", "move"],
        .closingRound: [
            "advance", "pass", "startPause", "adjust", "hold", "late", "guest", "skip",
        ],
        .nextMeeting: ["advance", "late", "guest", "skip", "setLeader", "skipLeader"],
        .summary: [],
    ]

    /// A state in the given spot, member 5 absent, at minute 10-ish.
    static func state(at spot: Spot) -> MeetingState {
        var s = MeetingState(setup: F.setup())
        var t = 0.0
        func send(_ e: MeetingEvent) {
            t += 30
            _ = s.apply(.tick(F.at(t)))
            _ = s.apply(e)
        }
        send(.setAttendance(member: 5, .absent))
        if spot == .checkIn { return s }
        send(.advance)
        if spot == .opening { return s }
        send(.advance)
        if spot == .openingRound { return s }
        send(.skipPhase)
        if spot == .sharingRound { return s }
        if spot == .sharingOpen {
            send(.setSharingMode(.open))
            return s
        }
        if spot == .pause {
            send(.startPause)
            return s
        }
        send(.goToClosing)
        if spot == .closingRound { return s }
        send(.skipPhase)
        if spot == .nextMeeting { return s }
        send(.skipPhase)
        return s
    }

    @Test(arguments: Spot.allCases)
    func everyEventInPhase(_ spot: Spot) {
        let base = Self.state(at: spot)
        let expected = Self.applies[spot]!
        for (name, event) in Self.events.sorted(by: { $0.key < $1.key }) {
            let (after, effects) = reduce(base, event)
            if expected.contains(name) {
                #expect(after != base, "\(name) should apply in \(spot)")
            } else {
                #expect(after == base, "\(name) should be refused in \(spot)")
                #expect(effects.isEmpty, "\(name) refused in \(spot) must have no effects")
            }
        }
    }

    @Test func reachesTheIntendedPhases() {
        #expect(Self.state(at: .sharingOpen).sharingMode == .open)
        #expect(Self.state(at: .pause).phase == .pause)
        #expect(Self.state(at: .closingRound).phase == .closingRound)
        #expect(Self.state(at: .nextMeeting).phase == .nextMeeting)
        #expect(Self.state(at: .summary).phase == .summary)
    }

    @Test func clockNeverGoesBack() {
        var s = MeetingState(setup: F.setup())
        _ = s.apply(.tick(F.at(100)))
        let (after, fx) = reduce(s, .tick(F.at(50)))
        #expect(after == s && fx.isEmpty)
    }

    @Test func checkInNeedsSomeonePresent() {
        var s = MeetingState(setup: F.setup(members: 2))
        _ = s.apply(.setAttendance(member: 0, .absent))
        _ = s.apply(.setAttendance(member: 1, .notifiedAbsent))
        #expect(reduce(s, .advance).0 == s)
        _ = s.apply(.guestArrival)
        #expect(reduce(s, .advance).0.phase == .opening)
    }

    @Test func openFloorGivesAndEndsTurns() {
        var s = Self.state(at: .sharingOpen)
        let fx = s.apply(.giveFloor(.member(3)))
        #expect(s.turn?.speaker == .member(3))
        #expect(fx.count == 1)
        _ = s.apply(.tick(s.now + 90))
        _ = s.apply(.giveFloor(.member(1)))
        #expect(s.currentTurns.map(\.speaker) == [.member(3)])
        #expect(s.turn?.speaker == .member(1))
        _ = s.apply(.endTurn)
        #expect(s.turn == nil)
        #expect(reduce(s, .giveFloor(.member(5))).0 == s)  // absent member cannot take the floor
    }

    @Test func roundModeAfterOpenFloorStartsWithThoseWhoHaveNotSpoken() {
        var s = Self.state(at: .sharingOpen)
        _ = s.apply(.giveFloor(.member(0)))
        _ = s.apply(.tick(s.now + 60))
        _ = s.apply(.setSharingMode(.round))
        #expect(s.roundOrder == [.member(1), .member(2), .member(3), .member(4)])
        #expect(s.segments.last?.mode == .open)
    }

    @Test func guestJoinsRunningRoundAndRotationSkipsAbsent() {
        var s = Self.state(at: .openingRound)
        _ = s.apply(.guestArrival)
        #expect(s.roundOrder.last == .guest(0))
        #expect(
            Rotation.suggestNext(
                after: 0, attendance: [.present, .absent, .notifiedAbsent, .present]) == 3)
        #expect(
            Rotation.suggestNext(
                after: 3, attendance: [.present, .absent, .notifiedAbsent, .present]) == 0)
    }

    @Test func pauseAfterLastTurnMovesOn() {
        var s = Self.state(at: .openingRound)
        for _ in 0..<4 {
            _ = s.apply(.tick(s.now + 30))
            _ = s.apply(.advance)
        }
        #expect(s.roundIndex == 4)
        _ = s.apply(.startPause)
        _ = s.apply(.tick(s.now + 900))
        _ = s.apply(.endPause)
        #expect(s.phase == .sharing)
        #expect(s.segments.map(\.kind).suffix(2) == [.openingRound, .pause])
    }

    @Test func adjustNeverGoesBelowZeroAndPauseCanBeLengthened() {
        var s = Self.state(at: .pause)
        let d = s.pause!.deadline
        _ = s.apply(.adjustTurn(minutes: 1))
        #expect(s.pause!.deadline == d + 60)
        var r = Self.state(at: .openingRound)
        for _ in 0..<20 { _ = r.apply(.adjustTurn(minutes: -1)) }
        #expect(r.turn!.targetSeconds == 0)
    }

    @Test func reorderKeepsSummaryLast() {
        var s = MeetingState(setup: F.setup())
        _ = s.apply(.moveUpcomingPhase(from: 4, to: 0))
        #expect(
            s.upcoming.map(\.kind) == [
                .nextMeeting, .opening, .openingRound, .sharing, .closingRound, .summary,
            ])
        #expect(reduce(s, .moveUpcomingPhase(from: 5, to: 0)).0 == s)
    }
}
