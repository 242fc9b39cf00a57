import RundeCore

/// A part of the meeting screen that changes with the clock alone: `MeetingRenderer` redraws
/// just these, in place, while nothing else in the model changed. Private to the renderer and
/// the terminal's diff: the views draw whole frames and pass nothing along for it. The three
/// drawings that show time (`Chrome.header`, `SpeakerBlock.drawClock`, `PauseView.draw`) note
/// themselves on the frame they draw into (`note`); the renderer reads the notes after a full
/// render.
///
/// A part owns its rectangle: `redraw` blanks it and draws it again, so nothing else may be
/// drawn inside it (MeetingRendererTests holds the renderer to the full render, frame for frame).
enum LivePart: Equatable, Sendable {
    /// The header row: the meeting clock and ahead/behind (the title shortens to fit them).
    case header(HeaderTitle)
    /// A running turn's block-digit timer with its status line in the rectangle's last row.
    case turnClock(Rect, SpeakerBlock.StatusTexts)
    /// The pause: the countdown, and its title, which changes when the pause is over.
    case pause(Rect)

    func rect(in f: Frame) -> Rect {
        switch self {
        case .header: return Rect(x: 0, y: 0, width: f.width, height: 1)
        case .turnClock(let r, _):
            // The digits and the status line below them, not the room left under them: the
            // rows blanked, redrawn and compared every second.
            let used = BigText.rowsAtMost(maxHeight: r.height - 1, frameHeight: f.height) + 1
            return Rect(x: r.x, y: r.y, width: r.width, height: min(r.height, used))
        case .pause(let r): return r
        }
    }

    /// The rows the part covers, clipped to the frame.
    func rows(in f: Frame) -> Range<Int> {
        let r = rect(in: f)
        return max(0, min(f.height, r.y))..<max(0, min(f.height, r.y + r.height))
    }

    /// Blanks the part's rectangle and draws the part for `model`'s time.
    func redraw(_ f: inout Frame, _ model: MeetingModel) {
        blank(&f)
        draw(&f, model)
    }

    /// Blanks the part's rectangle (as a full render leaves it before the part is drawn).
    func blank(_ f: inout Frame) {
        let r = rect(in: f)
        f.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: .blank)
    }

    private func draw(_ f: inout Frame, _ model: MeetingModel) {
        switch self {
        case .header(let title): Chrome.header(&f, model, title: title)
        case .turnClock(let r, let texts): SpeakerBlock.drawClock(&f, model, in: r, texts: texts)
        case .pause(let r): PauseView.draw(&f, model, r)
        }
    }

    /// Notes the part on the frame being drawn (once; not while the renderer redraws it, and
    /// then the part is not even made: this runs every second).
    static func note(_ part: @autoclosure () -> LivePart, in f: inout Frame) {
        if f.notesLiveParts { f.liveParts.append(part()) }
    }
}
