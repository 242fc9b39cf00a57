import RundeCore
import RundeText

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

/// The header's texts that do not change with the clock: the title, from the full one down to
/// the shortest, and the templates of the clock and of ahead/behind, looked up once per full render.
struct HeaderTitle: Equatable, Sendable {
    /// The title's forms, longest first, each with its width: the group's name and the horizon
    /// go before the text is ever cut ("Meeting 12 of 1…" misled at 60 columns).
    var forms: [Form]
    struct Form: Equatable, Sendable {
        var text: String
        var width: Int
    }
    /// "Meeting time %1", "%1 ahead", "%1 behind".
    var clock: Template
    var onTime: String
    var onTimeWidth: Int
    var ahead: Template
    var behind: Template
    /// The planned seconds of every step after the current one (`futurePlannedSeconds`).
    var futurePlanned: Double
    /// The words the meeting clock is written in ("14 min", "1 t 20 min").
    var clockWords: Catalog
}

/// The parts always on screen: header (meeting clock, ahead/behind), phase strip, banner, footer.
enum Chrome {
    /// The header's title, in full and without the group's name (for narrow windows). It does
    /// not change with the clock, so `LivePart.header` carries it from the full render.
    static func headerTitle(_ model: MeetingModel) -> HeaderTitle {
        let s = model.strings
        let m = model.meeting
        // Past the horizon (no new one decided yet) "Meeting 7 of 6" would mislead: just the number.
        let number =
            model.horizon.flatMap {
                $0 >= m.setup.meetingNumber
                    ? s.f(.meetingOfHorizon, m.setup.meetingNumber, $0) : nil
            }
            ?? s.f(.meetingNumber, m.setup.meetingNumber)
        let bare = s.f(.meetingNumber, m.setup.meetingNumber)
        let demo = model.demo ? "DEMO · " : ""
        let texts = [
            demo + "\(s[.appName]) · \(model.groupName) · \(number)",
            demo + "\(s[.appName]) · \(number)",
            demo + number, demo + bare,
        ]
        return HeaderTitle(
            forms: texts.map { HeaderTitle.Form(text: $0, width: Frame.textWidth($0)) },
            clock: Template(s[.meetingClock]), onTime: s[.onTime],
            onTimeWidth: Frame.textWidth(s[.onTime]),
            ahead: Template(s[.ahead]),
            behind: Template(s[.behind]), futurePlanned: m.futurePlannedSeconds, clockWords: s)
    }

    /// The header row: the title on the left; the meeting clock and ahead/behind on the right.
    static func header(_ f: inout Frame, _ model: MeetingModel, title: HeaderTitle) {
        LivePart.note(.header(title), in: &f)
        let m = model.meeting
        let ahead = m.aheadSeconds(future: title.futurePlanned)
        // Written piece by piece, with no string put together and the fixed texts measured
        // once (`HeaderTitle`): this row is drawn every second.
        let onTime = abs(ahead) < 60
        let role: StyleRole = onTime ? .muted : ahead > 0 ? .calm : .warning
        let template = ahead > 0 ? title.ahead : title.behind
        let minutes = onTime ? "" : TimeFormat.minutes(ahead)
        // On the summary the meeting is over: the clock stands where it ended, as the
        // summary's duration says, instead of counting on.
        let clock = TimeFormat.meetingTime(
            m.phase == .summary ? max(0, m.meetingElapsed - m.elapsedInItem) : m.meetingElapsed,
            title.clockWords)
        let separator = " · "
        // The times are ASCII: one cell per byte.
        let statusWidth = onTime ? title.onTimeWidth : template.width + minutes.utf8.count
        let rw =
            title.clock.width + Frame.textWidth(clock) + Frame.textWidth(separator) + statusWidth
        let room = f.width - rw - 4
        let left = title.forms.first { $0.width <= room }?.text ?? title.forms.last?.text ?? ""
        f.put(left, x: 1, y: 0, role: .title, bold: true, maxWidth: max(0, room))
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

    /// A step on the phase bar: its title and whether it is done, the current one, or to come.
    struct StripStep: Equatable {
        enum State { case done, current, todo }
        var title: String
        var state: State
    }

    /// The steps in meeting order: what was entered (a taken pause where it was taken, with ✓),
    /// then what is to come. A pause not taken yet floats: it is not a step Enter leads to, so
    /// it stands apart at the end (`floatingPause`), and the bar agrees with the footer on what
    /// comes next.
    static func stripSteps(_ model: MeetingModel) -> [StripStep] {
        let m = model.meeting
        let s = model.strings
        var out: [StripStep] = []
        let interrupted = m.phase == .pause || m.phase == .processTalk
        let last = m.entered.count - 1
        let pauseAfter = pauseOrdinal(m)
        for (i, it) in m.entered.enumerated() where it.kind != .summary {
            let state: StripStep.State = i < last ? .done : (interrupted ? .todo : .current)
            out.append(StripStep(title: s.itemTitle(it, custom: model.customTexts), state: state))
            if pauseAfter == i {
                out.append(
                    StripStep(title: s.phase(.pause), state: m.phase == .pause ? .current : .done))
            }
        }
        if m.phase == .processTalk {
            out.append(StripStep(title: s.phase(.processTalk), state: .current))
        }
        for it in m.upcoming where it.kind != .summary {
            out.append(StripStep(title: s.itemTitle(it, custom: model.customTexts), state: .todo))
        }
        return out
    }

    /// The agenda item (its ordinal, an index into `entered`) the pause interrupted, once it began.
    static func pauseOrdinal(_ m: MeetingState) -> Int? {
        if m.phase == .pause && m.pauseTaken == nil {
            return m.interrupted?.ordinal ?? m.itemOrdinal
        }
        guard m.pauseTaken != nil, let p = m.segments.firstIndex(where: { $0.kind == .pause })
        else { return nil }
        return m.segments[..<p].last(where: { $0.ordinal >= 0 })?.ordinal
    }

    /// The pause, while it is still to come (drawn apart at the bar's end).
    static func floatingPause(_ model: MeetingModel) -> String? {
        let m = model.meeting
        guard m.setup.plan.pauseMinutes > 0, m.pauseTaken == nil, m.phase != .pause, !m.isFinished
        else { return nil }
        return model.strings.phase(.pause)
    }

    /// The phase bar: every title in full. When they do not fit, the current step and its
    /// neighbours show (the ones to come first), and ‹ › mark that more lie beyond.
    static func strip(_ f: inout Frame, _ model: MeetingModel) {
        let steps = stripSteps(model)
        guard !steps.isEmpty else { return }
        let labels = steps.map {
            ($0.state == .current ? "▶" : ($0.state == .done ? "✓" : " ")) + $0.title
        }
        let widths = labels.map { Frame.textWidth($0) }
        let pause = floatingPause(model).map { "○" + $0 }
        let pauseWidth = pause.map { Frame.textWidth($0) + 3 } ?? 0
        let room = f.width - 2 - pauseWidth
        let centre =
            steps.firstIndex { $0.state == .current } ?? steps.firstIndex { $0.state == .todo }
            ?? steps.count - 1
        func width(_ r: ClosedRange<Int>) -> Int {
            widths[r].reduce(0, +) + (r.count - 1) * 2 + (r.lowerBound > 0 ? 2 : 0)
                + (r.upperBound < steps.count - 1 ? 2 : 0)
        }
        func grown(from start: ClosedRange<Int>) -> ClosedRange<Int> {
            var window = start
            var grew = true
            while grew {
                grew = false
                if window.upperBound < steps.count - 1,
                    width(window.lowerBound...window.upperBound + 1) <= room
                {
                    window = window.lowerBound...window.upperBound + 1
                    grew = true
                }
                if window.lowerBound > 0, width(window.lowerBound - 1...window.upperBound) <= room {
                    window = window.lowerBound - 1...window.upperBound
                    grew = true
                }
            }
            return window
        }
        var window = grown(from: centre...centre)
        // The pause or a process talk returns to the step it interrupted (the footer's Enter
        // says so): that step stays in view, and the steps to come give way first.
        if steps[centre].state == .current,
            let returnsTo = steps[..<centre].lastIndex(where: { $0.state == .todo }),
            !window.contains(returnsTo), width(returnsTo...centre) <= room
        {
            window = grown(from: returnsTo...centre)
        }
        var x = 1
        if window.lowerBound > 0 { x += f.put("‹ ", x: x, y: 1, role: .muted) }
        for i in window {
            let st = steps[i].state
            let role: StyleRole =
                st == .current ? .stripCurrent : (st == .done ? .stripDone : .stripTodo)
            x += f.put(
                labels[i], x: x, y: 1, role: role, bold: st == .current,
                maxWidth: max(0, room + 1 - x))
            if i < window.upperBound { x += 2 }
        }
        if window.upperBound < steps.count - 1 { x += f.put(" ›", x: x, y: 1, role: .muted) }
        if let pause {
            let px = f.width - 1 - Frame.textWidth(pause)
            f.put("·", x: px - 2, y: 1, role: .muted)
            f.put(pause, x: px, y: 1, role: .stripTodo)
        }
    }

    /// How long a pass stays on the screen ("Kari står over").
    static let passNoticeSeconds = 5.0

    /// The pass to show now, if one happened a moment ago.
    static func passNotice(_ m: MeetingState) -> Participant? {
        guard let p = m.lastPass, m.now - p.at < passNoticeSeconds, !m.isFinished else {
            return nil
        }
        return p.speaker
    }

    /// Past the planned end, in a step before the closing: a quiet line instead of the pause.
    static func plannedEndPassed(_ m: MeetingState) -> Bool {
        m.now >= m.plannedEnd
            && [.opening, .openingRound, .sharing, .processTalk, .pause].contains(m.phase)
    }

    static func banner(_ f: inout Frame, _ model: MeetingModel) {
        let m = model.meeting
        let s = model.strings
        let y = f.height - 2
        if let n = model.notice {
            // Wrapped whole, never cut: a longer notice takes the rows above its own.
            let lines = Wrap.lines("⚠ " + n, width: max(10, f.width - 2)).prefix(max(1, y - 3))
            let top = y - lines.count + 1
            f.fill(x: 0, y: top, width: f.width, height: lines.count, with: Cell(" ", role: .alert))
            for (i, line) in lines.enumerated() {
                f.put(line, x: 1, y: top + i, role: .alert, bold: true, maxWidth: f.width - 2)
            }
        } else if let why = model.hint {
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
            f.put(" " + why + " ", x: 2, y: y, role: .accent, bold: true, maxWidth: f.width - 4)
        } else if let p = passNotice(m) {
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
            f.put(
                " " + s.f(.meetingPassed, model.name(p)) + " ", x: 2, y: y, role: .accent,
                bold: true,
                maxWidth: f.width - 4)
        } else if plannedEndPassed(m) {
            let closing = m.upcoming.contains { $0.kind == .closingRound }
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
            f.put(
                " " + (closing ? s[.plannedEndPassed] : s[.plannedEndPassedNoClosing])
                    + " ", x: 2, y: y,
                role: .normal, maxWidth: f.width - 4)
        } else if m.pauseSuggested && m.pauseTaken == nil && m.pause == nil
            && [.opening, .openingRound, .sharing, .closingRound, .processTalk].contains(m.phase)
        {
            f.fill(x: 0, y: y, width: f.width, height: 1, with: Cell(" ", role: .banner))
            f.put(
                " " + s.f(.pauseSuggested, m.setup.plan.pauseAtMinute), x: 0, y: y, role: .banner,
                bold: true)
        } else if let hint = DemoTour.hint(model) {
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
            f.put(" " + hint + " ", x: 2, y: y, role: .muted, maxWidth: f.width - 4)
        } else {
            f.put(String(repeating: "─", count: f.width), x: 0, y: y, role: .muted)
        }
    }

    /// What on screen changes with the clock besides the live parts: the pass notice going
    /// away, `u` leaving its place by Enter, the planned end passing. `MeetingRenderer`
    /// renders in full when this changes.
    static func clockFlags(_ model: MeetingModel) -> Int {
        let m = model.meeting
        return (passNotice(m) != nil ? 1 : 0) | (FooterKeys.undoIsFresh(m) ? 2 : 0)
            | (plannedEndPassed(m) ? 4 : 0)
    }

    static func footer(_ f: inout Frame, _ model: MeetingModel) {
        let items = FooterKeys.items(model)
        let y = f.height - 1
        func width(_ list: [(String, String)]) -> Int {
            list.reduce(0) { $0 + Frame.textWidth($1.0) + 1 + Frame.textWidth($1.1) } + max(
                0, list.count - 1) * 3
        }
        // Enter comes first and always stays; then help and quit; then the rest while they fit.
        let enter = Array(items.prefix(1))
        let tail: [(String, String)] =
            model.overlay == .none
            ? MeetingKeymap.offered(model).filter { $0.name == "help" || $0.name == "quit" }.map {
                ($0.cap(model), $0.label(model))
            }
            : []
        var middle: [(String, String)] = []
        let pages = model.strings[.capPages]
        for item in items.dropFirst() {
            if width(enter + middle + [item] + tail) <= f.width - 2 {
                middle.append(item)
            }
            // A card's scroll key stays, as its key alone if need be (its border says "more").
            else if item.0 == pages, width(enter + middle + [(pages, "")] + tail) - 1 <= f.width - 2
            {
                middle.append((pages, ""))
            }
        }
        var x = 1
        for (i, (key, label)) in (enter + middle + tail).enumerated() {
            if i > 0 { x += f.put(" · ", x: x, y: y, role: .footer) }
            x += f.put(key, x: x, y: y, role: .footerKey, bold: true)
            if !label.isEmpty { x += f.put(" " + label, x: x, y: y, role: .footer) }
        }
    }
}
