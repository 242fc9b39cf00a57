/// The texts around a meeting's start and end on disk: the offer to resume an unfinished
/// meeting, an unreadable journal, and the lines printed when the program leaves a meeting.
public enum SessionText: String, CaseIterable, CatalogKey {
    case sessionResumeTitle, sessionResumeStopped, sessionResumeHint, sessionResumeOld
    case sessionKeyResume, sessionKeySave, sessionKeyQuit, sessionKeySaveOld, sessionKeyResumeOld
    case sessionHelpResume, sessionHelpSave, sessionHelpSaveOld, sessionHelpResumeOld
    case sessionAskTitle, sessionAskSave
    case sessionUnreadableTitle, sessionUnreadableKeys, sessionUnreadableKept, sessionCannotSetAside
    case sessionSavedResumable, sessionInterrupted

    public var texts: (nb: String, en: String) {
        switch self {
        case .sessionResumeTitle: ("Et møte ble ikke avsluttet", "A meeting was not finished")
        case .sessionResumeStopped:
            ("Møte %1, %2, stoppet ved «%3».", "Meeting %1, %2, stopped at “%3”.")
        case .sessionResumeHint:
            (
                "Enter fortsetter møtet der det stoppet. n lagrer det som et uferdig møte og starter et nytt (Runde spør først).",
                "Enter resumes the meeting where it stopped. n saves it as an unfinished meeting and starts a new one (Runde asks first)."
            )
        case .sessionResumeOld:
            (
                "Det er mer enn 12 timer siden. Enter lagrer det som et uferdig møte og starter et nytt; f fortsetter det likevel.",
                "That was more than 12 hours ago. Enter saves it as an unfinished meeting and starts a new one; r resumes it anyway."
            )
        // The offer's keys: each as the footer names it, and as `?` explains it.
        case .sessionKeyResume: ("Enter fortsett møtet", "Enter resume the meeting")
        case .sessionKeySave: ("n lagre som uferdig", "n save as unfinished")
        case .sessionKeyQuit: ("q avslutt", "q quit")
        case .sessionKeySaveOld: ("Enter lagre som uferdig", "Enter save as unfinished")
        case .sessionKeyResumeOld: ("f fortsett likevel", "r resume anyway")
        case .sessionHelpResume:
            (
                "Enter  fortsett møtet der det stoppet, med samme taler og tider",
                "Enter  resume the meeting where it stopped, with the same speaker and times"
            )
        case .sessionHelpSave:
            (
                "n      lagre møtet som uferdig og start et nytt (spør først)",
                "n      save the meeting as unfinished and start a new one (asks first)"
            )
        case .sessionHelpSaveOld:
            (
                "Enter  lagre møtet som uferdig og start et nytt",
                "Enter  save the meeting as unfinished and start a new one"
            )
        case .sessionHelpResumeOld:
            (
                "f      fortsett møtet likevel, der det stoppet",
                "r      resume the meeting anyway, where it stopped"
            )
        case .sessionAskTitle: ("Lagre som uferdig?", "Save as unfinished?")
        case .sessionAskSave:
            (
                "Lagre møte %1 som uferdig og starte et nytt møte? Møte %1 kan da ikke fortsettes.",
                "Save meeting %1 as unfinished and start a new meeting? Meeting %1 cannot be resumed after that."
            )
        case .sessionUnreadableTitle:
            ("Det uferdige møtet kan ikke leses", "The unfinished meeting cannot be read")
        case .sessionUnreadableKeys:
            (
                "n legg fila til side og start nytt møte · q avslutt",
                "n set the file aside and start a new meeting · q quit"
            )
        case .sessionUnreadableKept: ("runde: %1 — fila er beholdt", "runde: %1 — the file is kept")
        case .sessionCannotSetAside:
            ("runde: kan ikke flytte %1 til side", "runde: cannot move %1 aside")
        case .sessionSavedResumable:
            (
                "Møtet er lagret og kan gjenopptas: kjør runde igjen.",
                "The meeting is saved and can be resumed: run runde again."
            )
        case .sessionInterrupted:
            ("Avbrutt. Møtet kan gjenopptas.", "Interrupted. The meeting can be resumed.")
        }
    }
}

extension Catalog {
    /// A session text in this catalog's language.
    public subscript(_ key: SessionText) -> String { text(key) }
    /// A session text with `%1`, `%2`, … replaced.
    public func f(_ key: SessionText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
