import ArgumentParser
import Foundation

/// Prints a message to stderr and exits with a code (1 runtime error, 64 bad usage).
struct RundeFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    var description: String { message }

    static func runtime(_ m: String) -> RundeFailure { RundeFailure(message: m, code: 1) }
    static func usage(_ m: String) -> RundeFailure { RundeFailure(message: m, code: 64) }
}

func fail(_ f: RundeFailure) -> Never {
    FileHandle.standardError.write(Data(("runde: " + f.message + "\n").utf8))
    exit(f.code)
}
