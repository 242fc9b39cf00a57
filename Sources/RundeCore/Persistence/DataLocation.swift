/// Where Runde keeps its data: `--data-dir`, else `$RUNDE_HOME`, else `$XDG_DATA_HOME/runde`,
/// else `~/.local/share/runde`. Folders are 0700 and files 0600.
public struct DataLocation: Equatable, Sendable {
    public var root: String

    public init(root: String) { self.root = root }

    /// Resolves the root from an explicit override and an environment (passed in, for tests).
    public static func resolve(override: String?, environment: [String: String]) -> DataLocation {
        if let o = override, !o.isEmpty { return DataLocation(root: o) }
        if let h = environment["RUNDE_HOME"], !h.isEmpty { return DataLocation(root: h) }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return DataLocation(root: x + "/runde") }
        let home = environment["HOME"] ?? "/tmp"
        return DataLocation(root: home + "/.local/share/runde")
    }

    public var groupsDir: String { root + "/groups" }
    public var themesDir: String { root + "/themes" }
    public func groupDir(_ slug: String) -> String { groupsDir + "/" + slug }
    public func groupFile(_ slug: String) -> String { groupDir(slug) + "/group.toml" }
    public func logsDir(_ slug: String) -> String { groupDir(slug) + "/logs" }
    public func journalFile(_ slug: String) -> String { groupDir(slug) + "/journal.jsonl" }
    public func lockFile(_ slug: String) -> String { groupDir(slug) + "/lock" }

    /// Log file name: `<YYYY-MM-DD>-<NNN>.json`.
    public static func logFileName(date: String, meetingNumber: Int) -> String {
        let n = String(meetingNumber)
        return "\(date)-\(String(repeating: "0", count: max(0, 3 - n.count)))\(n).json"
    }
}
