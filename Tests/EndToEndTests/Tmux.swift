import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private tmux server running one program in one pane, for end-to-end tests.
///
/// The server is started with `posix_spawn` (stdio on /dev/null, other fds closed, an empty
/// signal mask), because a server started through `Foundation.Process` inherits its pipe and
/// `new-session -d` never returns. Client commands (`send-keys`, `capture-pane`, ...) use
/// `Process`. The pane keeps its content after the program exits (`remain-on-exit`), so
/// tests can read the last screen. The program runs under a small `sh` that writes its exit
/// status to a file: tmux itself does not reliably reap a program that exits within
/// milliseconds (`#{pane_dead_status}` stays empty), so the status is not taken from tmux.
/// Call `kill()` (or let `deinit` do it).
final class Tmux: @unchecked Sendable {
    /// Failure of a tmux command.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Absolute path of the `tmux` executable on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// True when tmux is installed; end-to-end suites use it in `.enabled(if:)`.
    static var isAvailable: Bool { executable != nil }

    /// The package root, found from this file's path (Tests/EndToEndTests/Tmux.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `runde`: `$RUNDE_BINARY`, else `<package>/.build/debug/runde` (which
    /// `swift build` / `swift test` produce).
    static var rundeBinary: String {
        if let p = ProcessInfo.processInfo.environment["RUNDE_BINARY"], !p.isEmpty { return p }
        return packageRoot.appendingPathComponent(".build/debug/runde").path
    }

    /// True when `rundeBinary` exists and is executable.
    static var rundeBinaryExists: Bool { FileManager.default.isExecutableFile(atPath: rundeBinary) }

    /// The environment every pane gets, on top of `environment` passed to `init`.
    static let baseEnvironment: [String: String] = [
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "NCURSES_NO_UTF8_ACS": "1",
    ]

    /// The private server's socket name (`tmux -L`).
    let server: String
    /// The session (and pane) target.
    let target = "main"
    private let tmuxPath: String
    private let workDir: String
    private var socketPath: String?
    private var statusPath: String { workDir + "/status" }
    private var killed = false

    /// Starts a private server whose one pane runs `command` (argv form, no shell) at
    /// `width`×`height`. The pane sees `baseEnvironment` plus `environment`; `unset` names
    /// variables removed from it (NO_COLOR and LC_ALL by default).
    init(
        _ command: [String], width: Int = 80, height: Int = 24,
        environment: [String: String] = [:], unset: [String] = ["NO_COLOR", "LC_ALL"]
    ) throws {
        guard let tmuxPath = Self.executable else {
            throw Failure(description: "tmux is not installed")
        }
        self.tmuxPath = tmuxPath
        let name = "runde-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        server = name
        workDir = NSTemporaryDirectory() + name
        try FileManager.default.createDirectory(
            atPath: workDir, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])

        // sh runs the program as its one child and records the exit status (128 + n for a
        // death by signal n), written atomically.
        var wrapped = [
            "/bin/sh", "-c", #""$@"; s=$?; echo "$s" > "$0.tmp" && mv "$0.tmp" "$0""#,
            workDir + "/status", "/usr/bin/env",
        ]
        for name in unset { wrapped += ["-u", name] }
        for (k, v) in Self.baseEnvironment.merging(environment, uniquingKeysWith: { $1 }).sorted(
            by: { $0.key < $1.key })
        {
            wrapped.append("\(k)=\(v)")
        }
        wrapped += command
        let args =
            [
                "-L", server, "-f", "/dev/null",
                "start-server", ";",
                "set-option", "-g", "remain-on-exit", "on", ";",
                "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "--",
            ] + wrapped
        try Self.spawnDetached(tmuxPath, args)
        socketPath = try? self.command(["display-message", "-p", "#{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { kill() }

    // MARK: - Commands

    /// Runs a tmux client command against this server and returns its standard output.
    @discardableResult
    func command(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tmuxPath)
        p.arguments = ["-L", server, "-f", "/dev/null"] + args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Failure(
                description: "tmux \(args.joined(separator: " ")) failed: "
                    + (String(data: errData, encoding: .utf8) ?? ""))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Sends named keys (`"Enter"`, `"Up"`, `"C-c"`, `"F5"`), one argument each.
    func sendKeys(_ keys: String...) { sendKeys(keys) }

    /// Sends named keys (`"Enter"`, `"Up"`, `"C-c"`, `"F5"`).
    func sendKeys(_ keys: [String]) {
        _ = try? command(["send-keys", "-t", target] + keys)
    }

    /// Types text literally (`send-keys -l`), UTF-8 included.
    func sendText(_ text: String) {
        _ = try? command(["send-keys", "-t", target, "-l", "--", text])
    }

    /// The visible pane as plain text (`capture-pane -p`); empty when the server is gone.
    /// With `includingHistory`, lines scrolled off the top come first (when the program
    /// exits, tmux scrolls the screen up one line to print "Pane is dead").
    func capture(includingHistory: Bool = false) -> String {
        let history = includingHistory ? ["-S", "-"] : []
        return (try? command(["capture-pane", "-p", "-t", target] + history)) ?? ""
    }

    /// The visible pane with SGR escape sequences for colours and attributes (`-e`).
    func captureWithEscapes() -> String {
        (try? command(["capture-pane", "-p", "-e", "-t", target])) ?? ""
    }

    /// Resizes the window (and so the pane, which gets SIGWINCH).
    func resize(width: Int, height: Int) {
        _ = try? command(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format evaluated for the pane, e.g. `"#{alternate_on}"`, `"#{pane_dead}"`.
    func paneValue(_ format: String) -> String {
        let s = (try? command(["display-message", "-p", "-t", target, format])) ?? ""
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The PID of the program: the one child of the pane's `sh` (`env` execs the program).
    /// Waits up to 5 s for sh to start it; nil when it did not.
    var panePID: pid_t? {
        guard let shell = pid_t(paneValue("#{pane_pid}")) else { return nil }
        var child: pid_t?
        waitUntil(timeout: 5) {
            child = Self.firstChild(of: shell)
            return child != nil
        }
        return child
    }

    /// A child of `pid`, from /proc/PID/task/PID/children, or by scanning /proc/*/stat
    /// where that file is missing.
    private static func firstChild(of pid: pid_t) -> pid_t? {
        let path = "/proc/\(pid)/task/\(pid)/children"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            return text.split(separator: " ").compactMap { pid_t($0) }.first
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for candidate in entries.compactMap({ pid_t($0) }) {
            guard
                let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // After "pid (comm)": state, then ppid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == pid { return candidate }
        }
        return nil
    }

    /// True once the program has exited (its status is recorded).
    var isPaneDead: Bool { exitStatus != nil }

    /// The program's exit status once it has exited; 128 + n when signal n killed it.
    var exitStatus: Int32? {
        guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8) else {
            return nil
        }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// True when the pane is on the alternate screen (full-screen mode).
    var alternateOn: Bool { paneValue("#{alternate_on}") == "1" }

    // MARK: - Waiting

    /// Polls every 50 ms until `condition` holds or `timeout` seconds pass.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 5, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if condition() { return true }
            if Date() >= deadline { return false }
            usleep(50_000)
        }
    }

    /// Polls the pane until its text contains `text`; false after `timeout` seconds.
    @discardableResult
    func waitFor(text: String, includingHistory: Bool = false, timeout: TimeInterval = 5) -> Bool {
        waitUntil(timeout: timeout) { capture(includingHistory: includingHistory).contains(text) }
    }

    /// Polls until the program has exited and its status is known.
    @discardableResult
    func waitForExit(timeout: TimeInterval = 8) -> Bool {
        waitUntil(timeout: timeout) { isPaneDead }
    }

    /// Kills the private server and removes its socket and files. Idempotent.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? command(["kill-server"])
        // tmux 3.3 leaves the socket file behind after kill-server.
        if let socketPath, socketPath.contains(server) { unlink(socketPath) }
        try? FileManager.default.removeItem(atPath: workDir)
    }

    // MARK: - Spawning the server

    /// Runs `path args` with posix_spawn: stdin/stdout on /dev/null, stderr to a temporary
    /// file (for the error message), every other fd closed, an empty signal mask and default
    /// signal actions; waits for it and throws when it fails.
    private static func spawnDetached(_ path: String, _ args: [String]) throws {
        let errPath =
            NSTemporaryDirectory()
            + "runde-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).err"
        defer { unlink(errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeOtherDescriptors(&actions)

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [
            SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGUSR1, SIGUSR2,
        ] {
            sigaddset(&defaults, s)
        }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
        guard rc == 0 else {
            throw Failure(
                description: "posix_spawn \(path) failed: \(String(cString: strerror(rc)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR {
                throw Failure(description: "waitpid failed: \(String(cString: strerror(errno)))")
            }
        }
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure(
                description:
                    "tmux \(args.joined(separator: " ")) failed (status \(status)): \(message)")
        }
    }

    /// Adds "close every fd from 3 up": glibc's posix_spawn_file_actions_addclosefrom_np
    /// (atomic, so a pipe another test opens concurrently cannot leak into the server), found
    /// with dlsym because Swift's Glibc module does not declare it; else one close per fd
    /// open now.
    private static func closeOtherDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let sym = dlsym(
            UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        {
            let closeFrom = unsafeBitCast(sym, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in fds.compactMap({ Int32($0) }) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }
}
