import Testing

@testable import CursesTerminal

/// What a terminal error carries; the executable's `ErrorReport` words it (LanguageCLITests
/// checks the words in nb and en on the real binary).
@Suite("Terminal errors")
struct TerminalErrorTests {
    @Test("errors keep the TERM value")
    func namesTerm() {
        #expect(TerminalError.noCursorAddressing("dumb").description.contains("TERM=\"dumb\""))
        #expect(TerminalError.unknownTerminal("foo").description.contains("TERM=\"foo\""))
        #expect(TerminalError.newtermFailed("vt52").description.contains("TERM=\"vt52\""))
    }

    @Test("a hostile TERM value is neutralised")
    func hostileTerm() {
        let quoted = TerminalError.quoted("x\u{1B}[2J" + String(repeating: "y", count: 100))
        #expect(!quoted.contains("\u{1B}"))
        #expect(quoted.count == 42)
        #expect(!TerminalError.unknownTerminal("x\u{1B}[2J").description.contains("\u{1B}"))
    }
}
