import Foundation
import Testing

@testable import RundeCore

/// Seeded random damage to valid files: the log reader, the group-file parser and the journal
/// reader never crash; each mutant is read or refused with an error naming the file. What the
/// journal reader accepts is replayed and turned into a log, as a resume would.
/// `RUNDE_FUZZ_ROUNDS` and `RUNDE_FUZZ_SEED` run a longer hunt.
@Suite("Fuzz: readers")
struct FuzzReadersTests {
    static let rounds =
        ProcessInfo.processInfo.environment["RUNDE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 2_000
    static let seed =
        ProcessInfo.processInfo.environment["RUNDE_FUZZ_SEED"].flatMap { UInt64($0) }
        ?? 0x46_41_55_4C_54

    @Test func sessionLogDecoderNeverCrashes() {
        var rng = SplitMix64(seed: Self.seed)
        let originals = ["ok-valid.json", "ok-unknown-fields.json", "ok-theme-escape.json"]
            .map { [UInt8](BadInputCorpus.bytes("logs", $0)) }
        var parsed = 0
        var refused = 0
        for round in 0..<Self.rounds {
            let bytes = FuzzMutation.mutated(originals[round % originals.count], using: &rng)
            do {
                let log = try SessionLogCodec.decode(Data(bytes), file: "fuzz.json")
                parsed += 1
                _ = try? SessionLogCodec.encode(log)
            } catch {
                refused += 1
                #expect(error.description.hasPrefix("fuzz.json: "), "round \(round)")
                #expect(!TextSafety.containsUnsafe(error.description), "round \(round)")
            }
        }
        #expect(parsed > 0 && refused > 0, "parsed \(parsed), refused \(refused)")
    }

    @Test func groupFileParserNeverCrashes() {
        var rng = SplitMix64(seed: Self.seed &+ 1)
        let originals =
            [
                "ok-valid.toml", "ok-multiline-array.toml", "ok-unknown-keys.toml",
                "ok-name-quotes.toml",
            ]
            .map { [UInt8](BadInputCorpus.bytes("groups", $0)) }
            + [
                [UInt8](
                    GroupFileTOML.encode(
                        GroupFile(
                            name: "Torsdag", members: ["Kari", "Ola", "Siri"],
                            themeBacklog: ["Skam", "Grenser"])
                    ).utf8)
            ]
        var parsed = 0
        var refused = 0
        for round in 0..<Self.rounds {
            let bytes = FuzzMutation.mutated(
                originals[round % originals.count], using: &rng, extra: FuzzMutation.toml)
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            do {
                let group = try GroupFileTOML.decode(text, file: "fuzz.toml")
                parsed += 1
                for label in group.members + [group.name] {
                    #expect(!TextSafety.containsUnsafe(label), "round \(round)")
                }
                try GroupFileTOML.validate(group, file: "fuzz.toml")
            } catch {
                refused += 1
                #expect(error.description.hasPrefix("fuzz.toml"), "round \(round): \(error)")
            }
        }
        #expect(parsed > 0 && refused > 0, "parsed \(parsed), refused \(refused)")
    }

    @Test func journalReaderNeverCrashesAndWhatItReadsReplays() {
        var rng = SplitMix64(seed: Self.seed &+ 2)
        let file = "/data/groups/g/journal.jsonl"
        let originals = [
            [UInt8](BadInputCorpus.bytes("journals", "ok-valid.jsonl")),
            [UInt8](Self.longJournal()),
        ]
        var parsed = 0
        var refused = 0
        for round in 0..<Self.rounds {
            let bytes = FuzzMutation.mutated(
                originals[round % originals.count], using: &rng, extra: FuzzMutation.json)
            do {
                let contents = try Journal.parse(Data(bytes), file: file).contents
                parsed += 1
                let state = MeetingState.replay(
                    setup: contents.setup, events: contents.events + [.resumed])
                let log = SessionLogBuilder.build(
                    from: state, rosterNames: ["Kari", "Ola", "Siri"])
                #expect(log.durationS >= 0, "round \(round)")
            } catch {
                refused += 1
                #expect("\(error)".hasPrefix(file + ": "), "round \(round): \(error)")
            }
        }
        #expect(parsed > 0 && refused > 0, "parsed \(parsed), refused \(refused)")
    }

    /// A journal with every kind of event, encoded by Runde itself.
    static func longJournal() -> Data {
        let setup = persistenceSampleSetup(members: 5)
        var lines = [
            String(
                decoding: try! Journal.encoder.encode(
                    Journal.Header(schema: Journal.schemaID, setup: setup)), as: UTF8.self)
        ]
        let t0 = setup.startedAt
        let events: [MeetingEvent] = [
            .tick(t0 + 5), .setAttendance(member: 2, .notifiedAbsent), .advance, .tick(t0 + 60),
            .advance,
            .tick(t0 + 200), .pass, .adjustTurn(minutes: 1), .toggleHold, .tick(t0 + 230),
            .toggleHold, .advance,
            .lateArrival(member: 2), .guestArrival, .tick(t0 + 900), .startPause, .tick(t0 + 1000),
            .endPause,
            .setSharingMode(.open), .giveFloor(.guest(0)), .tick(t0 + 1200), .endTurn, .goToClosing,
            .advance,
            .skipPhase, .setNextLeader(3), .skipNextLeader, .setTheme("Skam"),
            .setNextDate(setup.date.adding(days: 7)),
            .moveUpcomingPhase(from: 0, to: 1), .resumed,
        ]
        lines += events.map { String(decoding: try! Journal.encoder.encode($0), as: UTF8.self) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}

/// Byte-level mutations: bit flips, interesting bytes, cuts, insertions, deletions, repeats.
enum FuzzMutation {
    static let common: [UInt8] =
        Array("\"'\\\n\r\t ,.-0123456789eE".utf8) + [
            0, 0x1B, 0x7F, 0xC2, 0x85, 0xE2, 0x80, 0xA8, 0xFF,
        ]
    static let toml: [UInt8] = Array("[]{}=#\"'".utf8)
    static let json: [UInt8] = Array("[]{}:-e9".utf8)

    static func mutated(_ original: [UInt8], using rng: inout SplitMix64, extra: [UInt8] = json)
        -> [UInt8]
    {
        var bytes = original
        let pool = common + extra
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0 where !bytes.isEmpty:
                bytes[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
            case 1 where !bytes.isEmpty:
                bytes[at] =
                    Bool.random(using: &rng)
                    ? UInt8.random(in: 0...255, using: &rng) : pool.randomElement(using: &rng)!
            case 2 where Int.random(in: 0..<4, using: &rng) == 0: bytes = Array(bytes.prefix(at))
            case 3:
                let n = Int.random(in: 1...3, using: &rng)
                bytes.insert(
                    contentsOf: (0..<n).map { _ in pool.randomElement(using: &rng)! }, at: at)
            case 4 where !bytes.isEmpty:
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng)))
            case 5:  // a run of digits: numbers far out of range
                bytes.insert(
                    contentsOf: Array(
                        repeating: UInt8(ascii: "9"), count: Int.random(in: 5...25, using: &rng)),
                    at: at)
            default:
                let chunk = Array(
                    bytes[at..<min(bytes.count, at + Int.random(in: 1...20, using: &rng))])
                bytes.insert(contentsOf: chunk, at: Int.random(in: 0...bytes.count, using: &rng))
            }
        }
        return bytes
    }
}
