import Foundation

/// The file access `ThemeCatalog` needs, as closures so tests can use an in-memory folder.
public struct ThemeFileSystem: Sendable {
    /// What reading a file gave.
    public enum ReadResult: Equatable, Sendable {
        case bytes([UInt8])
        case missing
        case failed(ThemeProblem)
    }

    /// Reads a whole file, refusing ones larger than `ThemeParser.maxBytes`.
    public var read: @Sendable (_ path: String) -> ReadResult
    /// The names of the entries in a folder (empty when it does not exist).
    public var list: @Sendable (_ directory: String) -> [String]

    public init(
        read: @escaping @Sendable (String) -> ReadResult,
        list: @escaping @Sendable (String) -> [String]
    ) {
        self.read = read
        self.list = list
    }

    /// The real file system.
    public static let local = ThemeFileSystem(
        read: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .missing
            }
            if isDirectory.boolValue { return .failed(.isAFolder) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return .failed(.cannotRead)
            }
            defer { try? handle.close() }
            do {
                let data = try handle.read(upToCount: ThemeParser.maxBytes + 1) ?? Data()
                if data.count > ThemeParser.maxBytes {
                    return .failed(.tooLarge(kib: ThemeParser.maxBytes / 1024))
                }
                return .bytes([UInt8](data))
            } catch {
                return .failed(.cannotRead)
            }
        },
        list: { directory in
            (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        }
    )
}
