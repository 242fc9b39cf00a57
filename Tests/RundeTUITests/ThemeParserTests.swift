import Testing

@testable import RundeTUI

@Suite struct ThemeParserTests {
    /// Parses `text` and returns the refusal, failing the test if it was accepted.
    func refusal(_ text: String, source: String = "themes/test.toml") -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text: text, source: source)
            Issue.record("accepted: \(text)")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: BundledThemes.all.map(\.name))
    func everyBundledThemeParsesAndSetsEveryRole(name: String) throws {
        let text = try #require(BundledThemes.text(named: name))
        let document = try ThemeParser.parseDocument(
            text: text, source: "bundled:\(name)",
            base: Theme(name: "", styles: [:]))
        #expect(document.theme.name == name)
        #expect(!document.description.isEmpty)
        #expect(
            Set(document.theme.styles.keys) == Set(StyleRole.allCases),
            "\(name) must set every role")
    }

    @Test func defaultFileEqualsBuiltInDefault() throws {
        let text = try #require(BundledThemes.text(named: "default"))
        // Parsed over an empty base, so every role must come from the file itself.
        let strict = try ThemeParser.parseDocument(
            text: text, source: "Themes/default.toml",
            base: Theme(name: "", styles: [:]))
        #expect(strict.theme == Theme.builtInDefault)
        #expect(try ThemeParser.parse(text: text, source: "x") == Theme.builtInDefault)
    }

    /// Decision: an empty file is a valid theme. It inherits every role from the built-in
    /// default and is named after its file.
    @Test func emptyFileIsTheDefaultUnderTheFileName() throws {
        let theme = try ThemeParser.parse(
            text: "", source: "/home/k/.local/share/runde/themes/ocean.toml")
        #expect(theme.name == "ocean")
        #expect(theme.styles == Theme.builtInDefault.styles)
        #expect(
            try ThemeParser.parse(text: "# only a comment\n\n", source: "bundled:x").name == "x")
    }

    @Test func missingRolesInheritAndListedRolesAreComplete() throws {
        let theme = try ThemeParser.parse(
            text: """
                name = "mine"
                [roles.calm]
                underline = true
                [roles.strip_current]
                fg = "bright-red"
                bg = 208
                [roles.footer_key]
                fg = "#ff0000"
                reverse = true
                dim = true
                bold = false
                """, source: "mine.toml")
        #expect(theme.name == "mine")
        #expect(theme.style(.calm) == RoleStyle(underline: true))
        #expect(theme.style(.stripCurrent) == RoleStyle(fg: .indexed(9), bg: .indexed(208)))
        #expect(theme.style(.footerKey) == RoleStyle(fg: .indexed(196), reverse: true, dim: true))
        #expect(theme.style(.warning) == Theme.builtInDefault.style(.warning))
    }

    @Test func inlineAndDottedTablesWork() throws {
        let dotted = try ThemeParser.parse(
            text: "roles.speaker.fg = \"magenta\"\n", source: "t.toml")
        #expect(dotted.style(.speaker) == RoleStyle(fg: .magenta))
        let inline = try ThemeParser.parse(
            text: "[roles]\ncalm = { fg = \"green\", dim = true }\n", source: "t.toml")
        #expect(inline.style(.calm) == RoleStyle(fg: .green, dim: true))
    }

    // MARK: refusals, each naming the file and the line

    @Test func unknownRoleIsRefusedWithFileAndLine() throws {
        let e = try #require(refusal("name = \"x\"\n\n[roles.purple]\nfg = \"red\"\n"))
        #expect(e.kind == .unknownKey)
        #expect(e.line == 3)
        #expect(e.description.hasPrefix("themes/test.toml:3: "))
        #expect(e.description.contains("purple"))
        #expect(e.description.contains("strip_current"), "lists the known roles")
    }

    @Test func unknownAttributeIsRefused() throws {
        let e = try #require(refusal("[roles.speaker]\nfg = \"red\"\nblink = true\n"))
        #expect(e.kind == .unknownKey)
        #expect(e.line == 3)
        #expect(e.description.hasPrefix("themes/test.toml:3: "))
        #expect(e.description.contains("blink"))
    }

    @Test func unknownTopLevelKeyIsRefused() throws {
        let e = try #require(refusal("name = \"x\"\ncolour = 3\n"))
        #expect(e.kind == .unknownKey)
        #expect(e.line == 2)
    }

    @Test(arguments: [
        "\"purple-ish\"", "\"#12345\"", "\"#gg0000\"", "256", "-1", "\"bright-\"", "\"\"",
    ])
    func badColourIsRefused(value: String) throws {
        let e = try #require(refusal("# a comment\n[roles.warning]\nbold = true\nfg = \(value)\n"))
        #expect(e.kind == .badColor)
        #expect(e.line == 4)
        #expect(e.description.hasPrefix("themes/test.toml:4: "))
        #expect(e.description.contains("roles.warning.fg"))
    }

    @Test func badColourMessageQuotesTheValue() throws {
        let e = try #require(refusal("[roles.warning]\nbg = \"purple-ish\"\n"))
        #expect(
            e.description == "themes/test.toml:2: bad colour \"purple-ish\" for roles.warning.bg; "
                + "use default, a colour name, bright-<name>, 0–255 or \"#rrggbb\"")
    }

    @Test func wrongTypeIsRefused() throws {
        let e = try #require(
            refusal("name = \"x\"\n[roles.speaker]\nfg = \"white\"\nbold = \"yes\"\n"))
        #expect(e.kind == .wrongType)
        #expect(e.line == 4)
        #expect(
            e.description
                == "themes/test.toml:4: roles.speaker.bold must be true/false, not a string")
    }

    @Test(arguments: [
        ("name = 3\n", 1, ThemeError.Kind.wrongType),
        ("description = true\n", 1, .wrongType),
        ("\nroles = 3\n", 2, .wrongType),
        ("[roles]\nspeaker = true\n", 2, .wrongType),
        ("[roles.calm]\nfg = 1.5\n", 2, .wrongType),
        ("[roles.calm]\nfg = [1]\n", 2, .syntax),  // arrays are refused before TOMLKit sees them
        ("[roles]\n\ncalm = { fg = \"red\", bold = \"no\" }\n", 3, .wrongType),
        ("a = 1\nroles.calm.fg = \"nope\"\n", 1, .unknownKey),
        ("x = 1\n[roles.calm]\nfg = \"nope\"\n", 1, .unknownKey),
        ("roles.calm.fg = \"nope\"\n", 1, .badColor),
        ("name = \"\"\n", 1, .badValue),
        ("name = \"a\\u0007b\"\n", 1, .badValue),
        ("\nname = \"a\\u001b[31mb\"\n", 2, .badValue),
        ("description = \"two\\nlines\"\n", 1, .badValue),
    ])
    func otherRefusalsNameTheLine(text: String, line: Int, kind: ThemeError.Kind) throws {
        let e = try #require(refusal(text))
        #expect(e.kind == kind)
        #expect(e.line == line)
        #expect(e.description.hasPrefix("themes/test.toml:\(line): "))
        #expect(!e.description.contains("\u{1B}"), "messages are safe to print")
    }

    @Test func theEarliestProblemIsReported() throws {
        let e = try #require(refusal("[roles.speaker]\nbold = 1\n[roles.calm]\nfg = \"x\"\n"))
        #expect(e.line == 2)
    }

    @Test func multiLineStringsDoNotConfuseTheLineFinder() {
        let locator = ThemeLineLocator(
            text: """
                description = \"\"\"
                [roles.speaker]
                blink = 1
                \"\"\"
                [ roles . "speaker" ]   # a comment
                blink = true
                'quoted.key' = 1
                [roles]
                calm = { fg = "red" }
                """)
        #expect(locator.line(of: ["description"]) == 1)
        #expect(locator.line(of: ["roles", "speaker"]) == 5)
        #expect(locator.line(of: ["roles", "speaker", "blink"]) == 6)
        #expect(locator.line(of: ["roles", "speaker", "quoted.key"]) == 7)
        #expect(
            locator.line(of: ["roles", "calm", "fg"]) == 9,
            "inside an inline table: the table's line")
        #expect(locator.line(of: ["roles"]) == 8)
        #expect(
            ThemeLineLocator(text: "\n[roles.calm]\n").line(of: ["roles"]) == 2,
            "defined only by a sub-table")
        #expect(locator.line(of: ["nothing"]) == nil)
    }

    @Test func descriptionMayNotSpanLines() throws {
        let e = try #require(
            refusal("description = \"\"\"\nsome\ntext\"\"\"\n[roles.calm]\nblink = 1\n"))
        #expect(e.kind == .badValue && e.line == 1)
    }

    @Test(arguments: [
        ("[roles.speaker\nbold = true\n", 1),
        ("name = \"x\"\n[roles.speaker]\nbold = tru\n", 3),
        ("name = \"x\"\nname = \"y\"\n", 2),
        ("\n\n[roles.calm]\n[roles.calm]\n", 4),
        ("name = \"unterminated\n", 1),
    ])
    func invalidTOMLIsRefusedWithTheLine(text: String, line: Int) throws {
        let e = try #require(refusal(text))
        #expect(e.kind == .syntax)
        #expect(e.line == line)
        #expect(e.description.hasPrefix("themes/test.toml:\(line): not valid TOML"))
    }

    @Test func nulAndInvalidUTF8AreRefused() throws {
        let nul = try #require(refusal("name = \"x\"\n\u{0}\n"))
        #expect(nul.kind == .syntax && nul.line == 2)
        #expect(throws: ThemeError.self) {
            try ThemeParser.parseDocument(
                bytes: Array("name = \"x\"\n\n".utf8) + [0xFF], source: "b.toml")
        }
        #expect {
            _ = try ThemeParser.parseDocument(
                bytes: Array("a = 1\n\n".utf8) + [0xC3], source: "b.toml")
        } throws: { error in
            (error as? ThemeError)?.description == "b.toml:3: not UTF-8 text"
        }
    }

    @Test func hugeFilesAreRefused() {
        let big = String(repeating: "# padding\n", count: ThemeParser.maxBytes / 10 + 1)
        #expect(throws: ThemeError.self) { try ThemeParser.parse(text: big, source: "big.toml") }
    }

    @Test func roleKeysAreSnakeCase() {
        #expect(StyleRole.stripCurrent.themeKey == "strip_current")
        #expect(StyleRole.footerKey.themeKey == "footer_key")
        #expect(StyleRole.normal.themeKey == "normal")
        for role in StyleRole.allCases { #expect(StyleRole(themeKey: role.themeKey) == role) }
        #expect(StyleRole(themeKey: "stripCurrent") == nil)
    }
}
