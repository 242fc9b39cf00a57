/// A failure with a ready message (exit 1 runtime, 64 bad usage). Used by `MeetingLauncher`,
/// which still ends the process itself; new code throws `CommandError` instead.
struct RundeFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    var description: String { message }

    static func runtime(_ m: String) -> RundeFailure { RundeFailure(message: m, code: 1) }
    static func usage(_ m: String) -> RundeFailure { RundeFailure(message: m, code: 64) }
}

/// Reports a failure through `ErrorReport` and ends the process (for `MeetingLauncher`).
func fail(_ f: RundeFailure) -> Never {
    ErrorReport.exit(with: f)
}
