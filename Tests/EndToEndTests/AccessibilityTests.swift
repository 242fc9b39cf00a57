import Foundation
import RundeCore
import Testing

/// Without colour no colour escapes are written; `--plain` speaks milestones as lines of text.
@Suite(
    "Colour and plain mode in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct AccessibilityTests {
    static let colourSGR = try! NSRegularExpression(
        pattern: "\u{1B}\\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")

    func group() throws -> String {
        let data = RunCLI.tempDataDir()
        try RunCLI.regularGroup("Fredag", members: ["Kari", "Ola", "Siri"], dataDir: data)
        return data
    }

    func colourCodes(_ s: String) -> Int {
        Self.colourSGR.numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))
    }

    @Test(arguments: [["NO_COLOR": "1"], [:]])
    func noColourWritesNoColourEscapes(_ env: [String: String]) throws {
        try #require(Tmux.rundeBinaryExists)
        let data = try group()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let args =
            [Tmux.rundeBinary, "--data-dir", data, "meeting"] + (env.isEmpty ? ["--no-color"] : [])
        let tmux = try Tmux(
            args, environment: ["LANG": "C.UTF-8"].merging(env) { $1 }, unset: ["LC_ALL"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Leading today"))
        tmux.sendKeys("Enter", "Enter")
        #expect(tmux.waitFor(text: "has the floor"))
        tmux.sendKeys("Space")  // hold: shows "on hold" in reverse, not colour
        #expect(tmux.waitFor(text: "on hold"))
        let screen = tmux.captureWithEscapes()
        #expect(
            colourCodes(screen) == 0,
            "colour escapes found:\n\(screen.debugDescription.prefix(600))")
        #expect(
            screen.contains("\u{1B}[1m") || screen.contains("\u{1B}[7m"),
            "no bold or reverse at all")
    }

    @Test func colourIsUsedWhenAllowed() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = try group()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Leading today"))
        #expect(colourCodes(tmux.captureWithEscapes()) > 0)
    }

    @Test func plainModeAnnouncesMilestones() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = try group()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--plain", "--lang", "nb", "--data-dir", data, "meeting"],
            width: 100, height: 40, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "Enter bekrefter oppmøtet."), "\(tmux.capture())")
        tmux.sendKeys("Enter")
        #expect(
            tmux.waitFor(text: "Kort: Våre rammer.", includingHistory: true),
            "\(tmux.capture())")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "Kari har ordet"), "\(tmux.capture())")
        tmux.sendKeys("p")
        #expect(tmux.waitFor(text: "Pause: 15 minutter."), "\(tmux.capture())")
        tmux.sendKeys("p")
        #expect(tmux.waitFor(text: "Ola har ordet"), "\(tmux.capture())")
        let screen = tmux.capture(includingHistory: true)
        // No full-screen drawing: the alternate screen is never used, and no big digits.
        #expect(!tmux.alternateOn)
        #expect(!screen.contains("███"))
    }
}
