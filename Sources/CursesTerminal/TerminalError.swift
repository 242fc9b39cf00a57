/// Why a `CursesTerminal` could not be opened; the description is the message for the user.
public enum TerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Standard input is not a terminal (for example `runde </dev/null` or a pipe).
    case stdinNotATerminal
    /// Standard output is not a terminal (for example `runde | less` or a redirect).
    case stdoutNotATerminal
    /// TERM is unset or empty.
    case termNotSet
    /// TERM names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// No terminfo database could be found at all.
    case noTerminfoDatabase(String)
    /// The terminal cannot move the cursor (no `cup`, for example TERM=dumb) or is hardcopy.
    case noCursorAddressing(String)
    /// ncurses' newterm failed.
    case newtermFailed(String)

    public var description: String {
        switch self {
        case .stdinNotATerminal:
            return "standard input is not a terminal; run runde in a terminal window (or use --plain / the scriptable commands)"
        case .stdoutNotATerminal:
            return "standard output is not a terminal; run runde in a terminal window (or use --plain / the scriptable commands)"
        case .termNotSet:
            return "the TERM environment variable is not set, so the terminal type is unknown; set it, for example TERM=xterm-256color"
        case .unknownTerminal(let term):
            return "the terminal type TERM=\(Self.quoted(term)) is unknown to terminfo; install its description (ncurses-term) or set TERM=xterm-256color"
        case .noTerminfoDatabase(let term):
            return "no terminfo database was found for TERM=\(Self.quoted(term)); install ncurses-base or set TERMINFO"
        case .noCursorAddressing(let term):
            return "the terminal TERM=\(Self.quoted(term)) cannot move the cursor, so a full-screen view is impossible; use a terminal such as xterm-256color, or --plain"
        case .newtermFailed(let term):
            return "could not start the full-screen view on TERM=\(Self.quoted(term)) (ncurses newterm failed)"
        }
    }

    /// A TERM value made safe to print: control characters dropped, at most 40 characters.
    static func quoted(_ term: String) -> String {
        let clean = term.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) }
        return "\"" + String(String.UnicodeScalarView(clean).prefix(40)) + "\""
    }
}
