import Foundation
import RundeCore
import Testing

/// The real binary in tmux, through a whole meeting of six members: one absent with notice,
/// one pass, a pause, a resize to 60×16 and back. Then the log on disk, field by field, and no
/// name anywhere but group.toml.
@Suite(
    "Whole meeting in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct WholeMeetingTests {
    static let names = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]

    func expectScreen(
        _ tmux: Tmux, _ text: String, _ comment: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ok = tmux.waitFor(text: text, timeout: 8)
        #expect(
            ok, "waiting for \"\(text)\" \(comment):\n\(tmux.capture())",
            sourceLocation: sourceLocation)
    }

    @Test func sixMembersFromCheckInToSummary() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        try RunCLI.regularGroup("Torsdag", members: Self.names, dataDir: data)

        let tmux = try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting"], environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        expectScreen(tmux, "Leading today: Kari")
        // Check-in: Liv (the fifth) has sent word.
        tmux.sendKeys("Down", "Down", "Down", "Down", "Space")
        expectScreen(tmux, "absent with notice")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "Our rules")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "K a r i")
        expectScreen(tmux, "Turn 1 of 5")
        tmux.sendKeys("Enter")  // Ola
        expectScreen(tmux, "O l a")
        tmux.sendKeys("s")  // Ola passes
        expectScreen(tmux, "S i r i")
        tmux.sendKeys("Enter", "Enter")  // Per, Nils
        expectScreen(tmux, "N i l s")
        tmux.sendKeys("Enter")  // sharing: Kari
        expectScreen(tmux, "Sharing – in turn")
        tmux.sendKeys("p")
        expectScreen(tmux, "of the pause left")
        tmux.resize(width: 60, height: 16)
        expectScreen(tmux, "of the pause left", "after resizing to 60×16")
        tmux.resize(width: 50, height: 12)
        expectScreen(tmux, "Make the window larger")
        tmux.resize(width: 80, height: 24)
        expectScreen(tmux, "of the pause left", "after resizing back")
        tmux.sendKeys("p")  // end the pause early: Ola is next
        expectScreen(tmux, "O l a")
        tmux.sendKeys("Enter", "Enter", "Enter", "Enter")  // Siri, Per, Nils, → closing
        expectScreen(tmux, "Closing – say something appreciative")
        tmux.sendKeys("Enter", "Enter", "Enter", "Enter", "Enter")
        expectScreen(tmux, "Next to lead")
        expectScreen(tmux, "Ola  ↑/↓")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "Do not write names")
        tmux.sendText("Grenser")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "accept date")
        tmux.sendKeys("Enter")
        expectScreen(tmux, "The meeting is over")
        expectScreen(tmux, "The anonymous log is saved")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit(), "runde did not exit:\n\(tmux.capture())")
        #expect(tmux.exitStatus == 0)

        // The log on disk, field by field.
        let logsDir = data + "/groups/torsdag/logs"
        let files = try FileManager.default.contentsOfDirectory(atPath: logsDir).filter {
            $0.hasSuffix(".json")
        }
        try #require(files.count == 1, "logs: \(files)")
        let path = logsDir + "/" + files[0]
        let log = try SessionLogCodec.decode(
            try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        #expect(files[0].hasSuffix("-001.json"))
        #expect(log.schema == "runde.session/1")
        #expect(log.meetingNumber == 1)
        #expect(log.completed && !log.recovered)
        #expect(
            log.attendance
                == .init(members: 6, present: 5, notifiedAbsent: 1, absent: 0, late: 0, guests: 0))
        #expect(
            log.phases.map(\.kind) == [
                "check_in", "opening", "opening_round", "sharing", "pause", "sharing",
                "closing_round", "next_meeting", "summary",
            ])
        #expect(log.phases[2].turns?.count == 5)
        #expect(log.phases[2].turns?.passes == 1)
        #expect(log.phases[3].mode == "round")
        #expect(log.phases[3].turns?.count == 1)
        #expect(log.phases[5].turns?.count == 4)
        #expect(log.phases[6].turns?.count == 5)
        #expect(log.speaking.perPersonS.count == 5)
        #expect(log.speaking.perPersonS == log.speaking.perPersonS.sorted(by: >))
        #expect(log.pause.taken)
        #expect(log.plan == MeetingPlan.standard)
        #expect(log.format == "regular")
        #expect(log.next.theme == "Grenser")
        #expect(log.next.leaderChosen)
        let date = try #require(LocalDate(iso: log.date))
        // the rhythm: weekly for the first 4 meetings
        #expect(log.next.date == date.adding(days: 7).iso)
        #expect(log.durationS < 600)
        // Files are 0600, folders 0700; the journal and lock are gone.
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let dirAttrs = try FileManager.default.attributesOfItem(atPath: logsDir)
        #expect((dirAttrs[.posixPermissions] as? Int) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/torsdag/journal.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: data + "/groups/torsdag/lock"))
        // The group moved on: Ola leads next time, one meeting held.
        let group = try String(contentsOfFile: data + "/groups/torsdag/group.toml", encoding: .utf8)
        #expect(group.contains("meetings_held = 1"))
        #expect(group.contains("next_leader = 1"))
        // No name anywhere but group.toml.
        for file in RunCLI.files(under: data) where !file.hasSuffix("/group.toml") {
            let text = String(
                decoding: (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data(),
                as: UTF8.self)
            for name in Self.names { #expect(!text.contains(name), "\(name) found in \(file)") }
        }
    }
}
