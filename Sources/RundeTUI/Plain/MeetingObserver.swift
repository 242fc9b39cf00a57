import RundeCore

/// Watches a running meeting: told once at the start, then after every key and every tick
/// with the model before and after. (Plain mode is not one: the meeting speaks through the
/// screen contract, `MeetingRuntime.spoken`.)
public protocol MeetingObserver: AnyObject {
    func started(_ model: MeetingModel)
    /// `key` is the key that caused the change; nil for a tick.
    func changed(from old: MeetingModel, to new: MeetingModel, key: Key?)
}

extension MeetingModel {

    /// The text in the field being typed, if any: the theme for next time or a guest's name.
    var typedText: String? {
        if case .late(_, let name?) = overlay { return name }
        if case .rulesEditor(let editor) = overlay { return editor.text }
        if overlay == .none, meeting.phase == .nextMeeting, meeting.next.step == .theme {
            return themeInput
        }
        return nil
    }
}
