import RundeCore
import RundeTUI
import RundeText
import Testing

/// Every typed problem of a group file and a theme is worded from the catalog: in bokmål no
/// English is left, in English no bokmål, and values from files are made safe.
@Suite("Problems worded in the user's language")
struct ProblemWordsTests {
    static let groupProblems: [GroupFileProblem] = [
        .text(.nulByte), .text(.notUTF8), .text(.guarded(.lineSeparator)),
        .text(.guarded(.badHeader(example: "[settings]"))),
        .text(.guarded(.strayBrace)), .text(.notTOML(detail: "Error while parsing")),
        .text(.notTOML(detail: nil)), .missing,
        .wrongType(expected: .wholeNumber, found: .string),
        .wrongType(expected: .listOfStrings, found: .table),
        .outOfRange(min: 10, max: 3600, value: 5), .notAMemberIndex(count: 2, value: 7), .notADate,
        .notATable(example: "[settings]"), .notAList(example: "[[agenda]]"),
        .tooManyEntries(max: 30), .notALanguage,
        .notAFormat, .notAStepKind, .notAChoice, .controlCharacters, .leavingNotAMember,
        .group(.memberSame(3, as: 1)), .group(.tooFewMembers(min: 2, count: 1)),
        .group(.memberNoLetters(3, label: "🦊")),
    ]

    static let themeProblems: [ThemeProblem] = [
        .text(.notUTF8), .text(.nulByte), .text(.guarded(.arrayNotAllowed)),
        .text(.notTOML(detail: nil)), .tooLarge(kib: 64), .isAFolder, .cannotRead,
        .notANameOrPath, .noSuchTheme(known: ["default", "light"]), .noSuchFile,
        .unknownKey("colour", allowed: ["name", "roles"]),
        .unknownRole("speeker", allowed: ["speaker"]),
        .unknownAttribute("blink", role: "calm", allowed: ["fg", "bg"]),
        .wrongType(key: "roles.calm.bold", expected: .trueFalse, found: .string),
        .badColor(value: "reddish", key: "roles.calm.fg"),
        .controlCharacters(key: "name"), .emptyName, .nameTooLong(max: 40),
    ]

    static let englishWords = [
        "must", "not valid", "unknown", "missing", "contains", "between", "no such", "cannot",
        "larger",
    ]
    static let norwegianWords = [
        "må", "ikke gyldig", "ukjent", "mangler", "inneholder", "mellom", "finnes ikke", "kan ikke",
        "større",
    ]

    @Test func everyGroupFileProblemIsWordedInBothLanguages() {
        for p in Self.groupProblems {
            let nb = Catalog(.nb).words(p)
            let en = Catalog(.en).words(p)
            #expect(nb != en, "\(p)")
            for w in Self.englishWords { #expect(!nb.contains(w), "\(w) in \(nb)") }
            for w in Self.norwegianWords { #expect(!en.contains(w), "\(w) in \(en)") }
        }
    }

    @Test func everyThemeProblemIsWordedInBothLanguages() {
        for p in Self.themeProblems {
            let nb = Catalog(.nb).words(p)
            let en = Catalog(.en).words(p)
            #expect(nb != en, "\(p)")
            for w in Self.englishWords { #expect(!nb.contains(w), "\(w) in \(nb)") }
            for w in Self.norwegianWords { #expect(!en.contains(w), "\(w) in \(en)") }
        }
    }

    @Test func theFrameNamesFileLineKeyAndEntry() {
        let e = GroupFileError(
            file: "/d/g.toml", key: "agenda.minutes", line: 9, item: 2,
            problem: .outOfRange(min: 1, max: 300, value: 400))
        #expect(
            Catalog(.nb).words(e)
                == "/d/g.toml, linje 9: agenda.minutes (nr. 2): må være mellom 1 og 300, ikke 400")
        #expect(
            Catalog(.en).words(e)
                == "/d/g.toml, line 9: agenda.minutes (entry 2): must be between 1 and 300, not 400"
        )
        let t = ThemeError(
            .badColor, source: "/t.toml", line: 3,
            problem: .badColor(value: "red\u{1B}[2J", key: "roles.calm.fg"))
        #expect(!Catalog(.nb).words(t).contains("\u{1B}"))
        #expect(Catalog(.nb).words(t).hasPrefix("/t.toml, linje 3: ugyldig farge «red"))
    }
}
