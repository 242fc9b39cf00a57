import RundeCore
import RundeText

/// The evaluation's decision card (DESIGN §1, the horizon): after the round on the decision,
/// the group chooses to go on with a new horizon, to end the group, or to decide next time.
/// ↑/↓ choose, `+`/`-` change the new horizon, Enter records the choice (`MeetingEvent.decide`,
/// journaled, undoable) and the meeting moves on; `n` leaves it undecided.
enum DecisionCard {
    static let choices: [HorizonDecision.Choice] = [.goOn, .end, .later]

    /// The choice under the cursor.
    static func choice(_ model: MeetingModel) -> HorizonDecision.Choice {
        choices[min(max(0, model.cursor), choices.count - 1)]
    }

    /// What Enter sends on the card: the choice under the cursor (with its horizon).
    static func event(_ model: MeetingModel) -> MeetingEvent {
        let c = choice(model)
        return .decide(c, newHorizon: c == .goOn ? model.decisionHorizon : nil)
    }

    /// ↑/↓ move between the choices; `+`/`-` change the new horizon (on "go on").
    static func move(_ key: Key, model: inout MeetingModel) {
        switch key {
        case .up, .pageUp: model.cursor = max(0, min(model.cursor, choices.count - 1) - 1)
        case .down, .pageDown: model.cursor = min(choices.count - 1, max(0, model.cursor) + 1)
        case .char("+"), .char("="):
            model.decisionHorizon = min(
                MeetingAgreements.horizonRange.upperBound, model.decisionHorizon + 1)
        case .char("-"):
            model.decisionHorizon = max(
                MeetingAgreements.horizonRange.lowerBound, model.decisionHorizon - 1)
        default: break
        }
    }

    /// The text of each choice, "go on" with its horizon.
    static func lines(_ model: MeetingModel) -> [String] {
        let s = model.strings
        return choices.map {
            switch $0 {
            case .goOn: return s.f(.decisionGoOnHorizon, model.decisionHorizon)
            case .end: return s[.decisionEnd]
            case .later: return s[.decisionLater]
            }
        }
    }

    /// The summary's line for a decision taken today, nil when none was.
    static func summaryLine(_ model: MeetingModel) -> String? {
        guard let d = model.meeting.agreements.decision else { return nil }
        let s = model.strings
        let text: String
        switch d {
        case .goOn:
            text = s.f(
                .decisionGoOnHorizon,
                model.meeting.agreements.newHorizon ?? model.decisionHorizon)
        case .end: text = s[.decisionEnd]
        case .later: text = s[.decisionLater]
        }
        return s.f(.summaryDecision, text)
    }

    /// Title and text, as plain mode reads the card.
    static func card(_ model: MeetingModel) -> (title: String, text: String) {
        let s = model.strings
        return (
            s[.decisionTitle],
            ([s[.decisionQuestion], s[.decisionBody]] + lines(model)).joined(separator: "\n")
        )
    }

    static func draw(_ f: inout Frame, _ model: MeetingModel, _ r: Rect) {
        let s = model.strings
        f.putCentred(s[.decisionTitle], y: r.y, role: .title, bold: true)
        let boxW = min(r.width - 4, 64)
        let intro = Wrap.lines(s[.decisionQuestion], width: boxW - 4)
        let options = lines(model)
        let tall = r.height >= 14
        let boxH = min(
            r.height - 2,
            intro.count + options.count + (tall ? 4 : 2) + (tall ? options.count - 1 : 0))
        let x = (f.width - boxW) / 2
        let y = r.y + max(1, (r.height - 2 - boxH) / 2)
        f.box(x: x, y: y, width: boxW, height: boxH, role: .accent)
        var ly = y + 1
        for line in intro where ly < y + boxH - 1 {
            f.put(line, x: x + 2, y: ly, maxWidth: boxW - 4)
            ly += 1
        }
        if tall { ly += 1 }
        let selected = min(max(0, model.cursor), choices.count - 1)
        for (i, text) in options.enumerated() where ly < y + boxH - 1 {
            let sel = i == selected
            if sel {
                f.fill(
                    x: x + 1, y: ly, width: boxW - 2, height: 1,
                    with: Cell(" ", role: .selection, reverse: true))
            }
            let keys = sel && choices[i] == .goOn ? "  −/+" : ""
            f.put(
                (sel ? "▸ " : "  ") + text + keys, x: x + 2, y: ly,
                role: sel ? .selection : .normal, bold: sel, reverse: sel,
                maxWidth: boxW - 4)
            ly += tall ? 2 : 1
        }
        for (i, line) in Wrap.lines(s[.decisionBody], width: r.width - 4).prefix(1).enumerated() {
            f.put(line, x: 2, y: r.bottom - 1 - i, role: .muted, maxWidth: r.width - 4)
        }
    }
}
