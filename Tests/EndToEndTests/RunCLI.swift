import Foundation

/// Runs the built `runde` without a terminal (for commands like `group create`).
enum RunCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func runde(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tmux.rundeBinary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    struct SetupFailure: Error, CustomStringConvertible { var description: String }

    /// Creates a group in the regular format (a new group's first meeting has its own format;
    /// most end-to-end tests walk the regular one). Throws when either command fails.
    static func regularGroup(_ name: String, members: [String], dataDir data: String) throws {
        let created = try runde([
            "group", "create", name, "--members", members.joined(separator: ","), "--data-dir",
            data,
        ])
        guard created.status == 0 else {
            throw SetupFailure(description: "group create: \(created.stderr)")
        }
        let edited = try runde(["group", "edit", name, "--format", "regular", "--data-dir", data])
        guard edited.status == 0 else {
            throw SetupFailure(description: "group edit: \(edited.stderr)")
        }
    }

    /// A fresh data folder for one test.
    static func tempDataDir() -> String {
        let dir =
            NSTemporaryDirectory()
            + "runde-e2e-data-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every regular file under a folder, recursively.
    static func files(under dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = dir + "/" + rel
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out.append(path)
            }
        }
        return out
    }
}
