import Foundation
import Testing

@testable import RundeCore

/// A seeded generator, so a failing sequence can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random event sequences: the invariants of DESIGN §6 hold after every event.
@Suite struct PropertyTests {
    typealias F = Fixture
    static let rosterNames = [
        "Zorbalina", "Quetzaline", "Bartholomeus", "Ingeborgina", "Xavieranne",
        "Wilhelmsson", "Yggdrasilla", "Kvitebjørnen", "Østeraasen", "Rumpelstilz",
    ]
    static let guestNames = ["Gjestemiranda", "Visitorianus"]

    static func randomEvent(_ s: MeetingState, _ rng: inout SplitMix64) -> MeetingEvent {
        let n = s.attendance.count
        let r = Int.random(in: 0..<100, using: &rng)
        switch r {
        case 0..<35: return .tick(s.now + Double.random(in: -5...400, using: &rng))
        case 35..<55: return .advance
        case 55..<58: return .pass
        case 58..<60: return .startPause
        case 60..<61: return .endPause
        case 61..<64: return .adjustTurn(minutes: Bool.random(using: &rng) ? 1 : -1)
        case 64..<67: return .toggleHold
        case 67..<69: return .lateArrival(member: Int.random(in: 0..<n, using: &rng))
        case 69..<70: return .guestArrival
        case 70..<71: return .goToClosing
        case 71..<73: return .skipPhase
        case 73..<74:
            return .moveUpcomingPhase(
                from: Int.random(in: 0..<4, using: &rng), to: Int.random(in: 0..<4, using: &rng))
        case 74..<77: return .setSharingMode(Bool.random(using: &rng) ? .open : .round)
        case 77..<81:
            let p = s.presentOrder.randomElement(using: &rng) ?? .member(0)
            return .giveFloor(p)
        case 81..<83: return .endTurn
        case 83..<87:
            return .setAttendance(
                member: Int.random(in: 0..<n, using: &rng),
                Attendance.allCases.randomElement(using: &rng)!)
        case 87..<89:
            return .setNextLeader(
                Bool.random(using: &rng) ? nil : Int.random(in: 0..<n, using: &rng))
        case 89..<91: return .skipNextLeader
        case 91..<95:
            // What the shell does: the typed theme is scrubbed of names before it is sent.
            let raw =
                "Om \(rosterNames.randomElement(using: &rng)!) og \(guestNames.randomElement(using: &rng)!) skam"
            return .setTheme(TextSafety.scrub(raw, names: rosterNames + guestNames))
        case 95..<97:
            return .setNextDate(s.setup.date.adding(days: Int.random(in: -3...30, using: &rng)))
        case 97: return .startProcessTalk
        case 98: return .acknowledge(member: Int.random(in: 0..<n, using: &rng))
        default:
            // The group's agreements (the evaluation's decision, the follow-up date) now and then.
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                let choice = [HorizonDecision.Choice.goOn, .end, .later].randomElement(using: &rng)!
                return .decide(
                    choice, newHorizon: choice == .goOn ? Int.random(in: 0...20, using: &rng) : nil)
            case 1:
                return .setFollowUp(s.setup.date.adding(days: Int.random(in: -3...90, using: &rng)))
            default:
                let raw = "\(rosterNames.randomElement(using: &rng)!) vil snakke om tillit"
                return .proposeTheme(TextSafety.scrub(raw, names: rosterNames + guestNames))
            }
        }
    }

    static func checkInvariants(_ before: MeetingState, _ s: MeetingState, names: [String]) {
        #expect(s.now >= before.now, "the clock went back")
        if let t = s.turn {
            #expect(s.phase.hasTurns, "a turn outside a phase with turns")
            #expect(s.presentOrder.contains(t.speaker), "an absent speaker has the floor")
            #expect(t.elapsed(at: s.now) <= s.now - s.segmentStart + 1e-6)
        }
        for seg in s.segments {
            #expect(seg.end >= seg.start)
            let sum = seg.turns.reduce(0.0) { $0 + $1.seconds }
            #expect(sum <= (seg.end - seg.start) + 1e-6, "turns exceed their \(seg.kind) segment")
        }
        let current =
            s.currentTurns.reduce(0.0) { $0 + $1.seconds } + (s.turn?.elapsed(at: s.now) ?? 0)
        #expect(current <= s.now - s.segmentStart + 1e-6)
        if s.phase == .pause { #expect(s.pause != nil && s.turn == nil) }
    }

    @Test(arguments: 0..<8)
    func randomSequencesKeepInvariants(batch: Int) throws {
        let enc = JSONEncoder()
        let dec = JSONDecoder()
        for k in 0..<500 {
            let seed = UInt64(batch * 1000 + k)
            var rng = SplitMix64(seed: seed)
            let members = Int.random(in: 2...10, using: &rng)
            let names = Array(Self.rosterNames.prefix(members))
            var setup = F.setup(members: members, leader: Int.random(in: 0..<members, using: &rng))
            let format = MeetingFormat.allCases.randomElement(using: &rng)!
            setup.agenda = format.agenda
            setup.format = format.rawValue
            var s = MeetingState(setup: setup)
            var journal: [Data] = []
            for _ in 0..<Int.random(in: 20...200, using: &rng) {
                let e = Self.randomEvent(s, &rng)
                let before = s
                let effects = s.apply(e)
                journal.append(try enc.encode(e))
                Self.checkInvariants(before, s, names: names)
                if case .tick = e, effects.isEmpty {
                    // What the live loop relies on to journal such a tick later (MeetingRuntime).
                    var clockOnly = s
                    clockOnly.now = before.now
                    #expect(
                        clockOnly == before,
                        "a tick without effects changed more than the clock, seed \(seed)")
                }
            }
            // Replaying the journal (through its JSON form) gives the identical state.
            let events = try journal.map { try dec.decode(MeetingEvent.self, from: $0) }
            #expect(
                MeetingState.replay(setup: setup, events: events) == s,
                "replay differs, seed \(seed)")
            // No roster or guest name reaches the encoded log or the journal.
            let log = String(
                decoding: try SessionLogCodec.encode(
                    SessionLogBuilder.build(from: s, rosterNames: names)), as: UTF8.self)
            let journalText = journal.map { String(decoding: $0, as: UTF8.self) }.joined()
            for name in Self.rosterNames + Self.guestNames {
                #expect(!log.contains(name), "name in log, seed \(seed)")
                #expect(!journalText.contains(name), "name in journal, seed \(seed)")
            }
            let decoded = try SessionLogCodec.decode(Data(log.utf8), file: "x.json")
            #expect(decoded.speaking.perPersonS == decoded.speaking.perPersonS.sorted(by: >))
        }
    }
}
