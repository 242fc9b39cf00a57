/// The texts around a meeting's start and end on disk: the offer to resume an unfinished
/// meeting, an unreadable journal, and the lines printed when the program leaves a meeting.
public enum SessionText: String, CaseIterable, CatalogKey {
    case sessionResumeTitle, sessionResumeStopped, sessionResumeHint, sessionResumeOld
    case sessionResumeKeys, sessionResumeKeysOld
    case sessionUnreadableTitle, sessionUnreadableKeys, sessionUnreadableKept, sessionCannotSetAside
    case sessionSavedResumable, sessionInterrupted

    public var texts: (nb: String, en: String) {
        switch self {
        case .sessionResumeTitle: ("Et møte ble ikke avsluttet", "A meeting was not finished")
        case .sessionResumeStopped: ("Møte %1, %2, stoppet ved «%3».", "Meeting %1, %2, stopped at “%3”.")
        case .sessionResumeHint:
            ("Enter fortsetter møtet der det stoppet. n lagrer det som et uferdig møte og starter et nytt.",
             "Enter resumes the meeting where it stopped. n saves it as an unfinished meeting and starts a new one.")
        case .sessionResumeOld:
            ("Det er mer enn 12 timer siden. Enter lagrer det som et uferdig møte og starter et nytt; f fortsetter det likevel.",
             "That was more than 12 hours ago. Enter saves it as an unfinished meeting and starts a new one; r resumes it anyway.")
        case .sessionResumeKeys:
            ("Enter fortsett møtet · n lagre som uferdig · q avslutt",
             "Enter resume the meeting · n save as unfinished · q quit")
        case .sessionResumeKeysOld:
            ("Enter lagre som uferdig · f fortsett likevel · q avslutt",
             "Enter save as unfinished · r resume anyway · q quit")
        case .sessionUnreadableTitle: ("Det uferdige møtet kan ikke leses", "The unfinished meeting cannot be read")
        case .sessionUnreadableKeys:
            ("n legg fila til side og start nytt møte · q avslutt",
             "n set the file aside and start a new meeting · q quit")
        case .sessionUnreadableKept: ("runde: %1 — fila er beholdt", "runde: %1 — the file is kept")
        case .sessionCannotSetAside: ("runde: kan ikke flytte %1 til side", "runde: cannot move %1 aside")
        case .sessionSavedResumable:
            ("Møtet er lagret og kan gjenopptas: kjør runde igjen.",
             "The meeting is saved and can be resumed: run runde again.")
        case .sessionInterrupted: ("Avbrutt. Møtet kan gjenopptas.", "Interrupted. The meeting can be resumed.")
        }
    }
}

extension Catalog {
    /// A session text in this catalog's language.
    public subscript(_ key: SessionText) -> String { text(key) }
    /// A session text with `%1`, `%2`, … replaced.
    public func f(_ key: SessionText, _ args: CustomStringConvertible...) -> String { format(key, args) }
}
