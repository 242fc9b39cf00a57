/// Problems worded for a person: files that cannot be read or written, bad values, the terminal.
///
/// One function (`Catalog.problem`) turns an error into these words.
public enum ProblemText: String, CaseIterable, CatalogKey {
    case lockedHere
    case lockedElsewhere
    case fileProblem
    case fileProblemLine
    case fileProblemKey
    case fileProblemLineKey
    case ioFailed
    case opRead
    case opWrite
    case opDelete
    case opCreateFolder
    case opSetPermissions
    case opListFolder
    case opTakeLock
    case opCreateLock
    case opOpenJournal
    case opWriteJournal
    case opRepairJournal
    case whyPermission
    case whyDiskFull
    case whyReadOnly
    case whyNotFound
    case whyNotADirectory
    case whyExists
    case whyIsADirectory
    case whyTooLarge
    case whyIO
    case errFrameItemKey
    case errFrameItemLineKey
    case errKindString
    case errKindWholeNumber
    case errKindDecimal
    case errKindTrueFalse
    case errKindList
    case errKindTable
    case errKindDateOrTime
    case errKindListOfStrings
    case errKindColour
    case errNotText
    case errNotUTF8
    case errTOMLLineSeparator
    case errTOMLBadHeader
    case errTOMLStrayBrace
    case errTOMLArrayInTheme
    case errNotTOML
    case errNotTOMLDetail
    case errMissing
    case errWrongType
    case errOutOfRange
    case errNotAMemberIndex
    case errNotADate
    case errNotATable
    case errNotAList
    case errTooManyEntries
    case errNotALanguage
    case errNotAFormat
    case errNotAStepKind
    case errNotAChoice
    case errControlCharacters
    case errLeavingNotAMember
    case errThemeTooLarge
    case errThemeIsAFolder
    case errThemeCannotRead
    case errThemeNotANameOrPath
    case errThemeNoSuchTheme
    case errThemeNoSuchFile
    case errThemeUnknownKey
    case errThemeUnknownRole
    case errThemeUnknownAttribute
    case errThemeWrongType
    case errThemeBadColor
    case errThemeControlCharacters
    case errThemeEmptyName
    case errThemeNameTooLong
    case errTermStdin
    case errTermStdout
    case errTermNotSet
    case errTermUnknown
    case errTermNoTerminfo
    case errTermNoCursor
    case errTermNewterm
    case errLogUnreadable
    case errLogVersion
    case errJournalUnreadable
    case errJournalVersion
    case errJournalExists
    case errReadEmpty
    case errReadNotJSON
    case errReadCutOff
    case errReadNoHeader
    case errReadNoSchema
    case errReadMissingField
    case errReadWrongType
    case errReadInvalid
    case errReadOutOfRange
    case errReadCannotRead
    case errLogCannotWrite
    case errJournalLineOutOfRange
    case errJournalLineCutOff
    case errJournalLineUnreadable
    case errHandoverNotAPayload
    case errHandoverUnknownContent
    case errHandoverBadLogName
    case errHandoverFolderHoldsOther
    case errHandoverFolderInUse
    case errHandoverMeetingOpen
    case problemOther
    case problemStorageFault
    case readNotAnObject
    case readShouldBe
    case readBadDate
    case kindWholeNumber
    case kindNumber
    case kindText
    case kindList
    case kindObject
    case kindTrueOrFalse
    case ambiguousNumber
    case folderUnreadable
    case whySymlink
    case whyNotRegular
    case groupThemeProblem
    case noHome
    case dataDirNotFolder
    case badGroupHint

    public var texts: (nb: String, en: String) {
        switch self {
        case .lockedHere:
            (
                "møtet til denne gruppa er allerede åpent i prosess %1",
                "this group's meeting is already open in process %1"
            )
        case .lockedElsewhere:
            (
                "møtet til denne gruppa er åpent på maskinen «%1» (prosess %2); hvis det ikke er det, fjern %3",
                "this group's meeting is open on the computer “%1” (process %2); if it is not, remove %3"
            )
        case .fileProblem: ("%1: %2", "%1: %2")
        case .fileProblemLine: ("%1, linje %2: %3", "%1, line %2: %3")
        case .fileProblemKey: ("%1: %2: %3", "%1: %2: %3")
        case .fileProblemLineKey: ("%1, linje %2: %3: %4", "%1, line %2: %3: %4")
        case .ioFailed: ("kan ikke %1 %2: %3", "cannot %1 %2: %3")
        case .opRead: ("lese", "read")
        case .opWrite: ("skrive", "write")
        case .opDelete: ("slette", "delete")
        case .opCreateFolder: ("lage mappa", "create the folder")
        case .opSetPermissions: ("sette tilgangen til", "set the permissions of")
        case .opListFolder: ("lese innholdet i mappa", "list the folder")
        case .opTakeLock: ("ta låsen", "take the lock")
        case .opCreateLock: ("lage låsen", "create the lock")
        case .opOpenJournal: ("åpne møtejournalen", "open the journal")
        case .opWriteJournal: ("skrive møtejournalen", "write the journal")
        case .opRepairJournal: ("reparere møtejournalen", "repair the journal")
        case .whyPermission: ("ingen tilgang", "permission denied")
        case .whyDiskFull: ("disken er full", "the disk is full")
        case .whyReadOnly: ("disken er skrivebeskyttet", "the disk is read-only")
        case .whyNotFound: ("den finnes ikke", "it does not exist")
        case .whyNotADirectory:
            (
                "en del av stien er en fil, ikke en mappe",
                "a part of the path is a file, not a folder"
            )
        case .whyExists: ("den finnes allerede", "it already exists")
        case .whyIsADirectory: ("det er en mappe, ikke en fil", "it is a folder, not a file")
        case .whyTooLarge: ("fila er for stor", "the file is too large")
        case .whyIO:
            ("disken meldte en lese- eller skrivefeil", "the disk reported an input/output error")

        case .errFrameItemKey: ("%1: %2 (nr. %3): %4", "%1: %2 (entry %3): %4")
        case .errFrameItemLineKey:
            ("%1, linje %2: %3 (nr. %4): %5", "%1, line %2: %3 (entry %4): %5")
        case .errKindString: ("tekst i anførselstegn", "text in quotes")
        case .errKindWholeNumber: ("et helt tall", "a whole number")
        case .errKindDecimal: ("et desimaltall", "a decimal number")
        case .errKindTrueFalse: ("true eller false", "true or false")
        case .errKindList: ("en liste", "a list")
        case .errKindTable: ("en tabell", "a table")
        case .errKindDateOrTime: ("en dato eller et klokkeslett", "a date or time")
        case .errKindListOfStrings:
            ("en liste med tekster, som [\"A\", \"B\"]", "a list of strings, like [\"A\", \"B\"]")
        case .errKindColour:
            ("en farge i anførselstegn eller et tall", "a colour in quotes or a number")
        case .errNotText:
            (
                "ikke en tekstfil (den inneholder NUL-tegn)",
                "not a text file (it contains NUL bytes)"
            )
        case .errNotUTF8: ("ikke UTF-8-tekst", "not UTF-8 text")
        case .errTOMLLineSeparator:
            (
                "ikke gyldig TOML: et Unicode-linjeskift står utenfor en tekst i anførselstegn",
                "not valid TOML: a Unicode line separator stands outside a string"
            )
        case .errTOMLBadHeader:
            (
                "ikke gyldig TOML: en tabelloverskrift skal se ut som %1",
                "not valid TOML: a table header must look like %1"
            )
        case .errTOMLStrayBrace:
            (
                "ikke gyldig TOML: en liste har en «}» som ikke hører til",
                "not valid TOML: an array holds a stray '}'"
            )
        case .errTOMLArrayInTheme:
            (
                "ikke gyldig TOML: lister ([...]) brukes ikke i temafiler",
                "not valid TOML: arrays ([...]) are not used in theme files"
            )
        case .errNotTOML: ("ikke gyldig TOML", "not valid TOML")
        case .errNotTOMLDetail:
            (
                "ikke gyldig TOML; se etter et manglende anførselstegn, likhetstegn eller en klamme (TOML-leseren sier på engelsk: %1)",
                "not valid TOML; look for a missing quote, equals sign or bracket (the TOML reader says: %1)"
            )
        case .errMissing: ("mangler", "is missing")
        case .errWrongType: ("må være %1, ikke %2", "must be %1, not %2")
        case .errOutOfRange:
            ("må være mellom %1 og %2, ikke %3", "must be between %1 and %2, not %3")
        case .errNotAMemberIndex:
            (
                "må være et nummer i members (0 til %1), ikke %2",
                "must be an index into members (0 to %1), not %2"
            )
        case .errNotADate:
            ("må være en dato skrevet «ÅÅÅÅ-MM-DD»", "must be a date written \"YYYY-MM-DD\"")
        case .errNotATable: ("må være en tabell (%1)", "must be a table (%1)")
        case .errNotAList: ("må være en liste med %1-tabeller", "must be a list of %1 tables")
        case .errTooManyEntries: ("har flere enn %1 oppføringer", "has more than %1 entries")
        case .errNotALanguage:
            (
                "må være «nb», «en» eller tom (følger LANG)",
                "must be \"nb\", \"en\" or empty (follows LANG)"
            )
        case .errNotAFormat:
            (
                "må være «first», «second», «regular», «custom» eller tom (velges ut fra hvor mange møter som er holdt)",
                "must be \"first\", \"second\", \"regular\", \"custom\" or empty (chosen by how many meetings were held)"
            )
        case .errNotAStepKind:
            (
                "må være card, round, sharing, closing_round eller next_meeting",
                "must be card, round, sharing, closing_round or next_meeting"
            )
        case .errNotAChoice:
            ("må være «go_on», «end» eller «later»", "must be \"go_on\", \"end\" or \"later\"")
        case .errControlCharacters: ("inneholder kontrolltegn", "contains control characters")
        case .errLeavingNotAMember:
            ("nevner noen som ikke står i members", "names someone who is not in members")
        case .errThemeTooLarge:
            ("større enn %1 KiB; ikke en temafil", "larger than %1 KiB; not a theme file")
        case .errThemeIsAFolder: ("er en mappe, ikke en temafil", "is a folder, not a theme file")
        case .errThemeCannotRead: ("kan ikke leses", "cannot be read")
        case .errThemeNotANameOrPath:
            (
                "verken et temanavn eller en sti til en temafil",
                "not a theme name or a theme file path"
            )
        case .errThemeNoSuchTheme:
            ("det finnes ikke noe tema med det navnet; temaene er: %1", "no such theme; themes: %1")
        case .errThemeNoSuchFile: ("fila finnes ikke", "no such file")
        case .errThemeUnknownKey:
            ("ukjent nøkkel «%1»; en temafil har %2", "unknown key \"%1\"; a theme file has %2")
        case .errThemeUnknownRole:
            ("ukjent rolle «%1»; rollene er %2", "unknown role \"%1\"; roles are %2")
        case .errThemeUnknownAttribute:
            (
                "ukjent egenskap «%1» i roles.%2; egenskapene er %3",
                "unknown attribute \"%1\" in roles.%2; attributes are %3"
            )
        case .errThemeWrongType: ("%1 må være %2, ikke %3", "%1 must be %2, not %3")
        case .errThemeBadColor:
            (
                "ugyldig farge «%1» for %2; bruk default, et fargenavn, bright-<navn>, 0–255 eller «#rrggbb»",
                "bad colour \"%1\" for %2; use default, a colour name, bright-<name>, 0–255 or \"#rrggbb\""
            )
        case .errThemeControlCharacters:
            ("%1 kan ikke inneholde kontrolltegn", "%1 must not contain control characters")
        case .errThemeEmptyName: ("name kan ikke være tomt", "name must not be empty")
        case .errThemeNameTooLong:
            ("name er lengre enn %1 tegn", "name is longer than %1 characters")
        case .errTermStdin:
            (
                "standard inn er ikke en terminal; start runde i et terminalvindu (eller bruk --plain eller kommandoene for skript)",
                "standard input is not a terminal; run runde in a terminal window (or use --plain / the scriptable commands)"
            )
        case .errTermStdout:
            (
                "standard ut er ikke en terminal; start runde i et terminalvindu (eller bruk --plain eller kommandoene for skript)",
                "standard output is not a terminal; run runde in a terminal window (or use --plain / the scriptable commands)"
            )
        case .errTermNotSet:
            (
                "miljøvariabelen TERM er ikke satt, så terminaltypen er ukjent; sett den, for eksempel TERM=xterm-256color",
                "the TERM environment variable is not set, so the terminal type is unknown; set it, for example TERM=xterm-256color"
            )
        case .errTermUnknown:
            (
                "terminaltypen TERM=%1 er ukjent for terminfo; installer beskrivelsen (ncurses-term) eller sett TERM=xterm-256color",
                "the terminal type TERM=%1 is unknown to terminfo; install its description (ncurses-term) or set TERM=xterm-256color"
            )
        case .errTermNoTerminfo:
            (
                "fant ingen terminfo-database for TERM=%1; installer ncurses-base eller sett TERMINFO",
                "no terminfo database was found for TERM=%1; install ncurses-base or set TERMINFO"
            )
        case .errTermNoCursor:
            (
                "terminalen TERM=%1 kan ikke flytte markøren, så fullskjermvisningen er umulig; bruk en terminal som xterm-256color, eller --plain",
                "the terminal TERM=%1 cannot move the cursor, so a full-screen view is impossible; use a terminal such as xterm-256color, or --plain"
            )
        case .errTermNewterm:
            (
                "kunne ikke starte fullskjermvisningen på TERM=%1 (ncurses newterm feilet)",
                "could not start the full-screen view on TERM=%1 (ncurses newterm failed)"
            )
        case .errLogUnreadable:
            ("%1: ikke en Runde-logg som kan leses (%2)", "%1: not a readable Runde log (%2)")
        case .errLogVersion:
            (
                "%1: loggformatet «%2» er fra en nyere eller ukjent versjon av Runde",
                "%1: log schema \"%2\" is from a newer or unknown version of Runde"
            )
        case .errJournalUnreadable:
            ("%1: ikke en Runde-journal (%2)", "%1: not a Runde journal (%2)")
        case .errJournalVersion:
            (
                "%1: journalversjon «%2» er fra en nyere eller ukjent versjon av Runde",
                "%1: journal version \"%2\" is from a newer or unknown version of Runde"
            )
        case .errJournalExists:
            (
                "%1: et uferdig møte er allerede journalført her; fortsett eller avslutt det først",
                "%1: an unfinished meeting is already journaled here; resume or close it first"
            )
        case .errReadEmpty: ("fila er tom", "the file is empty")
        case .errReadNotJSON: ("ikke gyldig JSON", "not valid JSON")
        case .errReadCutOff: ("første linje er kuttet av", "the header was cut off")
        case .errReadNoHeader: ("ingen topplinje", "no header line")
        case .errReadNoSchema: ("feltet schema mangler", "no schema field")
        case .errReadMissingField: ("feltet %1 mangler", "missing field %1")
        case .errReadWrongType: ("feil type i %1", "wrong type at %1")
        case .errReadInvalid: ("innholdet kan ikke leses", "the content cannot be read")
        case .errReadOutOfRange: ("%1 er utenfor det tillatte (%2)", "%1 is out of range (%2)")
        case .errReadCannotRead: ("fila kan ikke leses", "the file cannot be read")
        case .errLogCannotWrite: ("kan ikke skrive loggen: %1", "cannot write the log: %1")
        case .errJournalLineOutOfRange:
            (
                "%1: linje %2 har en verdi utenfor det tillatte og hoppes over",
                "%1: line %2 holds a value out of range and is skipped"
            )
        case .errJournalLineCutOff:
            (
                "%1: linje %2 ble kuttet av (programmet stoppet mens den ble skrevet) og tas ikke med",
                "%1: line %2 was cut off (the program stopped while writing it) and is ignored"
            )
        case .errJournalLineUnreadable:
            (
                "%1: linje %2 er ikke en hendelse som kan leses, og hoppes over",
                "%1: line %2 is not a readable event and is skipped"
            )
        case .errHandoverNotAPayload:
            ("det dekrypterte innholdet er ikke en gruppe med logger", "not a handover payload")
        case .errHandoverUnknownContent:
            ("innholdet er fra en nyere eller ukjent versjon av Runde", "unknown content version")
        case .errHandoverBadLogName: ("en logg har et ugyldig navn", "a log has a bad name")
        case .errHandoverFolderHoldsOther:
            (
                "mappa %1 har allerede en annen gruppe, «%2»",
                "the folder %1 already holds another group, \"%2\""
            )
        case .errHandoverFolderInUse:
            ("mappa %1 er allerede i bruk", "the folder %1 is already in use")
        case .errHandoverMeetingOpen:
            ("%1; avslutt det møtet før du importerer", "%1; close that meeting before importing")
        case .problemOther:
            ("systemet meldte feil nummer %1", "the system reported error number %1")
        case .problemStorageFault:
            ("%1 (kunne ikke %2 %3)", "%1 (could not %2 %3)")
        case .readNotAnObject:
            (
                "fila inneholder JSON, men ikke en Runde-logg (en logg begynner med «{»)",
                "the file holds JSON, but not a Runde log (a log begins with \"{\")"
            )
        case .readShouldBe: ("%1 skal være %2", "%1 must be %2")
        case .readBadDate: ("%1 er ikke en gyldig dato (%2)", "%1 is not a real date (%2)")
        case .kindWholeNumber: ("et helt tall", "a whole number")
        case .kindNumber: ("et tall", "a number")
        case .kindText: ("tekst i anførselstegn", "text in quotes")
        case .kindList: ("en liste i [ ]", "a list in [ ]")
        case .kindObject: ("en gruppe felt i { }", "a group of fields in { }")
        case .kindTrueOrFalse: ("true eller false", "true or false")
        case .ambiguousNumber:
            (
                "Flere logger har møtenummer %1: %2. Velg én av dem med id-en, for eksempel «runde history show %3».",
                "Several logs have meeting number %1: %2. Choose one of them by its id, for example \"runde history show %3\"."
            )
        case .folderUnreadable:
            (
                "Mappen %1 finnes, men du har ikke tilgang til å lese den (den tilhører kanskje en annen bruker). Be eieren om tilgang, eller velg en annen mappe med --data-dir MAPPE.",
                "The folder %1 exists, but you are not allowed to read it (it may belong to another user). Ask its owner for access, or choose another folder with --data-dir FOLDER."
            )
        case .whySymlink:
            (
                "det er en symbolsk lenke, og Runde følger ikke lenker inne i datamappen (bytt den ut med en vanlig mappe)",
                "it is a symbolic link, and Runde does not follow links inside its data folder (replace it with an ordinary folder)"
            )
        case .whyNotRegular:
            (
                "det er ikke en vanlig fil (men for eksempel et rør eller en enhet)",
                "it is not an ordinary file (but a pipe or a device, say)"
            )
        case .groupThemeProblem:
            (
                "Temaet som er valgt i %1 (settings.theme) kan ikke brukes: %2",
                "The theme chosen in %1 (settings.theme) cannot be used: %2"
            )
        case .noHome:
            (
                "Finner ingen datamappe: HOME er ikke satt. Velg en mappe med --data-dir MAPPE, eller sett RUNDE_HOME.",
                "No data folder: HOME is not set. Choose a folder with --data-dir FOLDER, or set RUNDE_HOME."
            )
        case .dataDirNotFolder:
            (
                "%1 er en fil, ikke en mappe. Velg en mappe med --data-dir MAPPE, eller sett RUNDE_HOME.",
                "%1 is a file, not a folder. Choose a folder with --data-dir FOLDER, or set RUNDE_HOME."
            )
        case .badGroupHint:
            (
                "Rett feilen i filen med et tekstprogram, eller slett gruppen med «runde group delete MAPPENAVN».",
                "Fix the file in a text editor, or remove the group with \"runde group delete FOLDER\"."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: ProblemText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: ProblemText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
