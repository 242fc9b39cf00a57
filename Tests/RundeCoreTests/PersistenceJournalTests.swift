import Foundation
import Testing

@testable import RundeCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Persistence: journal")
struct PersistenceJournalTests {
    let events: [MeetingEvent] = [
        .tick(Instant(1_795_000_001.5)), .setAttendance(member: 2, .notifiedAbsent), .advance,
        .adjustTurn(minutes: -1), .setTheme("Skam"),
        .setNextDate(LocalDate(year: 2026, month: 12, day: 5)),
    ]

    func text(_ path: String) throws -> String {
        String(decoding: try FileIO.readFile(path), as: UTF8.self)
    }

    @Test func appendThenReadGivesSetupAndEventsInOrder() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.location.journalFile("g")
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        for e in events { try j.append(e) }
        #expect(FileIO.mode(of: path) == 0o600)
        let lines = try text(path).split(separator: "\n")
        #expect(lines.count == events.count + 1)
        #expect(lines[0].hasPrefix("{\"schema\":\"runde.journal/1\",\"setup\":{"))
        let c = try Journal.read(path: path)
        #expect(c.setup == persistenceSampleSetup())
        #expect(c.events == events)
        #expect(c.warnings.isEmpty)
        #expect(j.pendingCount == 0)
    }

    @Test func aCutOffLastLineIsIgnoredWithAWarningAndRepairedOnResume() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        for e in events { try j.append(e) }
        j.close()
        // kill -9 in the middle of the last write: drop the newline and a few bytes.
        let data = try FileIO.readFile(path)
        try FileIO.writeAtomically(data.dropLast(6), to: path)
        let c = try Journal.read(path: path)
        #expect(c.events == Array(events.dropLast()))
        #expect(
            c.warnings.map(\.description) == [
                "\(path): line 7 was cut off (the program stopped while writing it) and is ignored"
            ])

        let (resumed, contents) = try Journal.resume(path: path)
        #expect(contents.events == Array(events.dropLast()))
        try resumed.append(.resumed)
        let after = try Journal.read(path: path)
        #expect(after.events == Array(events.dropLast()) + [.resumed])
        #expect(after.warnings.isEmpty)
    }

    @Test func aWholeLastEventWithoutNewlineIsKeptOnResume() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        for e in events { try j.append(e) }
        j.close()
        try FileIO.writeAtomically(try FileIO.readFile(path).dropLast(1), to: path)
        #expect(try Journal.read(path: path).events == events)
        let (resumed, _) = try Journal.resume(path: path)
        try resumed.append(.advance)
        #expect(try Journal.read(path: path).events == events + [.advance])
    }

    @Test func corruptLinesAreReportedByLineNumber() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        try j.append(.advance)
        j.close()
        var t = try text(path)
        t += "{\"bogus\":1}\n\"advance\"\ngarbage\n"
        try FileIO.writeAtomically(Data(t.utf8), to: path)
        let c = try Journal.read(path: path)
        #expect(
            c.warnings.map(\.description) == [
                "\(path): line 3 is not a readable event and is skipped",
                "\(path): line 4 is not a readable event and is skipped",
                "\(path): line 5 is not a readable event and is skipped",
            ])
        #expect(c.events == [.advance])
    }

    @Test func badHeadersAreRefusedNamingTheFile() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let cases: [(String, String)] = [
            ("", "not a Runde journal (empty file)"),
            (
                "{\"schema\":\"runde.journal/2\",\"setup\":{}}\n",
                "journal version \"runde.journal/2\" is from a newer or unknown version of Runde"
            ),
            ("{\"schema\":\"runde.jour", "not a Runde journal (the header was cut off)"),
            (
                "{\"schema\":\"runde.journal/1\",\"setup\":{}}\n",
                "not a Runde journal (invalid content)"
            ),
        ]
        for (content, message) in cases {
            try FileIO.writeAtomically(Data(content.utf8), to: path)
            do {
                _ = try Journal.read(path: path)
                Issue.record("accepted \(content)")
            } catch {
                #expect("\(error)" == "\(path): \(message)")
            }
        }
    }

    @Test func startRefusesAnExistingJournal() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        try Journal(path: path, setup: persistenceSampleSetup()).start()
        let before = try FileIO.readFile(path)
        let second = try Journal(path: path, setup: persistenceSampleSetup(members: 9))
        #expect(throws: JournalError.alreadyExists(file: path)) { try second.start() }
        #expect(try FileIO.readFile(path) == before)
    }

    @Test func aFailedAppendKeepsTheEventAndRetriesInOrder() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        try j.append(.advance)
        let before = try FileIO.readFile(path)
        j.writeCall = { _, _ in
            errno = ENOSPC
            return -1
        }
        do {
            try j.append(.pass)
            Issue.record("expected an error")
        } catch let e as FileIOError {
            #expect(e.description == "cannot write the journal \(path): the disk is full")
        }
        #expect(throws: FileIOError.self) { try j.append(.toggleHold) }
        #expect(j.pendingCount == 2)
        #expect(try FileIO.readFile(path) == before)
        j.writeCall = { fd, b in write(fd, b.baseAddress, b.count) }
        try j.append(.endTurn)
        #expect(j.pendingCount == 0)
        #expect(try Journal.read(path: path).events == [.advance, .pass, .toggleHold, .endTurn])
    }

    @Test func aShortWriteIsCutBackSoNoHalfLineRemains() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        try j.append(.advance)
        let before = try FileIO.readFile(path)
        j.writeCall = { fd, b in write(fd, b.baseAddress, b.count / 2) }
        #expect(throws: FileIOError.self) { try j.append(.setTheme("a long theme to cut in half")) }
        #expect(try FileIO.readFile(path) == before)
        #expect(j.pendingCount == 1)
        j.writeCall = { fd, b in write(fd, b.baseAddress, b.count) }
        try j.retryPending()
        let c = try Journal.read(path: path)
        #expect(c.events == [.advance, .setTheme("a long theme to cut in half")])
        #expect(c.warnings.isEmpty)
    }

    @Test func anUnwritableFolderKeepsEverythingInMemory() throws {
        let tmp = PersistenceTempFolder()
        try FileIO.writeAtomically(Data("x".utf8), to: tmp.path + "/file")
        let path = tmp.path + "/file/sub/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        do {
            try j.append(.advance)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains(tmp.path + "/file"))
        }
        #expect(throws: (any Error).self) { try j.append(.pass) }
        #expect(j.pendingCount == 2)
        #expect(!j.isOpen)
        #expect(tmp.allNames() == ["file"])
    }

    @Test func deleteRemovesTheFile() throws {
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup())
        try j.append(.advance)
        try j.delete()
        #expect(!FileIO.exists(path))
        #expect(tmp.allNames().isEmpty)
    }

    /// Every event case, journaled, holds no roster name (the theme arrives scrubbed).
    @Test func noRosterNameEverReachesTheJournal() throws {
        let roster = ["Kari", "Ola", "Åse", "Mohammed", "Li"]
        let all: [MeetingEvent] = [
            .tick(Instant(1_795_000_100)), .setAttendance(member: 0, .present),
            .setAttendance(member: 1, .notifiedAbsent),
            .setAttendance(member: 2, .absent), .advance, .pass, .startPause, .endPause,
            .adjustTurn(minutes: 1),
            .toggleHold, .lateArrival(member: 3), .guestArrival, .goToClosing, .skipPhase,
            .moveUpcomingPhase(from: 0, to: 2), .setSharingMode(.open), .setSharingMode(.round),
            .giveFloor(.member(4)), .giveFloor(.guest(0)), .endTurn, .setNextLeader(2),
            .setNextLeader(nil),
            .skipNextLeader, .setTheme(TextSafety.scrub("Kari og Ola om skam, åse", names: roster)),
            .setNextDate(LocalDate(year: 2026, month: 12, day: 5)), .resumed,
            .acknowledge(member: 1),
            .startProcessTalk, .proposeTheme(TextSafety.scrub("Mohammed sin sorg", names: roster)),
            .undo,
            .decide(.goOn, newHorizon: 12), .decide(.end, newHorizon: nil),
            .decide(.later, newHorizon: nil),
            .setFollowUp(LocalDate(year: 2027, month: 2, day: 1)),
        ]
        // Fails to compile when a case is added, so this list must be kept complete.
        func covered(_ e: MeetingEvent) {
            switch e {
            case .tick, .setAttendance, .advance, .pass, .startPause, .endPause, .adjustTurn,
                .toggleHold,
                .lateArrival, .guestArrival, .goToClosing, .skipPhase, .moveUpcomingPhase,
                .setSharingMode,
                .giveFloor, .endTurn, .setNextLeader, .skipNextLeader, .setTheme, .setNextDate,
                .resumed,
                .acknowledge, .startProcessTalk, .proposeTheme, .undo, .decide, .setFollowUp:
                break
            }
        }
        all.forEach(covered)
        let tmp = PersistenceTempFolder()
        let path = tmp.path + "/journal.jsonl"
        let j = try Journal(path: path, setup: persistenceSampleSetup(members: roster.count))
        for e in all { try j.append(e) }
        let t = try text(path).lowercased()
        for name in roster { #expect(!t.contains(name.lowercased()), "\(name)") }
        #expect(try Journal.read(path: path).events == all)
    }
}
