import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What the group agrees inside a meeting survives kill -9: the evaluation's decision, rules
/// rewritten together, the follow-up date moved at the starter's last meeting. Each is killed
/// right after, resumed, finished, and found in group.toml exactly once; and names typed into
/// the rules editor or as a guest's name reach no journal, log or index.
@Suite(
    "Agreements survive kill -9 in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct DurableAgreementsE2ETests {
    static let members = ["Kari", "Ola", "Siri", "Per"]
    let env = ["LANG": "C.UTF-8"]

    struct Bed {
        let data = RunCLI.tempDataDir()
        var groupDir: String { data + "/groups/torsdag" }
        var journal: String { groupDir + "/journal.jsonl" }
        var draft: String { groupDir + "/journal.rules" }
        var groupText: String {
            (try? String(contentsOfFile: groupDir + "/group.toml", encoding: .utf8)) ?? ""
        }
        func text(_ path: String) -> String {
            (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }
        func load() throws -> GroupFile {
            try GroupStore(location: DataLocation(root: data)).load(slug: "torsdag")
        }
        func remove() { try? FileManager.default.removeItem(atPath: data) }

        /// The group "Torsdag", having held `held` meetings (the last a week ago), changed by `change`.
        init(held: Int, _ change: (inout GroupFile) -> Void = { _ in }) throws {
            let created = try RunCLI.runde([
                "group", "create", "Torsdag", "--members",
                DurableAgreementsE2ETests.members.joined(separator: ","),
                "--data-dir", data,
            ])
            #expect(created.status == 0, "\(created.stderr)")
            let store = GroupStore(location: DataLocation(root: data))
            var g = try store.load(slug: "torsdag")
            g.meetingsHeld = held
            if held > 0 {
                g.lastMeetingDate = LocalDate(
                    instant: Instant(Date().timeIntervalSince1970), utcOffsetSeconds: 0
                ).adding(days: -7)
            }
            change(&g)
            try store.save(g, slug: "torsdag")
        }
    }

    func start(_ bed: Bed) throws -> Tmux {
        try Tmux([Tmux.rundeBinary, "--data-dir", bed.data, "meeting"], environment: env)
    }

    func see(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(ok, "waiting for \"\(text)\":\n\(tmux.capture())", sourceLocation: sourceLocation)
    }

    /// Presses Enter until `text` is on screen (at most `limit` times). Where the frame card
    /// asks whether to go on before everyone has acknowledged it, the group says yes.
    func enterUntil(
        _ tmux: Tmux, _ text: String, limit: Int = 50,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for _ in 0..<limit {
            if tmux.waitFor(text: text, timeout: 0.4) { return }
            let goOnAnyway = tmux.capture().contains("not acknowledged yet")
            tmux.sendKeys(goOnAnyway ? "y" : "Enter")
        }
        #expect(
            tmux.waitFor(text: text, timeout: 4), "never reached \"\(text)\":\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    /// Enter to the summary through the next-meeting screen, then leave.
    func finish(_ tmux: Tmux) {
        enterUntil(tmux, "Do not write names")
        tmux.sendKeys("Enter", "Enter")
        see(tmux, "The meeting is over")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit(), "did not exit:\n\(tmux.capture())")
    }

    /// kill -9 once `condition` holds on disk, then start again and resume with Enter.
    func killAndResume(
        _ tmux: Tmux, _ bed: Bed, when condition: () -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Tmux {
        let onDisk = tmux.waitUntil(timeout: 8, condition)
        #expect(onDisk, "never on disk", sourceLocation: sourceLocation)
        try tmux.signalProgram(SIGKILL, sourceLocation: sourceLocation)
        #expect(tmux.waitForExit(), sourceLocation: sourceLocation)
        tmux.kill()
        let again = try start(bed)
        see(again, "A meeting was not finished", sourceLocation: sourceLocation)
        again.sendKeys("Enter")
        return again
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func theDecisionSurvivesAKillAndIsStoredOnce() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try Bed(held: 5) { $0.horizon = 6 }
        defer { bed.remove() }
        let tmux = try start(bed)
        defer { tmux.kill() }
        see(tmux, "Runde proposes: evaluation meeting")
        tmux.sendKeys("Enter")
        enterUntil(tmux, "What will the group do next?")
        tmux.sendKeys("+", "+")
        see(tmux, "We go on for 14 more meetings")
        tmux.sendKeys("Enter")
        see(tmux, "Closing – say something appreciative")
        let again = try killAndResume(
            tmux, bed, when: { bed.text(bed.journal).contains("\"decide\"") })
        defer { again.kill() }
        see(again, "Closing – say something appreciative")
        finish(again)
        let g = try bed.load()
        #expect(g.decisions.map(\.choice) == [.goOn])
        #expect(g.decisions.first?.newHorizon == 14)
        #expect(g.horizon == 6 + 14)
        #expect(Self.count("[[decisions]]", in: bed.groupText) == 1, "\(bed.groupText)")
        #expect(!FileManager.default.fileExists(atPath: bed.journal))
    }

    @Test func rulesRewrittenTogetherSurviveAKillAndAreStoredOnce() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try Bed(held: 0)
        defer { bed.remove() }
        let tmux = try start(bed)
        defer { tmux.kill() }
        see(tmux, "Leading today")
        enterUntil(tmux, "e rewrite the rules together")
        tmux.sendKeys("e")
        see(tmux, "Our rules – write them together")
        tmux.sendKeys("Enter")
        tmux.sendText("Vi kommer presis.")
        tmux.sendKeys("Escape")
        see(tmux, "Rules changed today")
        let again = try killAndResume(
            tmux, bed, when: { bed.text(bed.draft).contains("Vi kommer presis.") })
        defer { again.kill() }
        see(again, "Rules changed today")
        see(again, "Vi kommer presis.")
        again.sendKeys("Enter")
        finish(again)
        let g = try bed.load()
        #expect(g.rules.hasSuffix("\nVi kommer presis."))
        #expect(g.ruleChanges.map(\.text) == [g.rules])
        #expect(Self.count("[[rule_changes]]", in: bed.groupText) == 1, "\(bed.groupText)")
        #expect(!FileManager.default.fileExists(atPath: bed.draft))
    }

    @Test func theMovedFollowUpDateSurvivesAKillAndIsStoredOnce() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try Bed(held: 2) { $0.starterMeetings = 3 }
        defer { bed.remove() }
        let tmux = try start(bed)
        defer { tmux.kill() }
        see(tmux, "The starter takes part for the last time")
        enterUntil(tmux, "Follow-up with the starter")
        tmux.sendKeys("f")  // a week later than the default 8 weeks
        let again = try killAndResume(
            tmux, bed, when: { bed.text(bed.journal).contains("\"setFollowUp\"") })
        defer { again.kill() }
        see(again, "Follow-up with the starter")
        finish(again)
        let g = try bed.load()
        let today = try #require(g.lastMeetingDate)
        #expect(g.starterFollowUp == today.adding(days: 63))
        #expect(Self.count("follow_up_date", in: bed.groupText) == 1, "\(bed.groupText)")
    }

    /// Names typed into the rules editor and as a guest's name: the rules reach group.toml only
    /// (through a 0600 draft that is gone after the finish), the guest's name nothing on disk.
    @Test func namesInTheRulesAndAGuestsNameReachNoJournalLogOrIndex() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try Bed(held: 0)
        defer { bed.remove() }
        let tmux = try start(bed)
        defer { tmux.kill() }
        see(tmux, "Leading today")
        enterUntil(tmux, "e rewrite the rules together")
        tmux.sendKeys("e")
        see(tmux, "Our rules – write them together")
        tmux.sendKeys("Enter")
        tmux.sendText("Quixtamar holder tida.")
        // Kept while the editor is still open (at most a second behind).
        #expect(tmux.waitUntil(timeout: 8) { bed.text(bed.draft).contains("Quixtamar") })
        #expect(FileIO.mode(of: bed.draft).map { $0 & 0o777 } == 0o600)
        tmux.sendKeys("Escape")
        see(tmux, "Rules changed today")
        tmux.sendKeys("a")
        see(tmux, "Arrived late / guest")
        tmux.sendKeys("Enter")
        // A guest joins when the group has decided it together: asked first, y goes on.
        see(tmux, "A guest in the group")
        #expect(tmux.capture().contains("A guest joins only when the group has decided"))
        tmux.sendKeys("y")
        see(tmux, "Guest (the name is only shown on screen)")
        tmux.sendText("Zorbulon")
        tmux.sendKeys("Enter")
        see(tmux, "Our rules – for Zorbulon")
        see(tmux, "Quixtamar holder tida.")
        tmux.sendKeys("Enter")
        #expect(tmux.waitUntil(timeout: 8) { bed.text(bed.journal).contains("\"acknowledge\"") })
        for name in ["Quixtamar", "Zorbulon"] {
            #expect(!bed.text(bed.journal).contains(name), "\(name) in the journal")
        }
        finish(tmux)
        let list = try RunCLI.runde(["history", "list", "--format", "csv", "--data-dir", bed.data])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: bed.groupDir + "/logs/.index.json"),
            "the index was written")
        let files = RunCLI.files(under: bed.data)
        for file in files where !file.hasSuffix("/group.toml") {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            for name in ["Quixtamar", "Zorbulon"] {
                #expect(bytes.range(of: Data(name.utf8)) == nil, "\(name) in \(file)")
            }
        }
        #expect(!bed.groupText.contains("Zorbulon"), "a guest's name never reaches disk")
        #expect(try bed.load().rules.hasSuffix("Quixtamar holder tida."))
        #expect(
            !FileManager.default.fileExists(atPath: bed.draft), "the draft is gone after the finish"
        )
        #expect(!list.stdout.contains("Quixtamar") && !list.stdout.contains("Zorbulon"))
    }
}
