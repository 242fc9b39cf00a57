import Foundation
import RundeCore
import RundeRoom
import RundeText
import Testing

@testable import RundeTUI

/// The room view's loop against a real socket: it waits, follows the meeting, sees it stop,
/// finds it again, and leaves on q.
@Suite(.serialized) struct RoomRuntimeTests {
    /// A terminal whose every wait runs the next step of the test, then reports a timeout (or
    /// the key the step returns).
    final class StepTerminal: Terminal {
        var steps: [() -> InputEvent]
        var frames: [String] = []
        var timeouts: [Int] = []
        let size: (width: Int, height: Int) = (60, 16)

        init(_ steps: [() -> InputEvent]) { self.steps = steps }

        func nextInput(timeoutMs: Int) -> InputEvent {
            timeouts.append(timeoutMs)
            guard !steps.isEmpty else { return .key(.char("q")) }
            return steps.removeFirst()()
        }
        func draw(_ frame: Frame) { frames.append(frame.text) }
        func bell() {}
        func flash() {}
        func restore() {}
    }

    @Test func waitsFollowsLosesAndFindsTheMeetingAgain() throws {
        let dir =
            NSTemporaryDirectory() + "runde-roomrt-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/room.sock"
        let model = MeetingFixtures.model(.openingRound, lang: .en)
        let message = RoomMessage(meeting: model.meeting, processCard: nil)
        var server: RoomServer?
        var watched: [Int32?] = []
        /// Publishes until the loop's client has had time to connect and read.
        func publish() -> InputEvent {
            for _ in 0..<5 {
                server?.publish(message)
                usleep(5000)
            }
            return .timeout
        }
        let terminal = StepTerminal([
            { .timeout },
            {
                server = try? RoomServer(path: path)
                return .timeout
            },
            publish, publish,
            {
                server?.close()
                usleep(20000)
                return .timeout
            },
            { .timeout },
            {
                server = try? RoomServer(path: path)
                return .timeout
            },
            publish, publish,
            { .key(.escape) },
        ])
        let runtime = RoomRuntime(
            terminal: terminal, client: RoomClient(path: path), lang: .en,
            watch: { watched.append($0) })
        #expect(runtime.run() == .quit)
        server?.close()
        let frames = terminal.frames
        #expect(frames.first?.contains("Waiting for the meeting") == true)
        #expect(frames.contains { $0.contains("Turn 1 of 5") }, "\(frames)")
        #expect(frames.contains { $0.contains("not open just now") }, "\(frames)")
        #expect(frames.last?.contains("Esc does nothing here") == true)
        #expect(frames.last?.contains("Turn 1 of 5") == true, "found again:\n\(frames.last!)")
        #expect(watched.contains { $0 != nil } && watched.last == .some(nil))
        // While it waits it tries once a second; while a turn runs it wakes on its seconds.
        #expect(terminal.timeouts.first == 1000)
        #expect(terminal.timeouts.last.map { $0 > 0 && $0 <= 1002 } == true)
    }
}
