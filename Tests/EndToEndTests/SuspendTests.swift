import Foundation
import Testing

/// Ctrl-Z suspends a meeting and SIGCONT brings it back, redrawn, with the timer still counting.
@Suite(
    "Suspend and resume in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct SuspendTests {
    func state(of pid: pid_t) -> Character? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = s.lastIndex(of: ")")
        else { return nil }
        return s[s.index(close, offsetBy: 2)...].first
    }

    @Test func ctrlZStopsAndContinueRedraws() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try RunCLI.regularGroup("Mandag", members: ["Kari", "Ola"], dataDir: data)
        // Job control needs an interactive shell: the pane runs bash, which starts runde.
        let tmux = try Tmux(
            ["/bin/bash", "--norc", "--noprofile", "-i"],
            environment: ["LANG": "C.UTF-8", "PS1": "$ "])
        defer { tmux.kill() }
        let shell = try #require(tmux.panePID)
        tmux.sendText("exec 2>/dev/null; '\(Tmux.rundeBinary)' --data-dir '\(data)' meeting")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "Leading today"), "\(tmux.capture())")
        tmux.sendKeys("Enter", "Enter")
        #expect(tmux.waitFor(text: "has the floor"))
        let pid = try #require(childRunde(of: shell))
        tmux.sendKeys("C-z")
        #expect(
            tmux.waitUntil(timeout: 5) { state(of: pid) == "T" },
            "not stopped: \(String(describing: state(of: pid)))")
        #expect(
            tmux.waitUntil(timeout: 5) { !tmux.alternateOn },
            "the screen was not given back while stopped")
        tmux.sendText("fg")
        tmux.sendKeys("Enter")
        #expect(tmux.waitUntil(timeout: 5) { state(of: pid) != "T" })
        #expect(tmux.waitFor(text: "has the floor"), "not redrawn after fg:\n\(tmux.capture())")
        #expect(tmux.alternateOn)
        tmux.sendKeys("q", "y")
        #expect(
            tmux.waitFor(text: "The meeting is saved", includingHistory: true),
            "\(tmux.capture(includingHistory: true))")
        #expect(tmux.waitUntil(timeout: 5) { state(of: pid) == nil })
    }

    /// The runde started by the shell in the pane.
    func childRunde(of shell: pid_t) -> pid_t? {
        for _ in 0..<50 {
            if let kids = try? String(
                contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            {
                for k in kids.split(separator: " ").compactMap({ pid_t($0) }) {
                    if let comm = try? String(contentsOfFile: "/proc/\(k)/comm", encoding: .utf8),
                        comm.hasPrefix("runde")
                    {
                        return k
                    }
                }
            }
            usleep(100_000)
        }
        return nil
    }
}
