/// How `Program.run` ended: the screen finished with its outcome, or the loop was stopped by
/// a signal or a hang-up (the screen was told first, `ScreenInput.stopping`).
public enum ProgramEnd<Outcome> {
    case finished(Outcome)
    case stopped(InputEvent)

    /// The exit code a stop means: 128 + n after signal n (Ctrl-C: 130), 129 after a hang-up.
    public var stopCode: Int32? {
        switch self {
        case .finished: return nil
        case .stopped(.signal(let n)): return 128 + n
        case .stopped: return 129
        }
    }
}

/// The one loop (DESIGN §3): runs any `Screen` on any backend. It waits for input until the
/// screen's next second boundary (or for a key, when the screen has no clock), hands the
/// screen every key, tick and resize, performs the effects it returns, and shows each state:
/// a drawing backend gets the whole frame (the terminal puts only what changed), a speaking
/// backend gets the lines the screen says about the change. A screen never knows which.
public enum Program {
    /// Runs `screen` until it finishes or a signal or hang-up stops the loop. The screen is
    /// `inout` so the caller can read what it ends with (the text typed, the group edited).
    public static func run<S: Screen>(_ screen: inout S, on terminal: Terminal) -> ProgramEnd<
        S.Outcome
    > {
        let speaks = terminal.speaks
        var old: S?
        var last: ScreenInput?
        if let end = perform(screen.update(.tick), on: terminal) {
            if speaks { terminal.speak(screen.spoken(after: nil, input: nil)) }
            return .finished(end)
        }
        while true {
            if speaks {
                terminal.speak(screen.spoken(after: old, input: last))
                old = screen
            } else {
                let size = terminal.size
                terminal.draw(screen.view(width: size.width, height: size.height))
            }
            let event = terminal.nextInput(
                timeoutMs: screen.ticks.map(millisecondsToNextTick) ?? -1)
            let input: ScreenInput
            switch event {
            case .timeout: input = .tick
            case .resize(let w, let h): input = .resize(width: w, height: h)
            case .key(let k): input = .key(k)
            case .signal, .hangup:
                _ = screen.update(.stopping(event))
                return .stopped(event)
            }
            last = input
            if let end = perform(screen.update(input), on: terminal) {
                if speaks { terminal.speak(screen.spoken(after: old, input: input)) }
                return .finished(end)
            }
        }
    }

    /// Rings, flashes; returns the outcome of the first `.finish`.
    private static func perform<O>(_ effects: [ScreenEffect<O>], on terminal: Terminal) -> O? {
        for effect in effects {
            switch effect {
            case .bell: terminal.bell()
            case .flash: terminal.flash()
            case .finish(let o): return o
            }
        }
        return nil
    }

    /// Milliseconds to the next instant the screen's clock turns over, plus 2 ms. A running
    /// turn counts whole seconds from its start (plus the time it was held) and the pause
    /// towards its deadline, so the loop wakes on *their* second boundaries: otherwise the
    /// timer would show each second up to a whole second late (Benchmarks/run measures this).
    /// Still one wake-up per period.
    public static func millisecondsToNextTick(_ t: TickSchedule) -> Int {
        let period = max(0.02, t.period)
        let next = t.anchor + (((t.now - t.anchor) / period).rounded(.down) + 1) * period
        return max(1, Int(((next - t.now) * 1000).rounded(.up)) + 2)
    }
}
