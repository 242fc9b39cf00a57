import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A guest's name lives on screen and, for the meeting's lifetime, in `journal.guests` (0600)
/// only: never in the journal, a log or the group file, before or after a kill -9, and no file
/// at all holds it after the meeting. A resumed meeting calls the guest by name and scrubs the
/// name from the theme. Roster names live in group.toml only, and never reach `history` output.
@Suite(
    "Privacy of names, end to end",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct PrivacyGuestNameTests {
    static let guest = "Gjestolina"

    /// Check-in with Per away, the round starts, a guest arrives and is named, Per comes late.
    func startWithGuest(_ bed: FaultBed) throws -> Tmux {
        let tmux = try bed.startMeeting()
        tmux.expectScreen("Leading today: Kari")
        tmux.sendKeys("Down", "Down", "Down", "Space")
        tmux.expectScreen("absent with notice")
        tmux.sendKeys("Enter", "Enter")
        tmux.expectScreen("K a r i")
        tmux.sendKeys("a", "Down", "Enter")
        // A guest joins when the group has decided it together: asked first, y goes on.
        tmux.expectScreen("A guest in the group")
        #expect(tmux.capture().contains("A guest joins only when the group has decided"))
        tmux.sendKeys("y")
        tmux.expectScreen("> ▏")
        tmux.sendText(Self.guest)
        tmux.expectScreen("> \(Self.guest)▏")
        tmux.sendKeys("Enter")
        // A guest meets the group's frame first, named as typed: on screen only, never on disk.
        tmux.expectScreen("Our rules – for \(Self.guest)")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Turn 1 of 6")
        tmux.sendKeys("a", "Enter")  // Per arrives late
        tmux.expectScreen("Turn 1 of 7")
        tmux.sendKeys("Enter", "Enter", "Enter", "Enter", "Enter")
        tmux.expectScreen("G j e s t o l i n a", "the guest has the floor, by name")
        return tmux
    }

    func expectNoNamesOnDisk(
        _ bed: FaultBed, _ moment: String, meetingOpen: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let guestsFile = bed.groupDir + "/journal.guests"
        #expect(
            bed.filesContaining(Self.guest, includingGroupFile: true)
                == (meetingOpen ? [guestsFile] : []),
            "the guest's name is on disk \(moment)", sourceLocation: sourceLocation)
        if meetingOpen {
            let mode =
                (try? FileManager.default.attributesOfItem(atPath: guestsFile))?[
                    .posixPermissions] as? Int
            #expect(mode == 0o600, "journal.guests is 0600", sourceLocation: sourceLocation)
        }
        for name in FaultBed.names {
            #expect(
                bed.filesContaining(name).isEmpty, "\(name) outside group.toml \(moment)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func aGuestsNameIsNeverWrittenEvenAcrossAKill() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        var tmux = try startWithGuest(bed)
        defer { tmux.kill() }
        #expect(FileManager.default.fileExists(atPath: bed.journal))
        expectNoNamesOnDisk(bed, "during the meeting", meetingOpen: true)

        try tmux.signalProgram(SIGKILL)
        try #require(tmux.waitForExit())
        tmux.kill()
        expectNoNamesOnDisk(bed, "after kill -9", meetingOpen: true)

        tmux = try bed.startMeeting()
        tmux.expectScreen("A meeting was not finished")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Turn 6 of 7", "the guest's turn goes on")
        tmux.expectScreen("G j e s t o l i n a", "the resumed meeting calls the guest by name")
        tmux.sendKeys("c")
        tmux.expectScreen("y yes · Esc no")  // c asks first
        tmux.sendKeys("y")
        tmux.expectScreen("Closing – say something appreciative")
        for _ in 0..<7 { tmux.sendKeys("Enter") }
        tmux.expectScreen("Next to lead")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Do not write names")
        tmux.sendText("Takk, Siri og kari, Gjest\u{00AD}olinas sak!")
        tmux.sendKeys("Enter")
        tmux.expectScreen("accept date")
        tmux.sendKeys("Enter")
        tmux.expectScreen("The anonymous log is saved")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        #expect(tmux.exitStatus == 0)
        expectNoNamesOnDisk(bed, "after the meeting")

        let logs = try bed.logs()
        try #require(logs.count == 1)
        #expect(
            logs[0].log.next.theme == "Takk, … og …, … sak!",
            "roster names, and the guest's after the resume, are scrubbed from the theme")
        let group = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(group.contains("next_theme = \"Takk, … og …, … sak!\""), "\(group)")
        #expect(logs[0].log.attendance.guests == 1 && logs[0].log.attendance.late == 1)
        try expectHistoryOutputHasNoNames(bed, id: String(logs[0].name.dropLast(5)))
    }

    @Test func aGuestsNameTypedIntoTheThemeIsScrubbed() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let bed = try FaultBed()
        defer { bed.remove() }
        let tmux = try startWithGuest(bed)
        defer { tmux.kill() }
        tmux.sendKeys("c")
        tmux.expectScreen("y yes · Esc no")  // c asks first
        tmux.sendKeys("y")
        tmux.expectScreen("Closing – say something appreciative")
        for _ in 0..<7 { tmux.sendKeys("Enter") }
        tmux.expectScreen("Next to lead")
        tmux.sendKeys("Enter")
        tmux.expectScreen("Do not write names")
        tmux.sendText("\(Self.guest) og NILS")
        tmux.sendKeys("Enter")
        tmux.expectScreen("accept date")
        tmux.sendKeys("Enter")
        tmux.expectScreen("The anonymous log is saved")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForExit())
        expectNoNamesOnDisk(bed, "after the meeting")
        let logs = try bed.logs()
        try #require(logs.count == 1)
        #expect(logs[0].log.next.theme == "… og …")
        let group = try String(contentsOfFile: bed.groupDir + "/group.toml", encoding: .utf8)
        #expect(group.contains("next_theme = \"… og …\""), "\(group)")
    }

    /// `history list` in every format and `history show`: no roster name and no guest name in
    /// stdout or stderr.
    func expectHistoryOutputHasNoNames(_ bed: FaultBed, id: String) throws {
        var runs: [[String]] = ["table", "csv", "json", "markdown"].map {
            ["history", "list", "--format", $0]
        }
        runs += ["table", "json", "markdown"].map { ["history", "show", id, "--format", $0] }
        runs.append(["history"])
        for args in runs {
            let r = try RunCLI.runde(args + ["--data-dir", bed.data])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.isEmpty, "\(args) printed nothing")
            for name in FaultBed.names + [Self.guest] {
                #expect(
                    !r.stdout.contains(name) && !r.stderr.contains(name),
                    "\(name) in the output of \(args)")
            }
        }
    }
}
