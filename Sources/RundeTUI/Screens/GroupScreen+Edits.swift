import RundeCore
import RundeText

/// The group screen's edits of members and settings. Every new value is checked with
/// `GroupValidation` before it is taken, as `group edit` checks it; a refused value changes
/// nothing and says why, with the allowed range.
extension GroupScreen {
    // MARK: members

    /// The group is closed: a new member comes in when the group has decided so together. Said
    /// in one calm line; `j`/`y` go on to typing the member, Esc changes nothing. Never blocks.
    mutating func askToAdd() {
        askingToAdd = true
        notice = strings[.groupNote]
    }

    mutating func answerAskingToAdd(_ key: Key) {
        switch key {
        case .char("j"), .char("J"), .char("y"), .char("Y"):
            askingToAdd = false
            error = nil
            notice = nil
            mode = .adding("")
        case .escape, .char("n"), .char("N"):
            askingToAdd = false
            error = nil
            notice = strings[.groupNoChange]
        default: break
        }
    }

    mutating func handleAdding(_ key: Key, _ typed: String) {
        error = nil
        notice = nil
        switch key {
        case .escape:
            mode = .browsing
            notice = strings[.screenTypingDiscarded]
        case .enter: addMember(typed)
        case .backspace, .delete: mode = .adding(String(typed.dropLast()))
        case .char(let c):
            if typed.count < GroupValidation.maxLabelLength {
                mode = .adding(typed + TextSafety.sanitize(String(c)))
            }
        case .paste(let text):
            mode = .adding(
                typed
                    + PastedText.oneLine(text, limit: GroupValidation.maxLabelLength - typed.count))
        default: break
        }
    }

    mutating func addMember(_ typed: String) {
        let label = typed.trimmingSpaces()
        let g: GroupFile
        do { g = try GroupEditor.addingMember(label, to: group) } catch {
            self.error = strings.f(.screenRefusedMember, strings.words(error))
            return
        }
        mode = .browsing
        // A name that is also an everyday word is said once, in place of "saved".
        commit(
            g,
            notice: EverydayNames.isEverydayWord(label)
                ? strings.f(.everydayWord, TextSafety.sanitize(label)) : nil)
        cursor = rows.firstIndex(of: .member(group.members.count - 1)) ?? cursor
    }

    mutating func toggleLeaving(_ i: Int) {
        guard group.members.indices.contains(i) else { return }
        var g = group
        let label = g.members[i]
        if let at = g.leaving.firstIndex(of: label) {
            g.leaving.remove(at: at)
        } else {
            g.leaving.append(label)
        }
        commit(g)
    }

    mutating func move(_ i: Int, by delta: Int) {
        let to = i + delta
        guard group.members.indices.contains(i), group.members.indices.contains(to) else { return }
        var g = group
        let leader = g.members[g.nextLeader]
        g.members.swapAt(i, to)
        g.nextLeader = g.members.firstIndex(where: { $0 == leader }) ?? 0
        commit(g)
        cursor = rows.firstIndex(of: .member(to)) ?? cursor
    }

    // MARK: settings

    /// ←/→: one step less or more. Past the end of the range the value stops at the end; at
    /// the end it stays and says the range. An optional setting goes to "none" below its
    /// lowest value and comes back at a usual first value.
    mutating func step(_ s: GroupScreenSetting, up: Bool) {
        let r = s.screenRange(in: group)
        let new: Int?
        if let v = s.number(in: group) {
            let next = v + (up ? s.step : -s.step)
            if s.isOptional && !up && v == r.lowerBound {
                new = nil
            } else if !up && v > r.lowerBound {
                new = max(r.lowerBound, next)
            } else if up && v < r.upperBound {
                new = min(r.upperBound, next)
            } else {
                error = strings[up ? .screenAtHighest : .screenAtLowest]
                return
            }
        } else {
            guard up else {
                error = strings[.screenAtLowest]
                return
            }
            new = s.firstValue
        }
        apply(s, new)
    }

    mutating func handleTyping(_ key: Key, _ s: GroupScreenSetting, _ typed: String) {
        error = nil
        notice = nil
        switch key {
        case .escape:
            mode = .browsing
            notice = strings[.screenTypingDiscarded]
        case .enter:
            guard let value = s.parse(typed) else {
                let range = s.rangeText(in: group, strings)
                error =
                    s.screenUnit == .time
                    ? strings.f(.screenNotATime, range) : strings.f(.screenNotANumber, range)
                return
            }
            if apply(s, value) { mode = .browsing }
        case .backspace, .delete: mode = .typing(s, String(typed.dropLast()))
        case .char(let c):
            let clean = TextSafety.sanitize(String(c))
            if typed.count < 8 { mode = .typing(s, typed + clean) }
        case .paste(let text):
            mode = .typing(s, typed + PastedText.oneLine(text, limit: 8 - typed.count))
        default: break
        }
    }

    /// Takes a new value when the group editor (`GroupEditor`, as `group edit` uses it)
    /// accepts it; else says the range and changes nothing. A shorter meeting brings the pause
    /// along inside it.
    @discardableResult
    mutating func apply(_ s: GroupScreenSetting, _ value: Int?) -> Bool {
        do {
            let change = try GroupEditor.set(s, to: .number(value), in: group)
            commit(
                change.group, notice: change.pauseMovedTo.map { strings.f(.screenPauseMoved, $0) })
            return true
        } catch {
            self.error = strings.f(.screenRefused, s.rangeText(in: group, strings))
            return false
        }
    }
}
