import RundeCore

/// A one-argument string template cut at its `%1`, so the text around it can be drawn as it is.
struct Template: Equatable, Sendable {
    var before: String
    var after: String
    /// The display width of `before` and `after` together.
    var width: Int

    init(_ template: String) {
        let parts = template.components(separatedBy: "%1")
        before = parts[0]
        after = parts.dropFirst().joined(separator: "%1")
        width = Frame.textWidth(before) + Frame.textWidth(after)
    }
}

/// The header's texts that do not change with the clock: the title, full and short, and the
/// templates of the clock and of ahead/behind, looked up once per full render.
struct HeaderTitle: Equatable, Sendable {
    var full: String
    var short: String
    var fullWidth: Int
    /// "Meeting time %1", "%1 ahead", "%1 behind".
    var clock: Template
    var onTime: String
    var onTimeWidth: Int
    var ahead: Template
    var behind: Template
    /// The planned seconds of every step after the current one (`futurePlannedSeconds`).
    var futurePlanned: Double
}

/// The parts always on screen: header (meeting clock, ahead/behind), phase strip, banner, footer.
enum Chrome {
    /// The header's title, in full and without the group's name (for narrow windows). It does
    /// not change with the clock, so `LivePart.header` carries it from the full render.
    static func headerTitle(_ model: MeetingModel) -> HeaderTitle {
        let s = model.strings, m = model.meeting
        let number = model.horizon.map { s.f(.meetingOfHorizon, m.setup.meetingNumber, $0) } ?? s.f(.meetingNumber, m.setup.meetingNumber)
        let demo = model.demo ? "DEMO · " : ""
        let full = demo + "\(s[.appName]) · \(model.groupName) · \(number)"
        return HeaderTitle(full: full, short: demo + "\(s[.appName]) · \(number)", fullWidth: Frame.textWidth(full),
                           clock: Template(s[.meetingClock]), onTime: s[.onTime], onTimeWidth: Frame.textWidth(s[.onTime]),
                           ahead: Template(s[.ahead]),
                           behind: Template(s[.behind]), futurePlanned: m.futurePlannedSeconds)
    }

    /// The header row: the title on the left; the meeting clock and ahead/behind on the right.
    static func header(_ f: inout Frame, _ model: MeetingModel, title: HeaderTitle) {
        LivePart.header(title).note(in: &f)
        let m = model.meeting
        let ahead = m.aheadSeconds(future: title.futurePlanned)
        // Written piece by piece, with no string put together and the fixed texts measured
        // once (`HeaderTitle`): this row is drawn every second.
        let onTime = abs(ahead) < 60
        let role: StyleRole = onTime ? .muted : ahead > 0 ? .calm : .warning
        let template = ahead > 0 ? title.ahead : title.behind
        let minutes = onTime ? "" : TimeFormat.minutes(ahead)
        let clock = TimeFormat.long(m.meetingElapsed)
        let separator = " · "
        // The times are ASCII: one cell per byte.
        let statusWidth = onTime ? title.onTimeWidth : template.width + minutes.utf8.count
        let rw = title.clock.width + clock.utf8.count + Frame.textWidth(separator) + statusWidth
        let left = title.fullWidth > f.width - rw - 4 ? title.short : title.full
        f.put(left, x: 1, y: 0, role: .title, bold: true, maxWidth: max(0, f.width - rw - 4))
        var x = f.width - rw - 1
        x += f.put(title.clock.before, x: x, y: 0, role: .accent)
        x += f.put(clock, x: x, y: 0, role: .accent)
        x += f.put(title.clock.after, x: x, y: 0, role: .accent)
        x += f.put(separator, x: x, y: 0, role: .accent)
        if onTime {
            f.put(title.onTime, x: x, y: 0, role: role)
        } else {
            x += f.put(template.before, x: x, y: 0, role: role, bold: true)
            x += f.put(minutes, x: x, y: 0, role: role, bold: true)
            f.put(template.after, x: x, y: 0, role: role, bold: true)
        }
    }

    /// The steps in meeting order: what was entered, then what is to come; the floating
    /// pause after the first sharing (or where it was taken). Each with done/current/todo.
    static func stripSteps(_ model: MeetingModel) -> [(title: String, state: Int)] {
        let m = model.meeting, s = model.strings
        var out: [(String, Int)] = []
        let current = m.phase == .pause || m.phase == .processTalk ? -1 : m.entered.count - 1
        var pausePlaced = false
        func pauseStep() {
            guard m.setup.plan.pauseMinutes > 0, !pausePlaced else { return }
            pausePlaced = true
            out.append((s.phase(.pause), m.phase == .pause ? 1 : (m.pauseTaken != nil ? 0 : 2)))
        }
        for (i, it) in m.entered.enumerated() where it.kind != .summary {
            out.append((s.itemTitle(it, custom: model.customTexts), i == current ? 1 : (i < m.entered.count - 1 || current == -1 ? 0 : 2)))
            if it.kind == .sharing && (m.pauseTaken != nil || m.phase == .pause) && i < m.entered.count - 1 { pauseStep() }
        }
        if m.phase == .pause { pauseStep() }
        if m.phase == .processTalk { out.append((s.phase(.processTalk), 1)) }
        for it in m.upcoming where it.kind != .summary {
            if it.kind == .closingRound || (it.kind == .nextMeeting) { if m.pauseTaken == nil { pauseStep() } }
            out.append((s.itemTitle(it, custom: model.customTexts), 2))
            if it.kind == .sharing && m.pauseTaken == nil { pauseStep() }
        }
        return out
    }

    static func strip(_ f: inout Frame, _ model: MeetingModel) {
        let steps = stripSteps(model)
        func label(_ n: String, short: Bool) -> String {
            return short && n.count > 5 ? String(n.prefix(4)) + "." : n
        }
        for short in [false, true] {
            let labels = steps.map { label($0.title, short: short) }
            let total = labels.reduce(0) { $0 + Frame.textWidth($1) + 1 } + (labels.count - 1) * 2
            if total > f.width - 2 && !short { continue }
            var x = 1
            for (i, step) in steps.enumerated() {
                let current = step.state == 1, done = step.state == 0
                let role: StyleRole = current ? .stripCurrent : (done ? .stripDone : .stripTodo)
                let mark = current ? "▶" : (done ? "✓" : " ")
                x += f.put(mark + labels[i], x: x, y: 1, role: role, bold: current, maxWidth: max(0, f.width - 1 - x))
                if i < steps.count - 1 { x += 2 }
            }
            return
        }
    }

    static func banner(_ f: inout Frame, _ model: MeetingModel) {
        let m = model.meeting, s = model.strings
        let y = f.height - 2
        if let n = model.notice {
            f.fill(x: 0, y: y, width: f.width, height: 1, with: Cell(" ", role: .alert))
            f.put(" ⚠ " + n, x: 0, y: y, role: .alert, bold: true)
        } else if m.pauseSuggested && m.pauseTaken == nil && m.pause == nil
                    && [.opening, .openingRound, .sharing, .closingRound, .processTalk].contains(m.phase) {
            f.fill(x: 0, y: y, width: f.width, height: 1, with: Cell(" ", role: .banner))
            f.put(" " + s.f(.pauseSuggested, m.setup.plan.pauseAtMinute), x: 0, y: y, role: .banner, bold: true)
        } else {
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
        }
    }

    static func footer(_ f: inout Frame, _ model: MeetingModel) {
        let items = FooterKeys.items(model)
        let s = model.strings
        let y = f.height - 1
        func width(_ list: [(String, String)]) -> Int {
            list.reduce(0) { $0 + Frame.textWidth($1.0) + 1 + Frame.textWidth($1.1) } + max(0, list.count - 1) * 3
        }
        // Enter comes first and always stays; then help and quit; then the rest while they fit.
        let enter = Array(items.prefix(1))
        let tail: [(String, String)] = model.overlay == .none && !(model.meeting.phase == .nextMeeting && model.meeting.next.step == .theme)
            ? [("?", s[.keyHelp]), ("q", s[.keyQuit])] : []
        var middle: [(String, String)] = []
        for item in items.dropFirst() where width(enter + middle + [item] + tail) <= f.width - 2 { middle.append(item) }
        var x = 1
        for (i, (key, label)) in (enter + middle + tail).enumerated() {
            if i > 0 { x += f.put(" · ", x: x, y: y, role: .footer) }
            x += f.put(key, x: x, y: y, role: .footerKey, bold: true)
            x += f.put(" " + label, x: x, y: y, role: .footer)
        }
    }
}
