/// The resume screens: a meeting that stopped, an old or unreadable journal, and the exit lines.
public enum ResumeText: String, CaseIterable, CatalogKey {
    case resumeTitle
    case resumeStopped
    case resumeHint
    case resumeOld
    case resumeEnter
    case resumeSaveShort
    case resumeSaveOldShort
    case resumeAnywayShort
    case resumeAnywayLetter
    case helpResume
    case helpSave
    case helpSaveOld
    case helpResumeOld
    case askTitle
    case askSave
    case unreadableTitle
    case unreadableSetAsideShort
    case unreadableKept
    case cannotSetAside
    case savedResumable
    case interrupted
    case resumeAnywayNarrow

    public var texts: (nb: String, en: String) {
        switch self {
        case .resumeTitle: ("Et møte ble ikke avsluttet", "A meeting was not finished")
        case .resumeStopped:
            ("Møte %1, %2, stoppet ved «%3».", "Meeting %1, %2, stopped at “%3”.")
        case .resumeHint:
            (
                "Enter fortsetter møtet der det stoppet. n lagrer det som et uferdig møte og starter et nytt (Runde spør først).",
                "Enter resumes the meeting where it stopped. n saves it as an unfinished meeting and starts a new one (Runde asks first)."
            )
        case .resumeOld:
            (
                "Det er mer enn 12 timer siden. Enter lagrer det som et uferdig møte og starter et nytt; f fortsetter det likevel.",
                "That was more than 12 hours ago. Enter saves it as an unfinished meeting and starts a new one; r resumes it anyway."
            )
        // The offer's keys: each as the footer names it, and as `?` explains it.
        case .resumeEnter: ("fortsett", "resume")
        case .resumeSaveShort: ("lagre som uferdig", "save as unfinished")
        case .resumeSaveOldShort: ("lagre som uferdig", "save as unfinished")
        // The letter that resumes an old meeting anyway, as the footer shows it (f and r both
        // work in either language).
        case .resumeAnywayLetter: ("f", "r")
        case .resumeAnywayShort: ("fortsett likevel", "resume anyway")
        case .helpResume:
            (
                "fortsett møtet der det stoppet, med samme taler og tider",
                "resume the meeting where it stopped, with the same speaker and times"
            )
        case .helpSave:
            (
                "lagre møtet som uferdig og start et nytt (spør først)",
                "save the meeting as unfinished and start a new one (asks first)"
            )
        case .helpSaveOld:
            (
                "lagre møtet som uferdig og start et nytt",
                "save the meeting as unfinished and start a new one"
            )
        case .helpResumeOld:
            (
                "fortsett møtet likevel, der det stoppet",
                "resume the meeting anyway, where it stopped"
            )
        case .askTitle: ("Lagre som uferdig?", "Save as unfinished?")
        case .askSave:
            (
                "Lagre møte %1 som uferdig og starte et nytt møte? Møte %1 kan da ikke fortsettes.",
                "Save meeting %1 as unfinished and start a new meeting? Meeting %1 cannot be resumed after that."
            )
        case .unreadableTitle:
            ("Det uferdige møtet kan ikke leses", "The unfinished meeting cannot be read")
        case .unreadableSetAsideShort:
            ("legg fila til side og start nytt møte", "set the file aside and start a new meeting")
        case .unreadableKept: ("runde: %1 — fila er beholdt", "runde: %1 — the file is kept")
        case .cannotSetAside:
            ("runde: kan ikke flytte %1 til side", "runde: cannot move %1 aside")
        case .savedResumable:
            (
                "Møtet er lagret og kan gjenopptas: kjør runde igjen.",
                "The meeting is saved and can be resumed: run runde again."
            )
        case .interrupted:
            ("Avbrutt. Møtet kan gjenopptas.", "Interrupted. The meeting can be resumed.")
        // The old journal's "resume anyway" in a 60-column footer, where the whole offer must
        // fit one row; `?` says it in full.
        case .resumeAnywayNarrow: ("fortsett", "resume")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: ResumeText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: ResumeText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
