import Foundation
import RundeCore

/// What an export wrote.
public struct ExportReport: Equatable, Sendable {
    public var groupName: String
    public var file: String
    public var logCount: Int
    /// Log files left out because they could not be read, each named.
    public var skipped: [String]
    public var bytes: Int
}

/// What an import changed.
public struct ImportReport: Equatable, Sendable {
    public var groupName: String
    public var slug: String
    /// The group did not exist here and was created.
    public var createdGroup: Bool
    /// The group file was replaced by the file's, which had held more meetings.
    public var groupReplaced: Bool
    /// Where the local group file was saved before it was replaced.
    public var backupPath: String?
    /// A backup was made while the group file was replaced, and removed after the import.
    public var backupRemoved: Bool = false
    public var logsAdded: Int
    /// Logs already here (same meeting number and date), not imported again.
    public var logsAlreadyPresent: Int
    /// Logs in the file whose free text named someone on its roster, scrubbed before saving.
    public var logsScrubbed: Int = 0
}

/// `runde handover`: one encrypted file with a group's file and all its logs (DESIGN §4).
///
/// Export reads the group and its readable logs byte for byte and seals them with a
/// passphrase (`HandoverCipher`). Import decrypts and checks everything first, and only then
/// changes the disk: logs are added unless one with the same meeting number and date is
/// already there; the group file with the higher `meetings_held` wins, and a local group file
/// that is replaced is backed up first.
public enum Handover {
    public static let minimumPassphraseLength = 8
    /// The largest handover file import will read.
    public static let maxFileSize = 512 << 20

    // MARK: Export

    @discardableResult
    public static func export(
        slug: String, location: DataLocation, to file: String, passphrase: String,
        cost: KDFCost = .standard
    ) throws -> ExportReport {
        guard passphrase.count >= minimumPassphraseLength else {
            throw HandoverError.weakPassphrase(minimum: minimumPassphraseLength)
        }
        if FileIO.exists(file) { throw HandoverError.targetExists(file: file) }
        let group = try GroupStore(location: location).load(slug: slug)
        let toml = String(
            decoding: try FileIO.readFile(location.groupFile(slug), limit: 1 << 20), as: UTF8.self)
        let store = LogStore(location: location, slug: slug)
        var logs: [HandoverPayload.LogFile] = []
        var skipped: [String] = []
        for id in store.ids() {
            let path = store.folder + "/" + id + ".json"
            do {
                guard LogStore.isLogID(id) else { throw LogStoreError.invalidID(id) }
                let data = try FileIO.readFile(path, limit: 4 << 20)
                _ = try SessionLogCodec.decode(data, file: path)
                guard let json = String(data: data, encoding: .utf8) else {
                    throw LogStoreError.invalidLog(.unreadableContent)
                }
                logs.append(.init(id: id, json: json))
            } catch {
                skipped.append("\(error)")
            }
        }
        let payload = HandoverPayload(slug: slug, groupTOML: toml, logs: logs)
        let plaintext = try JSONEncoder().encode(payload)
        let sealed = try HandoverCipher.seal(plaintext, passphrase: passphrase, cost: cost)
        do { try FileIO.writeAtomically(sealed, to: file, replace: false) } catch {
            if error.kind == .alreadyExists { throw HandoverError.targetExists(file: file) }
            throw error
        }
        return ExportReport(
            groupName: group.name, file: file, logCount: logs.count, skipped: skipped,
            bytes: sealed.count)
    }

    // MARK: Import

    /// A checked handover file, ready to be applied.
    public struct Contents: Sendable {
        public var payload: HandoverPayload
        public var group: GroupFile
        public var logs: [(id: String, data: Data, log: SessionLog)]
        /// How many of the logs had a name in their free text (now scrubbed).
        public var logsScrubbed: Int = 0
    }

    /// Decrypts and checks a handover file without touching the data folder.
    public static func read(_ file: String, passphrase: String) throws -> Contents {
        let data = try FileIO.readFile(file, limit: maxFileSize)
        let plaintext = try HandoverCipher.open(data, passphrase: passphrase, file: file)
        let payload: HandoverPayload
        do { payload = try JSONDecoder().decode(HandoverPayload.self, from: plaintext) } catch {
            throw HandoverError.badContent(file: file, problem: .notAPayload)
        }
        guard payload.schema == HandoverPayload.schemaID else {
            throw HandoverError.badContent(file: file, problem: .unknownVersion)
        }
        let group: GroupFile
        do { group = try GroupFileTOML.decode(payload.groupTOML, file: "group.toml") } catch {
            throw HandoverError.badContent(file: file, problem: .group(error))
        }
        var logs: [(id: String, data: Data, log: SessionLog)] = []
        var bad: [SessionLogCodec.ReadError] = []
        for entry in payload.logs {
            guard LogStore.isLogID(entry.id) else {
                throw HandoverError.badContent(file: file, problem: .badLogName)
            }
            // The same checks as history: every number range-checked, so a crafted log is
            // refused here and never reaches the next laptop (issue 16).
            let d = Data(entry.json.utf8)
            do {
                logs.append((entry.id, d, try SessionLogCodec.decode(d, file: entry.id + ".json")))
            } catch {
                bad.append(error)
            }
        }
        if !bad.isEmpty { throw HandoverError.badLogs(file: file, logs: bad) }
        // Free text is scrubbed against the roster the file brings (DESIGN §2), and every log
        // is written as Runde writes it, so nothing the log model does not know comes along.
        let scrubber = NameScrubber(names: group.members)
        var scrubbedCount = 0
        for i in logs.indices {
            let clean = HandoverScrub.log(logs[i].log, scrubber)
            if clean != logs[i].log { scrubbedCount += 1 }
            do { logs[i] = (logs[i].id, try SessionLogCodec.encode(clean), clean) } catch {
                throw HandoverError.badContent(file: file, problem: .notAPayload)
            }
        }
        var checked = payload
        let cleanGroup = HandoverScrub.group(group, scrubber)
        if cleanGroup != group { checked.groupTOML = GroupFileTOML.encode(cleanGroup) }
        return Contents(
            payload: checked, group: cleanGroup, logs: logs, logsScrubbed: scrubbedCount)
    }

    /// Imports a handover file into a data folder. Nothing changes on disk unless the file
    /// decrypts and every part of it checks out.
    @discardableResult
    /// The backup of a replaced group file is removed once the import has succeeded, unless
    /// `keepBackup` (it holds the member names, a second copy of them).
    public static func importFile(
        _ file: String, into location: DataLocation, passphrase: String,
        now: Date = Date(), keepBackup: Bool = false
    ) throws -> ImportReport {
        let contents = try read(file, passphrase: passphrase)
        let incoming = contents.group
        let groups = GroupStore(location: location)

        // Which local group is this? The same name, or the same folder.
        let listing = groups.list()
        let local = listing.entries.first {
            $0.group.name.lowercased() == incoming.name.lowercased()
        }
        if local == nil, GroupStore.isSafeSlug(contents.payload.slug),
            FileIO.exists(location.groupDir(contents.payload.slug))
        {
            let existing = try groups.load(slug: contents.payload.slug)
            throw HandoverError.badContent(
                file: file,
                problem: .folderHoldsAnotherGroup(
                    folder: contents.payload.slug, name: existing.name))
        }
        if local == nil, FileIO.exists(location.groupDir(GroupFile.slug(for: incoming.name))) {
            throw HandoverError.badContent(
                file: file, problem: .folderInUse(GroupFile.slug(for: incoming.name)))
        }
        let slug =
            local?.slug
            ?? (GroupStore.isSafeSlug(contents.payload.slug)
                ? contents.payload.slug : GroupFile.slug(for: incoming.name))
        if let holder = MeetingLock.currentHolder(at: location.lockFile(slug)) {
            throw HandoverError.meetingOpen(holder)
        }
        // An unfinished meeting would resume against the replaced roster (issue 16).
        if local != nil, FileIO.exists(location.journalFile(slug)) {
            throw HandoverError.unfinishedMeeting(
                group: local?.group.name ?? incoming.name, slug: slug)
        }

        let logStore = LogStore(location: location, slug: slug)
        var present = Set<String>()
        if local != nil {
            for stored in logStore.readAll().logs { present.insert(key(stored.log)) }
        }
        let toAdd = contents.logs.filter { !present.contains(key($0.log)) }
        let replaceGroup = local.map { incoming.meetingsHeld > $0.group.meetingsHeld } ?? true
        let groupBytes = Data(contents.payload.groupTOML.utf8)

        var report = ImportReport(
            groupName: incoming.name, slug: slug, createdGroup: local == nil, groupReplaced: false,
            backupPath: nil, logsAdded: 0, logsAlreadyPresent: contents.logs.count - toAdd.count,
            logsScrubbed: contents.logsScrubbed)
        try FileIO.createFolder(location.groupDir(slug))
        if local == nil {
            try FileIO.writeAtomically(groupBytes, to: location.groupFile(slug), replace: false)
        } else if replaceGroup {
            report.backupPath = try backUp(location.groupFile(slug), now: now)
        }
        try logStore.write(encoded: toAdd.map { (id: $0.id, data: $0.data) })
        report.logsAdded = toAdd.count
        if local != nil, replaceGroup {
            try FileIO.writeAtomically(groupBytes, to: location.groupFile(slug))
            report.groupReplaced = true
            if !keepBackup, let backup = report.backupPath {
                try FileIO.remove(backup)
                report.backupPath = nil
                report.backupRemoved = true
            }
        }
        return report
    }

    /// Logs are the same meeting when number and date agree.
    static func key(_ log: SessionLog) -> String { "\(log.meetingNumber)@\(log.date)" }

    /// Copies a file to `<file>.backup-YYYYMMDD-HHMMSS` (0600) and returns the copy's path.
    static func backUp(_ path: String, now: Date) throws -> String {
        let data = try FileIO.readFile(path, limit: 1 << 20)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = f.string(from: now)
        var n = 1
        while true {
            let target = path + ".backup-" + stamp + (n == 1 ? "" : "-\(n)")
            do {
                try FileIO.writeAtomically(data, to: target, replace: false)
                return target
            } catch {
                guard error.kind == .alreadyExists, n < 1000 else { throw error }
                n += 1
            }
        }
    }
}
