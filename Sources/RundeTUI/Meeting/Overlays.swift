import RundeText
import RundeCore

/// Dialogs drawn on top of the meeting: help, quit confirmation, late arrival.
enum Overlays {
    static func panel(_ f: inout Frame, title: String, lines: [(String, StyleRole)], width w: Int) {
        let width = min(f.width - 4, w)
        let height = min(f.height - 2, lines.count + 4)
        let x = (f.width - width) / 2, y = max(1, (f.height - height) / 2)
        f.fill(x: x, y: y, width: width, height: height, with: .blank)
        f.box(x: x, y: y, width: width, height: height, role: .accent)
        f.put(" " + title + " ", x: x + 2, y: y, role: .title, bold: true)
        for (i, (text, role)) in lines.prefix(height - 4).enumerated() {
            f.put(text, x: x + 2, y: y + 2 + i, role: role, bold: role == .selection, reverse: role == .selection,
                  maxWidth: width - 4)
        }
    }

    static func help(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings
        var lines = MeetingHelp.lines.map { (s[$0], StyleRole.normal) }
        lines.append(("", .normal))
        lines.append((s[.helpClose], .muted))
        panel(&f, title: s[.helpTitle], lines: lines, width: 70)
    }

    static func quit(_ f: inout Frame, _ model: MeetingModel) {
        let s = model.strings
        var lines = Wrap.lines(s[.quitBody], width: 50).map { ($0, StyleRole.normal) }
        lines.append(("", .normal))
        lines.append((s[.quitKeys], .accent))
        panel(&f, title: s[.quitTitle], lines: lines, width: 56)
    }

    static func late(_ f: inout Frame, _ model: MeetingModel, cursor: Int, guestName: String?) {
        let s = model.strings
        var lines: [(String, StyleRole)] = []
        let candidates = model.lateCandidates
        if let typed = guestName {
            lines.append((s[.lateGuestPrompt], .accent))
            lines.append(("> " + typed + "▏", .speaker))
            lines.append(("", .normal))
            lines.append((s[.lateGuestNote], .muted))
        } else {
            if candidates.isEmpty { lines.append((s[.lateNobody], .muted)) }
            for (i, m) in candidates.enumerated() {
                let status = model.meeting.attendance[m] == .notifiedAbsent ? s[.notifiedAbsent] : s[.absent]
                lines.append(((i == cursor ? "▸ " : "  ") + model.name(.member(m)) + "  (\(status))",
                              i == cursor ? .selection : .normal))
            }
            lines.append(((cursor == candidates.count ? "▸ " : "  ") + s.f(.guest, model.meeting.guests + 1) + " …",
                          cursor == candidates.count ? .selection : .normal))
            lines.append(("", .normal))
            lines.append((s[.lateHint], .muted))
        }
        panel(&f, title: s[.lateTitle], lines: lines, width: 50)
    }
}

extension Overlays {
    /// The frame card for a guest who arrived after it: read once, then acknowledged (counted).
    static func guestFrame(_ f: inout Frame, _ model: MeetingModel, guest: Int) {
        let s = model.strings
        var lines = s[.cardFrameText].split(separator: "\n").flatMap { Wrap.lines(String($0), width: 60) }
            .map { ($0, StyleRole.normal) }
        lines.append(("", .normal))
        lines.append((s.f(.lifeGuestFrameHint, s.f(.guest, guest + 1)), .accent))
        panel(&f, title: s.f(.lifeGuestFrameTitle, s.f(.guest, guest + 1)), lines: lines, width: 66)
    }
}

extension Overlays {
    /// The blind-alley cards for a process talk: pick one to talk about, or none.
    static func processCards(_ f: inout Frame, _ model: MeetingModel, cursor: Int) {
        let s = model.strings
        var lines: [(String, StyleRole)] = [(s[.lifeCardsIntro], .muted), ("", .normal)]
        for (i, card) in s.blindAlleyCards.enumerated() {
            lines.append(((i == cursor ? "▸ " : "  ") + card.title, i == cursor ? .selection : .normal))
        }
        lines.append(((cursor == s.blindAlleyCards.count ? "▸ " : "  ") + s[.lifeCardsOpen],
                      cursor == s.blindAlleyCards.count ? .selection : .normal))
        lines.append(("", .normal))
        let shown = min(cursor, s.blindAlleyCards.count - 1)
        for line in Wrap.lines(cursor < s.blindAlleyCards.count ? s.blindAlleyCards[shown].question : s[.promptProcessTalk], width: 56) {
            lines.append((line, .accent))
        }
        panel(&f, title: s[.lifeCardsTitle], lines: lines, width: 62)
    }
}

extension Overlays {
    /// The rules card being rewritten: its lines, a cursor at the end.
    static func rulesEditor(_ f: inout Frame, _ model: MeetingModel, text: String) {
        let s = model.strings
        let width = min(f.width - 4, 72)
        var lines: [(String, StyleRole)] = []
        let rows = (text + "▏").split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { Wrap.lines(TextSafety.sanitize(String($0)), width: width - 4).ifEmpty([""]) }
        let room = max(1, f.height - 9)
        for line in rows.suffix(room) { lines.append((line, .speaker)) }
        lines.append(("", .normal))
        lines.append((s[.lifeRulesEditorNote], .muted))
        panel(&f, title: s[.lifeRulesEditorTitle], lines: lines, width: width)
    }
}

extension Array {
    fileprivate func ifEmpty(_ other: [Element]) -> [Element] { isEmpty ? other : self }
}
