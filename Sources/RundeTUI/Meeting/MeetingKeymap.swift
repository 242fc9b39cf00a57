import RundeCore
import RundeText

/// What a key asks for on the meeting screen.
public enum MeetingKeyAction: Equatable, Sendable {
    /// Send an event to the domain.
    case send(MeetingEvent)
    /// Send events in order (the typed theme, then accepting it).
    case sendAll([MeetingEvent])
    /// Ask first (`j`/`y` yes, Esc no), then send the confirmation's event.
    case confirm(MeetingModel.Confirm)
    /// Keep the typed theme as a proposal for later (the text already scrubbed of names).
    case proposeTheme(String)
    /// Move the selection (a list, the leader, the date, the theme proposals).
    case cursor(Key)
    case clearTheme
    case help
    case quit
    case leave
    case late
    /// `t`: process talk, through the blind-alley cards (its event decides whether it is offered).
    case processTalk
    /// `e`: rewrite the rules card together (first meeting, evaluation).
    case editRules
    /// `f`/`F`: the starter's follow-up date a week later or earlier (the starter's last meeting).
    case moveFollowUp(days: Int)
    /// PgDn/PgUp: a card too long for the window, a few lines on or back.
    case scrollCard(lines: Int)

    /// The event whose acceptance by the reducer decides whether the key is offered.
    public var event: MeetingEvent? {
        switch self {
        case .send(let e): return e
        case .sendAll(let es): return es.last
        case .confirm(let c): return c.event
        case .proposeTheme(let text): return .proposeTheme(text)
        case .processTalk: return .startProcessTalk
        case .cursor, .clearTheme, .help, .quit, .leave, .late, .editRules, .moveFollowUp,
            .scrollCard:
            return nil
        }
    }
}

/// One key of the meeting screen: the keys that press it, how the footer shows it, its footer
/// label, its help line, and what it does now (nil: the key means nothing here).
public struct MeetingKeyBinding: Sendable {
    /// A stable name (for tests and for plain mode).
    public let name: String
    public let keys: [Key]
    /// How the key is shown ("Enter", "s", "↑/↓", "␣").
    public let cap: @Sendable (MeetingModel) -> String
    public let label: @Sendable (MeetingModel) -> String
    /// One line in words for `?`.
    public let help: @Sendable (MeetingModel) -> String
    /// What pressing `key` does in this model; nil when the key means nothing here.
    public let action: @Sendable (MeetingModel, Key) -> MeetingKeyAction?

    /// The action of the binding's first key.
    public func action(_ model: MeetingModel) -> MeetingKeyAction? { action(model, keys[0]) }
}

/// The one keymap of the meeting screen (DESIGN §3): the footer, the help and the controller
/// all read this table. A key is offered when it means something here and, if it sends an
/// event, when the reducer would apply that event (`MeetingState.canApply`), so the footer,
/// the help and the reducer cannot drift apart.
public enum MeetingKeymap {
    /// Whether `binding` is offered in `model` (no dialog open).
    public static func offers(_ binding: MeetingKeyBinding, _ model: MeetingModel) -> Bool {
        guard let a = binding.action(model) else { return false }
        guard let e = a.event else { return true }
        return model.meeting.canApply(e)
    }

    /// The bindings offered now, in the table's order.
    public static func offered(_ model: MeetingModel) -> [MeetingKeyBinding] {
        bindings.filter { offers($0, model) }
    }

    /// The binding a key belongs to, if it means something here.
    public static func binding(for key: Key, _ model: MeetingModel) -> (
        MeetingKeyBinding, MeetingKeyAction
    )? {
        for b in bindings where b.keys.contains(key) {
            if let a = b.action(model, key) { return (b, a) }
        }
        return nil
    }

    /// How the help shows a key cap: in words where the footer uses a symbol.
    public static func helpCap(_ cap: String, _ s: Catalog) -> String {
        cap == "␣" ? s[.capSpace] : cap
    }

    static func typingTheme(_ m: MeetingModel) -> Bool {
        m.meeting.phase == .nextMeeting && m.meeting.next.step == .theme && !m.meeting.isFinished
    }

    static func scrubbedTheme(_ m: MeetingModel) -> String { m.themeAsSaved }

    /// The member (roster index) under the cursor in check-in or on a card's list.
    static func memberAtCursor(_ m: MeetingModel) -> Int? {
        let s = m.meeting
        if s.phase == .checkIn {
            guard !s.attendance.isEmpty else { return nil }
            return min(max(0, m.cursor), s.attendance.count - 1)
        }
        // Members present, then guests (counted after the roster: roster count + guest number).
        var present = s.attendance.indices.filter { s.attendance[$0] == .present }
        if s.phase == .opening { present += (0..<s.guests).map { s.attendance.count + $0 } }
        guard !present.isEmpty else { return nil }
        return present[min(max(0, m.cursor), present.count - 1)]
    }

    static func inRoundOrFloor(_ m: MeetingState) -> Bool { m.phase.hasTurns }

    /// On a card to acknowledge: how many of those present (members, then guests) ticked it,
    /// and how many are present.
    public static func acknowledgements(_ s: MeetingState) -> (ticked: Int, all: Int) {
        let present =
            s.attendance.indices.filter { s.attendance[$0] == .present }
            + (0..<s.guests).map { s.attendance.count + $0 }
        return (present.filter { s.acknowledged.contains($0) }.count, present.count)
    }

    /// Why a key of this screen cannot act now, in one line (DESIGN §1: a key that is offered
    /// but cannot act says why); nil for keys that need no word.
    static func whyNot(_ key: Key, _ m: MeetingModel) -> String? {
        let s = m.meeting
        let t = m.strings
        switch key {
        case .char("u"), .char("U"):
            return s.phase == .checkIn ? t[.whyUndoCheckIn] : t[.whyUndoNothing]
        case .char("o"), .char("O"):
            return s.phase == .sharing ? nil : t[.whyMode]
        case .char("p"), .char("P"):
            if s.setup.plan.pauseMinutes <= 0 { return t[.whyPauseNone] }
            return s.pauseTaken != nil ? t[.whyPauseTaken] : t[.whyPauseNow]
        case .char("t"), .char("T"):
            return t[.whyTalk]
        default:
            return nil
        }
    }

    /// The table, in the footer's order (Enter first; `?` and `q` close the footer).
    public static let bindings: [MeetingKeyBinding] = [
        MeetingKeyBinding(
            name: "enter", keys: [.enter], cap: { $0.strings[.keyEnter] },
            label: { FooterKeys.enterAction($0) },
            help: { FooterKeys.enterHelp($0) },
            action: { m, _ in
                let s = m.meeting
                if typingTheme(m) { return .sendAll([.setTheme(scrubbedTheme(m)), .advance]) }
                if s.isFinished { return .leave }
                if s.onDecisionCard { return .send(DecisionCard.event(m)) }
                if s.phase == .sharing && s.sharingMode == .open, let p = m.floorSelection {
                    return .send(s.turn?.speaker == p ? .endTurn : .giveFloor(p))
                }
                // Leaving a card to acknowledge while someone has not ticked it asks first.
                if s.phase == .opening && s.item.acknowledge {
                    let (ticked, all) = acknowledgements(s)
                    if ticked < all { return .confirm(.leaveFrame) }
                }
                return .send(.advance)
            }),
        MeetingKeyBinding(
            name: "undo", keys: [.char("u"), .char("U")], cap: { _ in "u" },
            label: { $0.strings[.keyUndo] },
            help: {
                $0.meeting.isFinished
                    ? $0.strings[.helpUndoSummary] : $0.strings[.meetingHelpUndo]
            },
            action: { m, _ in typingTheme(m) ? nil : .send(.undo) }),
        MeetingKeyBinding(
            name: "pass", keys: [.char("s"), .char("S")], cap: { _ in "s" },
            label: {
                $0.meeting.phase == .nextMeeting ? $0.strings[.keySkipLeader] : $0.strings[.keyPass]
            },
            help: {
                $0.meeting.phase == .nextMeeting
                    ? $0.strings[.helpSkipLeader] : $0.strings[.meetingHelpPass]
            },
            action: { m, _ in
                if typingTheme(m) { return nil }
                return .send(m.meeting.phase == .nextMeeting ? .skipNextLeader : .pass)
            }),
        MeetingKeyBinding(
            name: "move", keys: [.up, .down, .pageUp, .pageDown],
            cap: { $0.strings[.capArrows] },
            label: { m in
                let s = m.meeting
                let t = m.strings
                if s.phase == .nextMeeting {
                    switch s.next.step {
                    case .leader: return t[.keyChooseLeader]
                    case .theme: return t[.keyBacklog]
                    case .date, .done: return t[.keyDate]
                    }
                }
                return s.onDecisionCard ? t[.keyChoose] : t[.keyMove]
            },
            help: { m in
                let s = m.meeting
                let t = m.strings
                if s.phase == .nextMeeting {
                    switch s.next.step {
                    case .leader: return t[.helpChooseLeader]
                    case .theme: return t[.helpBacklog]
                    case .date, .done: return t[.helpDate]
                    }
                }
                return s.onDecisionCard ? t[.helpChoose] : t[.helpMove]
            },
            action: { m, key in
                let s = m.meeting
                switch s.phase {
                case .checkIn: return s.attendance.isEmpty ? nil : .cursor(key)
                case .opening:
                    if s.onDecisionCard { return .cursor(key) }
                    // PgDn/PgUp scroll a card that does not fit (`cardScroll`).
                    if (key == .pageUp || key == .pageDown) && OpeningView.overflows(m) {
                        return nil
                    }
                    return s.item.acknowledge && s.presentCount > 0 ? .cursor(key) : nil
                case .sharing:
                    return s.sharingMode == .open && !s.presentOrder.isEmpty ? .cursor(key) : nil
                case .nextMeeting:
                    if s.next.step == .theme {
                        return m.themeSuggestions.isEmpty ? nil : .cursor(key)
                    }
                    return s.attendance.isEmpty && s.next.step == .leader ? nil : .cursor(key)
                default: return nil
                }
            }),
        MeetingKeyBinding(
            name: "space", keys: [.char(" ")], cap: { _ in "␣" },
            label: { m in
                let s = m.meeting
                let t = m.strings
                if s.phase == .checkIn { return t[.keyCycle] }
                if s.phase == .opening { return t[.keyAck] }
                return s.turn?.isHeld == true ? t[.keyResume] : t[.keyHold]
            },
            help: { m in
                let s = m.meeting
                let t = m.strings
                if s.phase == .checkIn { return t[.helpCycle] }
                if s.phase == .opening { return t[.helpAck] }
                return t[.helpHold]
            },
            action: { m, _ in
                let s = m.meeting
                if typingTheme(m) { return nil }
                if s.phase == .checkIn {
                    guard let i = memberAtCursor(m) else { return nil }
                    return .send(.setAttendance(member: i, s.attendance[i].cycled))
                }
                if s.phase == .opening {
                    guard s.item.acknowledge, let i = memberAtCursor(m) else { return nil }
                    return .send(.acknowledge(member: i))
                }
                return .send(.toggleHold)
            }),
        MeetingKeyBinding(
            name: "cardScroll", keys: [.pageDown, .pageUp], cap: { $0.strings[.capPages] },
            label: { $0.strings[.keyCardScroll] }, help: { $0.strings[.helpCardScroll] },
            action: { m, key in
                OpeningView.overflows(m) ? .scrollCard(lines: key == .pageUp ? -3 : 3) : nil
            }),
        MeetingKeyBinding(
            name: "pause", keys: [.char("p"), .char("P")], cap: { _ in "p" },
            label: {
                $0.meeting.phase == .pause ? $0.strings[.keyEndPause] : $0.strings[.keyPause]
            },
            help: {
                $0.meeting.phase == .pause
                    ? $0.strings[.helpEndPause] : $0.strings[.meetingHelpPause]
            },
            action: { m, _ in
                typingTheme(m) ? nil : .send(m.meeting.phase == .pause ? .endPause : .startPause)
            }),
        MeetingKeyBinding(
            name: "plusMinus", keys: [.char("+"), .char("="), .char("-")],
            cap: { $0.strings[.capPlusMinus] },
            label: {
                $0.meeting.onDecisionCard ? $0.strings[.keyHorizon] : $0.strings[.keyPlusMinus]
            },
            help: {
                $0.meeting.onDecisionCard
                    ? $0.strings[.helpHorizon] : $0.strings[.meetingHelpPlusMinus]
            },
            action: { m, key in
                // On the decision card, +/- change the new horizon of "go on".
                if m.meeting.onDecisionCard {
                    return DecisionCard.choice(m) == .goOn ? .cursor(key) : nil
                }
                return typingTheme(m)
                    ? nil : .send(.adjustTurn(minutes: key == .char("-") ? -1 : 1))
            }),
        MeetingKeyBinding(
            name: "late", keys: [.char("a"), .char("A")], cap: { _ in "a" },
            label: { $0.strings[.keyLate] }, help: { $0.strings[.meetingHelpLate] },
            action: { m, _ in
                let s = m.meeting
                guard !typingTheme(m), s.phase != .checkIn, s.canApply(.guestArrival) else {
                    return nil
                }
                return .late
            }),
        MeetingKeyBinding(
            name: "mode", keys: [.char("o"), .char("O")], cap: { _ in "o" },
            label: { $0.strings[.keyMode] }, help: { $0.strings[.meetingHelpMode] },
            action: { m, _ in
                let s = m.meeting
                guard !typingTheme(m) else { return nil }
                return .send(.setSharingMode(s.sharingMode == .round ? .open : .round))
            }),
        MeetingKeyBinding(
            name: "closing", keys: [.char("c"), .char("C")], cap: { _ in "c" },
            label: { $0.strings[.keyClosing] }, help: { $0.strings[.meetingHelpClosing] },
            action: { m, _ in typingTheme(m) ? nil : .confirm(.closing) }),
        MeetingKeyBinding(
            name: "talk", keys: [.char("t"), .char("T")], cap: { _ in "t" },
            label: { $0.strings[.keyTalk] }, help: { $0.strings[.meetingHelpTalk] },
            action: { m, _ in
                // Someone has the floor: their turn would end, so `t` asks first.
                if typingTheme(m) { return nil }
                return m.meeting.turn == nil ? .processTalk : .confirm(.processTalk)
            }),
        MeetingKeyBinding(
            name: "rules", keys: [.char("e"), .char("E")], cap: { _ in "e" },
            label: { $0.strings[.keyEditRules] }, help: { $0.strings[.helpEditRules] },
            action: { m, _ in m.rulesEditable ? .editRules : nil }),
        MeetingKeyBinding(
            name: "followUp", keys: [.char("f"), .char("F")], cap: { _ in "f/F" },
            label: { $0.strings[.keyFollowUp] }, help: { $0.strings[.helpFollowUp] },
            action: { m, key in
                m.followUpEditable && !typingTheme(m)
                    ? .moveFollowUp(days: key == .char("F") ? -7 : 7) : nil
            }),
        MeetingKeyBinding(
            name: "skip", keys: [.char("n"), .char("N")], cap: { _ in "n" },
            label: { $0.strings[.keySkip] }, help: { $0.strings[.helpSkip] },
            action: { m, _ in typingTheme(m) ? nil : .confirm(.skipPhase) }),
        MeetingKeyBinding(
            name: "later", keys: [.char(">")], cap: { _ in ">" },
            label: { $0.strings[.keyMoveLater] }, help: { $0.strings[.meetingHelpReorder] },
            action: { m, _ in typingTheme(m) ? nil : .send(.moveUpcomingPhase(from: 0, to: 1)) }),
        MeetingKeyBinding(
            name: "propose", keys: [.tab], cap: { _ in "Tab" },
            label: { $0.strings[.keyPropose] }, help: { $0.strings[.helpPropose] },
            action: { m, _ in typingTheme(m) ? .proposeTheme(scrubbedTheme(m)) : nil }),
        MeetingKeyBinding(
            name: "clear", keys: [.escape], cap: { _ in "Esc" },
            label: { $0.strings[.keyClear] }, help: { $0.strings[.helpClearTheme] },
            action: { m, _ in
                typingTheme(m) && (!m.themeInput.isEmpty || m.backlogCursor != nil)
                    ? .clearTheme : nil
            }),
        MeetingKeyBinding(
            name: "help", keys: [.char("?"), .function(1)], cap: { typingTheme($0) ? "F1" : "?" },
            label: { $0.strings[.keyHelp] }, help: { $0.strings[.meetingHelpHelp] },
            action: { m, key in typingTheme(m) && key == .char("?") ? nil : .help }),
        MeetingKeyBinding(
            name: "quit", keys: [.char("q"), .char("Q")], cap: { _ in "q" },
            label: { $0.strings[.keyQuit] },
            help: {
                $0.logNotSaved
                    ? $0.strings[.summaryNotSavedHelp]
                    : $0.meeting.isFinished
                        ? $0.strings[.helpLeave]
                        : $0.demo ? $0.strings[.demoHelpQuit] : $0.strings[.meetingHelpQuit]
            },
            action: { m, _ in
                if typingTheme(m) { return nil }
                // With the log unwritten, `q` quits and leaves the meeting resumable.
                return m.meeting.isFinished && !m.logNotSaved ? .leave : .quit
            }),
    ]
}
