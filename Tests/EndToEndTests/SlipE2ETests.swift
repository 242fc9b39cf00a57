import Foundation
import RundeCore
import Testing

/// A meeting night without a slip, with the real binary: a member leaving is never proposed as
/// the next leader, and the name the summary gives is the one group.toml holds afterwards, also
/// after `u` on the summary went back into the meeting and the summary was reached again.
@Suite(
    "A meeting without a slip in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct SlipE2ETests {
    static let members = ["Quixtamar", "Zorbulon", "Vexilda", "Prundle", "Klimbor"]
    let env = ["LANG": "C.UTF-8"]

    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(ok, "waiting for \"\(text)\":\n\(tmux.capture())", sourceLocation: sourceLocation)
    }

    func enterUntil(
        _ tmux: Tmux, _ text: String, limit: Int = 40,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for _ in 0..<limit {
            if tmux.waitFor(text: text, timeout: 0.4) { return }
            tmux.sendKeys("Enter")
        }
        #expect(
            tmux.waitFor(text: text, timeout: 4), "never reached \"\(text)\":\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    /// The name after "Next to lead: " on the summary.
    func summaryLeader(_ tmux: Tmux) -> String? {
        for line in tmux.capture().split(separator: "\n") {
            guard let r = line.range(of: "Next to lead: ") else { continue }
            return String(line[r.upperBound...]).split(separator: " ").first.map(String.init)
        }
        return nil
    }

    @Test func theLeavingMemberIsNeverTheNextLeaderAndTheSummaryMatchesTheFile() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let created = try RunCLI.runde([
            "group", "create", "Torsdag", "--members", Self.members.joined(separator: ","),
            "--data-dir", data,
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let store = GroupStore(location: DataLocation(root: data))
        var g = try store.load(slug: "torsdag")
        g.meetingsHeld = 5
        g.lastMeetingDate = LocalDate(
            instant: Instant(Date().timeIntervalSince1970), utcOffsetSeconds: 0
        ).adding(days: -7)
        try store.save(g, slug: "torsdag")
        // Quixtamar leads today; Zorbulon, next in the rotation, is leaving.
        let edit = try RunCLI.runde([
            "group", "edit", "Torsdag", "--leaving", "Zorbulon", "--data-dir", data,
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        let tmux = try Tmux([Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: env)
        defer { tmux.kill() }
        enterUntil(tmux, "Next to lead")
        see(tmux, "Vexilda  ↑/↓")
        // The arrows never offer Zorbulon.
        for _ in 0..<5 {
            tmux.sendKeys("Up")
            #expect(!tmux.waitFor(text: "Zorbulon  ↑/↓", timeout: 0.3))
        }
        tmux.sendKeys("Down")
        enterUntil(tmux, "The meeting is over")
        let first = try #require(summaryLeader(tmux), "\(tmux.capture())")
        #expect(first != "Zorbulon")
        // `u` goes back into the meeting; Enter reaches the summary again.
        tmux.sendKeys("u")
        // The summary also says "Next to lead": wait until it has gone, not for those words.
        #expect(
            tmux.waitUntil(timeout: 8) { !tmux.capture().contains("The meeting is over") },
            "\(tmux.capture())")
        see(tmux, "Next to lead")
        enterUntil(tmux, "The meeting is over")
        let named = try #require(summaryLeader(tmux), "\(tmux.capture())")
        #expect(named == first)
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
        let after = try store.load(slug: "torsdag")
        #expect(!after.members.contains("Zorbulon"))
        #expect(after.members[after.nextLeader] == named)
        let logs = try FileManager.default.contentsOfDirectory(
            atPath: data + "/groups/torsdag/logs"
        ).filter { $0.hasSuffix(".json") }
        #expect(logs.count == 1)
    }
}
