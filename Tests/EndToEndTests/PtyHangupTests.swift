import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The hang-up trap: a terminal that goes away without a SIGHUP (the pty is not the
/// program's controlling terminal) must end the program, not spin at 100 % CPU.
@Suite("Terminal layer on a raw pty")
struct PtyHangupTests {
    @Test("closing the terminal (POLLHUP, no SIGHUP) exits with 129 at once")
    func hangup() throws {
        try #require(
            Tmux.rundeBinaryExists,
            "runde is not built at \(Tmux.rundeBinary); run `swift build` first")
        let pty = try #require(PtyFunctions.load(), "posix_openpt & co. not found in libc")
        let master = pty.openpt(O_RDWR | O_NOCTTY)
        try #require(master >= 0, "posix_openpt failed")
        var masterOpen = true
        defer { if masterOpen { close(master) } }
        try #require(pty.grant(master) == 0 && pty.unlock(master) == 0)
        let namePointer = try #require(pty.name(master), "ptsname failed")
        let slaveName = String(cString: namePointer)
        let slave = open(slaveName, O_RDWR | O_NOCTTY)
        try #require(slave >= 0, "cannot open \(slaveName)")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, slave)
        posix_spawn_file_actions_addclose(&actions, master)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))

        let binary = Tmux.rundeBinary
        let arguments: [String] = [binary, "_terminal-check"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var env = ProcessInfo.processInfo.environment.merging(Tmux.baseEnvironment) { $1 }
        env["COLUMNS"] = "80"
        env["LINES"] = "24"
        env["NO_COLOR"] = nil
        let envp: [UnsafeMutablePointer<CChar>?] =
            env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, &attr, argv, envp)
        close(slave)
        try #require(rc == 0, "posix_spawn failed: \(rc)")

        // Read until the first frame is out, then hang up.
        var output = Data()
        let deadline = Date().addingTimeInterval(8)
        while Date() < deadline, !String(decoding: output, as: UTF8.self).contains("q quits") {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 100) > 0 {
                var buf = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &buf, buf.count)
                if n <= 0 { break }
                output.append(contentsOf: buf[0..<n])
            }
        }
        #expect(String(decoding: output, as: UTF8.self).contains("q quits"), "no first frame")
        close(master)
        masterOpen = false

        var status: Int32 = 0
        var exited = false
        let exitDeadline = Date().addingTimeInterval(5)
        while Date() < exitDeadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                break
            }
            usleep(20_000)
        }
        if !exited {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        #expect(exited, "runde did not exit after its terminal went away")
        #expect((status & 0x7f) == 0 && (status >> 8) & 0xff == 129, "wait status \(status)")
    }
}

/// posix_openpt, grantpt, unlockpt and ptsname, looked up with dlsym: Swift's Glibc module
/// does not declare them (they need _XOPEN_SOURCE).
private struct PtyFunctions {
    typealias IntToInt = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    let openpt: IntToInt
    let grant: IntToInt
    let unlock: IntToInt
    let name: Name

    static func load() -> PtyFunctions? {
        func symbol(_ name: String) -> UnsafeMutableRawPointer? {
            dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
        }
        guard let o = symbol("posix_openpt"), let g = symbol("grantpt"), let u = symbol("unlockpt"),
            let n = symbol("ptsname")
        else { return nil }
        return PtyFunctions(
            openpt: unsafeBitCast(o, to: IntToInt.self), grant: unsafeBitCast(g, to: IntToInt.self),
            unlock: unsafeBitCast(u, to: IntToInt.self), name: unsafeBitCast(n, to: Name.self))
    }
}
