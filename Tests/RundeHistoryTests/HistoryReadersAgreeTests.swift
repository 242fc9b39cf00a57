import Foundation
import RundeText
import Testing

@testable import RundeCore
@testable import RundeHistory

/// `history list` (the index, through the fast decoder) and `history show` (the codec) read a
/// log through one validator, so they always agree about a file: `acknowledged: -1` was
/// listed and then refused by show. Problems are worded for a person, and a meeting number
/// that several logs share is never resolved silently.
@Suite("History: the two readers agree")
struct HistoryReadersAgreeTests {
    /// The example log as a JSON object, with `path` (dot-separated, `phases.0.start_s`)
    /// set to `value` (nil removes it).
    static func mutated(_ path: String, _ value: Any?) throws -> Data {
        let data = try SessionLogCodec.encode(HistoryFixture.exampleLog(theme: "Skam"))
        var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func set(_ obj: Any, _ keys: ArraySlice<String>) -> Any {
            guard let k = keys.first else { return value as Any }
            if var arr = obj as? [Any], let i = Int(k), arr.indices.contains(i) {
                arr[i] = set(arr[i], keys.dropFirst())
                return arr
            }
            var dict = obj as? [String: Any] ?? [:]
            if keys.count == 1 && value == nil {
                dict[k] = nil
            } else {
                dict[k] = set(dict[k] as Any, keys.dropFirst())
            }
            return dict
        }
        root = set(root, path.split(separator: ".").map(String.init)[...]) as! [String: Any]
        return try JSONSerialization.data(withJSONObject: root)
    }

    /// What list and show make of one file: readable by each or not.
    static func verdicts(_ data: Data) -> (list: Bool, show: Bool, fast: Bool) {
        let fx = HistoryFixture()
        fx.write("2026-11-21-007.json", data)
        let index = HistoryIndex.load(logsDir: fx.logsDir, useCache: false, writeCache: false)
        let shown = HistoryLogFiles.load(id: "2026-11-21-007", logsDir: fx.logsDir)
        let fast = HistoryFastDecoderTests.fast(data) != nil
        if case .success = shown { return (!index.summaries.isEmpty, true, fast) }
        return (!index.summaries.isEmpty, false, fast)
    }

    static var cases: [(String, Any?, Bool)] {
        [
            ("acknowledged", -1, false), ("acknowledged", 1e308, false),
            ("acknowledged", "x", false),
            ("acknowledged", 3, true), ("acknowledged", nil, true),
            ("farewell_round", "yes", false), ("farewell_round", true, true),
            ("format", 7, false), ("format", "regular", true),
            ("date", "2024-02-30", false), ("date", "99999-01-01", false),
            ("date", "0000-01-01", false), ("date", "2024-02-29", true),
            ("started_at", "2024-02-30T18:00:00+01:00", false), ("ended_at", "noon", false),
            ("next.date", "2024-13-01", false), ("next.date", nil, true),
            ("phases.0.start_s", "x", false), ("phases.0.start_s", 1e308, false),
            ("speaking.per_person_s.0", -5, false), ("theme", 7, false),
        ]
    }

    @Test(arguments: 0..<21)
    func listAndShowAgree(index: Int) throws {
        let (path, value, readable) = Self.cases[index]
        let v = Self.verdicts(try Self.mutated(path, value))
        #expect(v.list == readable, "\(path) = \(String(describing: value)): list")
        #expect(v.show == readable, "\(path) = \(String(describing: value)): show")
        #expect(v.fast == false || readable, "the fast decoder never accepts what show refuses")
    }

    /// Random fields set to random awkward values: list and show never disagree.
    @Test func randomDamageNeverMakesThemDisagree() throws {
        let paths = [
            "acknowledged", "farewell_round", "format", "date", "started_at", "ended_at",
            "meeting_number", "duration_s", "completed", "next.date", "next.theme",
            "next.leader_chosen", "phases.0.start_s", "phases.2.turns.count", "phases.1.mode",
            "speaking.balance_gini", "speaking.per_person_s.1", "pause.length_s",
            "plan.turn_seconds",
            "attendance.present", "theme", "schema",
        ]
        let values: [Any?] = [
            nil, NSNull(), -1, 0, 7, 1e308, -1e308, 0.5, "x", "", "2024-02-30", "2026-11-21",
            "1969-12-31", true, false, [Any](), [String: Any](), Int.max,
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<150 {
            let path = paths.randomElement(using: &rng)!
            let value = values.randomElement(using: &rng)!
            let v = Self.verdicts(try Self.mutated(path, value))
            #expect(v.list == v.show, "\(path) = \(String(describing: value))")
        }
    }

    @Test func problemsAreWordedForAPerson() throws {
        let c = Catalog(.en)
        func words(_ data: Data) -> String {
            do {
                _ = try SessionLogCodec.decode(data, file: "2026-11-21-007.json")
                return "readable"
            } catch let e as SessionLogCodec.ReadError { return c.words(e) } catch {
                return "\(error)"
            }
        }
        #expect(
            words(Data("[]".utf8))
                == "2026-11-21-007.json: not a readable Runde log (the file holds JSON, but not a Runde log (a log begins with \"{\"))"
        )
        #expect(words(Data("[1,".utf8)).hasSuffix("(not valid JSON)"))
        let wrongType = words(try Self.mutated("phases.0.start_s", "x"))
        #expect(wrongType.hasSuffix("(phases[0].start_s must be a whole number)"), "\(wrongType)")
        #expect(!wrongType.contains("Index"))
        #expect(
            words(try Self.mutated("date", "2024-02-30")).hasSuffix(
                "(date is not a real date (2024-02-30))"))
        #expect(
            words(try Self.mutated("acknowledged", "x")).hasSuffix(
                "(acknowledged must be a whole number)"))
        let nb = Catalog(.nb)
        do {
            _ = try SessionLogCodec.decode(try Self.mutated("completed", 3), file: "a.json")
            Issue.record("expected an error")
        } catch let e as SessionLogCodec.ReadError {
            #expect(nb.words(e).hasSuffix("(completed skal være true eller false)"))
        }
    }

    @Test func aNumberSeveralLogsShareIsRefusedNamingThem() throws {
        let fx = HistoryFixture()
        fx.write(
            "2026-11-21-007.json", log: HistoryFixture.exampleLog(number: 7, date: "2026-11-21"))
        fx.write(
            "2026-12-05-007.json", log: HistoryFixture.exampleLog(number: 7, date: "2026-12-05"))
        fx.write(
            "2026-12-19-008.json", log: HistoryFixture.exampleLog(number: 8, date: "2026-12-19"))
        #expect(
            HistoryLogFiles.id(forNumber: 7, logsDir: fx.logsDir)
                == .failure(.ambiguousNumber(7, ids: ["2026-11-21-007", "2026-12-05-007"])))
        #expect(HistoryLogFiles.id(forNumber: 8, logsDir: fx.logsDir) == .success("2026-12-19-008"))
        #expect(HistoryLogFiles.id(forNumber: 9, logsDir: fx.logsDir) == .success(nil))
        let failure = HistoryLogFiles.Failure.ambiguousNumber(
            7, ids: ["2026-11-21-007", "2026-12-05-007"])
        #expect(
            failure.message(Catalog(.en))
                == "Several logs have meeting number 7: 2026-11-21-007, 2026-12-05-007. Choose one of them by its id, for example \"runde history show 2026-12-05-007\"."
        )
    }

    @Test func everyNewProblemSurvivesTheIndexCache() {
        for p: ReadProblem in [
            .notAnObject, .shouldBe(at: "phases[0].start_s", kind: .wholeNumber),
            .badDate(field: "date", value: "2024-02-30"),
        ] {
            #expect(ReadProblem(code: p.code) == p)
        }
    }
}
