/// Why a journal could not be started or read (file errors come as `FileIOError`).
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A journal already exists: an unfinished meeting must be resumed or closed first.
    case alreadyExists(file: String)
    /// The file is empty or its first line is not a Runde journal header.
    case badHeader(file: String, problem: ReadProblem)
    /// The header names a journal version this Runde does not know.
    case unknownVersion(file: String, schema: String)

    public var description: String {
        switch self {
        case .alreadyExists(let file):
            return
                "\(file): an unfinished meeting is already journaled here; resume or close it first"
        case .badHeader(let file, let problem): return "\(file): not a Runde journal (\(problem))"
        case .unknownVersion(let file, let schema):
            return
                "\(file): journal version \"\(TextSafety.sanitize(String(schema.prefix(40))))\" is from a newer or unknown version of Runde"
        }
    }
}
