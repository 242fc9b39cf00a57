import RundeCore
import RundeRoom
import RundeText

/// The room view's loop: connects to the meeting's socket (again and again while none runs),
/// reads its messages as they come, counts the seconds between them itself, and draws each
/// frame (the terminal puts only what changed). It wakes on the digits' seconds while a clock
/// runs, on a message or a key, and once a second while it waits for a meeting.
public final class RoomRuntime {
    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        case signal(Int32)
        case hangup
    }

    public private(set) var screen: RoomScreen
    private let terminal: Terminal
    private let client: RoomClient
    private let clock: () -> Double
    private let watch: (Int32?) -> Void
    /// What plain mode said last, so only a change is said again.
    private var said: [String] = []

    /// - Parameters:
    ///   - clock: the room's own steady clock in seconds (the boot clock, which keeps counting
    ///     while the laptop sleeps, as the meeting's does).
    ///   - watch: told the socket to wake the terminal's wait on (nil: none), so a message is
    ///     drawn when it comes rather than at the next second.
    public init(
        terminal: Terminal, client: RoomClient, lang: Lang,
        clock: (() -> Double)? = nil,
        watch: @escaping (Int32?) -> Void = { _ in }
    ) {
        self.terminal = terminal
        self.client = client
        self.clock = clock ?? { BootClock.boottime() }
        self.watch = watch
        screen = RoomScreen(lang: lang)
    }

    /// Runs the room view on the one loop (`Program.run`) until `q`, a signal or a hang-up.
    public func run() -> Outcome {
        defer {
            watch(nil)
            client.disconnect()
        }
        var view = self
        switch Program.run(&view, on: terminal) {
        case .finished(let outcome): return outcome
        case .stopped(.signal(let n)): return .signal(n)
        case .stopped: return .hangup
        }
    }

    /// Connects when not connected and takes in what arrived. A closed connection is tried
    /// again at once: a meeting started again after a crash is found without waiting.
    func pump() {
        if client.descriptor == nil {
            try? client.connect()
            watch(client.descriptor)
        }
        guard client.descriptor != nil else { return }
        let update = client.read()
        for m in update.messages { screen.received(m, at: clock()) }
        if update.closed {
            screen.lost()
            try? client.connect()
            watch(client.descriptor)
        }
    }
}

/// The room view under the screen contract: its keys (`q`, `?`, Esc), what arrived on the
/// socket taken in on every wake, and the wait until the big digits turn over (once a second
/// while it waits for a meeting).
extension RoomRuntime: Screen {
    public var keymap: [KeyBinding] { RoomView.keymap(screen.strings) }

    public func update(_ input: ScreenInput) -> [ScreenEffect<Outcome>] {
        if case .key(let k) = input, screen.press(k) == .leave { return [.finish(.quit)] }
        if case .stopping = input { return [] }
        pump()
        return []
    }

    public func view(width: Int, height: Int) -> Frame {
        RoomView.render(screen, now: clock(), width: width, height: height)
    }

    /// In plain mode the view says what it shows, in words, when that changes: the meeting,
    /// the step and its question, the turn's stage, the round's place (never a name: the
    /// messages hold none); what it said once is not said again until it changes.
    public func spoken(after old: RoomRuntime?, input: ScreenInput?) -> Speech {
        var lines = RoomView.spokenLines(screen, now: clock())
        if let n = screen.notice { lines.append(n) }
        let first = old == nil
        defer { said = lines }
        if first {
            // Then its keys, each by its spoken name (`q` closes, the question mark explains).
            let s = screen.strings
            return Speech(lines + RoomView.keymap(s).map { $0.spokenHelpLine(s) })
        }
        guard lines != said else { return Speech() }
        // Only the lines that are new, in order (the title again when the meeting changed).
        return Speech(lines.filter { !said.contains($0) })
    }

    public var ticks: TickSchedule? {
        // A speaking backend cannot be woken by the socket: it looks once a second.
        if terminal.speaks { return TickSchedule(now: 0, anchor: 0, period: 1) }
        let ms = client.descriptor == nil ? 1000 : screen.millisecondsToNextChange(at: clock())
        // A wait of `ms` (less the loop's 2 ms), as a period that starts now.
        return ms.map { TickSchedule(now: 0, anchor: 0, period: Double(max(1, $0 - 2)) / 1000) }
    }
}
