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
        var live: [LivePart]
    }

    private var cached: Cached?

    public init() {}

    /// The frame for `model` at this size; the same cells `MeetingView.render` gives.
    public mutating func render(_ model: MeetingModel, width: Int, height: Int) -> Frame {
        let key = Self.key(model)
        if model.overlay == .none, var c = cached, c.width == width, c.height == height, c.key == key {
            cached = nil   // so the frame below is not shared with the cache while it is redrawn
            for part in c.live { part.redraw(&c.frame, model) }
            cached = c
            return c.frame
        }
        var live: [LivePart] = []
        let frame = MeetingView.render(model, width: width, height: height, live: &live)
        // An overlay is drawn over everything, live parts included: render those in full.
        cached = model.overlay == .none ? Cached(key: key, width: width, height: height, frame: frame, live: live) : nil
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
