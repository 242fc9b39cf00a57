import RundeCore

/// Turns keys into domain events and screen changes. Pure: no I/O, no clock.
public enum MeetingController {
    /// Handles a key, changing screen state in `model` and returning what the runtime must do.
    public static func handle(_ key: Key, model: inout MeetingModel) -> [MeetingCommand] {
        switch model.overlay {
        case .help:
            if key == .escape || key == .char("?") || key == .enter || key == .char("q") { model.overlay = .none }
            return []
        case .quitConfirm:
            switch key {
            case .char("y"), .char("Y"), .char("j"), .char("J"): return [.quit]
            case .escape, .char("n"), .char("N"), .enter: model.overlay = .none
            default: break
            }
            return []
        case let .late(cursor, guestName):
            return handleLate(key, cursor: cursor, guestName: guestName, model: &model)
        case let .guestFrame(g):
            return handleGuestFrame(key, guest: g, model: &model)
        case let .processCards(cursor):
            return handleProcessCards(key, cursor: cursor, model: &model)
        case let .rulesEditor(text):
            return handleRulesEditor(key, text: text, model: &model)
        case .none:
            break
        }
        let m = model.meeting
        if m.phase == .nextMeeting && m.next.step == .theme {
            return handleThemeInput(key, model: &model)
        }
        switch key {
        case .char("?"), .function(1):
            model.overlay = .help
            return []
        case .char("q"), .char("Q"):
            if m.isFinished { return [.leave] }
            model.overlay = .quitConfirm
            return []
        case .enter:
            return enter(model: &model)
        case .char("t"), .char("T"):
            return startProcessTalk(model: &model)
        case .char(let c) where (c == "f" || c == "F") && model.followUpEditable:
            model.followUpDate = model.followUp.adding(days: c == "f" ? 7 : -7)
            if model.followUpDate! < model.meeting.setup.date.adding(days: 7) { model.followUpDate = model.meeting.setup.date.adding(days: 7) }
            return []
        case .char(let c) where (c == "e" || c == "E") && model.rulesEditable:
            model.overlay = .rulesEditor(text: model.rules)
            return []
        case .char(" ") where m.phase == .opening && m.item.acknowledge:
            // Members present, then guests (roster count + guest number).
            let present = m.attendance.indices.filter { m.attendance[$0] == .present }
                + (0..<m.guests).map { m.attendance.count + $0 }
            guard !present.isEmpty else { return [] }
            let i = present[min(max(0, model.cursor), present.count - 1)]
            return [.send(.acknowledge(member: i))]
        case .char(" "):
            if m.phase == .checkIn {
                let i = min(max(0, model.cursor), max(0, m.attendance.count - 1))
                guard m.attendance.indices.contains(i) else { return [] }
                return [.send(.setAttendance(member: i, m.attendance[i].cycled))]
            }
            return [.send(.toggleHold)]
        case .up, .down, .pageUp, .pageDown:
            return move(key, model: &model)
        case .char("s"), .char("S"):
            if m.phase == .nextMeeting { return [.send(.skipNextLeader)] }
            return [.send(.pass)]
        case .char("p"), .char("P"):
            return [.send(m.phase == .pause ? .endPause : .startPause)]
        case .char("+"), .char("="):
            return [.send(.adjustTurn(minutes: 1))]
        case .char("-"):
            return [.send(.adjustTurn(minutes: -1))]
        case .char("a"), .char("A"):
            guard m.phase != .checkIn, !m.isFinished else { return [] }
            model.overlay = .late(cursor: 0, guestName: nil)
            return []
        case .char("c"), .char("C"):
            return [.send(.goToClosing)]
        case .char("o"), .char("O"):
            guard m.phase == .sharing else { return [] }
            model.cursor = 0
            return [.send(.setSharingMode(m.sharingMode == .round ? .open : .round))]
        case .char("n"), .char("N"):
            return [.send(.skipPhase)]
        case .char(">"):
            // The structure belongs to the group: the next step can wait its turn.
            return [.send(.moveUpcomingPhase(from: 0, to: 1))]
        default:
            return []
        }
    }

    private static func enter(model: inout MeetingModel) -> [MeetingCommand] {
        let m = model.meeting
        switch m.phase {
        case .summary: return [.leave]
        case .sharing where m.sharingMode == .open:
            guard let p = model.floorSelection else { return [.send(.advance)] }
            return [.send(m.turn?.speaker == p ? .endTurn : .giveFloor(p))]
        case .checkIn, .opening:
            model.cursor = 0
            return [.send(.advance)]
        default:
            return [.send(.advance)]
        }
    }

    private static func move(_ key: Key, model: inout MeetingModel) -> [MeetingCommand] {
        let m = model.meeting
        let delta = (key == .up || key == .pageUp) ? -1 : 1
        switch m.phase {
        case .checkIn:
            model.cursor = min(max(0, model.cursor + delta), max(0, m.attendance.count - 1))
        case .opening where m.item.acknowledge:
            let n = m.attendance.filter { $0 == .present }.count
            model.cursor = min(max(0, model.cursor + delta), max(0, n - 1))
        case .sharing where m.sharingMode == .open:
            model.cursor = min(max(0, model.cursor + delta), max(0, m.presentOrder.count - 1))
        case .nextMeeting:
            if m.next.step == .leader {
                let n = m.attendance.count
                guard n > 0 else { return [] }
                let current = m.next.leaderChoice ?? m.setup.leader
                return [.send(.setNextLeader(((current + delta) % n + n) % n))]
            }
            if m.next.step == .date {
                let days = (key == .pageUp || key == .pageDown) ? 7 * delta : delta
                return [.send(.setNextDate(m.next.date.adding(days: -days)))]
            }
        default:
            break
        }
        return []
    }

    private static func handleThemeInput(_ key: Key, model: inout MeetingModel) -> [MeetingCommand] {
        switch key {
        case .enter:
            return [.send(.setTheme(model.themeAsSaved)), .send(.advance)]
        case .backspace, .delete:
            if !model.themeInput.isEmpty { model.themeInput.removeLast() }
        case .escape:
            model.themeInput = ""
            model.backlogCursor = nil
        case .tab:
            let scrubbed = model.themeAsSaved
            model.themeInput = ""
            model.backlogCursor = nil
            return [.send(.proposeTheme(scrubbed))]
        case .up, .down:
            let list = model.themeSuggestions
            guard !list.isEmpty else { return [] }
            let step = key == .up ? -1 : 1
            let next = model.backlogCursor.map { ($0 + step + list.count) % list.count } ?? (step > 0 ? 0 : list.count - 1)
            model.backlogCursor = next
            model.themeInput = list[next]
        case .char(let c):
            let clean = TextSafety.sanitize(String(c))
            if !clean.isEmpty, model.themeInput.count < 120 { model.themeInput += clean }
        case .function(1):
            model.overlay = .help
        default:
            break
        }
        return []
    }

    private static func handleLate(_ key: Key, cursor: Int, guestName: String?, model: inout MeetingModel) -> [MeetingCommand] {
        let candidates = model.lateCandidates
        if var typed = guestName {
            switch key {
            case .escape: model.overlay = .late(cursor: cursor, guestName: nil)
            case .enter:
                let index = model.meeting.guests
                let clean = TextSafety.sanitize(typed).trimmingSpaces()
                if !clean.isEmpty { model.guestNames[index] = String(clean.prefix(40)) }
                model.overlay = Self.guestNeedsFrame(model) ? .guestFrame(guest: index) : .none
                return [.send(.guestArrival)]
            case .backspace, .delete:
                if !typed.isEmpty { typed.removeLast() }
                model.overlay = .late(cursor: cursor, guestName: typed)
            case .char(let c):
                let clean = TextSafety.sanitize(String(c))
                if typed.count < 40 { typed += clean }
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
                return [.send(.lateArrival(member: candidates[cursor]))]
            }
            model.overlay = .late(cursor: cursor, guestName: "")
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

    static func handleGuestFrame(_ key: Key, guest: Int, model: inout MeetingModel) -> [MeetingCommand] {
        switch key {
        case .enter:
            model.overlay = .none
            let index = model.meeting.attendance.count + guest
            return model.meeting.acknowledged.contains(index) ? [] : [.send(.acknowledge(member: index))]
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
    static func startProcessTalk(model: inout MeetingModel) -> [MeetingCommand] {
        var probe = model.meeting
        _ = probe.apply(.startProcessTalk)
        guard probe.phase == .processTalk else { return [] }
        model.processCard = nil
        model.overlay = .processCards(cursor: 0)
        return [.send(.startProcessTalk)]
    }

    static func handleProcessCards(_ key: Key, cursor: Int, model: inout MeetingModel) -> [MeetingCommand] {
        let count = model.strings.blindAlleyCards.count
        switch key {
        case .up: model.overlay = .processCards(cursor: max(0, cursor - 1))
        case .down: model.overlay = .processCards(cursor: min(count, cursor + 1))
        case .enter:
            model.processCard = cursor < count ? cursor : nil
            model.overlay = .none
        case .escape:
            model.processCard = nil
            model.overlay = .none
        default: break
        }
        return []
    }
}

/// Rules made together (DESIGN §1, rules): on the rules card of a first meeting or an
/// evaluation, `e` opens a small multi-line editor; the text is saved when the meeting finishes.
extension MeetingController {
    static let maxRulesLength = 4000
    static let maxRulesLines = 30

    static func handleRulesEditor(_ key: Key, text: String, model: inout MeetingModel) -> [MeetingCommand] {
        var t = text
        switch key {
        case .escape:
            model.overlay = .none
            if t != model.rules {
                model.rules = t
                model.editedRules = t
            }
            return []
        case .enter:
            if t.split(separator: "\n", omittingEmptySubsequences: false).count < maxRulesLines { t += "\n" }
        case .backspace, .delete:
            if !t.isEmpty { t.removeLast() }
        case .char(let c):
            if t.count < maxRulesLength { t += TextSafety.sanitize(String(c)) }
        default: break
        }
        model.overlay = .rulesEditor(text: t)
        return []
    }
}

extension MeetingModel {
    /// The rules card is open and the format is one where the group writes its rules together.
    public var rulesEditable: Bool {
        meeting.phase == .opening && meeting.item.label == "rules"
            && [MeetingFormat.first.rawValue, MeetingFormat.evaluation.rawValue].contains(meeting.setup.format)
    }
}

extension MeetingModel {
    /// The starter's last meeting, on the next-meeting screen: the follow-up date can be moved.
    public var followUpEditable: Bool {
        meeting.phase == .nextMeeting && meeting.next.step != .theme && starterMeetings == meeting.setup.meetingNumber
    }

    /// The follow-up date shown: the group's choice, else 8 weeks after this meeting.
    public var followUp: LocalDate { followUpDate ?? meeting.setup.date.adding(days: GroupLife.followUpDays) }
}
