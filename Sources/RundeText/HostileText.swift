/// The texts of hostile and unusual input: logs that cannot be read (worded for a person),
/// data folders that belong to someone else or are symlinks, a full disk at the summary, a
/// handover file that is not a file, and counts said as whole sentences.
public enum HostileText: String, CaseIterable, CatalogKey {
    // A log that cannot be read: what is wrong inside it.
    case hostReadNotAnObject, hostReadShouldBe, hostReadBadDate
    case hostKindWholeNumber, hostKindNumber, hostKindText, hostKindList, hostKindObject,
        hostKindTrueOrFalse
    // `history show 7` when several logs have meeting number 7.
    case hostAmbiguousNumber
    // Folders and files Runde cannot or will not use.
    case hostFolderUnreadable, hostWhySymlink, hostWhyNotRegular
    // The group's theme setting, when the theme it names cannot be used.
    case hostGroupThemeProblem
    // A full disk (or another write failure) at the summary.
    case hostSummaryNotSaved, hostSummaryNotSavedBody, hostSummaryTryAgain, hostSummaryNotSavedHelp
    // Counts, as whole sentences.
    case hostExportedNone, hostExportedOne, hostExportedMany
    case hostImportedNone, hostImportedOne, hostImportedMany, hostUpdated

    public var texts: (nb: String, en: String) {
        switch self {
        case .hostReadNotAnObject:
            (
                "fila inneholder JSON, men ikke en Runde-logg (en logg begynner med «{»)",
                "the file holds JSON, but not a Runde log (a log begins with \"{\")"
            )
        case .hostReadShouldBe: ("%1 skal være %2", "%1 must be %2")
        case .hostReadBadDate: ("%1 er ikke en gyldig dato (%2)", "%1 is not a real date (%2)")
        case .hostKindWholeNumber: ("et helt tall", "a whole number")
        case .hostKindNumber: ("et tall", "a number")
        case .hostKindText: ("tekst i anførselstegn", "text in quotes")
        case .hostKindList: ("en liste i [ ]", "a list in [ ]")
        case .hostKindObject: ("en gruppe felt i { }", "a group of fields in { }")
        case .hostKindTrueOrFalse: ("true eller false", "true or false")
        case .hostAmbiguousNumber:
            (
                "Flere logger har møtenummer %1: %2. Velg én av dem med id-en, for eksempel «runde history show %3».",
                "Several logs have meeting number %1: %2. Choose one of them by its id, for example \"runde history show %3\"."
            )
        case .hostFolderUnreadable:
            (
                "Mappen %1 finnes, men du har ikke tilgang til å lese den (den tilhører kanskje en annen bruker). Be eieren om tilgang, eller velg en annen mappe med --data-dir MAPPE.",
                "The folder %1 exists, but you are not allowed to read it (it may belong to another user). Ask its owner for access, or choose another folder with --data-dir FOLDER."
            )
        case .hostWhySymlink:
            (
                "det er en symbolsk lenke, og Runde følger ikke lenker inne i datamappen (bytt den ut med en vanlig mappe)",
                "it is a symbolic link, and Runde does not follow links inside its data folder (replace it with an ordinary folder)"
            )
        case .hostWhyNotRegular:
            (
                "det er ikke en vanlig fil (men for eksempel et rør eller en enhet)",
                "it is not an ordinary file (but a pipe or a device, say)"
            )
        case .hostGroupThemeProblem:
            (
                "Temaet som er valgt i %1 (settings.theme) kan ikke brukes: %2",
                "The theme chosen in %1 (settings.theme) cannot be used: %2"
            )
        case .hostSummaryNotSaved:
            (
                "Loggen kunne ikke lagres: %1.",
                "The log could not be saved: %1."
            )
        case .hostSummaryNotSavedBody:
            (
                "Møtet er ikke borte: det kan fortsettes neste gang Runde starter. Frigjør plass og trykk Enter for å prøve igjen, eller q for å avslutte.",
                "The meeting is not lost: it can be resumed the next time Runde starts. Free some space and press Enter to try again, or q to quit."
            )
        case .hostSummaryTryAgain: ("prøv å lagre igjen", "try saving again")
        case .hostSummaryNotSavedHelp:
            (
                "Loggen er ikke lagret ennå. Enter prøver å lagre den igjen. q avslutter Runde uten loggen; møtet ligger i journalen og tilbys neste gang Runde starter.",
                "The log is not saved yet. Enter tries to save it again. q leaves Runde without the log; the meeting stays in the journal and is offered the next time Runde starts."
            )
        case .hostExportedNone:
            ("Eksporterte «%1» uten logger til %2.", "Exported “%1” with no logs to %2.")
        case .hostExportedOne:
            ("Eksporterte «%1» med én logg til %2.", "Exported “%1” with one log to %2.")
        case .hostExportedMany:
            ("Eksporterte «%1» med %2 logger til %3.", "Exported “%1” with %2 logs to %3.")
        case .hostImportedNone:
            ("Importerte gruppa «%1» uten logger.", "Imported the group “%1” with no logs.")
        case .hostImportedOne:
            ("Importerte gruppa «%1» med én logg.", "Imported the group “%1” with one log.")
        case .hostImportedMany:
            ("Importerte gruppa «%1» med %2 logger.", "Imported the group “%1” with %2 logs.")
        case .hostUpdated:
            (
                "Oppdaterte gruppa «%1». Logger lagt til: %2. Logger som var her fra før: %3.",
                "Updated the group “%1”. Logs added: %2. Logs already here: %3."
            )
        }
    }
}

extension Catalog {
    /// A text about hostile or unusual input in this catalog's language.
    public subscript(_ key: HostileText) -> String { text(key) }
    /// A text about hostile or unusual input with `%1`, `%2`, … replaced.
    public func f(_ key: HostileText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
