import RundeCore

/// Renders the meeting screen as `MeetingView.render` does, but while only the clock moved
/// since the last frame it redraws just the parts that show time (`LivePart`) into that frame.
///
/// In a turn the screen changes every second and nothing else does; rendering all of it again
/// each second was most of the CPU an idle meeting used (BENCHMARKS.md).
public struct MeetingRenderer {
    private struct Cached {
        /// The model with its clock set aside: equal keys mean only the time differs.
        var key: MeetingModel
        var width: Int
        var height: Int
        var frame: Frame
        /// The frame before `frame`, same in all but the live parts. Nothing else holds it
        /// by the next second (the terminal and the loop have moved on to `frame`), so its
        /// live parts are redrawn in place instead of copying the whole frame every second.
        var spare: Frame?
        var live: [LivePart]
        /// The live parts' rows.
        var rows: [Range<Int>]
    }

    private var cached: Cached?

    /// The rows in which the last frame `render` returned may differ from the frame it returned
    /// before: the live parts' rows after a redraw, nil (any row) after a full render. A
    /// terminal then compares only these rows (`Terminal.draw(_:changedRows:)`): the rest of a
    /// frame is not even read, which was most of the memory an idle second touched.
    public private(set) var changedRows: [Range<Int>]?

    public init() {}

    /// The frame for `model` at this size; the same cells `MeetingView.render` gives.
    public mutating func render(_ model: MeetingModel, width: Int, height: Int) -> Frame {
        let key = Self.key(model)
        if model.overlay == .none, var c = cached, c.width == width, c.height == height, c.key == key {
            cached = nil   // so the frame below is not shared with the cache while it is redrawn
            var frame = c.spare ?? c.frame
            c.spare = nil
            for part in c.live { part.redraw(&frame, model) }
            c.spare = c.frame
            c.frame = frame
            changedRows = c.rows
            cached = c
            return frame
        }
        changedRows = nil
        var live: [LivePart] = []
        let frame = MeetingView.render(model, width: width, height: height, live: &live)
        // An overlay is drawn over everything, live parts included: render those in full.
        cached = model.overlay == .none ? Cached(key: key, width: width, height: height, frame: frame, spare: nil, live: live,
                                                         rows: live.map { $0.rows(in: frame) }) : nil
        return frame
    }

    /// The model with `now` replaced by the meeting's start, the one input that changes with
    /// the clock alone.
    static func key(_ model: MeetingModel) -> MeetingModel {
        var k = model
        k.meeting.now = k.meeting.setup.startedAt
        return k
    }
}
