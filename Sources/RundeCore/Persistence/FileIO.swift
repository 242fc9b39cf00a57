import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// read(2), named apart from `FileIO.read(_:into:limit:)`.
private func posixRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
    read(fd, p, n)
}

/// Low-level file helpers: 0700 folders, atomic 0600 files, reads and removals with plain errors.
///
/// Modes are set explicitly with `chmod`/`fchmod`, so they do not depend on the umask. An
/// atomic write goes to a temporary file in the same folder, which is written, fsynced and
/// renamed over the target; then the folder is fsynced. A reader sees the old file or the new
/// one, never half of one.
public enum FileIO {
    public static let folderMode: mode_t = 0o700
    public static let fileMode: mode_t = 0o600
    /// Reads refuse files larger than this unless told otherwise.
    public static let defaultReadLimit = 64 << 20

    // MARK: Folders

    /// Creates `path` and every missing folder above it, each with mode 0700.
    ///
    /// Folders above `root` (the data folder) that already exist are left as they are. Below
    /// it Runde owns the folders: a symbolic link there is refused (new logs would otherwise
    /// be written wherever it points, with whatever modes are there), and a folder of ours
    /// with loose modes is tightened to 0700. The folder asked for is never a symlink.
    /// Running as root in someone else's folder, a new folder is given to that folder's owner.
    public static func createFolder(_ path: String, under root: String? = nil) throws(FileIOError) {
        let inside = root.map { r in r.hasSuffix("/") ? r : r + "/" }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            let above = prefix.isEmpty ? "." : prefix
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            let owned = inside.map { prefix.hasPrefix($0) } ?? false
            var st = stat()
            if lstat(prefix, &st) == 0 {
                if (st.st_mode & S_IFMT) == S_IFLNK {
                    if owned || prefix == path {
                        throw FileIOError(
                            operation: "create the folder", path: prefix, kind: .symbolicLink,
                            code: ELOOP)
                    }
                    if stat(prefix, &st) != 0 {
                        throw FileIOError(
                            operation: "create the folder", path: prefix, errno: errno)
                    }
                }
                if (st.st_mode & S_IFMT) != S_IFDIR {
                    throw FileIOError(
                        operation: "create the folder", path: prefix, kind: .notADirectory,
                        code: ENOTDIR)
                }
                if owned, st.st_uid == geteuid(), st.st_mode & 0o077 != 0 {
                    if chmod(prefix, folderMode) != 0 {
                        throw FileIOError(
                            operation: "set the permissions of", path: prefix, errno: errno)
                    }
                }
                continue
            }
            if errno == EACCES {
                // The folder above cannot be searched (another user's, say): say that, not
                // that a folder which may well exist cannot be created.
                throw FileIOError(operation: "list the folder", path: above, errno: EACCES)
            }
            if errno != ENOENT {
                throw FileIOError(operation: "create the folder", path: prefix, errno: errno)
            }
            if mkdir(prefix, folderMode) != 0 && errno != EEXIST {
                throw FileIOError(operation: "create the folder", path: prefix, errno: errno)
            }
            if chmod(prefix, folderMode) != 0 {
                throw FileIOError(operation: "set the permissions of", path: prefix, errno: errno)
            }
            try adoptFolderOwner(path: prefix, folder: above)
        }
    }

    /// Running as root in a folder that belongs to another user (root editing that user's
    /// group), a new file or folder is given to the folder's owner: left to root, the owner
    /// could no longer read or change it. As anyone else nothing happens.
    static func adoptFolderOwner(fd: Int32, path: String, folder: String) throws(FileIOError) {
        guard geteuid() == 0 else { return }
        var st = stat()
        guard stat(folder, &st) == 0, st.st_uid != 0 else { return }
        if fchown(fd, st.st_uid, st.st_gid) != 0 {
            throw FileIOError(operation: "set the permissions of", path: path, errno: errno)
        }
    }

    /// `adoptFolderOwner` for a path (a folder just made); symlinks are never followed.
    static func adoptFolderOwner(path: String, folder: String) throws(FileIOError) {
        guard geteuid() == 0 else { return }
        var st = stat()
        guard stat(folder, &st) == 0, st.st_uid != 0 else { return }
        if lchown(path, st.st_uid, st.st_gid) != 0 {
            throw FileIOError(operation: "set the permissions of", path: path, errno: errno)
        }
    }

    /// True when `path` is an existing folder (symlinks followed).
    public static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when something exists at `path` (a dangling symlink counts).
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The permission bits of `path` (for tests and checks), or nil when it does not exist.
    public static func mode(of path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    /// Names in a folder, without "." and "..", sorted.
    public static func list(_ folder: String) throws(FileIOError) -> [String] {
        guard let dir = opendir(folder) else {
            throw FileIOError(operation: "list the folder", path: folder, errno: errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    // MARK: Writing

    /// Writes `data` to `path` atomically with mode 0600. With `replace: false` an existing file
    /// is never overwritten, and `.alreadyExists` is thrown instead. The folder must exist.
    public static func writeAtomically(_ data: Data, to path: String, replace: Bool = true)
        throws(FileIOError)
    {
        let folder = parent(of: path)
        let temp =
            folder + "/." + baseName(of: path)
            + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if fd < 0 { throw FileIOError(operation: "write", path: path, errno: errno) }
        var tempExists = true
        defer { if tempExists { unlink(temp) } }
        do {
            defer { close(fd) }
            if fchmod(fd, fileMode) != 0 {
                throw FileIOError(operation: "write", path: path, errno: errno)
            }
            try adoptFolderOwner(fd: fd, path: path, folder: folder)
            try writeAll(fd: fd, data: data, path: path)
            if fsync(fd) != 0 { throw FileIOError(operation: "write", path: path, errno: errno) }
        }
        if replace {
            if rename(temp, path) != 0 {
                throw FileIOError(operation: "write", path: path, errno: errno)
            }
            tempExists = false
        } else {
            // link(2) fails with EEXIST when the name is taken, atomically. File systems without
            // hard links (FAT on a USB stick) fall back to check-then-rename.
            if link(temp, path) == 0 {
                // The temp name is removed by the deferred unlink.
            } else {
                let e = errno
                if e == EEXIST {
                    throw FileIOError(operation: "write", path: path, kind: .alreadyExists, code: e)
                }
                guard e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK || e == ENOSYS
                else {
                    throw FileIOError(operation: "write", path: path, errno: e)
                }
                if exists(path) {
                    throw FileIOError(
                        operation: "write", path: path, kind: .alreadyExists, code: EEXIST)
                }
                if rename(temp, path) != 0 {
                    throw FileIOError(operation: "write", path: path, errno: errno)
                }
                tempExists = false
            }
        }
        syncFolder(folder)
    }

    /// Writes many new files into one folder with a single flush for all of them (`sync` on
    /// Linux; an fsync per file elsewhere), then moves each into place without overwriting and
    /// syncs the folder once. `name(i, attempt)` gives the name for file `i`; attempt 2, 3, …
    /// are asked for when a name is taken (return nil to give up with `.alreadyExists`).
    /// Returns the paths written, in order. Files are 0600. If writing fails, no file is placed.
    public static func writeNewFiles(
        _ contents: [Data], in folder: String,
        name: (Int, Int) -> String?
    ) throws(FileIOError) -> [String] {
        var temps: [String] = []
        defer { for t in temps { unlink(t) } }
        for (i, data) in contents.enumerated() {
            let temp = folder + "/.batch-\(i).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
            if fd < 0 {
                throw FileIOError(
                    operation: "write", path: folder + "/" + (name(i, 1) ?? temp), errno: errno)
            }
            temps.append(temp)
            defer { close(fd) }
            if fchmod(fd, fileMode) != 0 {
                throw FileIOError(operation: "write", path: temp, errno: errno)
            }
            try adoptFolderOwner(fd: fd, path: temp, folder: folder)
            try writeAll(fd: fd, data: data, path: folder + "/" + (name(i, 1) ?? temp))
        }
        try flush(temps, folder: folder)
        var placed: [String] = []
        for (i, temp) in temps.enumerated() {
            var attempt = 1
            while true {
                guard let n = name(i, attempt) else {
                    throw FileIOError(
                        operation: "write", path: folder + "/" + (name(i, 1) ?? ""),
                        kind: .alreadyExists, code: EEXIST)
                }
                let target = folder + "/" + n
                if link(temp, target) == 0 {
                    placed.append(target)
                    break
                }
                let e = errno
                if e == EEXIST {
                    attempt += 1
                    continue
                }
                guard e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK || e == ENOSYS
                else {
                    throw FileIOError(operation: "write", path: target, errno: e)
                }
                if exists(target) {
                    attempt += 1
                    continue
                }
                if rename(temp, target) != 0 {
                    throw FileIOError(operation: "write", path: target, errno: errno)
                }
                placed.append(target)
                break
            }
        }
        syncFolder(folder)
        return placed
    }

    /// Makes the data of freshly written files durable. On Linux one sync(2), which waits for
    /// the writes to finish there, is far cheaper than hundreds of fsyncs; elsewhere, fsync each.
    private static func flush(_ paths: [String], folder: String) throws(FileIOError) {
        #if os(Linux)
            if paths.count > 8 {
                sync()
                return
            }
        #endif
        for p in paths {
            let fd = open(p, O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw FileIOError(operation: "write", path: p, errno: errno) }
            defer { close(fd) }
            if fsync(fd) != 0 { throw FileIOError(operation: "write", path: p, errno: errno) }
        }
    }

    /// Writes all of `data` to `fd`, retrying after EINTR and short writes.
    static func writeAll(fd: Int32, data: Data, path: String) throws(FileIOError) {
        var failure: Int32 = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 {
                    failure = EIO
                    return
                }
                p += n
                left -= n
            }
        }
        if failure != 0 { throw FileIOError(operation: "write", path: path, errno: failure) }
    }

    /// Flushes a folder's entries (after a rename or unlink). Errors are ignored: some file
    /// systems cannot sync folders, and the rename itself has already happened.
    public static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    // MARK: Reading

    /// Reads a whole regular file. Refuses files larger than `limit` bytes.
    public static func readFile(_ path: String, limit: Int = defaultReadLimit) throws(FileIOError)
        -> Data
    {
        var buffer: [UInt8] = []
        let n = try read(path, into: &buffer, limit: limit)
        return Data(buffer[0..<n])
    }

    /// Reads a whole regular file into `buffer` (grown as needed, reused across calls so a
    /// reader of thousands of files allocates once) and returns the byte count; the bytes are
    /// `buffer[0..<count]`. Refuses files larger than `limit` bytes, and anything that is not
    /// an ordinary file (a pipe would make the read wait for ever).
    public static func read(
        _ path: String, into buffer: inout [UInt8], limit: Int = defaultReadLimit
    ) throws(FileIOError) -> Int {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise wait right here.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw FileIOError(operation: "read", path: path, errno: errno) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw FileIOError(operation: "read", path: path, errno: errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw FileIOError(operation: "read", path: path, kind: .isADirectory, code: EISDIR)
        }
        if (st.st_mode & S_IFMT) != S_IFREG {
            throw FileIOError(operation: "read", path: path, kind: .notARegularFile, code: EINVAL)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if Int(st.st_size) > limit {
            throw FileIOError(operation: "read", path: path, kind: .tooLarge, code: EFBIG)
        }
        // One byte more than the size, so a file that has not grown is read in one call.
        let want = max(Int(st.st_size), 0) + 1
        if buffer.count < want {
            buffer = [UInt8](repeating: 0, count: max(want, buffer.count * 2, 4096))
        }
        var used = 0
        while true {
            if used == buffer.count {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            let n = buffer.withUnsafeMutableBytes {
                posixRead(fd, $0.baseAddress! + used, $0.count - used)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileIOError(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            used += n
            if used > limit {
                throw FileIOError(operation: "read", path: path, kind: .tooLarge, code: EFBIG)
            }
        }
        return used
    }

    // MARK: Removing

    /// Removes one file (or symlink) and syncs its folder.
    public static func remove(_ path: String) throws(FileIOError) {
        if unlink(path) != 0 { throw FileIOError(operation: "delete", path: path, errno: errno) }
        syncFolder(parent(of: path))
    }

    /// Removes a folder and everything in it. Symlinks are removed, never followed.
    public static func removeTree(_ path: String) throws(FileIOError) {
        var st = stat()
        if lstat(path, &st) != 0 {
            throw FileIOError(operation: "delete", path: path, errno: errno)
        }
        try removeRecursively(path, isFolder: (st.st_mode & S_IFMT) == S_IFDIR)
        syncFolder(parent(of: path))
    }

    private static func removeRecursively(_ path: String, isFolder: Bool) throws(FileIOError) {
        if isFolder {
            for name in try list(path) {
                let child = path + "/" + name
                var st = stat()
                if lstat(child, &st) != 0 {
                    throw FileIOError(operation: "delete", path: child, errno: errno)
                }
                try removeRecursively(child, isFolder: (st.st_mode & S_IFMT) == S_IFDIR)
            }
            if rmdir(path) != 0 { throw FileIOError(operation: "delete", path: path, errno: errno) }
        } else if unlink(path) != 0 {
            throw FileIOError(operation: "delete", path: path, errno: errno)
        }
    }

    // MARK: Paths

    /// The path with every symlink resolved (realpath), or nil when it cannot be resolved.
    public static func resolvedPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// The folder part of a path ("." for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
