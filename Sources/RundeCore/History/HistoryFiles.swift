#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

private func posixRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }

/// Small POSIX file helpers for the history (fast, no FileManager on the hot path).
enum HistoryFiles {
    /// Names in a folder (no `.`/`..`), unsorted; nil when the folder cannot be opened.
    static func names(in dir: String) -> [String]? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            out.append(name)
        }
        return out
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Log files in a logs folder: `*.json`, not hidden (so not `.index.json` nor temp files).
    static func logNames(in dir: String) -> [String]? {
        names(in: dir)?.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0.count > 5 }
    }

    /// Reads a whole file; nil on any error.
    static func readFile(_ path: String) -> Data? {
        var buffer: [UInt8] = []
        guard let n = read(path, into: &buffer) else { return nil }
        return Data(buffer[0..<n])
    }

    /// Reads a whole file into a reusable buffer (grown as needed); returns the byte count.
    static func read(_ path: String, into buf: inout [UInt8]) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let want = max(Int(st.st_size), 0) + 1
        if buf.count < want { buf = [UInt8](repeating: 0, count: max(want, buf.count * 2, 4096)) }
        var used = 0
        while true {
            if used == buf.count { buf.append(contentsOf: repeatElement(0, count: buf.count)) }
            let n = buf.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + used, $0.count - used) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            used += n
        }
        return used
    }

    /// Writes a file atomically: a 0600 temp file in the same folder, fsync, rename.
    static func writeAtomically(_ data: Data, to path: String) -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let tmp = "\(dir)/.\(base).tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var ok = data.withUnsafeBytes { raw -> Bool in
            var off = 0
            while off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
        ok = ok && fchmod(fd, 0o600) == 0 && fsync(fd) == 0
        ok = close(fd) == 0 && ok
        if ok, rename(tmp, path) == 0 {
            let dfd = open(dir, O_RDONLY | O_CLOEXEC)
            if dfd >= 0 { _ = fsync(dfd); close(dfd) }
            return true
        }
        unlink(tmp)
        return false
    }
}
