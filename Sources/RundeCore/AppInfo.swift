/// Version and identity of the application.
///
/// `version` is the one place the version is written: `runde --version`, the session logs'
/// `app_version` and the package names (`Scripts/package`) all read it from here.
/// `Scripts/package` also stamps the commit the binary was built from: it writes
/// `AppInfo+Stamp.generated.swift` (ignored by git, deleted after the build) and builds with
/// `-DRUNDE_STAMPED`. A plain `swift build` has no stamp and says "unknown commit".
public enum AppInfo {
    public static let version = "0.1.0"

    /// The commit this binary was built from (`abc123def456`, with `-dirty` when the tree had
    /// changes), or "unknown commit".
    public static var commit: String {
        #if RUNDE_STAMPED
            return BuildStamp.commit
        #else
            return "unknown commit"
        #endif
    }

    /// What `runde --version` prints: `0.1.0 (abc123def456)`.
    public static var versionLine: String { "\(version) (\(commit))" }
}
