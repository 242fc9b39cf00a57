import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Guests' names live as long as the meeting (DESIGN §2): in `journal.guests` beside the
/// journal, never in the journal, a log or the group file. A resumed meeting calls the guest by
/// name and still takes the name out of the theme; the file goes with the journal.
@Suite struct GuestNamesResumeTests {
    static let guest = "Gjestolina"

    @Test func theRuntimeKeepsAGuestsNameAsSoonAsItIsTyped() {
        let model = MeetingFixtures.model(.openingRound, lang: .en)
        let clock = FakeClock(model.meeting.now)
        let storage = MemoryStorage()
        let typing = Self.guest.map { FakeTerminal.Step.key(.char($0)) }
        let terminal = FakeTerminal(
            clock: clock,
            // A guest: the group decides together, so `j` goes on to the name.
            script: [.key(.char("a")), .key(.down), .key(.enter), .key(.char("j"))] + typing
                + [.key(.enter)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: storage)
        _ = runtime.run()
        #expect(runtime.model.meeting.guests == 1)
        #expect(storage.guestNames == [0: Self.guest])
        #expect(!storage.events.contains { "\($0)".contains(Self.guest) })
    }

    @Test func theNamesComeBackOnAResumeAndGoWithTheJournal() throws {
        let bed = try AgreementsResumeTests.Bed(held: 3)
        defer { bed.cleanUp() }
        let g = try bed.group
        let t0 = AgreementsResumeTests.t0
        var (state, journal) = try bed.session.start(group: g, at: t0, utcOffsetSeconds: 0)
        let storage = FileMeetingStorage(journal: journal, location: bed.loc, slug: bed.slug)
        for e in [MeetingEvent.tick(t0 + 60), .advance, .tick(t0 + 120), .guestArrival] {
            _ = state.apply(e)
            try storage.record(e, onlyMovesTheClock: false)
        }
        try storage.keepGuestNames([0: Self.guest])
        journal.close()
        let file = GuestNamesFile.path(forJournal: bed.session.journalPath)
        #expect(FileIO.mode(of: file).map { $0 & 0o777 } == 0o600)
        let journalText = try String(contentsOfFile: bed.session.journalPath, encoding: .utf8)
        #expect(!journalText.contains(Self.guest), "the journal never holds the name")

        let u = try bed.unfinished()
        #expect(u.guestNames == [0: Self.guest])
        var model = MeetingModel(
            meeting: u.state, roster: g.members, groupName: g.name, rules: g.rules, lang: .nb)
        model.guestNames = u.guestNames
        #expect(model.name(.guest(0)) == Self.guest, "called by name, not «Gjest 1»")
        model.themeInput = "Gjest\u{00AD}olinas sak"
        #expect(model.themeAsSaved == "… sak", "the theme field knows the guest after a resume")

        // The storage knows the guest too: a theme naming the guest is scrubbed at the end.
        var resumed = bed.session.resume(u, at: u.lastSeen + 60)
        let again = FileMeetingStorage(
            journal: resumed.journal, location: bed.loc, slug: bed.slug, guestNames: u.guestNames)
        var t = resumed.state.now
        for _ in 0..<120 where !resumed.state.isFinished {
            t = t + 5
            var events = [MeetingEvent.tick(t), .advance]
            if resumed.state.phase == .nextMeeting, resumed.state.next.theme.isEmpty {
                events.insert(.setTheme("Takk, GJESTOLINA!"), at: 1)
            }
            for e in events {
                _ = resumed.state.apply(e)
                try again.record(e, onlyMovesTheClock: false)
            }
        }
        #expect(resumed.state.isFinished)
        let log = SessionLogBuilder.build(
            from: resumed.state, rosterNames: g.members + Array(u.guestNames.values))
        _ = try again.finish(log: log, state: resumed.state)
        #expect(log.next.theme == "Takk, …!")
        #expect(try bed.group.nextTheme == "Takk, …!")
        #expect(!FileIO.exists(file), "the names go with the journal")
        for name in try FileManager.default.subpathsOfDirectory(atPath: bed.root) {
            let text = (try? String(contentsOfFile: bed.root + "/" + name, encoding: .utf8)) ?? ""
            #expect(!text.contains(Self.guest), "\(name)")
        }
    }

    @Test func aFileOfAnotherMeetingOrWithBadLinesGivesNoNames() throws {
        let root =
            NSTemporaryDirectory() + "runde-guests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileIO.createFolder(root)
        let journal = root + "/journal.jsonl"
        let start = Instant(1_800_000_000)
        try GuestNamesFile.write(
            [0: "Gjest\u{1B}[31molina", 3: Self.guest], journal: journal, meetingStart: start)
        #expect(
            try GuestNamesFile.read(journal: journal, meetingStart: start)
                == [0: "Gjestolina", 3: Self.guest])
        #expect(try GuestNamesFile.read(journal: journal, meetingStart: start + 1) == [:])
        let crafted =
            "runde.guests/1 1800000000\n-1\tA\n99999999999999999999\tB\n7 C\n5\tZorbulon\n"
        try FileIO.writeAtomically(Data(crafted.utf8), to: GuestNamesFile.path(forJournal: journal))
        #expect(try GuestNamesFile.read(journal: journal, meetingStart: start) == [5: "Zorbulon"])
        try FileIO.writeAtomically(
            Data("nonsense".utf8), to: GuestNamesFile.path(forJournal: journal))
        #expect(throws: GuestNamesFile.Unreadable.self) {
            try GuestNamesFile.read(journal: journal, meetingStart: start)
        }
    }
}
