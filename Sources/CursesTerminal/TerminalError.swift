/// Why a `CursesTerminal` could not be opened. It holds no sentences: the executable's
/// `ErrorReport` words each case in the user's language. `description` is a short technical
/// form for developers (`noCursorAddressing(TERM="dumb")`).
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
        case .stdinNotATerminal: return "stdinNotATerminal"
        case .stdoutNotATerminal: return "stdoutNotATerminal"
        case .termNotSet: return "termNotSet"
        case .unknownTerminal(let term): return "unknownTerminal(TERM=\(Self.quoted(term)))"
        case .noTerminfoDatabase(let term): return "noTerminfoDatabase(TERM=\(Self.quoted(term)))"
        case .noCursorAddressing(let term): return "noCursorAddressing(TERM=\(Self.quoted(term)))"
        case .newtermFailed(let term): return "newtermFailed(TERM=\(Self.quoted(term)))"
        }
    }

    /// A TERM value made safe to print: control characters dropped, at most 40 characters.
    public static func quoted(_ term: String) -> String {
        let clean = term.unicodeScalars.filter {
            $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value)
        }
        return "\"" + String(String.UnicodeScalarView(clean).prefix(40)) + "\""
    }
}
