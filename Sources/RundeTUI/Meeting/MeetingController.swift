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
            return [.send(.startProcessTalk)]
        case .char(" ") where m.phase == .opening && m.item.acknowledge:
            let present = m.attendance.indices.filter { m.attendance[$0] == .present }
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
                model.overlay = .none
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
