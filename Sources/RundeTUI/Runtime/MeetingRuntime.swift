import RundeCore

/// How a turn's end and the pause's end are signalled: not at all (the default), a bell, or a flash.
public enum BellMode: String, CaseIterable, Sendable {
    case off, audible, flash
}

/// The event loop of a live meeting: waits for input until the next second boundary, ticks the
/// domain from the clock, journals every event, performs effects, and draws each frame (the
/// terminal puts only what changed).
public final class MeetingRuntime {
    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        /// The summary was reached and left; the log is written.
        case finished
        /// The leader quit; the meeting stays resumable.
        case quit
        /// A signal asked us to stop (the journal is kept).
        case signal(Int32)
        /// The terminal went away.
        case hangup
    }

    public private(set) var model: MeetingModel
    private let terminal: Terminal
    private let clock: MeetingClock
    private let storage: MeetingStorage
    private let bell: BellMode
    private let tickMs: Int
    private let announce: ((Milestone, MeetingModel) -> Void)?
    private var renderer = MeetingRenderer()
    private var finishPending = false
    private var appendError: String?
    /// The rules draft as last kept (the rules card rewritten in the meeting).
    private var draft: RulesDraftKeeper
    /// Told about every change (plain mode's reader); set automatically on a `PlainTerminal`.
    public var observer: MeetingObserver?

    /// - Parameters:
    ///   - tickMs: the wake-up interval; 1000 for a live meeting (the loop wakes on the second).
    ///   - announce: called for milestones (plain mode, tests).
    public init(
        terminal: Terminal, clock: MeetingClock, model: MeetingModel, storage: MeetingStorage,
        bell: BellMode = .off, tickMs: Int = 1000,
        announce: ((Milestone, MeetingModel) -> Void)? = nil
    ) {
        self.terminal = terminal
        self.clock = clock
        self.model = model
        self.storage = storage
        self.bell = bell
        self.tickMs = max(20, tickMs)
        self.announce = announce
        draft = RulesDraftKeeper(restored: model.rulesInProgress)
        if let plain = terminal as? PlainTerminal {
            observer = PlainMeetingObserver(terminal: plain)
        }
    }

    /// Runs until the meeting is left, quit, signalled or hung up. The storage stays open: its
    /// owner closes it (the journal then writes its held clock tick).
    public func run() -> Outcome {
        if model.meeting.isFinished && model.logPath == nil { finishPending = true }
        observer?.started(model)
        var before = model
        var lastKey: Key?
        while true {
            dispatch(.tick(clock.now()))
            keepRulesDraft()
            retryFinish()
            if let observer {
                observer.changed(from: before, to: model, key: lastKey)
                before = model
                lastKey = nil
            }
            redraw()
            switch terminal.nextInput(timeoutMs: millisecondsToNextTick()) {
            case .timeout:
                // Typing paused: the rules draft catches up now (within the second).
                keepRulesDraft(force: true)
                continue
            case .resize:
                continue
            case .signal(let n):
                keepRulesDraft(force: true)
                return .signal(n)
            case .hangup:
                keepRulesDraft(force: true)
                return .hangup
            case .key(let k):
                lastKey = k
                dispatch(.tick(clock.now()))
                for command in MeetingController.handle(k, model: &model) {
                    switch command {
                    case .send(let e): dispatch(e)
                    case .quit:
                        keepRulesDraft(force: true)
                        return model.meeting.isFinished && !finishPending ? .finished : .quit
                    case .leave:
                        if finishPending { retryFinish() }
                        if !finishPending { return .finished }
                    }
                }
            }
        }
    }

    /// Reduces one event; records it when it changed anything; performs its effects.
    public func dispatch(_ event: MeetingEvent) {
        if case .tick(let t) = event {
            // Ticks, once a second: applied in place, with no copy or comparison of the state.
            // A tick that changes anything besides the clock always has an effect (the tick
            // reducer's promise, tested over random meetings in PropertyTests), so an
            // effect-free tick only moves the clock, and the journal may keep it in its mark.
            guard t > model.meeting.now else { return }
            let effects = model.meeting.apply(event)
            record(event, onlyMovesTheClock: effects.isEmpty)
            perform(effects)
            return
        }
        let (next, effects) = reduce(model.meeting, event)
        guard !effects.isEmpty || next != model.meeting else { return }
        model.meeting = next
        record(event, onlyMovesTheClock: false)
        perform(effects)
    }

    private func perform(_ effects: [MeetingEffect]) {
        for e in effects {
            switch e {
            case .meetingFinished:
                finishPending = true
                retryFinish()
            case .bell:
                switch bell {
                case .off: break
                case .audible: terminal.bell()
                case .flash: terminal.flash()
                }
            case .announce(let m):
                announce?(m, model)
            }
        }
    }

    /// Hands one event to the storage, which decides how to keep it (the journal: a line, or
    /// its clock mark; `Journal.record`). A refusal is shown on the banner until a later
    /// record succeeds; the storage keeps the event and writes it first next time.
    private func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) {
        do {
            try storage.record(event, onlyMovesTheClock: onlyMovesTheClock)
            if appendError != nil {
                appendError = nil
                if !finishPending { model.notice = nil }
            }
        } catch {
            appendError = "\(error)"
            model.notice = model.strings.f(.storageProblem, "\(error)")
        }
    }

    /// Hands the rules text in progress to the storage (`RulesDraftKeeper`); a refusal is shown
    /// on the banner like a journal's, and the text is offered again on the next loop.
    private func keepRulesDraft(force: Bool = false) {
        let before = draft.problem
        draft.keep(model, storage: storage, now: clock.now(), force: force)
        if let problem = draft.problem {
            model.notice = model.strings.f(.storageProblem, problem)
        } else if before != nil, appendError == nil, !finishPending {
            model.notice = nil
        }
    }

    private func retryFinish() {
        guard finishPending else { return }
        keepRulesDraft(force: true)
        let log = SessionLogBuilder.build(
            from: model.meeting, rosterNames: model.roster + Array(model.guestNames.values),
            theme: model.todayTheme)
        do {
            model.logPath = try storage.finish(log: log, state: model.meeting)
            finishPending = false
            model.logNotSaved = false
            if appendError == nil { model.notice = nil }
        } catch {
            // At the summary "the meeting goes on" is no longer true: say what the keys do.
            model.logNotSaved = model.meeting.isFinished
            model.notice =
                model.logNotSaved
                ? model.strings.f(.hostSummaryNotSaved, "\(error)")
                : model.strings.f(.storageProblem, "\(error)")
        }
    }

    private func redraw() {
        let size = terminal.size
        // What fits decides a key or two (a card too long for the window scrolls).
        if (model.screenWidth, model.screenHeight) != (size.width, size.height) {
            (model.screenWidth, model.screenHeight) = (size.width, size.height)
        }
        terminal.draw(renderer.render(model, width: size.width, height: size.height))
    }

    /// Milliseconds to the next instant the big timer on screen turns over, plus 2 ms. A running
    /// turn counts whole seconds from its start (plus the time it was held) and the pause
    /// towards its deadline, so the loop wakes on *their* second boundaries: otherwise the
    /// timer would show each second up to a whole second late (Benchmarks/run measures this).
    /// Otherwise it wakes on the clock's whole seconds. Still one wake-up per period.
    private func millisecondsToNextTick() -> Int {
        let now = clock.now().seconds
        let period = Double(tickMs) / 1000
        let anchor = tickAnchor()
        let next = anchor + (((now - anchor) / period).rounded(.down) + 1) * period
        return max(1, Int(((next - now) * 1000).rounded(.up)) + 2)
    }

    /// The instant whose whole seconds the main timer on screen counts (0 for the clock's own).
    private func tickAnchor() -> Double {
        let m = model.meeting
        if let p = m.pause { return p.deadline.seconds.truncatingRemainder(dividingBy: 1) }
        if let t = m.turn, !t.isHeld {
            return (t.startedAt.seconds + t.heldSeconds).truncatingRemainder(dividingBy: 1)
        }
        return 0
    }
}
