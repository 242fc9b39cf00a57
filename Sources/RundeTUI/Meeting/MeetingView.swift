import RundeCore

/// Renders the meeting screen into a frame. Pure: the same model and size give the same frame.
public enum MeetingView {
    public static let minWidth = 60
    public static let minHeight = 16

    /// The rows between the phase bar and the banner.
    static func body(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 3, width: width, height: height - 5)
    }

    public static func render(_ model: MeetingModel, width: Int, height: Int) -> Frame {
        // The footer and the help offer what fits at this size (a card too long to show whole).
        var model = model
        model.screenWidth = width
        model.screenHeight = height
        var f = Frame(width: width, height: height)
        let s = model.strings
        if width < minWidth || height < minHeight {
            let y = max(0, height / 2 - 1)
            f.putCentred(s[.tooSmall], y: y, role: .alert, bold: true)
            f.putCentred(s.f(.tooSmallSize, width, height), y: y + 1, role: .muted)
            return f
        }
        Chrome.header(&f, model, title: Chrome.headerTitle(model))
        Chrome.strip(&f, model)
        f.put(String(repeating: "─", count: width), x: 0, y: 2, role: .muted)
        let body = Self.body(width: width, height: height)
        switch model.meeting.phase {
        case .checkIn: CheckInView.draw(&f, model, body)
        case .opening: OpeningView.draw(&f, model, body)
        case .openingRound, .closingRound, .processTalk: RoundView.draw(&f, model, body)
        case .sharing:
            if model.meeting.sharingMode == .open {
                OpenFloorView.draw(&f, model, body)
            } else {
                RoundView.draw(&f, model, body)
            }
        case .pause: PauseView.draw(&f, model, body)
        case .nextMeeting: NextMeetingView.draw(&f, model, body)
        case .summary: SummaryView.draw(&f, model, body)
        }
        Chrome.banner(&f, model)
        Chrome.footer(&f, model)
        switch model.overlay {
        case .none: break
        case .help: Overlays.help(&f, model)
        case .quitConfirm: Overlays.quit(&f, model)
        case .late(let cursor, let guestName):
            Overlays.late(&f, model, cursor: cursor, guestName: guestName)
        case .guestFrame(let g): Overlays.guestFrame(&f, model, guest: g)
        case .guestAsk: Overlays.guestAsk(&f, model)
        case .processCards(let cursor): Overlays.processCards(&f, model, cursor: cursor)
        case .rulesEditor(let editor): Overlays.rulesEditor(&f, model, editor: editor)
        case .confirm(let c): Overlays.confirm(&f, model, c)
        }
        return f
    }
}

/// A rectangle of the screen.
public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var bottom: Int { y + height }
    public var centreX: Int { x + width / 2 }
}

/// Word wrapping for text blocks.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in para.split(separator: " ") {
                var w = String(word)
                while Frame.textWidth(w) > width {
                    out.append(String(w.prefix(width)))
                    w = String(w.dropFirst(width))
                }
                if line.isEmpty {
                    line = w
                } else if Frame.textWidth(line) + 1 + Frame.textWidth(w) <= width {
                    line += " " + w
                } else {
                    out.append(line)
                    line = w
                }
            }
            out.append(line)
        }
        return out
    }
}
