/// The plaintext inside a handover file: the group file and every log, byte for byte.
public struct HandoverPayload: Codable, Equatable, Sendable {
    public static let schemaID = "runde.handover/1"

    public var schema: String
    /// The group's folder name on the exporting laptop.
    public var slug: String
    /// `group.toml` as it was on disk.
    public var groupTOML: String
    public var logs: [LogFile]

    /// One log file: its id (file name without `.json`) and its JSON text.
    public struct LogFile: Codable, Equatable, Sendable {
        public var id: String
        public var json: String

        public init(id: String, json: String) {
            self.id = id
            self.json = json
        }
    }

    public init(slug: String, groupTOML: String, logs: [LogFile]) {
        schema = HandoverPayload.schemaID
        self.slug = slug
        self.groupTOML = groupTOML
        self.logs = logs
    }

    enum CodingKeys: String, CodingKey {
        case schema, slug, logs
        case groupTOML = "group_toml"
    }
}
