#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file operation, naming the path and saying in plain words what went wrong.
public struct FileIOError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, in categories a caller can act on.
    public enum Kind: Equatable, Sendable {
        case permissionDenied
        case diskFull
        case readOnly
        case notFound
        case notADirectory
        case alreadyExists
        case isADirectory
        case tooLarge
        case ioError
        /// A symbolic link where Runde keeps its own folders (it follows none there).
        case symbolicLink
        /// A pipe, a device or a socket where a file was expected (reading one could hang).
        case notARegularFile
        case other
    }

    /// What Runde was trying to do: "create the folder", "write", "read", ...
    public var operation: String
    public var path: String
    public var kind: Kind
    /// The underlying `errno`, or 0 when the error did not come from the system.
    public var code: Int32

    public init(operation: String, path: String, kind: Kind, code: Int32 = 0) {
        self.operation = operation
        self.path = path
        self.kind = kind
        self.code = code
    }

    /// Builds an error from an `errno` value.
    public init(operation: String, path: String, errno code: Int32) {
        self.init(operation: operation, path: path, kind: FileIOError.kind(of: code), code: code)
    }

    static func kind(of code: Int32) -> Kind {
        switch code {
        case EACCES, EPERM: return .permissionDenied
        case ENOSPC, EDQUOT: return .diskFull
        case EROFS: return .readOnly
        case ENOENT: return .notFound
        case ENOTDIR: return .notADirectory
        case EEXIST, ENOTEMPTY: return .alreadyExists
        case EISDIR: return .isADirectory
        case EFBIG: return .tooLarge
        case EIO: return .ioError
        default: return .other
        }
    }

    /// Plain words for the kind of failure.
    public var reason: String {
        switch kind {
        case .permissionDenied: return "permission denied"
        case .diskFull: return "the disk is full"
        case .readOnly: return "the disk is read-only"
        case .notFound: return "it does not exist"
        case .notADirectory: return "a part of the path is a file, not a folder"
        case .alreadyExists: return "it already exists"
        case .isADirectory: return "it is a folder, not a file"
        case .tooLarge: return "the file is too large"
        case .ioError: return "the disk reported an input/output error"
        case .symbolicLink: return "it is a symbolic link, which Runde does not follow here"
        case .notARegularFile: return "it is not an ordinary file"
        case .other:
            if code != 0, let s = strerror(code) { return String(cString: s).lowercased() }
            return "unknown error"
        }
    }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}
