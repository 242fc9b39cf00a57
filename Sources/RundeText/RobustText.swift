/// The texts of the robustness and privacy checks (issue 16): the theme preview, refusals for
/// a data folder that cannot be used, and imports that would overwrite an unfinished meeting.
public enum RobustText: String, CaseIterable, CatalogKey {
    case robustThemePreview, robustNoHome, robustDataDirNotFolder
    case robustImportJournal, robustImportBadLogs, robustBackupRemoved, robustBackupKept
    case robustBadGroupHint

    public var texts: (nb: String, en: String) {
        switch self {
        case .robustThemePreview: ("Lagres som: %1", "Will be saved as: %1")
        case .robustNoHome:
            (
                "Finner ingen datamappe: HOME er ikke satt. Velg en mappe med --data-dir MAPPE, eller sett RUNDE_HOME.",
                "No data folder: HOME is not set. Choose a folder with --data-dir FOLDER, or set RUNDE_HOME."
            )
        case .robustDataDirNotFolder:
            (
                "%1 er en fil, ikke en mappe. Velg en mappe med --data-dir MAPPE, eller sett RUNDE_HOME.",
                "%1 is a file, not a folder. Choose a folder with --data-dir FOLDER, or set RUNDE_HOME."
            )
        case .robustImportJournal:
            (
                "Gruppen «%1» har et møte som ikke er avsluttet. Start det med «runde meeting --group %1» og avslutt det (eller avslå å fortsette, så lagres det som uavsluttet), og importer etterpå.",
                "The group \"%1\" has a meeting that is not finished. Start it with \"runde meeting --group %1\" and finish it (or decline to resume, which saves it as unfinished), then import."
            )
        case .robustImportBadLogs:
            (
                "Overleveringsfilen har logger som ikke kan leses, så ingenting er importert: %1",
                "The handover file holds logs that cannot be read, so nothing was imported: %1"
            )
        case .robustBackupRemoved:
            (
                "Den gamle gruppefilen er slettet etter importen (bruk --keep-backup for å beholde den).",
                "The old group file was removed after the import (use --keep-backup to keep it)."
            )
        case .robustBackupKept:
            (
                "Den gamle gruppefilen er tatt vare på her (den inneholder navn; slett den når du ikke trenger den): %1",
                "The old group file is kept here (it holds names; delete it when you no longer need it): %1"
            )
        case .robustBadGroupHint:
            (
                "Rett feilen i filen med et tekstprogram, eller slett gruppen med «runde group delete MAPPENAVN».",
                "Fix the file in a text editor, or remove the group with \"runde group delete FOLDER\"."
            )
        }
    }
}

extension Catalog {
    /// A robustness text in this catalog's language.
    public subscript(_ key: RobustText) -> String { text(key) }
    /// A robustness text with `%1`, `%2`, … replaced.
    public func f(_ key: RobustText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
