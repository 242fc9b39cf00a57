import RundeCore

/// Watches a running meeting: told once at the start, then after every key and every tick
/// with the model before and after. Plain mode's reader is one (`PlainMeetingObserver`).
public protocol MeetingObserver: AnyObject {
    func started(_ model: MeetingModel)
    /// `key` is the key that caused the change; nil for a tick.
    func changed(from old: MeetingModel, to new: MeetingModel, key: Key?)
}

/// Plain mode in a meeting: says the narrator's lines on a `PlainTerminal` and echoes what is
/// typed into the theme field or a guest's name, so a screen reader reads it back.
public final class PlainMeetingObserver: MeetingObserver {
    private let terminal: PlainTerminal
    private var narrator = PlainMeetingNarrator()

    public init(terminal: PlainTerminal) {
        self.terminal = terminal
        terminal.mode = .silent
    }

    public func started(_ model: MeetingModel) {
        terminal.say(narrator.start(model, warnings: terminal.warnings))
        terminal.warnings = []
    }

    public func changed(from old: MeetingModel, to new: MeetingModel, key: Key?) {
        if let o = old.typedText, let n = new.typedText { terminal.echoTyping(from: o, to: n) }
        terminal.say(narrator.changed(from: old, to: new, key: key))
    }
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
