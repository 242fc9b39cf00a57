import RundeCore

/// The parts always on screen: header (meeting clock, ahead/behind), phase strip, banner, footer.
enum Chrome {
    static func header(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings, m = model.meeting
        var left = "\(s[.appName]) · \(model.groupName) · \(s.f(.meetingNumber, m.setup.meetingNumber))"
        if model.demo { left = "DEMO · " + left }
        let ahead = m.aheadSeconds
        let status: String
        let role: StyleRole
        if abs(ahead) < 60 { status = s[.onTime]; role = .muted }
        else if ahead > 0 { status = s.f(.ahead, TimeFormat.minutes(ahead)); role = .calm }
        else { status = s.f(.behind, TimeFormat.minutes(ahead)); role = .warning }
        let clock = s.f(.meetingClock, TimeFormat.long(m.meetingElapsed))
        let right = clock + " · " + status
        let rw = Frame.textWidth(right)
        if Frame.textWidth(left) > f.width - rw - 4 {
            left = (model.demo ? "DEMO · " : "") + "\(s[.appName]) · \(s.f(.meetingNumber, m.setup.meetingNumber))"
        }
        f.put(left, x: 1, y: 0, role: .title, bold: true, maxWidth: max(0, f.width - rw - 4))
        let rx = f.width - rw - 1
        let used = f.put(clock + " · ", x: rx, y: 0, role: .accent)
        f.put(status, x: rx + used, y: 0, role: role, bold: role != .muted)
    }

    /// The phases in meeting order, with the floating pause placed after sharing.
    static func stripPhases(_ m: MeetingState) -> [PhaseKind] {
        var list: [PhaseKind] = [.checkIn]
        for k in m.setup.agenda where k != .summary && k != .checkIn && k != .pause {
            list.append(k)
            if k == .sharing && m.setup.plan.pauseMinutes > 0 { list.append(.pause) }
        }
        return list
    }

    static func strip(_ f: inout Frame, _ model: MeetingModel) {
        let m = model.meeting, s = model.strings
        let phases = stripPhases(m)
        let done = Set(m.segments.map(\.kind))
        func label(_ k: PhaseKind, short: Bool) -> String {
            let n = s.phase(k)
            return short && n.count > 5 ? String(n.prefix(4)) + "." : n
        }
        for short in [false, true] {
            let labels = phases.map { label($0, short: short) }
            let total = labels.reduce(0) { $0 + Frame.textWidth($1) + 1 } + (labels.count - 1) * 2
            if total > f.width - 2 && !short { continue }
            var x = 1
            for (i, k) in phases.enumerated() {
                let current = k == m.phase
                let role: StyleRole = current ? .stripCurrent : (done.contains(k) ? .stripDone : .stripTodo)
                let mark = current ? "▶" : (done.contains(k) ? "✓" : " ")
                x += f.put(mark + labels[i], x: x, y: 1, role: role, bold: current)
                if i < phases.count - 1 { x += 2 }
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
                    && [.opening, .openingRound, .sharing, .closingRound].contains(m.phase) {
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
