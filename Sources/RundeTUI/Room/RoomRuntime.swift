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

    public func run() -> Outcome {
        defer {
            watch(nil)
            client.disconnect()
        }
        while true {
            pump()
            let size = terminal.size
            terminal.draw(
                RoomView.render(screen, now: clock(), width: size.width, height: size.height))
            let wait =
                client.descriptor == nil ? 1000 : screen.millisecondsToNextChange(at: clock()) ?? -1
            switch terminal.nextInput(timeoutMs: wait) {
            case .timeout, .resize: continue
            case .signal(let n): return .signal(n)
            case .hangup: return .hangup
            case .key(let k):
                if screen.press(k) == .leave { return .quit }
            }
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
