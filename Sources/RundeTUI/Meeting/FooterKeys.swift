import RundeCore
import RundeText

/// The keys that apply right now, Enter first with what it will do.
public enum FooterKeys {
    public static func enterAction(_ model: MeetingModel) -> String {
        let m = model.meeting
        let s = model.strings
        func nextPhaseName() -> String {
            s.itemTitle(m.upcoming.first ?? .summary, custom: model.customTexts)
        }
        switch m.phase {
        case .checkIn: return s[.enterConfirmCheckIn]
        case .opening where m.onDecisionCard: return s[.enterDecide]
        case .opening: return s.f(.enterNextPhase, nextPhaseName())
        case .openingRound, .closingRound, .sharing, .processTalk:
            if m.phase == .sharing && m.sharingMode == .open {
                guard let p = model.floorSelection else {
                    return s.f(.enterNextPhase, nextPhaseName())
                }
                return m.turn?.speaker == p ? s[.enterEndTurn] : s.f(.enterGiveFloor, model.name(p))
            }
            let nextIndex = m.turn == nil ? m.roundIndex : m.roundIndex + 1
            if nextIndex < m.roundOrder.count {
                return s.f(.enterNextSpeaker, model.name(m.roundOrder[nextIndex]))
            }
            if m.phase == .processTalk, let i = m.interrupted {
                return s.f(.enterNextPhase, s.itemTitle(i.item, custom: model.customTexts))
            }
            return s.f(.enterNextPhase, nextPhaseName())
        case .pause: return s[.enterEndPause]
        case .nextMeeting:
            switch m.next.step {
            case .leader: return s[.enterAcceptLeader]
            case .theme: return s[.enterAcceptTheme]
            case .date, .done: return s[.enterAcceptDate]
            }
        case .summary: return model.logNotSaved ? s[.summaryTryAgain] : s[.enterLeave]
        }
    }

    /// The help's line for Enter, as a sentence: the footer's words would read "Move on: on to …".
    public static func enterHelp(_ model: MeetingModel) -> String {
        let m = model.meeting
        let s = model.strings
        if m.phase.hasTurns, !(m.phase == .sharing && m.sharingMode == .open) {
            let nextIndex = m.turn == nil ? m.roundIndex : m.roundIndex + 1
            if nextIndex < m.roundOrder.count {
                return s.f(.helpEnterSpeaker, model.name(m.roundOrder[nextIndex]))
            }
        }
        let action = enterAction(model)
        return s.f(.meetingHelpEnter, action.prefix(1).uppercased() + action.dropFirst())
    }

    /// (key, label) pairs in priority order: Enter, then `u` right after a step, then the rest
    /// of the keymap's offered keys (`MeetingKeymap`); `?` and `q` are placed by the footer.
    public static func items(_ model: MeetingModel) -> [(String, String)] {
        let s = model.strings
        switch model.overlay {
        case .help: return [(s[.keyEnter], s[.enterClose])]
        case .rulesEditor:
            return [
                (s[.keyEnter], s[.rulesNewLine]), ("←/→/↑/↓", s[.rulesMove]),
                ("Esc", s[.rulesDone]),
            ]
        case .processCards:
            return [
                (s[.keyEnter], s[.cardPick]), ("↑/↓", s[.keyMove]), ("Esc", s[.cardNone]),
            ]
        case .guestFrame:
            return [(s[.keyEnter], s[.guestAcknowledges]), ("Esc", s[.keyCancel])]
        case .quitConfirm: return [(s[.keyEnter], s[.enterContinue]), (s[.yesLetter], s[.keyQuit])]
        case .confirm: return [(s[.yesLetter], s[.keyYes]), ("Esc", s[.keyNo])]
        case .guestAsk: return [(s[.yesLetter], s[.keyGoOn]), ("Esc", s[.keyNo])]
        case .late:
            return [(s[.keyEnter], s[.enterAdd]), ("↑/↓", s[.keyMove]), ("Esc", s[.keyCancel])]
        case .none: break
        }
        var offered = MeetingKeymap.offered(model).filter { $0.name != "help" && $0.name != "quit" }
        // `u` stands next to Enter for as long as it works (a slip noticed late, or in
        // overtime, is still cheap): it never drops off the footer.
        // A card too long for the window: its scroll keys stand next to Enter, so they always show.
        if let i = offered.firstIndex(where: { $0.name == "cardScroll" }) {
            offered.insert(offered.remove(at: i), at: min(1, offered.count - 1))
        }
        return offered.map { ($0.cap(model), $0.label(model)) }
    }

    /// How long after a step `u` keeps its place beside Enter in the footer.
    public static let freshUndoSeconds = 30.0

    /// Whether the last step is recent enough for `u` to stand next to Enter.
    public static func undoIsFresh(_ m: MeetingState) -> Bool {
        guard let at = m.lastStepAt else { return false }
        return m.now - at < freshUndoSeconds
    }
}
