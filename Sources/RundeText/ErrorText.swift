/// The texts of what can go wrong with a file or the terminal: a group file's problems (after
/// the file, line and key), a theme file's problems, and why the full-screen view could not
/// start. Each is a whole clause; the frame around it ("FILE, line N: KEY: …") is a text too.
/// Also the demo's own quit words: a rehearsal saves nothing, so it cannot be resumed.
public enum ErrorText: String, CaseIterable, CatalogKey {
    // The frame, when the problem is in one entry of a list (a member, an [[agenda]] step).
    case errFrameItemKey, errFrameItemLineKey
    // What a TOML value is, as "must be A, not B" names it.
    case errKindString, errKindWholeNumber, errKindDecimal, errKindTrueFalse, errKindList,
        errKindTable
    case errKindDateOrTime, errKindListOfStrings, errKindColour
    // A group file's problems.
    case errNotText, errNotUTF8, errTOMLLineSeparator, errTOMLBadHeader, errTOMLStrayBrace,
        errTOMLArrayInTheme
    case errNotTOML, errNotTOMLDetail, errMissing, errWrongType, errOutOfRange, errNotAMemberIndex,
        errNotADate
    case errNotATable, errNotAList, errTooManyEntries, errNotALanguage, errNotAFormat,
        errNotAStepKind
    case errNotAChoice, errControlCharacters, errLeavingNotAMember
    // A theme file's problems.
    case errThemeTooLarge, errThemeIsAFolder, errThemeCannotRead
    case errThemeNotANameOrPath, errThemeNoSuchTheme, errThemeNoSuchFile, errThemeUnknownKey,
        errThemeUnknownRole
    case errThemeUnknownAttribute, errThemeWrongType, errThemeBadColor, errThemeControlCharacters
    case errThemeEmptyName, errThemeNameTooLong
    // Why the full-screen view could not start.
    case errTermStdin, errTermStdout, errTermNotSet, errTermUnknown, errTermNoTerminfo,
        errTermNoCursor
    case errTermNewterm
    // A log or a journal that cannot be read, and why.
    case errLogUnreadable, errLogVersion, errJournalUnreadable, errJournalVersion, errJournalExists
    case errReadEmpty, errReadNotJSON, errReadCutOff, errReadNoHeader, errReadNoSchema,
        errReadMissingField
    case errReadWrongType, errReadInvalid, errReadOutOfRange, errReadCannotRead, errLogCannotWrite
    case errJournalLineOutOfRange, errJournalLineCutOff, errJournalLineUnreadable
    // What is wrong inside a handover file.
    case errHandoverNotAPayload, errHandoverUnknownContent, errHandoverBadLogName,
        errHandoverFolderHoldsOther
    case errHandoverFolderInUse, errHandoverMeetingOpen
    // A file problem of a kind without its own words, and a save that failed in a meeting.
    case problemOther, problemStorageFault
    // The demo: quitting a rehearsal (nothing is saved, nothing can be resumed).
    case demoQuitBody, demoHelpQuit, demoPlainQuitTitle

    public var texts: (nb: String, en: String) {
        switch self {
        case .problemOther:
            ("systemet meldte feil nummer %1", "the system reported error number %1")
        case .problemStorageFault:
            ("%1 (kunne ikke %2 %3)", "%1 (could not %2 %3)")
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
        case .demoQuitBody:
            (
                "Dette er en øvelse, og ingenting lagres. Avslutter du nå, er øvelsen over.",
                "This is a rehearsal, and nothing is saved. If you quit now, the rehearsal is over."
            )
        case .demoHelpQuit:
            (
                "Avslutt øvelsen (spør først). Ingenting lagres.",
                "Quit the rehearsal (asks first). Nothing is saved."
            )
        case .demoPlainQuitTitle:
            ("Avslutte øvelsen? Ingenting lagres.", "Quit the rehearsal? Nothing is saved.")
        }
    }
}

extension Catalog {
    /// An error text in this catalog's language.
    public subscript(_ key: ErrorText) -> String { text(key) }
    /// An error text with `%1`, `%2`, … replaced.
    public func f(_ key: ErrorText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
