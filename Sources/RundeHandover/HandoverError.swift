import RundeCore

/// Why a handover file could not be written or read. Every message is safe to print.
public enum HandoverError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not start with the handover magic.
    case notAHandoverFile(file: String)
    /// A handover format this Runde does not know.
    case unsupportedVersion(file: String, version: Int)
    /// The file ends before its header or its encrypted content does.
    case truncated(file: String)
    /// Decryption failed: the passphrase is wrong, or the file was changed or damaged.
    case wrongPassphraseOrDamaged(file: String)
    /// The decrypted content is not a valid group and logs.
    case badContent(file: String, problem: HandoverContentProblem)
    /// The passphrase is too short to protect the group's data.
    case weakPassphrase(minimum: Int)
    /// The KDF parameters in the header are out of the accepted range.
    case unreasonableCost(file: String)
    /// A meeting of this group is open; the group must not change under it.
    case meetingOpen(MeetingLockError)
    /// The target of an export already exists.
    case targetExists(file: String)
    /// The handover holds logs that fail the log checks; each is named.
    case badLogs(file: String, logs: [SessionLogCodec.ReadError])
    /// The group here has an unfinished meeting (a journal); it must be finished or closed first.
    case unfinishedMeeting(group: String, slug: String)

    public var description: String {
        switch self {
        case .notAHandoverFile(let f): return "\(f): not a Runde handover file"
        case .unsupportedVersion(let f, let v):
            return "\(f): handover format \(v) is from a newer or unknown version of Runde"
        case .truncated(let f): return "\(f): the file is incomplete (cut off); ask for a new copy"
        case .wrongPassphraseOrDamaged(let f):
            return
                "\(f): cannot open it: the passphrase is wrong, or the file was changed or damaged"
        case .badContent(let f, let p): return "\(f): the content is not usable (\(p))"
        case .weakPassphrase(let n):
            return "the passphrase is too short: use at least \(n) characters"
        case .unreasonableCost(let f):
            return
                "\(f): the key settings in the header are out of range; the file is damaged or foreign"
        case .meetingOpen(let holder): return "\(holder); close that meeting before importing"
        case .targetExists(let f):
            return "\(f) already exists; choose another name or remove it first"
        case .badLogs(let f, let logs):
            return
                "\(f): nothing was imported, because these logs cannot be read: \(logs.map(\.description).joined(separator: "; "))"
        case .unfinishedMeeting(let g, _):
            return
                "the group \"\(TextSafety.sanitize(g))\" has an unfinished meeting; finish it or decline to resume it with \"runde meeting\", then import"
        }
    }
}

/// What is wrong with the decrypted content of a handover file; worded by whoever shows it.
public enum HandoverContentProblem: Equatable, Sendable, CustomStringConvertible {
    case notAPayload
    case unknownVersion
    case badLogName
    /// The group file inside is refused.
    case group(GroupFileError)
    /// The group's folder here already holds a group of another name.
    case folderHoldsAnotherGroup(folder: String, name: String)
    case folderInUse(String)

    /// In English, for tests and developers.
    public var description: String {
        switch self {
        case .notAPayload: return "not a handover payload"
        case .unknownVersion: return "unknown content version"
        case .badLogName: return "a log has a bad name"
        case .group(let e): return e.description
        case .folderHoldsAnotherGroup(let folder, let name):
            return
                "the folder \(folder) already holds another group, \"\(TextSafety.sanitize(name))\""
        case .folderInUse(let folder): return "the folder \(folder) is already in use"
        }
    }
}
