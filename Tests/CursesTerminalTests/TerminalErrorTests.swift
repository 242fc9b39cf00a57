@testable import CursesTerminal
import Testing

/// The messages a user sees when the terminal cannot be opened.
@Suite("Terminal errors")
struct TerminalErrorTests {
    @Test("messages name the TERM value")
    func namesTerm() {
        #expect(TerminalError.noCursorAddressing("dumb").description.contains("TERM=\"dumb\""))
        #expect(TerminalError.unknownTerminal("foo").description.contains("TERM=\"foo\""))
        #expect(TerminalError.newtermFailed("vt52").description.contains("TERM=\"vt52\""))
    }

    @Test("a hostile TERM value is neutralised")
    func hostileTerm() {
        let message = TerminalError.unknownTerminal("x\u{1B}[2J" + String(repeating: "y", count: 100)).description
        #expect(!message.contains("\u{1B}"))
        #expect(message.count < 250)
    }

    @Test("tty problems say which stream")
    func streams() {
        #expect(TerminalError.stdinNotATerminal.description.contains("standard input"))
        #expect(TerminalError.stdoutNotATerminal.description.contains("standard output"))
    }
}
