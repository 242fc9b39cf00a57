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
    private let clock: MeetingClock
    private let storage: MeetingStorage
    private let bell: BellMode
    private let tickMs: Int
    private var renderer = MeetingRenderer()
    private var finishPending = false
    private var appendError: String?
    /// The rules draft as last kept (the rules card rewritten in the meeting).
    private var draft: RulesDraftKeeper
    /// The guests' names as last kept.
    private var guests: GuestNamesKeeper
    /// Called each time the loop wakes, once the state has caught up with the clock and the
    /// key: the room view's server publishes from here (`runde room`). Must never block.
    public var roomPublisher: ((MeetingModel) -> Void)?
    /// Told about every change (a second view of the meeting, say).
    public var observer: MeetingObserver?
    /// Warnings plain mode says at the start (for example about a group file), once.
    public var warnings: [String] = []
    /// The terminal `run()` runs on.
    private let terminal: Terminal
    /// Bells and flashes the last update asked for, handed to the loop as effects.
    private var rings: [ScreenEffect<Outcome>] = []
    private var opened = false
    /// Plain mode's reader, and the model as it last spoke about it.
    private var narrator = PlainMeetingNarrator()
    private var said: MeetingModel?
    /// True once a key has left the meeting (Enter on the summary, or quit confirmed): the key
    /// did what it does, so plain mode's last words never say it "does nothing here".
    private var leaving = false

    /// - Parameters:
    ///   - tickMs: the wake-up interval; 1000 for a live meeting (the loop wakes on the second).
    public init(
        terminal: Terminal, clock: MeetingClock, model: MeetingModel, storage: MeetingStorage,
        bell: BellMode = .off, tickMs: Int = 1000
    ) {
        self.terminal = terminal
        self.clock = clock
        self.model = model
        self.storage = storage
        self.bell = bell
        self.tickMs = max(20, tickMs)
        draft = RulesDraftKeeper(restored: model.rulesInProgress)
        guests = GuestNamesKeeper(restored: model.guestNames)
    }

    /// Runs until the meeting is left, quit, signalled or hung up (`Program.run`). The storage
    /// stays open: its owner closes it (the journal then writes its held clock tick).
    public func run() -> Outcome {
        var screen = self
        switch Program.run(&screen, on: terminal) {
        case .finished(let outcome): return outcome
        case .stopped(.signal(let n)): return .signal(n)
        case .stopped: return .hangup
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
                case .audible: rings.append(.bell)
                case .flash: rings.append(.flash)
                }
            case .milestone:
                // Already used: it made `record` journal the tick as a line. The screen and
                // plain mode (PlainMeetingNarrator) say the moment from the change in the state.
                break
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
            model.notice = model.strings.f(.storageProblem, model.strings.problem(error))
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
                ? model.strings.f(.summaryNotSaved, model.strings.problem(error))
                : model.strings.f(.storageProblem, model.strings.problem(error))
        }
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

/// The meeting under the screen contract: its keymap is `MeetingKeymap`'s, each key and tick
/// goes through `MeetingController` and the reducer to the storage, the view is
/// `MeetingRenderer`'s (only the live parts while only the clock moves), plain mode's words
/// are `PlainMeetingNarrator`'s, and the loop wakes on the turn's own second boundaries.
extension MeetingRuntime: Screen {
    public var keymap: [KeyBinding] { MeetingKeymap.keyBindings(model) }

    public func update(_ input: ScreenInput) -> [ScreenEffect<Outcome>] {
        rings = []
        let before = observer != nil ? model : nil
        var key: Key?
        switch input {
        case .tick:
            if opened {
                // Typing paused: the rules draft catches up now (within the second).
                keepRulesDraft(force: true)
            } else {
                opened = true
                said = model
                if model.meeting.isFinished && model.logPath == nil { finishPending = true }
                observer?.started(model)
            }
        case .resize: break
        case .stopping:
            keepRulesDraft(force: true)
            return []
        case .key(let k):
            key = k
            dispatch(.tick(clock.now()))
            let commands = MeetingController.handle(k, model: &model)
            guests.keep(&model, storage: storage)
            for command in commands {
                switch command {
                case .send(let e): dispatch(e)
                case .quit:
                    keepRulesDraft(force: true)
                    // Back in the meeting by `u` on the summary, the log written there stands (the
                    // journal went with it): quitting leaves it as it was written.
                    let written = model.meeting.isFinished || model.logPath != nil
                    leaving = true
                    return rings + [.finish(written && !finishPending ? .finished : .quit)]
                case .leave:
                    if finishPending { retryFinish() }
                    if !finishPending {
                        leaving = true
                        return rings + [.finish(.finished)]
                    }
                }
            }
        }
        dispatch(.tick(clock.now()))
        keepRulesDraft()
        retryFinish()
        if let before { observer?.changed(from: before, to: model, key: key) }
        roomPublisher?(model)
        return rings
    }

    public func view(width: Int, height: Int) -> Frame {
        // What fits decides a key or two (a card too long for the window scrolls).
        if (model.screenWidth, model.screenHeight) != (width, height) {
            (model.screenWidth, model.screenHeight) = (width, height)
        }
        return renderer.render(model, width: width, height: height)
    }

    public func spoken(after old: MeetingRuntime?, input: ScreenInput?) -> Speech {
        let before = said ?? model
        guard old != nil else {
            // The meeting as it opened, then what its first tick changed (a resumed meeting).
            var lines = narrator.start(before, warnings: warnings)
            warnings = []
            lines += narrator.changed(from: before, to: model, key: nil)
            said = model
            return Speech(lines, typed: model.typedText)
        }
        var key: Key?
        if case .key(let k)? = input { key = k }
        let lines = narrator.changed(from: before, to: model, key: leaving ? nil : key)
        said = model
        return Speech(lines, typed: model.typedText)
    }

    public var ticks: TickSchedule? {
        TickSchedule(now: clock.now().seconds, anchor: tickAnchor(), period: Double(tickMs) / 1000)
    }
}
