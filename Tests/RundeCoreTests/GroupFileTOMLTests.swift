import Foundation
import Testing

@testable import RundeCore

@Suite("Group file TOML")
struct GroupFileTOMLTests {
    let file = "/data/groups/tirsdag/group.toml"

    func decode(_ text: String) throws -> GroupFile { try GroupFileTOML.decode(text, file: file) }

    func refusal(_ text: String) -> GroupFileError? {
        do {
            _ = try decode(text)
            return nil
        } catch { return error as? GroupFileError }
    }

    @Test func roundTripKeepsEveryField() throws {
        let g = GroupFile(
            name: "Tirsdagsgruppa «Øst»", members: ["Kari", "Ola N.", "Åse", "\"Q\" 'x'"],
            nextLeader: 2,
            meetingsHeld: 11, nextTheme: "Skam \"og\" skyld\\",
            nextDate: LocalDate(year: 2026, month: 12, day: 5),
            settings: GroupSettings(
                plan: MeetingPlan(
                    meetingMinutes: 90, pauseMinutes: 10, pauseAtMinute: 45,
                    turnSeconds: 120, closingTurnSeconds: 45),
                bell: true, language: "en", theme: "high-contrast"),
            rules: "Line one.\nLine \"two\".\n\tTabbed ''' and \"\"\" too.")
        let text = GroupFileTOML.encode(g)
        #expect(try decode(text) == g)
        #expect(text.contains("next_date = \"2026-12-05\""))
        #expect(text.contains("[settings]"))
        #expect(text.contains("[rules]"))
    }

    @Test func defaultsRoundTripAndNilDateIsOmitted() throws {
        let g = GroupFile(name: "G", members: ["A", "B"])
        let text = GroupFileTOML.encode(g)
        #expect(!text.contains("next_date"))
        #expect(try decode(text) == g)
    }

    @Test func missingOptionalKeysTakeDefaultsAndUnknownKeysAreIgnored() throws {
        let g = try decode(
            """
            name = "G"
            members = ["A", "B", "C"]
            colour = "blue"
            [settings]
            turn_seconds = 200
            future_key = 1
            [extra]
            x = 1
            """)
        #expect(g.nextLeader == 0 && g.meetingsHeld == 0 && g.nextTheme == "" && g.nextDate == nil)
        #expect(g.settings.plan.turnSeconds == 200)
        #expect(g.settings.plan.meetingMinutes == 120)
        #expect(g.rules == GroupFile.defaultRules)
    }

    @Test func acceptsANativeTOMLDate() throws {
        let g = try decode("name = \"G\"\nmembers = [\"A\", \"B\"]\nnext_date = 2026-12-05\n")
        #expect(g.nextDate == LocalDate(year: 2026, month: 12, day: 5))
    }

    @Test func notTOMLIsRefusedWithFileAndLine() throws {
        let e = try #require(refusal("name = \"G\"\nmembers = [\"A\", \"B\"\nthis is not toml"))
        #expect(e.description.hasPrefix(file))
        #expect(e.line != nil)
        #expect(e.description.contains("not valid TOML"))
    }

    @Test func wrongTypesAreRefusedNamingKeyAndLine() throws {
        let cases: [(String, String, Int)] = [
            ("name = 3\nmembers = [\"A\", \"B\"]", "name", 1),
            ("name = \"G\"\nmembers = \"A,B\"", "members", 2),
            ("name = \"G\"\nmembers = [\"A\", 2]", "members", 2),
            ("name = \"G\"\nmembers = [\"A\", \"B\"]\nnext_leader = \"1\"", "next_leader", 3),
            ("name = \"G\"\nmembers = [\"A\", \"B\"]\nmeetings_held = 1.5", "meetings_held", 3),
            ("name = \"G\"\nmembers = [\"A\", \"B\"]\nnext_date = \"5 December\"", "next_date", 3),
            (
                "name = \"G\"\nmembers = [\"A\", \"B\"]\n[settings]\n  bell = \"yes\"",
                "settings.bell", 4
            ),
            (
                "name = \"G\"\nmembers = [\"A\", \"B\"]\n[settings]\nturn_seconds = \"3m\"",
                "settings.turn_seconds", 4
            ),
            ("name = \"G\"\nmembers = [\"A\", \"B\"]\nsettings = 1", "settings", 3),
            ("name = \"G\"\nmembers = [\"A\", \"B\"]\n[rules]\ntext = 5", "rules.text", 4),
        ]
        for (text, key, line) in cases {
            let e = try #require(refusal(text), "\(key)")
            #expect(e.key == key)
            #expect(
                {
                    if case .wrongType = e.problem { return true }
                    return key == "next_date" || key == "settings"
                }(), "\(e.problem)")
            #expect(e.line == line, "\(key)")
            #expect(
                e.description.hasPrefix(
                    "\(file), line \(line): \(key)\(e.item.map { " (entry \($0))" } ?? ""): "),
                "\(e)")
        }
    }

    @Test func missingRequiredKeysAreNamed() throws {
        #expect(refusal("members = [\"A\", \"B\"]")?.description == "\(file): name: is missing")
        #expect(refusal("name = \"G\"")?.description == "\(file): members: is missing")
    }

    @Test func nextLeaderOutOfRangeIsRefused() throws {
        let e = try #require(refusal("name = \"G\"\nmembers = [\"A\", \"B\"]\nnext_leader = 2"))
        #expect(
            e.description
                == "\(file), line 3: next_leader: must be an index into members (0 to 1), not 2")
        #expect(refusal("name = \"G\"\nmembers = [\"A\", \"B\"]\nnext_leader = -1") != nil)
    }

    @Test func fewerThanTwoMembersIsRefused() throws {
        let e = try #require(refusal("name = \"G\"\nmembers = [\"A\"]"))
        #expect(
            e.description == "\(file), line 2: members: a group needs at least 2 members, not 1")
    }

    @Test func labelsWithControlCharactersAreRefusedWithoutEchoingThem() throws {
        for bad in ["\\u001b[31mRed", "Tab\\tbed", "Bell\\u0007", "RTL\\u202e"] {
            let e = try #require(
                refusal("name = \"G\"\nmembers = [\"A\", \"B\", \"\(bad)\"]"), "\(bad)")
            #expect(
                e.description == "\(file), line 2: members: member 3 contains control characters")
        }
    }

    @Test func duplicateAndEmptyLabelsAreRefused() throws {
        #expect(
            refusal("name = \"G\"\nmembers = [\"Kari\", \"B\", \"kari\"]")?.problem
                == .group(.memberSame(3, as: 1)))
        #expect(
            refusal("name = \"G\"\nmembers = [\"A\", \"  \"]")?.problem == .group(.memberEmpty(2)))
    }

    @Test func impossiblePlansAreRefused() throws {
        let e = try #require(
            refusal("name = \"G\"\nmembers = [\"A\", \"B\"]\n\n[settings]\nmeeting_minutes = 5"))
        #expect(e.key == "settings.meeting_minutes")
        #expect(e.line == 5)
        #expect(
            e.description
                == "\(file), line 5: settings.meeting_minutes: must be between 10 and 600, not 5")
        #expect(e.problem == .outOfRange(min: 10, max: 600, value: 5))
        #expect(
            refusal("name = \"G\"\nmembers = [\"A\", \"B\"]\n[settings]\nlanguage = \"de\"")?.key
                == "settings.language")
    }

    @Test func nulBytesAndNegativeCountsAreRefused() throws {
        #expect(refusal("name = \"G\"\u{0}") != nil)
        #expect(
            refusal("name = \"G\"\nmembers = [\"A\", \"B\"]\nmeetings_held = -3")?.key
                == "meetings_held")
    }

    @Test func validateMatchesDecode() throws {
        var g = GroupFile(name: "G", members: ["A", "B"])
        try GroupFileTOML.validate(g, file: file)
        g.nextLeader = 5
        #expect(throws: GroupFileError.self) { try GroupFileTOML.validate(g, file: file) }
    }

    @Test func anAgendaStepNamesItsEntry() throws {
        let text =
            "name = \"G\"\nmembers = [\"A\", \"B\"]\n[[agenda]]\nkind = \"round\"\n[[agenda]]\nkind = \"dance\"\n"
        let e = try #require(refusal(text))
        #expect(e.key == "agenda.kind" && e.item == 2 && e.problem == .notAStepKind)
        #expect(e.description.contains("agenda.kind (entry 2): "))
    }
}
