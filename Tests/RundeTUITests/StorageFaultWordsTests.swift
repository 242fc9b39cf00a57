import RundeCore
import RundeText
import Testing

@testable import RundeTUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A save refused during a meeting is said on the banner in the meeting's language, through
/// the one function that words errors: a full disk in a Norwegian meeting reads Norwegian.
@Suite struct StorageFaultWordsTests {
    /// A storage whose disk is full: every save throws what `FileMeetingStorage` throws then.
    final class FullDisk: MeetingStorage {
        let fault = StorageFault(
            FileIOError(
                operation: "write the journal", path: "/data/groups/torsdag/journal.jsonl",
                errno: ENOSPC))
        func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) throws { throw fault }
        func finish(log: SessionLog, state: MeetingState) throws -> String { throw fault }
        func keepRulesDraft(_ text: String) throws { throw fault }
    }

    @Test(arguments: [
        (
            Lang.nb,
            "Kan ikke lagre: disken er full (kunne ikke skrive møtejournalen torsdag/journal.jsonl)"
        ),
        (.en, "Cannot save: the disk is full (could not write the journal torsdag/journal.jsonl)"),
    ])
    func aFullDiskIsReportedInTheMeetingsLanguage(_ lang: Lang, _ start: String) {
        let clock = FakeClock(Instant(2_000_000_000))
        var model = RuntimeTests.model(clock: clock)
        model = MeetingModel(
            meeting: model.meeting, roster: model.roster, groupName: "G", rules: "Regel",
            lang: lang)
        let terminal = FakeTerminal(clock: clock, script: [.key(.enter), .wait(seconds: 1)])
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: FullDisk())
        _ = runtime.run()
        #expect(runtime.model.meeting.phase == .opening, "the meeting goes on")
        let notice = runtime.model.notice ?? ""
        #expect(notice.hasPrefix(start), "\(notice)")
        let other = lang == .nb ? "the disk is full" : "disken er full"
        #expect(!notice.contains(other))
    }
}
