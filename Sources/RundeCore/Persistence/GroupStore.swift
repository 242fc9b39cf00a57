import Foundation
import RundeText

/// One group as found on disk: its folder name and its file.
public struct GroupEntry: Equatable, Sendable {
    public var slug: String
    public var group: GroupFile

    public init(slug: String, group: GroupFile) {
        self.slug = slug
        self.group = group
    }
}

/// The groups in a data folder, and why each folder that could not be read was skipped.
public struct GroupListing: Equatable, Sendable {
    public var entries: [GroupEntry]
    /// One error for each folder that could not be read (`GroupFileError`, `FileIOError`, …),
    /// for the one who shows them to word in the user's language.
    public var failures: [any Error & Sendable]

    public init(entries: [GroupEntry], failures: [any Error & Sendable]) {
        self.entries = entries
        self.failures = failures
    }

    /// The failures in English, for tests and developers.
    public var problems: [String] { failures.map { "\($0)" } }

    public var slugs: [String] { entries.map(\.slug) }

    public static func == (a: GroupListing, b: GroupListing) -> Bool {
        a.entries == b.entries && a.problems == b.problems
    }
}

/// The groups under `<root>/groups/<slug>/group.toml`: list, load, save, create, delete.
public struct GroupStore: Sendable {
    public let location: DataLocation

    public init(location: DataLocation) { self.location = location }

    /// Every readable group, sorted by slug; unreadable ones are skipped with a message.
    public func list() -> GroupListing {
        var listing = GroupListing(entries: [], failures: [])
        var st = stat()
        if stat(location.groupsDir, &st) != 0 {
            // Missing: no groups yet. Anything else (a folder of another user's that cannot be
            // searched) is said, never passed off as "no groups".
            if errno != ENOENT && errno != ENOTDIR {
                listing.failures.append(
                    FileIOError(operation: "list the folder", path: location.root, errno: errno))
            }
            return listing
        }
        guard FileIO.isFolder(location.groupsDir) else { return listing }
        let names: [String]
        do { names = try FileIO.list(location.groupsDir) } catch {
            listing.failures.append(error)
            return listing
        }
        for slug in names where !slug.hasPrefix(".") && FileIO.isFolder(location.groupDir(slug)) {
            do { listing.entries.append(GroupEntry(slug: slug, group: try load(slug: slug))) } catch
            {
                listing.failures.append(error)
            }
        }
        return listing
    }

    /// Loads and checks one group file.
    public func load(slug: String) throws -> GroupFile {
        guard Self.isSafeSlug(slug) else { throw GroupStoreError.notFound(query: slug) }
        let path = location.groupFile(slug)
        let data = try FileIO.readFile(path, limit: 1 << 20)
        guard let text = String(data: data, encoding: .utf8) else {
            throw GroupFileError(file: path, problem: .text(.notUTF8))
        }
        return try GroupFileTOML.decode(text, file: path)
    }

    /// Checks and writes a group file atomically (0600), creating its folder (0700) if needed.
    public func save(_ group: GroupFile, slug: String) throws {
        guard Self.isSafeSlug(slug) else { throw GroupStoreError.notFound(query: slug) }
        let path = location.groupFile(slug)
        try GroupFileTOML.validate(group, file: path)
        try FileIO.createFolder(location.groupDir(slug), under: location.root)
        try FileIO.writeAtomically(Data(GroupFileTOML.encode(group).utf8), to: path)
    }

    /// Creates a new group and returns its slug. Labels are trimmed; nothing is written when
    /// the name or the members are refused, or the group exists. The rules card is written in
    /// `lang`; `settings` (such as its language) are the group's from the start.
    @discardableResult
    public func create(
        name: String, members: [String], rulesIn lang: Lang = .nb,
        settings: GroupSettings = GroupSettings()
    ) throws -> String {
        let name = name.trimmingSpaces()
        if let p = GroupValidation.nameIssue(name) { throw GroupStoreError.invalid(p) }
        let labels = members.map { $0.trimmingSpaces() }
        if let p = GroupValidation.membersIssue(labels) { throw GroupStoreError.invalid(p) }
        let slug = GroupFile.slug(for: name)
        let lowered = name.lowercased()
        if list().entries.contains(where: { $0.group.name.lowercased() == lowered })
            || FileIO.exists(location.groupDir(slug))
        {
            throw GroupStoreError.alreadyExists(slug: slug)
        }
        let group = GroupFile(
            name: name, members: labels, settings: settings, rules: GroupFile.defaultRules(lang),
            horizon: GroupLife.defaultHorizon)
        try GroupFileTOML.validate(group, file: location.groupFile(slug))
        try FileIO.createFolder(location.groupsDir, under: location.root)
        // mkdir is the claim on the slug: if another process got there first, it fails.
        let dir = location.groupDir(slug)
        if mkdir(dir, FileIO.folderMode) != 0 {
            if errno == EEXIST { throw GroupStoreError.alreadyExists(slug: slug) }
            throw FileIOError(operation: "create the folder", path: dir, errno: errno)
        }
        do {
            try FileIO.adoptFolderOwner(path: dir, folder: location.groupsDir)
            try FileIO.createFolder(dir, under: location.root)
            if chmod(dir, FileIO.folderMode) != 0 {
                throw FileIOError(operation: "set the permissions of", path: dir, errno: errno)
            }
            try FileIO.writeAtomically(
                Data(GroupFileTOML.encode(group).utf8), to: location.groupFile(slug), replace: false
            )
        } catch {
            try? FileIO.removeTree(dir)
            throw error
        }
        return slug
    }

    /// Removes the whole group folder for good: group file, logs, journal and lock.
    public func delete(slug: String) throws {
        guard Self.isSafeSlug(slug), FileIO.isFolder(location.groupDir(slug)) else {
            throw GroupStoreError.notFound(query: slug)
        }
        try FileIO.removeTree(location.groupDir(slug))
    }

    /// Finds a group by its folder name (slug) or by its name (case-insensitive).
    public func find(_ query: String) throws -> GroupEntry {
        let listing = list()
        let q = query.trimmingSpaces()
        if let e = listing.entries.first(where: { $0.slug == q }) { return e }
        let byName = listing.entries.filter { $0.group.name.lowercased() == q.lowercased() }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 { throw GroupStoreError.ambiguous(query: q, slugs: byName.map(\.slug)) }
        let slug = GroupFile.slug(for: q)
        if !q.isEmpty, let e = listing.entries.first(where: { $0.slug == slug }) { return e }
        // A folder that exists but could not be read: report why, not "not found".
        for s in [q, slug] where Self.isSafeSlug(s) && FileIO.isFolder(location.groupDir(s)) {
            _ = try load(slug: s)
        }
        throw GroupStoreError.notFound(query: q)
    }

    /// A slug is a plain folder name: no slashes, not "." or "..", not hidden.
    public static func isSafeSlug(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.contains("/") && !slug.hasPrefix(".")
            && !TextSafety.containsUnsafe(slug)
    }
}
