import RundeText

/// The lines of the meeting's help (`?`), in the order shown. The man page's KEYS section is
/// generated from the same list (`runde _keys`, `Scripts/manpage`), so the two cannot drift.
public enum MeetingHelp {
    public static let lines: [MeetingText] = [
        .helpEnter, .helpPass, .helpPause, .helpPlusMinus, .helpSpace, .helpLate, .helpClosing,
        .helpMode, .helpTalk, .helpSkipPhase, .helpReorder, .helpQuit, .helpEsc, .helpCheckIn,
    ]
}
