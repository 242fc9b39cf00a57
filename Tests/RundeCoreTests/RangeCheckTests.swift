import Foundation
import Testing

@testable import RundeCore

/// Issue 16, items 2 and 3: every number read from a file is range-checked before it is
/// converted; a file out of range is reported as bad, naming the field.
@Suite("Range checks on numbers read from files")
struct RangeCheckTests {
    static func logJSON(
        gini: String = "0.2", duration: String = "7168", perPerson: String = "[600, 500]"
    ) -> Data {
        Data(
            """
            {"schema": "runde.session/1", "app_version": "0.1.0", "meeting_number": 7, "date": "2026-11-21",
             "started_at": "2026-11-21T18:00:12+01:00", "ended_at": "2026-11-21T19:59:40+01:00",
             "duration_s": \(duration), "completed": true, "recovered": false,
             "plan": {"meeting_minutes": 120, "pause_minutes": 15, "pause_at_minute": 60, "turn_seconds": 180, "closing_turn_seconds": 60},
             "attendance": {"members": 2, "present": 2, "notified_absent": 0, "absent": 0, "late": 0, "guests": 0},
             "phases": [{"kind": "check_in", "start_s": 0, "end_s": 95}],
             "speaking": {"per_person_s": \(perPerson), "balance_gini": \(gini)},
             "pause": {"taken": false}, "overrun_s": 0,
             "next": {"theme": "Skam", "leader_chosen": true}}
            """.utf8)
    }

    @Test func aPlainLogDecodes() throws {
        _ = try SessionLogCodec.decode(Self.logJSON(), file: "ok.json")
    }

    @Test(arguments: [
        ("1e19", "speaking.balance_gini"), ("-0.5", "speaking.balance_gini"),
        ("1.5", "speaking.balance_gini"),
    ])
    func aGiniOutOfRangeMakesTheFileBad(_ gini: String, _ field: String) {
        #expect {
            try SessionLogCodec.decode(Self.logJSON(gini: gini), file: "crafted.json")
        } throws: { error in
            "\(error)".contains("crafted.json") && "\(error)".contains(field)
        }
    }

    @Test func hugeAndNegativeSecondsMakeTheFileBad() {
        for (duration, per) in [
            ("9223372036854775807", "[1]"), ("-5", "[1]"),
            ("60", "[4611686018427387904, 4611686018427387904]"),
        ] {
            #expect(throws: SessionLogCodec.ReadError.self) {
                try SessionLogCodec.decode(
                    Self.logJSON(duration: duration, perPerson: per), file: "x.json")
            }
        }
    }

    // MARK: Group file numbers (item 3)

    static func groupTOML(_ extra: String) -> String {
        "name = \"G\"\nmembers = [\"A\", \"B\"]\n" + extra + "\n"
    }

    @Test(arguments: [
        ("meetings_held = 9223372036854775807", "meetings_held"),
        ("meetings_held = 2000000", "meetings_held"),
        ("meetings_held = -1", "meetings_held"),
        ("horizon = -1", "horizon"),
        ("horizon = 501", "horizon"),
        ("starter_meetings = 1000", "starter_meetings"),
        ("next_leader = 9223372036854775807", "next_leader"),
        ("[settings]\nturn_seconds = 9223372036854775807", "settings.turn_seconds"),
    ])
    func groupNumbersOutOfRangeAreRefusedNamingTheKey(_ line: String, _ key: String) {
        #expect {
            try GroupFileTOML.decode(Self.groupTOML(line), file: "group.toml")
        } throws: { error in
            let text = "\(error)"
            return text.contains(key) && text.contains("group.toml")
        }
    }

    @Test func theLoaderAndValidateShareOneRule() throws {
        var g = try GroupFileTOML.decode(Self.groupTOML("meetings_held = 99999"), file: "g")
        try GroupFileTOML.validate(g, file: "g")
        for change in [
            { (g: inout GroupFile) in g.meetingsHeld = 100_000 }, { $0.horizon = 0 },
            { $0.horizon = 501 },
            { $0.starterMeetings = -3 }, { $0.starterMeetings = 1000 },
        ] {
            var h = g
            change(&h)
            #expect(throws: GroupFileError.self) { try GroupFileTOML.validate(h, file: "g") }
            #expect(throws: GroupFileError.self) {
                try GroupFileTOML.decode(GroupFileTOML.encode(h), file: "g")
            }
        }
        g.meetingsHeld = 0
        try GroupFileTOML.validate(g, file: "g")
    }

    // MARK: Slugs (item 11)

    @Test func nonLatinNamesGetDistinctSlugs() {
        let a = GroupFile.slug(for: "Группа")
        let b = GroupFile.slug(for: "Ομάδα")
        #expect(a != b && a.hasPrefix("gruppe-") && b.hasPrefix("gruppe-"))
        #expect(GroupStore.isSafeSlug(a) && GroupStore.isSafeSlug(b))
        #expect(GroupFile.slug(for: "Torsdag") == "torsdag")
    }

    // MARK: Data folder (items 8 and 11)

    @Test func noHomeIsRefusedNeverTmp() {
        #expect(DataLocation.resolve(override: nil, environment: [:]) == .failure(.noHome))
        #expect(DataLocation.resolve(override: nil, environment: ["HOME": ""]) == .failure(.noHome))
        #expect(
            DataLocation.resolve(override: nil, environment: ["HOME": "/home/x"])
                == .success(DataLocation(root: "/home/x/.local/share/runde")))
        #expect(
            DataLocation.resolve(override: nil, environment: ["RUNDE_HOME": "/r"])
                == .success(DataLocation(root: "/r")))
    }

    @Test func aDataDirThatIsAFileIsRefused() throws {
        let tmp = PersistenceTempFolder()
        let file = tmp.path + "/not-a-folder"
        try FileIO.writeAtomically(Data("x".utf8), to: file)
        #expect(
            DataLocation.resolve(override: file, environment: [:])
                == .failure(.notAFolder(path: file)))
    }
}
