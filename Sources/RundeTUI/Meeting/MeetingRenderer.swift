import RundeCore

/// Renders the meeting screen as `MeetingView.render` does, but while only the clock moved
/// since the last frame it redraws just the parts that show time (`LivePart`) into that frame,
/// and tells the terminal's diff which rows those are (`Frame.sinceHint`, read by `ScreenDiff`).
///
/// In a turn the screen changes every second and nothing else does; rendering all of it again
/// and comparing all of it, each second, was most of the CPU an idle meeting used
/// (BENCHMARKS.md). The trick is private to this type and the diff: the views render whole
/// frames, and the `Terminal` has one `draw`.
///
/// The state is kept in separate stored properties and changed in place: copying a struct
/// that holds a whole model, every second, went through the runtime's generic copying and
/// cost more than the redraw itself.
public struct MeetingRenderer {
    /// The model of the last full render, its clock moved along with every redraw: equal to
    /// the model being rendered means only the time differs. Nil after an overlay. Boxed, so
    /// its clock is set in place (through an optional struct the model was copied out and back).
    private var key: Key?
    private final class Key {
        var model: MeetingModel
        init(_ model: MeetingModel) { self.model = model }
    }
    private var width = 0
    private var height = 0
    /// The last frame returned.
    private var frame = Frame(width: 0, height: 0)
    /// The frame before `frame`, the same in all but the live parts. Nothing else holds it
    /// by the next second (the terminal's diff has moved on to `frame`), so its live parts are
    /// redrawn in place instead of copying the whole frame every second.
    private var spare: Frame?
    private var live: [LivePart] = []
    /// `Chrome.clockFlags` of the last full render.
    private var flags = 0
    /// The live parts' rows.
    private var liveRows: [Range<Int>] = []
    /// The number of the last frame returned; frames are numbered from a random start so that
    /// two renderers' frames are never taken for each other.
    private var serial = UInt64.random(in: 1...(UInt64.max / 2))

    public init() {}

    /// The frame for `model` at this size; the same cells `MeetingView.render` gives.
    public mutating func render(_ model: MeetingModel, width: Int, height: Int) -> Frame {
        let flags = Chrome.clockFlags(model)
        if model.overlay == .none, width == self.width, height == self.height, flags == self.flags,
            onlyTheClockMoved(model)
        {
            var next = spare ?? frame
            spare = nil  // so `next` is not shared while it is redrawn
            for part in live { part.redraw(&next, model) }
            next.sinceHint = Frame.SinceHint(after: frame.serial, rows: liveRows)
            serial += 1
            next.serial = serial
            spare = frame
            frame = next
            return next
        }
        spare = nil
        frame = MeetingView.render(model, width: width, height: height)
        (self.width, self.height) = (width, height)
        self.flags = flags
        live = frame.liveParts
        frame.liveParts = []
        frame.notesLiveParts = false
        liveRows = live.map { $0.rows(in: frame) }
        serial += 1
        frame.serial = serial
        // An overlay is drawn over everything, live parts included: render those in full.
        key = model.overlay == .none ? Key(model) : nil
        return frame
    }

    /// Whether `model` equals the last full render's but for the clock. Moves the kept model's
    /// clock to `model`'s first, in place, so neither model is copied.
    private mutating func onlyTheClockMoved(_ model: MeetingModel) -> Bool {
        guard let key else { return false }
        key.model.meeting.now = model.meeting.now
        return key.model == model
    }
}
