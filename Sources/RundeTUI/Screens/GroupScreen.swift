import RundeCore
import RundeText

/// The group screen: members in rotation order (add, mark as leaving, move), the rules card
/// and the settings in words. Shown after a group is created and from the welcome menu or the
/// group chooser. Edits use the same checks as `runde group edit` and are saved by the caller;
/// nothing is journaled here (a meeting starts only with "Start møtet nå").
public struct GroupScreen: Equatable, Sendable {
    public var group: GroupFile
    public var cursor: Int
    /// Set while a new member's label is typed.
    public var adding: String?
    public var error: String?
    /// The group changed since it was loaded (the caller saves it).
    public var changed: Bool
    /// `?` (or F1): the keys of this screen in a panel; Esc, `?` or Enter close it.
    public var showingHelp = false
    public let strings: Catalog

    public init(group: GroupFile, lang: Lang) {
        self.group = group; cursor = 0; adding = nil; error = nil; changed = false; strings = Catalog(lang)
    }

    /// What the leader chose on the screen.
    public enum Outcome: Equatable, Sendable { case startMeeting, back, quit, stop(InputEvent) }

    // MARK: editing (pure)

    /// Handles a key; returns an outcome when the screen is done.
    public mutating func handle(_ key: Key) -> Outcome? {
        if var typed = adding {
            switch key {
            case .escape: adding = nil; error = nil
            case .enter: addMember(typed)
            case .backspace, .delete: if !typed.isEmpty { typed.removeLast() }; adding = typed
            case .char(let c): if typed.count < GroupValidation.maxLabelLength { typed += TextSafety.sanitize(String(c)) }; adding = typed
            default: break
            }
            return nil
        }
        if showingHelp {
            if [.escape, .char("?"), .enter, .char("q"), .char("Q"), .function(1)].contains(key) { showingHelp = false }
            return nil
        }
        error = nil
        switch key {
        case .char("?"), .function(1): showingHelp = true
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(group.members.count - 1, cursor + 1)
        case .enter: return .startMeeting
        case .escape: return .back
        case .char("q"), .char("Q"): return .quit
        case .char("a"), .char("A"): adding = ""
        case .char("l"), .char("L"): toggleLeaving()
        case .char("+"): move(by: -1)
        case .char("-"): move(by: 1)
        case .char("h"), .char("H"): step(\.horizon, by: key == .char("h") ? 1 : -1, first: 12)
        case .char("i"), .char("I"): step(\.starterMeetings, by: key == .char("i") ? 1 : -1, first: 3)
        case .char("m"), .char("M"):
            let minutes = group.settings.plan.meetingMinutes + (key == .char("m") ? 15 : -15)
            var plan = group.settings.plan
            plan.meetingMinutes = min(600, max(30, minutes))
            plan.pauseAtMinute = min(plan.pauseAtMinute, plan.meetingMinutes)
            if plan != group.settings.plan { group.settings.plan = plan; changed = true }
        default: break
        }
        return nil
    }

    mutating func addMember(_ typed: String) {
        let label = typed.trimmingSpaces()
        if let p = GroupValidation.membersIssue(group.members + [label]) { error = strings.words(p); return }
        group.members.append(label)
        group.newMemberPending = true
        adding = nil
        cursor = group.members.count - 1
        changed = true
    }

    /// Steps an optional count setting: from none to `first`, then by one; below 1 it is removed.
    mutating func step(_ path: WritableKeyPath<GroupFile, Int?>, by delta: Int, first: Int) {
        let old = group[keyPath: path]
        let new: Int? = old.map { $0 + delta }.flatMap { $0 < 1 ? nil : min(500, $0) } ?? (delta > 0 ? first : nil)
        if new != old { group[keyPath: path] = new; changed = true }
    }

    mutating func toggleLeaving() {
        guard group.members.indices.contains(cursor) else { return }
        let label = group.members[cursor]
        if let i = group.leaving.firstIndex(of: label) { group.leaving.remove(at: i) } else { group.leaving.append(label) }
        changed = true
    }

    mutating func move(by delta: Int) {
        let to = cursor + delta
        guard group.members.indices.contains(cursor), group.members.indices.contains(to) else { return }
        let leader = group.members[group.nextLeader]
        group.members.swapAt(cursor, to)
        group.nextLeader = group.members.firstIndex(where: { $0 == leader }) ?? 0
        cursor = to
        changed = true
    }

    // MARK: drawing

    /// The settings in words, one line each.
    public var settingLines: [String] {
        let s = strings, plan = group.settings.plan, r = group.settings.rhythm
        return [
            s.f(.gsMeetingLength, plan.meetingMinutes),
            s.f(.gsPause, plan.pauseMinutes, plan.pauseAtMinute),
            s.f(.gsTurn, TimeFormatting.minutesSeconds(plan.turnSeconds)),
            s.f(.gsRhythm, r.earlyDays, r.earlyMeetings, r.laterDays),
            group.horizon.map { s.f(.gsHorizon, $0) } ?? s[.gsNoHorizon],
            group.starterMeetings.map { s.f(.gsStarter, $0) } ?? s[.gsNoStarter],
        ]
    }

    public func render(width: Int, height: Int) -> Frame {
        var f = Frame(width: width, height: height)
        let s = strings
        f.put(s.f(.gsTitle, TextSafety.sanitize(group.name)), x: 2, y: 0, role: .title, bold: true, maxWidth: width - 4)
        guard width >= 30, height >= 10 else { return f }
        var y = 2
        f.put(s[.gsMembers], x: 2, y: y, role: .accent, bold: true); y += 1
        let listRows = max(1, min(group.members.count, height - 14))
        let first = max(0, min(cursor - listRows + 1, group.members.count - listRows))
        for i in first..<min(group.members.count, first + listRows) {
            let label = TextSafety.sanitize(group.members[i])
            var note = ""
            if i == group.nextLeader { note = s[.gsLeadsNext] }
            if group.leaving.contains(group.members[i]) { note = s[.gsLeaving] }
            let sel = i == cursor && adding == nil
            f.put((sel ? "▸ " : "  ") + "\(i + 1). " + label, x: 2, y: y, role: sel ? .selection : .normal, bold: sel,
                  reverse: sel, maxWidth: 30)
            f.put(note, x: 34, y: y, role: .muted, maxWidth: width - 36)
            y += 1
        }
        if let typed = adding {
            f.put(s[.gsAddPrompt] + " " + typed + "▏", x: 2, y: y, role: .speaker, bold: true, maxWidth: width - 4)
            y += 1
        }
        y += 1
        f.put(s[.gsSettings], x: 2, y: y, role: .accent, bold: true); y += 1
        for line in settingLines where y < height - 5 {
            f.put(line, x: 4, y: y, maxWidth: width - 6); y += 1
        }
        if y < height - 5 {
            let rule = group.rules.split(separator: "\n").first.map { TextSafety.sanitize(String($0)) } ?? ""
            f.put(s.f(.gsRules, rule), x: 2, y: y + 1, role: .muted, maxWidth: width - 4)
        }
        if let e = error { f.put("⚠ " + e, x: 2, y: height - 4, role: .alert, bold: true, maxWidth: width - 4) }
        if adding == nil { f.put(s[.gsSettingsHint], x: 2, y: height - 3, role: .muted, maxWidth: width - 4) }
        f.put(adding == nil ? s[.gsHint] : s[.gsAddHint], x: 2, y: height - 2, role: .muted, maxWidth: width - 4)
        f.put(s[.gsKeys], x: 1, y: height - 1, role: .footer, maxWidth: width - 2)
        if showingHelp {
            // The same key texts as the hints, one key a line.
            let keys = [s[.gsKeys], s[.gsHint], s[.gsSettingsHint]].flatMap { $0.components(separatedBy: " · ") }
            let lines = keys.map { ($0, StyleRole.normal) } + [("", .normal), (s[.nightHelpFooter], .muted)]
            Overlays.panel(&f, title: s[.nightPromptHelpTitle], lines: lines, width: 60)
        }
        return f
    }

    /// Runs the screen until the leader starts the meeting, goes back or quits. Each change is
    /// handed to `save` at once; a problem it returns is shown and the change is undone.
    public mutating func run(on terminal: Terminal, save: (GroupFile) -> String?) -> Outcome {
        var last: Frame?
        while true {
            let size = terminal.size
            let frame = render(width: size.width, height: size.height)
            if frame != last { terminal.draw(frame); last = frame }
            switch terminal.nextInput(timeoutMs: 1000) {
            case .timeout: continue
            case .resize: last = nil
            case .signal(let n): return .stop(.signal(n))
            case .hangup: return .stop(.hangup)
            case .key(let k):
                let before = group
                if let out = handle(k) { return out }
                if changed {
                    changed = false
                    if let problem = save(group) { group = before; error = problem }
                }
            }
        }
    }
}

/// Minutes and seconds in words-free form ("3:00").
enum TimeFormatting {
    static func minutesSeconds(_ seconds: Int) -> String {
        let s = seconds % 60
        return "\(seconds / 60):" + (s < 10 ? "0" : "") + "\(s)"
    }
}
