import Foundation
import Testing

@testable import RundeCore

/// A group file that would be shown wrong: a NUL escape cut the name ("Quix\u0000tamar" read
/// as "Quix"), and a date in year 0 was taken.
@Suite("Group file: hostile values")
struct GroupFileHostileTests {
    let file = "/data/groups/tirsdag/group.toml"

    func refusal(_ text: String) -> GroupFileError? {
        do {
            _ = try GroupFileTOML.decode(text, file: file)
            return nil
        } catch { return error }
    }

    @Test func anEscapedNULIsRefusedNamingItsKeyAndLine() throws {
        let text = "name = \"Tirs\\u0000dag\"\nmembers = [\"Kari\", \"Ola\"]\n"
        let e = try #require(refusal(text))
        #expect(e.key == "name")
        #expect(e.line == 1)
        #expect(e.problem == .controlCharacters)
        let member = "name = \"Tirsdag\"\nmembers = [\"Kari\", \"Ola\\U00000000x\"]\n"
        #expect(refusal(member)?.line == 2)
        // An escaped backslash before "u0000" is no NUL.
        #expect(refusal("name = \"Tirs\\\\u0000dag\"\nmembers = [\"Kari\", \"Ola\"]\n") == nil)
    }

    @Test(arguments: ["0000-01-01", "1969-12-31", "10000-01-01"])
    func aDateOutsideAnyMeetingsYearsIsRefused(date: String) throws {
        let text =
            "name = \"Tirsdag\"\nmembers = [\"Kari\", \"Ola\"]\nfollow_up_date = \"\(date)\"\n"
        #expect(refusal(text)?.problem == .notADate)
        let next = "name = \"Tirsdag\"\nmembers = [\"Kari\", \"Ola\"]\nnext_date = \"\(date)\"\n"
        #expect(refusal(next)?.problem == .notADate)
        var g = GroupFile(name: "Tirsdag", members: ["Kari", "Ola"])
        g.starterFollowUp = LocalDate(year: 0, month: 1, day: 1)
        #expect(throws: GroupFileError.self) { try GroupFileTOML.validate(g, file: file) }
    }

    @Test func anOrdinaryDateIsKept() throws {
        let text =
            "name = \"Tirsdag\"\nmembers = [\"Kari\", \"Ola\"]\nfollow_up_date = \"2027-03-01\"\n"
        #expect(refusal(text) == nil)
    }
}
