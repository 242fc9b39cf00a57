/// Why a group file was refused: names the file, the key and, when known, the line.
public struct GroupFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// The TOML key at fault ("settings.turn_seconds"), if the problem is with one key.
    public var key: String?
    public var line: Int?
    public var problem: String

    public init(file: String, key: String? = nil, line: Int? = nil, problem: String) {
        self.file = file; self.key = key; self.line = line; self.problem = problem
    }

    public var description: String {
        var where_ = file
        if let line { where_ += ", line \(line)" }
        if let key { return "\(where_): \(key): \(problem)" }
        return "\(where_): \(problem)"
    }
}
