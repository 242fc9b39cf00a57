/// Why a group could not be found, created or changed (file errors come as `FileIOError`,
/// bad group files as `GroupFileError`).
public enum GroupStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No group has this name or slug.
    case notFound(query: String)
    /// More than one group matches the name.
    case ambiguous(query: String, slugs: [String])
    /// A group with this name (or one that gives the same folder name) exists.
    case alreadyExists(slug: String)
    /// The name or the members were refused; the problem never repeats a label.
    case invalid(GroupProblem)

    public var description: String {
        switch self {
        case .notFound(let q): return "no group named \"\(Self.safe(q))\""
        case .ambiguous(let q, let slugs):
            return
                "more than one group is named \"\(Self.safe(q))\"; use the folder name: \(slugs.joined(separator: ", "))"
        case .alreadyExists(let slug):
            return "a group with that name already exists (folder \"\(slug)\")"
        case .invalid(let p): return p.description
        }
    }

    private static func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(80))) }
}
