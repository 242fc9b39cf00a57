import RundeCore
import RundeText

/// Turns keys into domain events and screen changes, through the one keymap
/// (`MeetingKeymap`). Pure: no I/O, no clock.
public enum MeetingController {
    /// Handles a key, changing screen state in `model` and returning what the runtime must do.
    public static func handle(_ key: Key, model: inout MeetingModel) -> [MeetingCommand] {
        let previousHint = model.hint
        model.hint = nil
        // A typed name or theme is not thrown away by one slip: Esc asks first, on the banner.
        if key == .escape, previousHint != model.strings[.escTyped] {
            var typed = ""
            if case .late(_, let name?) = model.overlay { typed = name }
            if model.overlay == .none, MeetingKeymap.typingTheme(model) { typed = model.themeInput }
            if !typed.isEmpty {
                model.hint = model.strings[.escTyped]
                return []
            }
        }
        switch model.overlay {
        case .help:
            switch key {
            case .up, .pageUp: model.helpScroll = max(0, model.helpScroll - (key == .up ? 1 : 5))
            case .down, .pageDown: model.helpScroll += key == .down ? 1 : 5  // clamped when drawn
            case .escape, .char("?"), .enter, .char("q"), .function(1): model.overlay = .none
            default: break
            }
            return []
        case .quitConfirm:
            switch key {
            case .char("y"), .char("Y"), .char("j"), .char("J"): return [.quit]
            case .escape, .char("n"), .char("N"), .enter: model.overlay = .none
            default: break
            }
            return []
        case .confirm(let c):
            switch key {
            case .char("y"), .char("Y"), .char("j"), .char("J"):
                model.overlay = .none
                switch c {
                case .processTalk: return startProcessTalk(model: &model)
                case .leaveFrame:
                    model.cursor = 0
                    model.cardScroll = 0
                case .skipPhase, .closing: break
                }
                return send(c.event, model: &model)
            // Enter says no too: a second stray Enter must not do what the first one asked.
            case .escape, .char("n"), .char("N"), .enter, .char("q"): model.overlay = .none
            default: break
            }
            return []
        case .late(let cursor, let guestName):
            return handleLate(key, cursor: cursor, guestName: guestName, model: &model)
        case .guestAsk(let cursor):
            switch key {
            case .char("y"), .char("Y"), .char("j"), .char("J"):
                model.overlay = .late(cursor: cursor, guestName: "")
            // Enter says no, as on every question: a second stray Enter adds nobody.
            case .escape, .char("n"), .char("N"), .enter:
                model.overlay = .late(cursor: cursor, guestName: nil)
            default: break
            }
            return []
        case .guestFrame(let g):
            return handleGuestFrame(key, guest: g, model: &model)
        case .processCards(let cursor):
            return handleProcessCards(key, cursor: cursor, model: &model)
        case .rulesEditor(let editor):
            return handleRulesEditor(key, editor: editor, model: &model)
        case .none:
            break
        }
        let typing = MeetingKeymap.typingTheme(model)
        guard let (_, action) = MeetingKeymap.binding(for: key, model),
            typing || (action.event.map({ model.meeting.canApply($0) }) ?? true)
        else {
            if typing {
                typeTheme(key, model: &model)
            } else if key == .escape {
                // Nothing to close: Esc stays in the meeting, and says how to leave it.
                model.hint = model.strings[.resumeEscHint]
            } else if key != .enter {
                // (Enter that cannot move on is explained by the screen itself: nobody present.)
                // A key the meeting binds, pressed where it does nothing: say why, calmly.
                model.hint =
                    KeyBinding.reason(for: key, in: MeetingKeymap.keyBindings(model))
                    ?? MeetingKeymap.whyNot(key, model)
            }
            return []
        }
        return perform(action, key: key, model: &model)
    }

    private static func perform(_ action: MeetingKeyAction, key: Key, model: inout MeetingModel)
        -> [MeetingCommand]
    {
        switch action {
        case .send(let e):
            if e == .advance, [.checkIn, .opening].contains(model.meeting.phase) {
                model.cursor = 0
                model.cardScroll = 0
            }
            // The decision card opens on its first line (undo comes back to it as it was left).
            if e != .undo, !model.meeting.onDecisionCard {
                var after = model.meeting
                _ = after.apply(e)
                if after.onDecisionCard { model.cursor = 0 }
            }
            if case .setSharingMode = e { model.cursor = 0 }
            return send(e, model: &model)
        case .sendAll(let events): return events.map { .send($0) }
        case .confirm(let c):
            guard model.meeting.canApply(c.event) else { return [] }
            model.overlay = .confirm(c)
            return []
        case .proposeTheme(let text):
            model.themeInput = ""
            model.backlogCursor = nil
            return [.send(.proposeTheme(text))]
        case .cursor(let k): return move(k, model: &model)
        case .clearTheme:
            model.themeInput = ""
            model.backlogCursor = nil
            return []
        case .help:
            model.helpScroll = 0
            model.overlay = .help
            return []
        case .quit:
            model.overlay = .quitConfirm
            return []
        case .leave: return [.leave]
        case .processTalk:
            return startProcessTalk(model: &model)
        case .editRules:
            model.overlay = .rulesEditor(MultiLineEditor(text: model.editedRules ?? model.rules))
            return []
        case .moveFollowUp(let days):
            // Never before a week after this meeting (the reducer holds that too).
            let earliest = model.meeting.setup.date.adding(
                days: MeetingAgreements.followUpEarliestDays)
            let moved = model.followUp.adding(days: days)
            return [.send(.setFollowUp(moved < earliest ? earliest : moved))]
        case .late:
            model.overlay = .late(cursor: 0, guestName: nil)
            return []
        case .scrollCard(let lines):
            let l = OpeningView.layout(
                model, MeetingView.body(width: model.screenWidth, height: model.screenHeight))
            model.cardScroll = min(max(0, l.top + lines), max(0, l.lines.count - l.room))
            return []
        }
    }

    /// Sends an event that may change who is present (late arrival, guest, undo); on the open
    /// floor the selection stays on the same person rather than on the same row.
    private static func send(_ e: MeetingEvent, model: inout MeetingModel) -> [MeetingCommand] {
        let m = model.meeting
        if m.phase == .sharing && m.sharingMode == .open, let selected = model.floorSelection {
            var after = m
            _ = after.apply(e)
            if after.phase == .sharing && after.sharingMode == .open,
                let i = after.presentOrder.firstIndex(of: selected)
            {
                model.cursor = i
            }
        }
        return [.send(e)]
    }

    private static func move(_ key: Key, model: inout MeetingModel) -> [MeetingCommand] {
        let m = model.meeting
        if m.onDecisionCard {
            DecisionCard.move(key, model: &model)
            return []
        }
        let delta = (key == .up || key == .pageUp) ? -1 : 1
        switch m.phase {
        case .checkIn:
            model.cursor = min(max(0, model.cursor + delta), max(0, m.attendance.count - 1))
        case .opening where m.item.acknowledge:
            // Members present, then guests: every one of them can be reached and ticked.
            let n = MeetingKeymap.acknowledgements(m).all
            model.cursor = min(max(0, model.cursor + delta), max(0, n - 1))
        case .sharing where m.sharingMode == .open:
            model.cursor = min(max(0, model.cursor + delta), max(0, m.presentOrder.count - 1))
        case .nextMeeting:
            switch m.next.step {
            case .leader:
                // A member leaving is never offered: ↑/↓ pass over them.
                let current = m.next.leaderChoice ?? m.setup.leader
                guard
                    let to = Rotation.step(
                        from: current, by: delta, count: m.attendance.count,
                        leaving: m.setup.leaving)
                else { return [] }
                return [.send(.setNextLeader(to))]
            case .theme:
                let list = model.themeSuggestions
                guard !list.isEmpty, key == .up || key == .down else { return [] }
                let next =
                    model.backlogCursor.map { ($0 + delta + list.count) % list.count }
                    ?? (delta > 0 ? 0 : list.count - 1)
                model.backlogCursor = next
                model.themeInput = list[next]
            case .date, .done:
                let days = (key == .pageUp || key == .pageDown) ? 7 * delta : delta
                // Down goes on in time, as a calendar page is read (↓ later, ↑ earlier).
                return [.send(.setNextDate(m.next.date.adding(days: days)))]
            }
        default:
            break
        }
        return []
    }

    /// Typing in the theme field: letters (`?` and `q` too) and Backspace.
    private static func typeTheme(_ key: Key, model: inout MeetingModel) {
        switch key {
        case .backspace, .delete:
            if !model.themeInput.isEmpty { model.themeInput.removeLast() }
        case .char(let c):
            let clean = TextSafety.sanitize(String(c))
            if !clean.isEmpty, model.themeInput.count < 120 { model.themeInput += clean }
        case .paste(let text):
            model.themeInput += PastedText.oneLine(text, limit: 120 - model.themeInput.count)
        default:
            break
        }
    }

    private static func handleLate(
        _ key: Key, cursor: Int, guestName: String?, model: inout MeetingModel
    ) -> [MeetingCommand] {
        let candidates = model.lateCandidates
        if var typed = guestName {
            switch key {
            case .escape: model.overlay = .late(cursor: cursor, guestName: nil)
            case .enter:
                let index = model.meeting.guests
                let clean = TextSafety.sanitize(typed).trimmingSpaces()
                if !clean.isEmpty { model.guestNames[index] = String(clean.prefix(40)) }
                model.overlay = Self.guestNeedsFrame(model) ? .guestFrame(guest: index) : .none
                return send(.guestArrival, model: &model)
            case .backspace, .delete:
                if !typed.isEmpty { typed.removeLast() }
                model.overlay = .late(cursor: cursor, guestName: typed)
            case .char(let c):
                let clean = TextSafety.sanitize(String(c))
                if typed.count < 40 { typed += clean }
                model.overlay = .late(cursor: cursor, guestName: typed)
            case .paste(let text):
                typed += PastedText.oneLine(text, limit: 40 - typed.count)
                model.overlay = .late(cursor: cursor, guestName: typed)
            default: break
            }
            return []
        }
        switch key {
        case .escape: model.overlay = .none
        case .up: model.overlay = .late(cursor: max(0, cursor - 1), guestName: nil)
        case .down: model.overlay = .late(cursor: min(candidates.count, cursor + 1), guestName: nil)
        case .enter:
            if cursor < candidates.count {
                model.overlay = .none
                return send(.lateArrival(member: candidates[cursor]), model: &model)
            }
            model.overlay = .guestAsk(cursor: cursor)
        default: break
        }
        return []
    }
}

/// A guest meets the frame (DESIGN §1, a guest): shown once to a guest who arrives when the
/// meeting's acknowledged frame is behind it, or in a meeting without one.
extension MeetingController {
    /// The frame is not on screen now and not still ahead in today's agenda.
    static func guestNeedsFrame(_ model: MeetingModel) -> Bool {
        let m = model.meeting
        if m.phase == .opening && m.item.acknowledge { return false }
        return !m.upcoming.contains(where: \.acknowledge)
    }

    static func handleGuestFrame(_ key: Key, guest: Int, model: inout MeetingModel)
        -> [MeetingCommand]
    {
        switch key {
        case .enter:
            model.overlay = .none
            let index = model.meeting.attendance.count + guest
            return model.meeting.acknowledged.contains(index)
                ? [] : [.send(.acknowledge(member: index))]
        case .escape:
            model.overlay = .none
        default: break
        }
        return []
    }
}

/// Process talk (`t`): the reducer is asked whether it would start; if so, the blind-alley
/// cards are offered, one to pick or none.
extension MeetingController {
    /// The cards come first; the talk starts when one (or none) is picked, so Esc on them
    /// leaves the round as it was, its speaker's time running on.
    static func startProcessTalk(model: inout MeetingModel) -> [MeetingCommand] {
        guard model.meeting.canApply(.startProcessTalk) else { return [] }
        model.processCard = nil
        // At a farewell meeting the card on wanting to leave is offered first.
        let s = model.strings
        let farewell = model.meeting.setup.agenda.contains { $0.label == "farewell_round" }
        let leaving = s.blindAlleyCards.firstIndex { $0.title == s[.cardLeavingTitle] }
        model.overlay = .processCards(cursor: farewell ? leaving ?? 0 : 0)
        return []
    }

    static func handleProcessCards(_ key: Key, cursor: Int, model: inout MeetingModel)
        -> [MeetingCommand]
    {
        let count = model.strings.blindAlleyCards.count
        switch key {
        case .up: model.overlay = .processCards(cursor: max(0, cursor - 1))
        case .down: model.overlay = .processCards(cursor: min(count, cursor + 1))
        case .enter:
            model.overlay = .none
            guard model.meeting.canApply(.startProcessTalk) else { return [] }
            model.processCard = cursor < count ? cursor : nil
            return [.send(.startProcessTalk)]
        case .escape:
            model.overlay = .none
        default: break
        }
        return []
    }
}

/// Rules made together (DESIGN §1, rules): on the rules card of a first meeting or an
/// evaluation, `e` opens a small multi-line editor; the text is saved when the meeting finishes.
extension MeetingController {
    static let maxRulesLength = MultiLineEditor.maxLength
    static let maxRulesLines = MultiLineEditor.maxLines

    /// The typing itself is the shared `MultiLineEditor`'s (the group screen uses it too); here
    /// the cursor stays at the end of the text, as the overlay draws it.
    static func handleRulesEditor(_ key: Key, editor: MultiLineEditor, model: inout MeetingModel)
        -> [MeetingCommand]
    {
        var editor = editor
        if key == .escape {
            model.overlay = .none
            if editor.text != model.rules {
                model.rules = editor.text
                model.editedRules = editor.text
            }
            return []
        }
        // Typing, Enter, Backspace/Delete and ←/→/↑/↓/Home/End, as on the group screen.
        editor.handle(key)
        model.overlay = .rulesEditor(editor)
        return []
    }
}

extension MeetingModel {
    /// The rules card is open and the format is one where the group writes its rules together.
    public var rulesEditable: Bool {
        meeting.phase == .opening && meeting.item.label == "rules"
            && [MeetingFormat.first.rawValue, MeetingFormat.evaluation.rawValue].contains(
                meeting.setup.format)
    }
}

extension MeetingModel {
    /// The starter's last meeting, on the next-meeting screen: the follow-up date can be moved.
    public var followUpEditable: Bool {
        meeting.phase == .nextMeeting && meeting.next.step != .theme
            && starterMeetings == meeting.setup.meetingNumber
    }

    /// The follow-up date shown: the group's choice (journaled), else 8 weeks after this meeting.
    public var followUp: LocalDate { meeting.followUpDate }
}
