/// The command line: help, option descriptions, and what each command prints.
public enum CLIText: String, CaseIterable, CatalogKey {
    case cliRootAbstract
    case cliLangInvalid
    case cliOptDataDir
    case cliOptPlain
    case cliOptTheme
    case cliOptLang
    case cliOptNoColor
    case cliHelpOverview
    case cliHelpUsage
    case cliHelpArguments
    case cliHelpOptions
    case cliHelpSubcommands
    case cliHelpShowHelp
    case cliHelpShowVersion
    case cliHelpSeeSubcommand
    case cliHelpLine
    case cliHelpDefault
    case cliUsageHint
    case cliUsageError
    case cliUsageLine
    case cliParseUnknownOption
    case cliParseMissingArgument
    case cliParseMissingValue
    case cliParseUnexpectedArgument
    case cliParseBadValue
    case cliParseDuplicate
    case cliMeetingAbstract
    case cliMeetingDiscussion
    case cliOptGroupNeeded
    case cliOptBell
    case cliBadBell
    case cliDemoAbstract
    case cliOptSpeed
    case cliBadSpeed
    case cliGroupAbstract
    case cliCreateAbstract
    case cliCreateDiscussion
    case cliArgGroupName
    case cliArgGroupNameOrFolder
    case cliOptMembers
    case cliGroupCreated
    case cliGroupFileAt
    case cliListAbstract
    case cliNoGroupsYet
    case cliGroupLine
    case cliGroupLineNext
    case cliShowAbstract
    case cliShowGroup
    case cliShowFolder
    case cliShowMembers
    case cliShowMember
    case cliShowMemberLeads
    case cliShowMeetingsHeld
    case cliShowNextTheme
    case cliShowNextDate
    case cliShowNone
    case cliShowNotSet
    case cliShowSettings
    case cliShowFromLang
    case cliShowDefaultTheme
    case cliShowOn
    case cliShowOff
    case cliShowStep
    case cliShowStepMinutes
    case cliShowFollowUp
    case cliShowBacklog
    case cliShowRules
    case cliDeleteAbstract
    case cliDeleteDiscussion
    case cliOptYes
    case cliDeleteNeedsYes
    case cliDeleteGroupConfirm
    case cliNothingDeleted
    case cliGroupDeleted
    case cliCloseMeetingFirst
    case cliEditUnfinished
    case cliEditUnfinishedUnnumbered
    case cliEditAbstract
    case cliEditDiscussion
    case cliOptAddMember
    case cliOptRemoveMember
    case cliOptMoveMember
    case cliOptTo
    case cliOptNextLeader
    case cliOptSet
    case cliOptRules
    case cliOptRulesFile
    case cliOptFormat
    case cliOptAgendaFile
    case cliMoveNeedsTo
    case cliBadFormat
    case cliRulesTwice
    case cliNothingToChange
    case cliMemberControlChars
    case cliNoSuchMember
    case cliAtLeastTwo
    case cliToRange
    case cliAddedMember
    case cliRemovedMember
    case cliMovedMember
    case cliNextLeaderSet
    case cliRulesUpdated
    case cliRulesUpdatedFrom
    case cliFormatSet
    case cliCannotReadText
    case cliNoAgendaSteps
    case cliAgendaSet
    case cliSetNeedsKeyValue
    case cliThemeProblem
    case cliUnknownSetting
    case cliSettingSet
    case cliNameControlChars
    case cliNameEmpty
    case cliNameTooLong
    case cliMemberNControlChars
    case cliMemberNEmpty
    case cliMemberNSpaces
    case cliMemberNTooLong
    case cliMemberNSame
    case cliTooFewMembers
    case cliTooManyMembers
    case cliNoGroupNamed
    case cliGroupAmbiguous
    case cliGroupExists
    case cliHistoryAbstract
    case cliHistoryDiscussion
    case cliHistoryListAbstract
    case cliOptHistoryFormat
    case cliBadListFormat
    case cliHistoryShowAbstract
    case cliArgLogID
    case cliOptShowFormat
    case cliBadShowFormat
    case cliHistoryDeleteAbstract
    case cliOptHistoryGroup
    case cliDeleteLogNeedsYes
    case cliDeleteLogConfirm
    case cliLogNotDeleted
    case cliLogDeleted
    case cliSkippedFile
    case cliNoGroupsIn
    case cliSeveralGroups
    case cliNoGroupCalled
    case cliNoneYet
    case cliNoMeetingNumber
    case cliThemesAbstract
    case cliThemesDiscussion
    case cliOptCheck
    case cliThemeRefused
    case cliHandoverAbstract
    case cliHandoverDiscussion
    case cliExportAbstract
    case cliExportDiscussion
    case cliOptHandoverGroup
    case cliOptTo2
    case cliImportAbstract
    case cliImportDiscussion
    case cliArgHandoverFile
    case cliOptKeepBackup
    case cliNoGroupsToExport
    case cliSeveralToExport
    case cliLeftOut
    case cliReplacedGroup
    case cliKeptGroup
    case cliPassphrase
    case cliPassphraseAgain
    case cliNoTerminalForPassphrase
    case cliPassphrasesDiffer
    case cliNoMeetingYet
    case cliSeveralGroupsChoose
    case cliMemberLeaving
    case cliHandoverNotAFile
    case cliHandoverVersion
    case cliHandoverTruncated
    case cliHandoverWrongPassphrase
    case cliHandoverBadContent
    case cliHandoverWeakPassphrase
    case cliHandoverCost
    case cliHandoverTargetExists
    case keysMeeting
    case keysMeetingDialogs
    case keysWelcome
    case keysChooser
    case keysNewGroup
    case keysResume
    case keysDemo
    case keysGroupScreen
    case keysHistory
    case cliEnded
    case cliOptLeaving
    case cliShowLeaving
    case cliShowNewMembers
    case cliShowRhythm
    case cliDecisionGoOn
    case cliDecisionGoOnHorizon
    case cliDecisionEnd
    case cliDecisionLater
    case cliShowRuleChanges
    case cliShowRuleChangeDate
    case showFormatChosen
    case showFormatProposed
    case showFormatReason
    case showEvaluation
    case showEvaluationAfterDecision
    case showNoEvaluation
    case showEvaluationEvery
    case showStarter
    case showNoStarter
    case exportedNone
    case exportedOne
    case exportedMany
    case importedNone
    case importedOne
    case importedMany
    case updated
    case histListDiscussion
    case optDemoFirst
    case rootDiscussion
    case valueOptions
    case valueSubcommand
    case valueFolder
    case valueTheme
    case valueLang
    case importJournal
    case importBadLogs
    case backupRemoved
    case backupKept
    case cliRoomAbstract
    case cliRoomDiscussion
    case optNextTheme
    case savedAs
    case themeCleared
    case importNames
    case importNames1
    case addedMemberNewGroupNext

    public var texts: (nb: String, en: String) {
        switch self {
        case .cliRootAbstract:
            (
                "Runde holder tid og struktur i et møte i en selvhjelpsgruppe.",
                "Runde keeps time and structure for a self-help group's meeting."
            )
        case .cliLangInvalid:
            ("--lang må være nb eller en, ikke «%1»", "--lang must be nb or en, not “%1”")
        case .cliOptDataDir:
            ("Datamappe (går foran $RUNDE_HOME).", "Data folder (overrides $RUNDE_HOME).")
        case .cliOptPlain:
            (
                "Skjermlesermodus: alle skjermbilder som tekstlinjer, uten fullskjerm.",
                "Screen-reader mode: every screen as lines of text, no full-screen drawing."
            )
        case .cliOptTheme:
            (
                "Fargetema: et navn (se «runde themes») eller stien til en temafil.",
                "Theme name (see `runde themes`) or a theme file path."
            )
        case .cliOptLang:
            ("Språk: nb eller en (ellers fra LANG).", "Language: nb or en (default from LANG).")
        case .cliOptNoColor:
            ("Ingen farger (NO_COLOR følges også).", "No colours (NO_COLOR is respected too).")

        case .cliHelpOverview: ("OVERSIKT:", "OVERVIEW:")
        case .cliHelpUsage: ("BRUK:", "USAGE:")
        case .cliHelpArguments: ("ARGUMENTER:", "ARGUMENTS:")
        case .cliHelpOptions: ("VALG:", "OPTIONS:")
        case .cliHelpSubcommands: ("UNDERKOMMANDOER:", "SUBCOMMANDS:")
        case .cliHelpShowHelp: ("Vis denne hjelpen.", "Show help information.")
        case .cliHelpShowVersion: ("Vis versjonen.", "Show the version.")
        case .cliHelpSeeSubcommand:
            ("Se «%1» for hjelp til hver kommando.", "See '%1' for detailed help.")
        case .cliHelpLine: ("Hjelp: %1", "Help:  %1")
        case .cliHelpDefault: ("(standard: %1)", "(default: %1)")
        case .cliUsageHint: ("Se «%1 --help» for mer.", "See '%1 --help' for more information.")
        case .cliUsageError: ("Feil: %1", "Error: %1")
        case .cliUsageLine: ("Bruk:  %1", "Usage: %1")
        case .cliParseUnknownOption: ("ukjent valg %1", "unknown option %1")
        case .cliParseMissingArgument: ("mangler argumentet %1", "missing expected argument %1")
        case .cliParseMissingValue: ("mangler en verdi for %1", "missing value for %1")
        case .cliParseUnexpectedArgument: ("uventet argument %1", "unexpected argument %1")
        case .cliParseBadValue: ("verdien %1 passer ikke for %2", "the value %1 is invalid for %2")
        case .cliParseDuplicate: ("%1 er gitt mer enn én gang", "%1 is given more than once")

        case .cliMeetingAbstract: ("Led et møte for en gruppe.", "Run a live meeting for a group.")
        case .cliMeetingDiscussion:
            (
                "Enter fører møtet videre; nederste linje viser alltid tastene som gjelder nå. Et møte som ikke ble ferdig, kan gjenopptas neste gang.",
                "Enter moves the meeting forward; the footer always shows the keys that apply. An unfinished meeting is offered for resuming the next time."
            )
        case .cliOptGroupNeeded:
            (
                "Gruppas navn (trengs når det finnes flere grupper).",
                "The group's name (needed when there are several)."
            )
        case .cliOptBell:
            (
                "Signal når en tur og pausen er slutt: off, audible eller flash (ellers gruppas bell-innstilling, som er av hvis den ikke er slått på).",
                "Signal the end of a turn and of the pause: off, audible or flash (default: the group's bell setting, off unless turned on)."
            )
        case .cliBadBell:
            ("--bell må være off, audible eller flash", "--bell must be off, audible or flash")
        case .cliDemoAbstract:
            (
                "Øv på et møte med en oppdiktet gruppe, med tiden satt opp. Lagrer ingenting.",
                "Rehearse a meeting with a fictional group, with time sped up. Saves nothing."
            )
        case .cliOptSpeed:
            (
                "Hvor mange ganger fortere enn vanlig klokka går (1–600).",
                "How many times faster than real time the clock runs (1–600)."
            )
        case .cliBadSpeed: ("--speed må være mellom 1 og 600", "--speed must be between 1 and 600")
        case .cliGroupAbstract:
            ("Lag, vis, endre og slett grupper.", "Create, list, show, edit and delete groups.")
        case .cliCreateAbstract:
            (
                "Lag en gruppe med medlemmene i rekkefølgen for møteleder.",
                "Create a group with its members in rotation order."
            )
        case .cliCreateDiscussion:
            (
                "Medlemmene skrives med fornavn, kallenavn eller initialer, med komma mellom, i den rekkefølgen de tar tur som møteleder. De lagres bare i gruppas fil (tilgang 0600). Reglene skrives på språket som er valgt (--lang, ellers LANG); med --lang får gruppa det språket.",
                "Member labels are first names, nicknames or initials, separated by commas, in the order the leader role rotates. They are stored only in the group's file (mode 0600). The rules are written in the chosen language (--lang, else LANG); with --lang the group keeps that language."
            )
        case .cliArgGroupName: ("Gruppas navn.", "The group's name.")
        case .cliArgGroupNameOrFolder:
            ("Gruppas navn eller mappenavn.", "The group's name or folder name.")
        case .cliOptMembers:
            (
                "Medlemmene i rekkefølgen for møteleder, med komma mellom.",
                "Members in rotation order, separated by commas."
            )
        case .cliGroupCreated:
            ("Gruppa «%1» er laget, med %2 medlemmer.", "Created the group “%1” with %2 members.")
        case .cliGroupFileAt: ("Gruppefil: %1", "Group file: %1")
        case .cliListAbstract: ("Vis gruppene i datamappa.", "List the groups in the data folder.")
        case .cliNoGroupsYet:
            (
                "Ingen grupper ennå. Lag en med: runde group create NAVN --members \"A,B,C\"",
                "No groups yet. Create one with: runde group create NAME --members \"A,B,C\""
            )
        case .cliGroupLine:
            ("%1  (%2): %3 medlemmer, %4 møter holdt", "%1  (%2): %3 members, %4 meetings held")
        case .cliGroupLineNext:
            (
                "%1  (%2): %3 medlemmer, %4 møter holdt, neste møte %5",
                "%1  (%2): %3 members, %4 meetings held, next %5"
            )
        case .cliShowAbstract:
            (
                "Vis gruppas medlemmer, innstillinger og regler.",
                "Show a group's members, settings and rules."
            )
        case .cliShowGroup: ("Gruppe: %1", "Group: %1")
        case .cliShowFolder: ("Mappe: %1", "Folder: %1")
        case .cliShowMembers:
            ("Medlemmer, i rekkefølgen for møteleder:", "Members, in rotation order:")
        case .cliShowMember: ("  %1. %2", "  %1. %2")
        case .cliShowMemberLeads:
            ("  %1. %2   <- leder neste gang", "  %1. %2   <- leads next time")
        case .cliShowMeetingsHeld: ("Møter holdt: %1", "Meetings held: %1")
        case .cliShowNextTheme: ("Tema til neste gang: %1", "Next theme: %1")
        case .cliShowNextDate: ("Neste møte: %1", "Next date: %1")
        case .cliShowNone: ("(ingen)", "(none)")
        case .cliShowNotSet: ("(ikke satt)", "(not set)")
        case .cliShowSettings: ("Innstillinger:", "Settings:")
        case .cliShowFromLang: ("(fra LANG)", "(from LANG)")
        case .cliShowDefaultTheme: ("(standard)", "(default)")
        case .cliShowOn: ("på", "on")
        case .cliShowOff: ("av", "off")
        case .cliShowStep: ("  %1. %2: %3", "  %1. %2: %3")
        case .cliShowStepMinutes: ("  %1. %2: %3 (%4 min)", "  %1. %2: %3 (%4 min)")
        case .cliShowFollowUp:
            ("Oppfølging med igangsetteren: %1", "Follow-up with the starter: %1")
        case .cliShowBacklog: ("Tema foreslått til senere: %1", "Themes proposed for later: %1")
        case .cliShowRules: ("Regler:", "Rules:")
        case .cliDeleteAbstract:
            (
                "Slett en gruppe for godt: fila, alle loggene og et møte som ikke ble ferdig.",
                "Delete a group for good: its file, all its logs, and any unfinished meeting."
            )
        case .cliDeleteDiscussion:
            (
                "Spør først når den kjøres i en terminal. Uten terminal trengs --yes.",
                "Asks for confirmation on a terminal. Without a terminal, --yes is required."
            )
        case .cliOptYes: ("Ikke spør først.", "Do not ask for confirmation.")
        case .cliDeleteNeedsYes:
            (
                "sletter ikke uten --yes når det ikke er en terminal",
                "not deleting without --yes when not on a terminal"
            )
        case .cliDeleteGroupConfirm:
            (
                "Slette gruppa «%1» og de %2 loggene for godt? Dette kan ikke angres. [j/N] ",
                "Delete the group “%1” and its %2 logs for good? This cannot be undone. [y/N] "
            )
        case .cliNothingDeleted: ("Ingenting ble slettet.", "Nothing was deleted.")
        case .cliGroupDeleted: ("Gruppa «%1» er slettet.", "Deleted the group “%1”.")
        case .cliCloseMeetingFirst: ("%1; lukk det møtet først", "%1; close that meeting first")
        case .cliEditUnfinished:
            (
                "Møte %1 er ikke avsluttet, så gruppa er ikke endret. Fortsett møtet med «runde meeting --group %2», eller lagre det der som uferdig (n), og endre gruppa etterpå.",
                "Meeting %1 is not finished, so the group was not changed. Resume the meeting with \"runde meeting --group %2\", or save it there as unfinished (n), then change the group."
            )
        case .cliEditUnfinishedUnnumbered:
            (
                "Et møte i gruppa er ikke avsluttet, så gruppa er ikke endret. Åpne det med «runde meeting --group %1» og fortsett det eller lagre det som uferdig, og endre gruppa etterpå.",
                "A meeting of the group is not finished, so the group was not changed. Open it with \"runde meeting --group %1\" and resume it or save it as unfinished, then change the group."
            )

        case .cliEditAbstract:
            (
                "Endre en gruppe: medlemmer og rekkefølge, innstillinger, regler, format og program.",
                "Change a group: members and rotation order, settings, rules, format and agenda."
            )
        case .cliEditDiscussion:
            (
                """
                Eksempler:
                  runde group edit Torsdag --add-member Mari --move-member Mari --to 2
                  runde group edit Torsdag --remove-member Per --next-leader Siri
                  runde group edit Torsdag --leaving Per
                  runde group edit Torsdag --set meeting_minutes=90 --set horizon=12
                  runde group edit Torsdag --format regular --rules-file regler.txt
                  runde group edit Torsdag --agenda-file program.toml
                    (stegene under [[agenda]]; formatet blir custom)
                """,
                """
                Examples:
                  runde group edit Torsdag --add-member Mari --move-member Mari --to 2
                  runde group edit Torsdag --remove-member Per --next-leader Siri
                  runde group edit Torsdag --leaving Per
                  runde group edit Torsdag --set meeting_minutes=90 --set horizon=12
                  runde group edit Torsdag --format regular --rules-file rules.txt
                  runde group edit Torsdag --agenda-file agenda.toml
                    (its [[agenda]] steps; the format becomes custom)
                """
            )
        case .cliOptAddMember:
            (
                "Legg til et medlem sist i rekkefølgen (kan gjentas).",
                "Add a member at the end of the rotation (repeatable)."
            )
        case .cliOptRemoveMember:
            ("Fjern et medlem (kan gjentas).", "Remove a member (repeatable).")
        case .cliOptMoveMember:
            (
                "Flytt et medlem til plassen gitt med --to.",
                "Move a member to the position given by --to."
            )
        case .cliOptTo:
            (
                "Den nye plassen (1 = først) for --move-member.",
                "The new position (1 = first) for --move-member."
            )
        case .cliOptNextLeader:
            (
                "Hvem som leder neste gang (hopper over andre i rekkefølgen).",
                "Who leads next time (skips others in the rotation)."
            )
        case .cliOptSet:
            ("En innstilling, NØKKEL=VERDI (kan gjentas).", "A setting, KEY=VALUE (repeatable).")
        case .cliOptRules:
            (
                "Teksten på regelkortet (bruk \\n for ny linje).",
                "The rules card's text (use \\n for new lines)."
            )
        case .cliOptRulesFile:
            ("Les teksten på regelkortet fra en fil.", "Read the rules card's text from a file.")
        case .cliOptFormat:
            (
                "first, second, regular, custom eller auto (velges etter hvor mange møter som er holdt).",
                "first, second, regular, custom, or auto (chosen by how many meetings were held)."
            )
        case .cliOptAgendaFile:
            (
                "En TOML-fil med [[agenda]]-steg (kind, title, text, minutes).",
                "A TOML file with [[agenda]] steps (kind, title, text, minutes)."
            )
        case .cliMoveNeedsTo:
            ("--move-member og --to hører sammen", "--move-member and --to go together")
        case .cliBadFormat:
            (
                "--format må være first, second, regular, custom eller auto",
                "--format must be first, second, regular, custom or auto"
            )
        case .cliRulesTwice:
            ("gi --rules eller --rules-file, ikke begge", "give --rules or --rules-file, not both")
        case .cliNothingToChange: ("Ingenting å endre.", "Nothing to change.")
        case .cliMemberControlChars:
            (
                "medlemsnavnet inneholder kontrolltegn",
                "that member label contains control characters"
            )
        case .cliNoSuchMember: ("ingen medlem heter «%1»", "no member called “%1”")
        case .cliAtLeastTwo:
            ("en gruppe trenger minst 2 medlemmer", "a group needs at least 2 members")
        case .cliToRange: ("--to må være mellom 1 og %1", "--to must be between 1 and %1")
        case .cliAddedMember:
            (
                "La til et medlem på plass %1.",
                "Added a member at position %1."
            )
        case .cliRemovedMember:
            ("Fjernet medlemmet som var på plass %1.", "Removed the member who was at position %1.")
        case .cliMovedMember:
            ("Flyttet et medlem fra plass %1 til %2.", "Moved a member from position %1 to %2.")
        case .cliNextLeaderSet:
            ("Neste møteleder er nå nummer %1 i rekkefølgen.", "Next leader set to position %1.")
        case .cliRulesUpdated: ("Reglene er oppdatert.", "Rules updated.")
        case .cliRulesUpdatedFrom: ("Reglene er oppdatert fra %1.", "Rules updated from %1.")
        case .cliFormatSet: ("Format: %1.", "Format: %1.")
        case .cliCannotReadText:
            ("%1: kan ikke leses som UTF-8-tekst", "%1: cannot read it as UTF-8 text")
        case .cliNoAgendaSteps: ("%1: ingen [[agenda]]-steg", "%1: no [[agenda]] steps")
        case .cliAgendaSet:
            (
                "Program: %1 steg; formatet er nå custom.",
                "Agenda: %1 steps; the format is now custom."
            )
        case .cliSetNeedsKeyValue:
            ("--set trenger NØKKEL=VERDI, ikke «%1»", "--set needs KEY=VALUE, not “%1”")
        case .cliThemeProblem: ("tema: %1", "theme: %1")
        case .cliUnknownSetting: ("ukjent innstilling «%1»", "unknown setting “%1”")
        case .cliSettingSet: ("%1 = %2", "%1 = %2")

        case .cliNameControlChars:
            ("gruppenavnet inneholder kontrolltegn", "the group name contains control characters")
        case .cliNameEmpty: ("gruppenavnet er tomt", "the group name is empty")
        case .cliNameTooLong:
            ("gruppenavnet er lengre enn %1 tegn", "the group name is longer than %1 characters")
        case .cliMemberNControlChars:
            ("medlem %1 inneholder kontrolltegn", "member %1 contains control characters")
        case .cliMemberNEmpty: ("medlem %1 er tomt", "member %1 is empty")
        case .cliMemberNSpaces:
            (
                "medlem %1 begynner eller slutter med mellomrom",
                "member %1 begins or ends with spaces"
            )
        case .cliMemberNTooLong:
            ("medlem %1 er lengre enn %2 tegn", "member %1 is longer than %2 characters")
        case .cliMemberNSame:
            ("medlem %1 er det samme som medlem %2", "member %1 is the same as member %2")
        case .cliTooFewMembers:
            (
                "en gruppe trenger minst %1 medlemmer, ikke %2",
                "a group needs at least %1 members, not %2"
            )
        case .cliTooManyMembers:
            (
                "en gruppe kan ha høyst %1 medlemmer, ikke %2",
                "a group can have at most %1 members, not %2"
            )

        case .cliNoGroupNamed: ("ingen gruppe heter «%1»", "no group named “%1”")
        case .cliGroupAmbiguous:
            (
                "flere grupper heter «%1»; bruk mappenavnet: %2",
                "more than one group is named “%1”; use the folder name: %2"
            )
        case .cliGroupExists:
            (
                "det finnes allerede en gruppe med det navnet (mappe «%1»)",
                "a group with that name already exists (folder “%1”)"
            )
        case .cliHistoryAbstract:
            (
                "Se tilbake på tidligere møter: bla, vis en liste, vis ett møte eller slett logger.",
                "Look back over past meetings: browse, list, show or delete logs."
            )
        case .cliHistoryDiscussion:
            (
                "Uten underkommando åpnes historikken på skjermen når utdata er en terminal, ellers skrives tabellen.",
                "Without a subcommand, opens the browser when output is a terminal and prints the table otherwise."
            )
        case .cliHistoryListAbstract:
            (
                "Vis tidligere møter (uten fullskjerm; for skript og utskrift).",
                "List past meetings (no curses; for scripts and printing)."
            )
        case .cliOptHistoryFormat:
            (
                "Format: table (hele tabellen), csv, json eller markdown. Uten: tabellen tilpasset bredden.",
                "Output format: table (the whole table), csv, json or markdown. Without: the table fitted to the width."
            )
        case .cliBadListFormat:
            (
                "--format må være table, csv, json eller markdown, ikke «%1»",
                "--format must be table, csv, json or markdown, not “%1”"
            )
        case .cliHistoryShowAbstract:
            (
                "Vis ett møte: faser planlagt og faktisk, turer, fordeling av taletid.",
                "Show one meeting: phases planned vs actual, turns, speaking distribution."
            )
        case .cliArgLogID:
            (
                "Møtenummeret (Nr. i «history list») eller loggens id (f.eks. 2026-11-21-007).",
                "The meeting number (No. in `history list`) or the log id (e.g. 2026-11-21-007)."
            )
        case .cliOptShowFormat:
            ("Format: table, json eller markdown.", "Output format: table, json or markdown.")
        case .cliBadShowFormat:
            (
                "--format må være table, json eller markdown, ikke «%1»",
                "--format must be table, json or markdown, not “%1”"
            )
        case .cliHistoryDeleteAbstract: ("Slett loggen for ett møte.", "Delete one meeting's log.")
        case .cliOptHistoryGroup:
            (
                "Gruppa (trengs bare når det finnes flere).",
                "The group (needed only when there are several)."
            )
        case .cliDeleteLogNeedsYes:
            (
                "ikke en terminal: legg til --yes for å slette %1 uten å spørre",
                "not a terminal: add --yes to delete %1 without asking"
            )
        case .cliDeleteLogConfirm:
            (
                "Slette loggen %1? Dette kan ikke angres. [j/N] ",
                "Delete log %1? This cannot be undone. [y/N] "
            )
        case .cliLogNotDeleted: ("Ikke slettet.", "Not deleted.")
        case .cliLogDeleted: ("slettet %1", "deleted %1")
        case .cliSkippedFile: ("hoppet over %1", "skipped %1")
        case .cliNoGroupsIn:
            (
                "fant ingen grupper i %1; lag en med: runde group create NAVN --members \"A,B,C\"",
                "no groups found in %1; create one with: runde group create NAME --members \"A,B,C\""
            )
        case .cliSeveralGroups:
            (
                "det finnes %1 grupper; velg én med --group NAVN:\n%2",
                "there are %1 groups; choose one with --group NAME:\n%2"
            )
        case .cliNoGroupCalled: ("ingen gruppe «%1»; gruppene er: %2", "no group “%1”; groups: %2")
        case .cliNoneYet: ("ingen", "none")
        case .cliNoMeetingNumber:
            (
                "ingen logg for møte %1; se: runde history list",
                "no log for meeting %1; see: runde history list"
            )

        case .cliThemesAbstract:
            (
                "Vis fargetemaene med eksempler, eller sjekk en temafil.",
                "List and preview the colour themes, or check a theme file."
            )
        case .cliThemesDiscussion:
            (
                "Viser temaene som følger med eller er installert, og dem i $RUNDE_HOME/themes, hvert med eksempellinjer i sine farger. Med --theme vises bare det temaet. Uten farger (--no-color, NO_COLOR) viser eksempelet det en terminal uten farger får; når utdata ikke er en terminal, beskrives stilene med ord.",
                "Lists the bundled and installed themes and those in $RUNDE_HOME/themes, each with sample lines in its colours. With --theme, previews only that theme. Without colour (--no-color, NO_COLOR) the preview shows what a terminal without colour gets; when the output is not a terminal, styles are described in words."
            )
        case .cliOptCheck:
            (
                "Sjekk en temafil: skriver «ok», eller problemet og avslutter med 1.",
                "Check a theme file: prints \"ok\", or the problem and exits 1."
            )
        case .cliThemeRefused: ("  avvist: %1", "  refused: %1")

        case .cliHandoverAbstract:
            (
                "Flytt en gruppe og loggene til en annen maskin i én kryptert fil.",
                "Move a group and its logs to another laptop in one encrypted file."
            )
        case .cliHandoverDiscussion:
            (
                "Fila krypteres med en passordfrase (scrypt og ChaCha20-Poly1305). Si passordfrasen til neste møteleder ansikt til ansikt, ikke i samme melding som fila.",
                "The file is encrypted with a passphrase (scrypt and ChaCha20-Poly1305). Tell the passphrase to the next leader in person, not in the same message as the file."
            )
        case .cliExportAbstract:
            (
                "Skriv gruppefila og alle loggene til én kryptert fil.",
                "Write the group file and all its logs to one encrypted file."
            )
        case .cliExportDiscussion:
            (
                "Spør om passordfrasen to ganger, uten å vise den.",
                "Asks for a passphrase twice, without showing it."
            )
        case .cliOptHandoverGroup:
            (
                "Gruppas navn eller mappenavn (trengs ikke når det bare finnes én gruppe).",
                "The group's name or folder name (optional when there is only one group)."
            )
        case .cliOptTo2:
            (
                "Fila som skal skrives (den kan ikke finnes fra før).",
                "The file to write (it must not exist yet)."
            )
        case .cliImportAbstract:
            (
                "Legg til en gruppe og loggene fra en overleveringsfil.",
                "Add a group and its logs from a handover file."
            )
        case .cliImportDiscussion:
            (
                "Logger som allerede er her (samme møtenummer og dato), legges ikke til to ganger. Gruppefila som har flest møter, vinner; en gruppefil her som blir erstattet, tas vare på ved siden av først, og kopien fjernes når importen har lykkes (--keep-backup beholder den; den inneholder medlemmenes navn). Feil passordfrase, eller en skadet eller fremmed fil, endrer ingenting. En gruppe med et møte som ikke ble ferdig, importeres ikke inn i: gjør ferdig det møtet først.",
                "Logs already here (same meeting number and date) are not added twice. The group file that has held more meetings wins; a local group file that is replaced is backed up next to it first, and the backup is removed once the import has succeeded (--keep-backup keeps it; it holds the member names). A wrong passphrase, or a damaged or foreign file, changes nothing. A group with an unfinished meeting is not imported into: finish that meeting first."
            )
        case .cliArgHandoverFile: ("Overleveringsfila.", "The handover file.")
        case .cliOptKeepBackup:
            (
                "Behold kopien av en gruppefil som ble erstattet (den inneholder medlemmenes navn).",
                "Keep the backup of a replaced group file (it holds the member names)."
            )
        case .cliNoGroupsToExport:
            ("det finnes ingen grupper å eksportere", "there are no groups to export")
        case .cliSeveralToExport:
            (
                "det finnes flere grupper; velg én med --group",
                "there are several groups; name one with --group"
            )
        case .cliLeftOut: ("advarsel: utelatt: %1", "warning: left out: %1")
        case .cliReplacedGroup:
            (
                "Gruppefila ble erstattet av den nyere.",
                "The group file was replaced by the newer one."
            )
        case .cliKeptGroup:
            (
                "Gruppefila her er like ny eller nyere, og ble beholdt.",
                "The group file here is as new or newer, and was kept."
            )
        case .cliPassphrase: ("Passordfrase: ", "Passphrase: ")
        case .cliPassphraseAgain: ("Passordfrase en gang til: ", "Passphrase again: ")
        case .cliNoTerminalForPassphrase:
            (
                "det trengs en passordfrase, og det er ingen terminal å spørre i",
                "a passphrase is needed, and there is no terminal to ask for it"
            )
        case .cliPassphrasesDiffer:
            ("de to passordfrasene er ikke like", "the two passphrases are not the same")
        case .cliNoMeetingYet:
            (
                "det finnes ingen gruppe ennå; lag en med: runde group create NAVN --members \"A,B,C\"",
                "there is no group yet; create one with: runde group create NAME --members \"A,B,C\""
            )
        case .cliSeveralGroupsChoose:
            (
                "det finnes flere grupper (%1); velg én med --group NAVN",
                "there are several groups (%1); choose one with --group NAME"
            )
        case .cliMemberLeaving:
            (
                "Medlemmet på plass %1 slutter: neste møte får en avskjedsrunde.",
                "The member at position %1 is leaving: their next meeting has a farewell round."
            )
        case .cliHandoverNotAFile:
            ("%1: ikke en overleveringsfil fra Runde", "%1: not a Runde handover file")
        case .cliHandoverVersion:
            (
                "%1: overleveringsformat %2 er fra en nyere eller ukjent versjon av Runde",
                "%1: handover format %2 is from a newer or unknown version of Runde"
            )
        case .cliHandoverTruncated:
            (
                "%1: fila er ufullstendig (kuttet av); be om en ny kopi",
                "%1: the file is incomplete (cut off); ask for a new copy"
            )
        case .cliHandoverWrongPassphrase:
            (
                "%1: kan ikke åpnes: passordfrasen er feil, eller fila er endret eller skadet",
                "%1: cannot open it: the passphrase is wrong, or the file was changed or damaged"
            )
        case .cliHandoverBadContent:
            ("%1: innholdet kan ikke brukes (%2)", "%1: the content is not usable (%2)")
        case .cliHandoverWeakPassphrase:
            (
                "passordfrasen er for kort: bruk minst %1 tegn",
                "the passphrase is too short: use at least %1 characters"
            )
        case .cliHandoverCost:
            (
                "%1: nøkkelinnstillingene i toppen av fila er utenfor det tillatte; fila er skadet eller fremmed",
                "%1: the key settings in the header are out of range; the file is damaged or foreign"
            )
        case .cliHandoverTargetExists:
            (
                "%1 finnes allerede; velg et annet navn eller fjern den først",
                "%1 already exists; choose another name or remove it first"
            )
        case .keysMeeting: ("I møtet", "In the meeting")
        case .keysMeetingDialogs: ("I et spørsmål i møtet", "In a question in the meeting")
        case .keysWelcome: ("Velkomstskjermen", "The welcome screen")
        case .keysChooser: ("Velg gruppe", "Choosing a group")
        case .keysNewGroup: ("Ny gruppe", "A new group")
        case .keysResume: ("Fortsette et møte", "Resuming a meeting")
        case .keysDemo: ("Øvelsen", "The rehearsal")
        case .keysGroupScreen: ("Gruppeskjermen", "The group screen")
        case .keysHistory: ("Historikken", "History")
        case .cliEnded:
            (
                "%1  (%2): %3 medlemmer, %4 møter holdt, avsluttet %5 (historikken er tatt vare på)",
                "%1  (%2): %3 members, %4 meetings held, ended %5 (history kept)"
            )
        case .cliOptLeaving:
            (
                "Merk et medlem som slutter: neste møte har en avskjedsrunde, så går medlemmet ut av rotasjonen (kan gjentas).",
                "Mark a member as leaving: their next meeting has a farewell round, then they leave the rotation (repeatable)."
            )
        case .cliShowLeaving:
            (
                "Slutter (avskjedsrunde på neste møte): %1",
                "Leaving (a farewell round at the next meeting): %1"
            )
        case .cliShowNewMembers:
            (
                "Nye siden siste møte (møter gruppas egne rammer neste gang): %1",
                "New since the last meeting (meeting the group's own rules next time): %1"
            )
        case .cliShowRhythm:
            (
                "Rytme: hver %1. dag de første %2 møtene, så hver %3. dag",
                "Rhythm: every %1 days for the first %2 meetings, then every %3 days"
            )
        case .cliDecisionGoOn: ("Beslutning %1: fortsette", "Decision %1: go on")
        case .cliDecisionGoOnHorizon:
            ("Beslutning %1: fortsette (%2 møter til)", "Decision %1: go on (%2 more meetings)")
        case .cliDecisionEnd: ("Beslutning %1: avslutte gruppa", "Decision %1: end the group")
        case .cliDecisionLater:
            ("Beslutning %1: bestemme neste gang", "Decision %1: decide next time")
        case .cliShowRuleChanges: ("Endringer i rammene:", "Changes to the rules:")
        case .cliShowRuleChangeDate: ("  %1:", "  %1:")
        case .showFormatChosen:
            (
                "Møteformat: %1, valgt av gruppa (--format auto lar Runde foreslå igjen).",
                "Meeting format: %1, chosen by the group (--format auto lets Runde propose again)."
            )
        case .showFormatProposed:
            (
                "Neste møte (nr. %1) foreslås som: %2.",
                "The next meeting (no. %1) is proposed as: %2."
            )
        case .showFormatReason: ("  %1", "  %1")
        case .showEvaluation:
            (
                "Gruppa har satt av %1 møter, med evaluering på det siste.",
                "The group has set aside %1 meetings, with an evaluation at the last."
            )
        case .showEvaluationAfterDecision:
            (
                "Gruppa bestemte %1 å fortsette, og har nå satt av møtene til og med nr. %2, med evaluering på det siste.",
                "On %1 the group decided to go on, and has now set aside the meetings up to no. %2, with an evaluation at the last."
            )
        case .showNoEvaluation:
            (
                "Gruppa har ikke satt av et antall møter, så det er ikke satt opp noe evalueringsmøte.",
                "The group has not set aside a number of meetings, so no evaluation meeting is planned."
            )
        case .showEvaluationEvery:
            ("Gruppa evaluerer også hvert %1. møte.", "The group also evaluates every %1 meetings.")
        case .showStarter:
            (
                "Igangsetteren er med på de %1 første møtene.",
                "The starter takes part in the first %1 meetings."
            )
        case .showNoStarter:
            (
                "Det er ikke avtalt hvor mange møter igangsetteren er med på.",
                "It is not agreed how many meetings the starter takes part in."
            )

        case .exportedNone:
            ("Eksporterte «%1» uten logger til %2.", "Exported “%1” with no logs to %2.")
        case .exportedOne:
            ("Eksporterte «%1» med én logg til %2.", "Exported “%1” with one log to %2.")
        case .exportedMany:
            ("Eksporterte «%1» med %2 logger til %3.", "Exported “%1” with %2 logs to %3.")
        case .importedNone:
            ("Importerte gruppa «%1» uten logger.", "Imported the group “%1” with no logs.")
        case .importedOne:
            ("Importerte gruppa «%1» med én logg.", "Imported the group “%1” with one log.")
        case .importedMany:
            ("Importerte gruppa «%1» med %2 logger.", "Imported the group “%1” with %2 logs.")
        case .updated:
            (
                "Oppdaterte gruppa «%1». Logger lagt til: %2. Logger som var her fra før: %3.",
                "Updated the group “%1”. Logs added: %2. Logs already here: %3."
            )
        case .histListDiscussion:
            (
                """
                Tabellen tilpasses bredden: COLUMNS, eller terminalens bredde når utdata er en \
                terminal. Er den for smal, tas kolonner bort i denne rekkefølgen: Gjester, Kom \
                senere, Fravær, Meldt fravær, Over tid, Fullført, Pause, Balanse, Plan; så \
                kortes ID ned til datoen og Tema ned med «…». --format table gir alltid hele \
                tabellen, for skript.
                """,
                """
                The table fits the width: COLUMNS, or the terminal's width when output is a \
                terminal. When it is too narrow, columns are left out in this order: Guests, \
                Arrived late, Absent, Absent with notice, Overrun, Completed, Pause, Balance, \
                Plan; then ID is cut to the date and Theme is cut with "…". --format table \
                always gives the whole table, for scripts.
                """
            )

        case .optDemoFirst:
            (
                "Øv på et første møte: det en ny gruppes møteleder står foran.",
                "Rehearse a first meeting: the one a new group's leader faces."
            )
        case .rootDiscussion:
            (
                "En kort veiledning for gruppemedlemmer: %1\nHver kommando har sin egen hjelp (runde KOMMANDO --help), og «man runde» har alt.",
                "A short guide for group members (in Norwegian): %1\nEach command has its own help (runde COMMAND --help), and `man runde` has everything."
            )
        case .valueOptions: ("valg", "options")
        case .valueSubcommand: ("underkommando", "subcommand")
        case .valueFolder: ("mappe", "data-dir")
        case .valueTheme: ("tema", "theme")
        case .valueLang: ("språk", "lang")
        case .importJournal:
            (
                "Gruppen «%1» har et møte som ikke er avsluttet. Start det med «runde meeting --group %1» og avslutt det (eller avslå å fortsette, så lagres det som uavsluttet), og importer etterpå.",
                "The group \"%1\" has a meeting that is not finished. Start it with \"runde meeting --group %1\" and finish it (or decline to resume, which saves it as unfinished), then import."
            )
        case .importBadLogs:
            (
                "Overleveringsfilen har logger som ikke kan leses, så ingenting er importert: %1",
                "The handover file holds logs that cannot be read, so nothing was imported: %1"
            )
        case .backupRemoved:
            (
                "Den gamle gruppefilen er slettet etter importen (bruk --keep-backup for å beholde den).",
                "The old group file was removed after the import (use --keep-backup to keep it)."
            )
        case .backupKept:
            (
                "Den gamle gruppefilen er tatt vare på her (den inneholder navn; slett den når du ikke trenger den): %1",
                "The old group file is kept here (it holds names; delete it when you no longer need it): %1"
            )
        case .cliRoomAbstract:
            (
                "Vis møtets klokke, uten navn, på en skjerm for hele gruppa.",
                "Show the meeting's clock, without names, on a screen for the whole group."
            )
        case .cliRoomDiscussion:
            (
                "Åpne romvisningen i et eget vindu (for eksempel på en TV eller en projektor) mens møtet går i et annet på samme maskin. Den viser steget, tiden for turen med store tall, runden og pausen, men aldri et navn eller et tema. Den venter rolig når ingen møter går, og kobler seg på igjen av seg selv.",
                "Open the room view in a window of its own (on a TV or a projector, say) while the meeting runs in another on the same computer. It shows the step, the turn's time in big digits, the round and the pause, but never a name or a theme. It waits calmly when no meeting runs, and connects again by itself."
            )
        case .optNextTheme:
            (
                "Temaet for neste møte. Navn tas ut, som i møtet, og det som lagres, skrives ut.",
                "The theme for the next meeting. Names are taken out, as in the meeting, and what is saved is printed."
            )
        case .savedAs: ("Lagres som: %1", "Saved as: %1")
        case .themeCleared:
            ("Temaet for neste møte er tomt.", "The theme for the next meeting is empty.")
        // Handover import: free text in the file named a member, and was scrubbed on the way in.
        case .importNames:
            (
                "Navn er tatt ut av fritekst i %1 av loggene før de ble lagret.",
                "Names were taken out of free text in %1 of the logs before they were saved."
            )
        case .importNames1:
            (
                "Navn er tatt ut av fritekst i én av loggene før den ble lagret.",
                "Names were taken out of free text in one of the logs before it was saved."
            )
        // After "Added a member …", only when it is true: not before the first meeting (a new
        // group's meeting anyway), nor when the group chose a format itself.
        case .addedMemberNewGroupNext:
            (
                "Neste møte foreslår formatet for nye grupper.",
                "The next meeting proposes the new-group format."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: CLIText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: CLIText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
