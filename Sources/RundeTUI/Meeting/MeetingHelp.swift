import RundeText

/// Every meeting key in one line each, for the man page's KEYS section (`runde _keys`,
/// `Scripts/manpage`). The `?` help on screen comes from `MeetingKeymap`: only the keys that
/// work on that screen, in words.
public enum MeetingHelp {
    public static let lines: [MeetingText] = [
        .helpEnter, .helpUndo, .helpPass, .helpPause, .helpPlusMinus, .helpSpace, .helpLate,
        .helpClosing,
        .helpMode, .helpTalk, .helpSkipPhase, .helpReorder, .helpQuit, .helpEsc, .helpCheckIn,
    ]
}
