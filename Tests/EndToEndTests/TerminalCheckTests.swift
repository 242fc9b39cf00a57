import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `runde _terminal-check` in a real terminal (tmux): the curses layer end to end.
@Suite(
    "Terminal layer in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct TerminalCheckTests {
    /// Starts `runde _terminal-check` in a fresh private tmux server and waits for its frame.
    private func start(
        _ extraArguments: [String] = [], width: Int = 80, height: Int = 24,
        environment: [String: String] = [:], waitForFrame: Bool = true
    ) throws -> Tmux {
        try #require(
            Tmux.rundeBinaryExists,
            "runde is not built at \(Tmux.rundeBinary); run `swift build` first")
        let tmux = try Tmux(
            [Tmux.rundeBinary, "_terminal-check"] + extraArguments, width: width,
            height: height, environment: environment)
        if waitForFrame {
            let appeared = tmux.waitFor(text: "q quits", timeout: 8)
            #expect(appeared, "the first frame did not appear:\n\(tmux.capture())")
        }
        return tmux
    }

    @Test("the first frame appears on the alternate screen with the size")
    func firstFrame() throws {
        let tmux = try start()
        defer { tmux.kill() }
        let screen = tmux.capture()
        #expect(screen.contains("runde terminal check"))
        #expect(screen.contains("size: 80x24"))
        #expect(tmux.alternateOn)
    }

    @Test("æøå typed arrive as characters and are shown")
    func norwegianLetters() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.sendText("æøå")
        #expect(tmux.waitFor(text: "typed: æøå"), "screen:\n\(tmux.capture())")
        #expect(tmux.capture().contains("last key: å"))
    }

    @Test(
        "named keys are translated",
        arguments: [
            ("Up", "Up"), ("Down", "Down"), ("Left", "Left"), ("Right", "Right"),
            ("Home", "Home"), ("End", "End"), ("PPage", "PgUp"), ("NPage", "PgDn"),
            ("F5", "F5"), ("F12", "F12"), ("C-a", "Ctrl-A"), ("Enter", "Enter"),
            ("BSpace", "Backspace"), ("DC", "Delete"), ("Tab", "Tab"), ("Escape", "Esc"),
        ])
    func namedKeys(key: String, shown: String) throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.sendKeys(key)
        #expect(tmux.waitFor(text: "last key: \(shown)\n"), "after \(key):\n\(tmux.capture())")
    }

    @Test("a resize to 60x16 and back updates the size shown")
    func resize() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.resize(width: 60, height: 16)
        #expect(tmux.waitFor(text: "size: 60x16"), "screen:\n\(tmux.capture())")
        tmux.resize(width: 80, height: 24)
        #expect(tmux.waitFor(text: "size: 80x24"), "screen:\n\(tmux.capture())")
        #expect(tmux.capture().contains("resizes: 2"))
    }

    @Test("q exits with 0 and leaves the alternate screen")
    func quit() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 0)
        #expect(!tmux.alternateOn)
    }

    @Test(
        "a signal restores the terminal and exits with 128 + signal",
        arguments: [
            (SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130)),
        ])
    func signal(signo: Int32, status: Int32) throws {
        let tmux = try start()
        defer { tmux.kill() }
        let pid = try #require(tmux.panePID)
        #expect(kill(pid, signo) == 0)
        #expect(tmux.waitForExit(), "did not exit on signal \(signo):\n\(tmux.capture())")
        #expect(tmux.exitStatus == status)
        #expect(!tmux.alternateOn)
    }

    @Test("a crash (Swift trap) leaves the alternate screen")
    func crash() throws {
        // No backtracer: it could wait for input on a terminal, and is not what is tested.
        let tmux = try start(["--crash-on", "x"], environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { tmux.kill() }
        tmux.sendText("x")
        #expect(tmux.waitForExit(), "did not crash:\n\(tmux.capture())")
        #expect(
            tmux.exitStatus == 128 + SIGILL || tmux.exitStatus == 128 + SIGTRAP,
            "status \(String(describing: tmux.exitStatus))")
        #expect(!tmux.alternateOn)
    }

    @Test("TERM=dumb is refused with a message naming it")
    func dumbTerminal() throws {
        let tmux = try start(width: 200, environment: ["TERM": "dumb"], waitForFrame: false)
        defer { tmux.kill() }
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 1)
        #expect(
            tmux.waitFor(text: "TERM=\"dumb\" cannot move the cursor", includingHistory: true),
            "screen:\n\(tmux.capture(includingHistory: true))")
    }

    @Test("an unknown TERM is refused with a message naming it")
    func unknownTerminal() throws {
        let tmux = try start(
            width: 200, environment: ["TERM": "no-such-terminal"], waitForFrame: false)
        defer { tmux.kill() }
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 1)
        #expect(
            tmux.waitFor(text: "TERM=\"no-such-terminal\" is unknown", includingHistory: true),
            "screen:\n\(tmux.capture(includingHistory: true))")
    }

    @Test("with colour, the screen carries colour codes (control for the NO_COLOR test)")
    func colour() throws {
        let tmux = try start()
        defer { tmux.kill() }
        let codes = SGR.colourCodes(in: tmux.captureWithEscapes())
        #expect(!codes.isEmpty, "no colour codes found")
    }

    @Test("NO_COLOR=1 emits no colour codes at all, only attributes")
    func noColor() throws {
        let tmux = try start(environment: ["NO_COLOR": "1"])
        defer { tmux.kill() }
        let screen = tmux.captureWithEscapes()
        #expect(SGR.colourCodes(in: screen).isEmpty, "colour codes: \(SGR.colourCodes(in: screen))")
        #expect(SGR.parameters(in: screen).contains(1), "bold should still be used")
    }

    @Test("--no-color emits no colour codes")
    func noColorFlag() throws {
        let tmux = try start(["--no-color"])
        defer { tmux.kill() }
        #expect(SGR.colourCodes(in: tmux.captureWithEscapes()).isEmpty)
    }
}

/// Runs the binary without a terminal (no tmux needed).
@Suite("Terminal layer without a terminal")
struct NonTerminalTests {
    @Test("stdin from /dev/null is refused with a clear message and exit code 1")
    func stdinNotATerminal() throws {
        try #require(
            Tmux.rundeBinaryExists,
            "runde is not built at \(Tmux.rundeBinary); run `swift build` first")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tmux.rundeBinary)
        p.arguments = ["_terminal-check"]
        p.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let errText = String(
            decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(errText.contains("standard input is not a terminal"), "stderr: \(errText)")
    }
}

/// Reading SGR (Select Graphic Rendition) sequences out of `capture-pane -e` output.
enum SGR {
    /// Every numeric parameter of every `ESC [ ... m` sequence.
    static func parameters(in text: String) -> [Int] {
        var result: [Int] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "\u{1B}", scalars[i + 1] == "[" {
                var j = i + 2
                var body = ""
                while j < scalars.count, !("@"..."~").contains(scalars[j]) {
                    body.unicodeScalars.append(scalars[j])
                    j += 1
                }
                if j < scalars.count, scalars[j] == "m" {
                    let params = body.split(separator: ";", omittingEmptySubsequences: false)
                    result += params.map { Int($0) ?? 0 }
                }
                i = j + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// Parameters that set a colour: 30–38, 40–48, 90–97, 100–107 (39/49, "default colour",
    /// are resets, not colours). A 38/48 already marks colour, so its sub-parameters
    /// (5;n or 2;r;g;b) need no special care.
    static func colourCodes(in text: String) -> [Int] {
        parameters(in: text).filter {
            (30...38).contains($0) || (40...48).contains($0)
                || (90...97).contains($0) || (100...107).contains($0)
        }
    }
}
