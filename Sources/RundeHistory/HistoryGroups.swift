import RundeCore

/// Finds a group's folder for the history commands, from the folders under `groupsDir`.
public enum HistoryGroups {
    /// Why no single group could be chosen.
    public enum Failure: Error, Equatable, CustomStringConvertible, Sendable {
        case noGroups(groupsDir: String)
        case ambiguous([String])
        case notFound(String, available: [String])

        public var description: String {
            switch self {
            case .noGroups(let dir):
                return
                    "no groups found in \(TextSafety.sanitize(dir)); create one with: runde group create NAME --members \"A,B,C\""
            case .ambiguous(let all):
                return "there are \(all.count) groups; choose one with --group NAME:\n"
                    + all.map { "  runde history --group \(TextSafety.sanitize($0))" }.joined(
                        separator: "\n")
            case .notFound(let name, let all):
                let list =
                    all.isEmpty ? "none" : all.map(TextSafety.sanitize).joined(separator: ", ")
                return
                    "no group \"\(TextSafety.sanitize(String(name.prefix(60))))\"; groups: \(list)"
            }
        }
    }

    /// Group folders (slugs) under `groupsDir`, sorted; hidden folders are ignored.
    public static func list(_ location: DataLocation) -> [String] {
        let names = (try? FileIO.list(location.groupsDir)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && FileIO.isFolder(location.groupsDir + "/" + name)
        }
    }

    /// The group folder to use: `name` (as a folder name or a group name), or the only group.
    public static func resolve(_ name: String?, in location: DataLocation) -> Result<
        String, Failure
    > {
        let all = list(location)
        guard let name, !name.isEmpty else {
            if all.count == 1 { return .success(all[0]) }
            return .failure(
                all.isEmpty ? .noGroups(groupsDir: location.groupsDir) : .ambiguous(all))
        }
        if all.contains(name) { return .success(name) }
        let slug = GroupFile.slug(for: name)
        if all.contains(slug) { return .success(slug) }
        if let ci = all.first(where: { $0.lowercased() == name.lowercased() }) {
            return .success(ci)
        }
        return .failure(.notFound(name, available: all))
    }
}
