import RundeCore

/// The keys that apply right now, Enter first with what it will do.
public enum FooterKeys {
    public static func enterAction(_ model: MeetingModel) -> String {
        let m = model.meeting, s = model.strings
        func nextPhaseName() -> String { s.itemTitle(m.upcoming.first ?? .summary, custom: model.customTexts) }
        switch m.phase {
        case .checkIn: return s[.enterConfirmCheckIn]
        case .opening: return s.f(.enterNextPhase, nextPhaseName())
        case .openingRound, .closingRound, .sharing, .processTalk:
            if m.phase == .sharing && m.sharingMode == .open {
                guard let p = model.floorSelection else { return s.f(.enterNextPhase, nextPhaseName()) }
                return m.turn?.speaker == p ? s[.enterEndTurn] : s.f(.enterGiveFloor, model.name(p))
            }
            let nextIndex = m.turn == nil ? m.roundIndex : m.roundIndex + 1
            if nextIndex < m.roundOrder.count { return s.f(.enterNextSpeaker, model.name(m.roundOrder[nextIndex])) }
            if m.phase == .processTalk, let i = m.interrupted { return s.f(.enterNextPhase, s.itemTitle(i.item, custom: model.customTexts)) }
            return s.f(.enterNextPhase, nextPhaseName())
        case .pause: return s[.enterEndPause]
        case .nextMeeting:
            switch m.next.step {
            case .leader: return s[.enterAcceptLeader]
            case .theme: return s[.enterAcceptTheme]
            case .date, .done: return s[.enterAcceptDate]
            }
        case .summary: return s[.enterLeave]
        }
    }

    /// (key, label) pairs in priority order.
    public static func items(_ model: MeetingModel) -> [(String, String)] {
        let m = model.meeting, s = model.strings
        var out: [(String, String)] = [(s[.keyEnter], enterAction(model))]
        switch model.overlay {
        case .help: return [(s[.keyEnter], s[.enterClose])]
        case .quitConfirm: return [(s[.keyEnter], s[.enterContinue]), ("y", s[.keyQuit])]
        case .rulesEditor: return [(s[.keyEnter], s[.lifeRulesNewLine]), ("Esc", s[.lifeRulesDone])]
        case .processCards: return [(s[.keyEnter], s[.lifeCardPick]), ("↑/↓", s[.keyMove]), ("Esc", s[.lifeCardNone])]
        case .guestFrame: return [(s[.keyEnter], s[.lifeGuestAcknowledges]), ("Esc", s[.keyCancel])]
        case .late: return [(s[.keyEnter], s[.enterAdd]), ("↑/↓", s[.keyMove]), ("Esc", s[.keyCancel])]
        case .none: break
        }
        let canPause = m.pauseTaken == nil && m.setup.plan.pauseMinutes > 0
            && [.opening, .openingRound, .sharing, .closingRound, .processTalk].contains(m.phase)
        let canTalk = m.interrupted == nil && [.opening, .openingRound, .sharing, .closingRound].contains(m.phase)
        switch m.phase {
        case .checkIn:
            out += [("↑/↓", s[.keyMove]), ("␣", s[.keyCycle])]
        case .opening:
            if m.item.acknowledge { out += [("↑/↓", s[.keyMove]), ("␣", s[.keyAck])] }
            if canPause { out.append(("p", s[.keyPause])) }
            out += [("a", s[.keyLate])]
            if m.upcoming.contains(where: { $0.kind == .closingRound }) { out.append(("c", s[.keyClosing])) }
            out.append(("t", s[.keyTalk]))
        case .openingRound, .closingRound, .sharing, .processTalk:
            let open = m.phase == .sharing && m.sharingMode == .open
            if open { out.append(("↑/↓", s[.keyMove])) }
            if m.turn != nil && !open { out.append(("s", s[.keyPass])) }
            if canPause { out.append(("p", s[.keyPause])) }
            if m.turn != nil {
                out.append(("+/-", s[.keyPlusMinus]))
                out.append(("␣", m.turn!.isHeld ? s[.keyResume] : s[.keyHold]))
            }
            out.append(("a", s[.keyLate]))
            if m.phase == .sharing { out.append(("o", s[.keyMode])) }
            if m.phase != .closingRound && m.upcoming.contains(where: { $0.kind == .closingRound }) { out.append(("c", s[.keyClosing])) }
            if canTalk { out.append(("t", s[.keyTalk])) }
            out.append(("n", s[.keySkip]))
        case .pause:
            out += [("p", s[.keyEndPause]), ("+/-", s[.keyPlusMinus]), ("a", s[.keyLate])]
        case .nextMeeting:
            switch m.next.step {
            case .leader: out += [("↑/↓", s[.keyMove]), ("s", s[.keySkipLeader])]
            case .theme: out += [("Tab", s[.keyPropose]), ("↑/↓", s[.keyBacklog])]
            case .date, .done: out += [("↑/↓", s[.keyDate])]
            }
        case .summary: break
        }
        return out
    }
}
