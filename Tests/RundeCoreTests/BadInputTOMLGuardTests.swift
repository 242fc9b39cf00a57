import Testing

@testable import RundeCore

/// The guard in front of TOMLKit with arrays allowed (group files): the forms that abort
/// toml++ 3.4 are refused with their line; everything a group file uses passes.
@Suite("Bad input: TOMLKit guard for group files")
struct BadInputTOMLGuardTests {
    func problem(_ text: String) -> (line: Int, problem: TOMLKitGuard.Problem)? {
        TOMLKitGuard.firstProblem(in: text, arrays: .allowed, headerExample: "[settings]")
    }

    @Test(arguments: [
        ("x = [}", 1), ("x = [1, }", 1), ("a = 1\nx = [\n  \"A\",\n  }\n]", 4), ("x = [ # c\n}", 2),
        ("x = [[}]]", 1),
        ("x = [\u{2028}]", 1), ("x = [\u{85}\"a\"]", 1), ("x = [\"a\",\u{2029}\"b\"]", 1),
        ("x = { a = [} }", 1),
        ("[=]", 1), ("a = 1\n[[[a]]]", 2), ("[", 1), ("\u{FEFF}[=]", 1),
        ("d = \"\"\"\n[\n\"\"\"\nx = [}", 4),
    ])
    func crashingFormsAreRefused(text: String, line: Int) {
        let p = problem(text)
        #expect(p?.line == line, "\(text.debugDescription): \(String(describing: p))")
    }

    @Test(arguments: [
        "members = [\"A\", \"B\"]", "members = [\n  \"A\", # first\n  \"B\",\n]",
        "x = [[1, 2], [\"a\"]]", "x = []",
        "x = [ ]", "x = [{ a = [1] }, { b = \"}\" }]", "name = \"[}]\"\nmembers = ['}', \"]\"]",
        "x = [1]\n[settings]\ny = [2]",
        "text = \"\"\"\n[=]\nx = [}\n\"\"\"",
        "[[agenda]]\nkind = \"opening\"\n[[agenda]]\nkind = \"summary\"", "x = [\"a\\\"}\"]",
        "# [} in a comment\nx = 1",
    ])
    func groupFileFormsPass(text: String) {
        #expect(problem(text) == nil, "\(text.debugDescription)")
    }

    @Test func theGroupParserRefusesCrashingFormsWithFileAndLine() {
        do {
            _ = try GroupFileTOML.decode(
                "name = \"G\"\nmembers = [\"A\", }\n", file: "/g/group.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("/g/group.toml, line 2: not valid TOML"))
        }
    }
}
