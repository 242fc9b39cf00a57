import Foundation
import Testing

/// A journal that cannot be read is set aside (renamed, never deleted) if the leader says so.
@Suite(
    "Unreadable journal in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct UnreadableJournalTests {
    @Test func setAsideAndStartANewMeeting() throws {
        try #require(Tmux.rundeBinaryExists)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        _ = try RunCLI.runde([
            "group", "create", "Søndag", "--members", "Kari,Ola", "--data-dir", data,
        ])
        let journal = data + "/groups/sondag/journal.jsonl"
        try Data("this is not a journal\n".utf8).write(to: URL(fileURLWithPath: journal))
        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: "The unfinished meeting cannot be read"), "\(tmux.capture())")
        #expect(tmux.capture().contains("journal.jsonl"))
        tmux.sendKeys("n")
        #expect(tmux.waitFor(text: "Leading today"), "\(tmux.capture())")
        let files = try FileManager.default.contentsOfDirectory(atPath: data + "/groups/sondag")
        #expect(files.contains { $0.hasPrefix("journal.jsonl.unreadable-") }, "\(files)")
        #expect(files.contains("journal.jsonl"))  // the new meeting's own journal
    }
}
