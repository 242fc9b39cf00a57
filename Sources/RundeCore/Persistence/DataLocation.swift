#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where Runde keeps its data: `--data-dir`, else `$RUNDE_HOME`, else `$XDG_DATA_HOME/runde`,
/// else `~/.local/share/runde`. Folders are 0700 and files 0600.
public struct DataLocation: Equatable, Sendable {
    public var root: String

    public init(root: String) { self.root = root }

    /// Why no data folder can be chosen.
    public enum ResolveProblem: Error, Equatable, Sendable {
        /// No `--data-dir`, `RUNDE_HOME` or `XDG_DATA_HOME`, and HOME unset or empty.
        case noHome
        /// The chosen root exists and is not a folder (a file, say).
        case notAFolder(path: String)
        /// The chosen root exists but cannot be read (another user's folder, say).
        case unreadable(path: String)
    }

    /// Resolves the root from an explicit override and an environment (passed in, for tests).
    /// With HOME unset or empty and nothing else given it refuses (DESIGN §4): it never falls
    /// back to a shared folder such as /tmp.
    public static func resolve(override: String?, environment: [String: String]) -> Result<
        DataLocation, ResolveProblem
    > {
        let root: String
        if let o = override, !o.isEmpty {
            root = o
        } else if let h = environment["RUNDE_HOME"], !h.isEmpty {
            root = h
        } else if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") {
            // Only an absolute XDG_DATA_HOME counts (the XDG spec): a relative one would put
            // the data wherever the command happens to be run.
            root = x + "/runde"
        } else if let home = environment["HOME"], !home.isEmpty {
            root = home + "/.local/share/runde"
        } else {
            return .failure(.noHome)
        }
        if FileIO.exists(root) && !FileIO.isFolder(root) {
            return .failure(.notAFolder(path: root))
        }
        guard FileIO.exists(root) else { return .success(DataLocation(root: root)) }
        // A data folder that is a symlink (to a USB stick, say) is resolved, so the checks
        // below Runde's own folders are made against the real place.
        let real = FileIO.resolvedPath(root) ?? root
        if access(real, R_OK | X_OK) != 0 && errno == EACCES {
            return .failure(.unreadable(path: root))
        }
        return .success(DataLocation(root: real))
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
