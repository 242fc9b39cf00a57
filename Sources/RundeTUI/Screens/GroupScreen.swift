import RundeCore
import RundeText

/// The group screen: one list to walk with ↑/↓ — start the meeting, the members in rotation
/// order (add, mark as leaving, move), every setting with its meaning in words, and the rules
/// card. Shown after a group is created and from the welcome menu or the group chooser, so a
/// leader never needs flags. Edits use the same checks as `runde group edit` and are handed to
/// the caller to save; `u` puts back the last change. Nothing is journaled here.
public struct GroupScreen: Equatable, Sendable {
    public var group: GroupFile
    /// The chosen row of `rows`.
    public var cursor: Int
    public var mode: Mode
    /// A refused value or a failed save: shown until the next key.
    public var error: String?
    /// What the last key did ("Lagret. u angrer."), shown until the next key.
    public var notice: String?
    /// The group changed since the caller last saved it.
    public var changed: Bool
    /// The group before each change made here, newest last: `u` goes back one.
    public var undoStack: [GroupFile]
    /// `?` (or F1): this screen's keys in words; ↑/↓ scroll, Esc, `?` or Enter close it.
    public var showingHelp = false
    /// `a` was pressed: the screen says that a closed group takes a new member when it has
    /// decided so together, and waits for `j`/`y` (go on to typing) or Esc (no change).
    public var askingToAdd = false
    public var helpScroll = 0
    /// Set while the group may not be changed (a meeting of it is unfinished): the reason,
    /// said calmly on the message lines by every key that would change something; nothing is
    /// changed or saved. Looking, help, starting the meeting and leaving still work.
    public var editsRefused: String?
    /// Today, for the date a rules change is kept with.
    public let today: LocalDate
    public let strings: Catalog

    /// What the screen is doing besides showing the list.
    public enum Mode: Equatable, Sendable {
        case browsing
        /// A new member's label is being typed.
        case adding(String)
        /// A setting's new value is being typed.
        case typing(GroupScreenSetting, String)
        /// The rules card is being rewritten.
        case editingRules(MultiLineEditor)
        /// Esc in the rules editor with changes: save, discard, or go back to writing.
        case askingAboutRules(MultiLineEditor)
    }

    /// One line of the list that can be chosen.
    public enum Row: Equatable, Sendable {
        case start
        case member(Int)
        case addMember
        case setting(GroupScreenSetting)
        case rules
    }

    public init(
        group: GroupFile, lang: Lang, today: LocalDate = LocalDate(year: 2000, month: 1, day: 1)
    ) {
        self.group = group
        cursor = 0
        mode = .browsing
        error = nil
        notice = nil
        changed = false
        undoStack = []
        editsRefused = nil
        self.today = today
        strings = Catalog(lang)
    }

    /// What the leader chose on the screen.
    public enum Outcome: Equatable, Sendable {
        case startMeeting, back, quit
        case stop(InputEvent)
    }

    /// The rows of the list, in order.
    public var rows: [Row] {
        [.start] + group.members.indices.map { .member($0) } + [.addMember]
            + GroupSetting.numbers.map { .setting($0) } + [.rules]
    }

    public var selectedRow: Row { rows[min(max(0, cursor), rows.count - 1)] }

    /// The label being typed for a new member, if any.
    public var adding: String? {
        if case .adding(let t) = mode { return t }
        return nil
    }

    // MARK: keys (pure)

    /// Handles a key; returns an outcome when the screen is done.
    public mutating func handle(_ key: Key) -> Outcome? {
        if showingHelp {
            switch key {
            case .up: helpScroll = max(0, helpScroll - 1)
            case .down: helpScroll = min(helpScroll + 1, 60)
            case .escape, .char("?"), .enter, .char("q"), .char("Q"), .function(1):
                showingHelp = false
                helpScroll = 0
            default: break
            }
            return nil
        }
        switch mode {
        case .adding(let typed):
            handleAdding(key, typed)
            return nil
        case .typing(let setting, let typed):
            handleTyping(key, setting, typed)
            return nil
        case .editingRules(let editor):
            handleRulesEditor(key, editor)
            return nil
        case .askingAboutRules(let editor):
            handleRulesQuestion(key, editor)
            return nil
        case .browsing: break
        }
        if askingToAdd {
            answerAskingToAdd(key)
            return nil
        }
        error = nil
        notice = nil
        let row = selectedRow
        if let refusal = editsRefused, Self.wouldChange(key, on: row) {
            notice = refusal
            return nil
        }
        switch key {
        case .char("?"), .function(1):
            showingHelp = true
            helpScroll = 0
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(rows.count - 1, cursor + 1)
        case .home, .pageUp: cursor = 0
        case .end, .pageDown: cursor = rows.count - 1
        case .escape: return .back
        case .char("q"), .char("Q"): return .quit
        case .char("u"), .char("U"): undo()
        case .char("a"), .char("A"):
            cursor = rows.firstIndex(of: .addMember) ?? cursor
            askToAdd()
        case .enter:
            switch row {
            case .start: return .startMeeting
            case .member: break
            case .addMember: askToAdd()
            case .setting(let s): mode = .typing(s, "")
            case .rules: mode = .editingRules(MultiLineEditor(text: group.rules))
            }
        case .char("l"), .char("L"): if case .member(let i) = row { toggleLeaving(i) }
        case .char("+"), .char("-"), .left, .right:
            let up = key == .char("+") || key == .right
            switch row {
            case .member(let i) where key == .char("+") || key == .char("-"):
                move(i, by: up ? -1 : 1)
            case .setting(let s): step(s, up: up)
            default: break
            }
        default: break
        }
        return nil
    }

    /// Why the group is not changed while meeting `number` (nil: a meeting whose journal
    /// cannot be read) is unfinished, in the catalog's language.
    public static func unfinishedText(_ number: Int?, _ s: Catalog) -> String {
        number.map { s.f(.screenUnfinished, $0) } ?? s[.screenUnfinishedUnnumbered]
    }

    /// Whether `key` on `row` starts or makes a change (a new member, moving or marking a
    /// member, a setting, the rules, undo).
    static func wouldChange(_ key: Key, on row: Row) -> Bool {
        switch key {
        case .char("u"), .char("U"), .char("a"), .char("A"): return true
        case .enter:
            switch row {
            case .addMember, .setting, .rules: return true
            case .start, .member: return false
            }
        case .char("l"), .char("L"):
            if case .member = row { return true }
            return false
        case .char("+"), .char("-"):
            switch row {
            case .member, .setting: return true
            default: return false
            }
        case .left, .right:
            if case .setting = row { return true }
            return false
        default: return false
        }
    }

    /// Puts back the group as it was before the last change made on this screen.
    mutating func undo() {
        guard let before = undoStack.popLast() else {
            notice = strings[.screenNothingToUndo]
            return
        }
        group = before
        cursor = min(cursor, rows.count - 1)
        changed = true
        notice = strings[.screenUndone]
    }

    /// Records a change: the old group goes on the undo stack and the caller saves the new one.
    mutating func commit(_ new: GroupFile, notice text: String? = nil) {
        guard new != group else { return }
        undoStack.append(group)
        group = new
        changed = true
        notice = text ?? strings[.screenSaved]
    }
}
