import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// A full disk at the summary: the footer offered "Enter leave Runde · q quit" and `?` said the
/// log was written, but neither key did anything until space was freed. Now the screen says
/// what happened, Enter tries again, and `q` quits with the meeting kept resumable.
@Suite struct SummaryDiskFullTests {
    func runtime(_ script: [FakeTerminal.Step], storage: MemoryStorage) -> (
        MeetingRuntime, FakeTerminal
    ) {
        var model = MeetingFixtures.model(.summary, lang: .en)
        model.logPath = nil
        let clock = FakeClock(model.meeting.now)
        let terminal = FakeTerminal(clock: clock, script: script)
        return (
            MeetingRuntime(terminal: terminal, clock: clock, model: model, storage: storage),
            terminal
        )
    }

    @Test func theKeysSayWhatTheyDoAndQuitKeepsTheMeeting() throws {
        let storage = MemoryStorage()
        storage.failFinish = true
        let (r, terminal) = runtime(
            [.key(.enter), .key(.char("?")), .key(.escape), .key(.char("q")), .key(.char("y"))],
            storage: storage)
        #expect(r.run() == .quit, "q quits; the journal keeps the meeting")
        #expect(r.model.logNotSaved)
        #expect(storage.finishedLog == nil)
        let screens = terminal.draws.map(\.text)
        let summary = try #require(screens.first)
        #expect(summary.contains("Enter try saving again"), "\(summary)")
        #expect(!summary.contains("leave Runde"))
        #expect(summary.contains("The log could not be saved: disk full."))
        #expect(summary.contains("The meeting is not lost"))
        let help = try #require(screens.first { $0.contains("Enter tries to save it again") })
        #expect(!help.contains("The log is already written."))
    }

    @Test func enterSavesOnceThereIsSpaceAgain() {
        let storage = MemoryStorage()
        storage.failFinish = true
        var model = MeetingFixtures.model(.summary, lang: .en)
        model.logPath = nil
        let clock = FakeClock(model.meeting.now)
        final class FreeingTerminal: Terminal {
            let inner: FakeTerminal
            let storage: MemoryStorage
            init(_ inner: FakeTerminal, _ storage: MemoryStorage) {
                self.inner = inner
                self.storage = storage
            }
            var size: (width: Int, height: Int) { inner.size }
            func nextInput(timeoutMs: Int) -> InputEvent {
                let e = inner.nextInput(timeoutMs: timeoutMs)
                storage.failFinish = false  // space was freed while the leader read the screen
                return e
            }
            func draw(_ frame: Frame) { inner.draw(frame) }
            func bell() {}
            func flash() {}
            func restore() {}
        }
        let terminal = FreeingTerminal(FakeTerminal(clock: clock, script: [.key(.enter)]), storage)
        let r = MeetingRuntime(terminal: terminal, clock: clock, model: model, storage: storage)
        #expect(r.run() == .finished)
        #expect(storage.finishedLog != nil)
        #expect(!r.model.logNotSaved)
    }
}
