import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies one version of a file on disk: size, modification time and inode.
public struct LogFileStat: Codable, Equatable, Hashable, Sendable {
    public var size: Int64
    public var mtimeNs: Int64
    public var inode: UInt64

    public init(size: Int64, mtimeNs: Int64, inode: UInt64) {
        self.size = size
        self.mtimeNs = mtimeNs
        self.inode = inode
    }

    /// Stats a path; nil when it does not exist or is not a regular file.
    public static func of(path: String) -> LogFileStat? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
            let ns = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
            let ns = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
        return LogFileStat(size: Int64(st.st_size), mtimeNs: ns, inode: UInt64(st.st_ino))
    }

    enum CodingKeys: String, CodingKey {
        case size, inode
        case mtimeNs = "mtime_ns"
    }
}
