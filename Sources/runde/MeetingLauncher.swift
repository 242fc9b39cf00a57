import CursesTerminal
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// Wires a live meeting together: group, lock, journal (new or resumed), terminal and loop.
struct MeetingLauncher {
    let global: GlobalOptions
    /// `--bell` from the command line; nil follows the group's `bell` setting.
    var bellMode: BellMode? = nil

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The theme: `--theme`, else the group's `settings.theme` (read from `groupFile`, which a
    /// refusal then names, so "/etc/passwd, line 1" is not all a person is told).
    func theme(settingTheme: String = "", groupFile: String? = nil) -> Theme {
        let catalog = ThemeCatalog.forRunde(userThemesDir: global.location.themesDir)
        let spec = global.theme ?? (settingTheme.isEmpty ? nil : settingTheme)
        do {
            let theme = try catalog.resolve(spec).result.get().theme
            return global.colorEnabled ? theme : theme.monochromeFallback()
        } catch {
            if global.theme == nil, let groupFile {
                let c = Catalog(global.language())
                fail(
                    .runtime(
                        c.f(
                            .groupThemeProblem, TextSafety.sanitize(groupFile),
                            ErrorReport.words(error, c))))
            }
            ErrorReport.exit(with: AsUsage(error: error))
        }
    }

    func openTerminal(theme: Theme) -> CursesTerminal {
        do {
            return try CursesTerminal(theme: theme, color: global.colorEnabled)
        } catch {
            ErrorReport.exit(with: error)
        }
    }

    /// Finds the group to meet: by name, or the only one. What it throws is worded by
    /// `ErrorReport`, in the user's language.
    func findGroup(_ name: String?) throws -> GroupEntry {
        let store = GroupStore(location: global.location)
        if let name { return try store.find(name) }
        let listing = store.list()
        let lang = Lang.resolve(flag: global.lang, environment: environment)
        for failure in listing.failures {
            FileHandle.standardError.write(
                Data(("runde: " + ErrorReport.words(failure, Catalog(lang)) + "\n").utf8))
        }
        switch listing.entries.count {
        case 0 where !listing.problems.isEmpty:
            // The group file is there but cannot be read: say how to repair it, not "no group".
            throw CommandError(kind: .runtime, key: ProblemText.badGroupHint, args: [])
        case 0: throw CommandError.runtime(.cliNoMeetingYet)
        case 1: return listing.entries[0]
        default:
            let names = listing.entries.map { "«\(TextSafety.sanitize($0.group.name))»" }.joined(
                separator: ", ")
            throw CommandError.usage(.cliSeveralGroupsChoose, names)
        }
    }

    /// Runs a meeting for a group, with the terminal already open (drawn or plain: the loop
    /// decides), from its prompts to its end. Returns how the program ends: the exit code and
    /// the closing line; the caller restores the terminal. `warnings` are said at the start in
    /// plain mode (problems with group files).
    func runMeeting(_ entry: GroupEntry, terminal: Terminal, warnings: [String] = []) throws
        -> MeetingEnded
    {
        do {
            try meeting(entry, terminal: terminal, warnings: warnings)
        } catch let end as MeetingEnded {
            return end
        }
    }

    /// The meeting's part of the process; every way out throws its `MeetingEnded`.
    private func meeting(_ entry: GroupEntry, terminal: Terminal, warnings: [String]) throws
        -> Never
    {
        let loc = global.location
        let slug = entry.slug
        var group = entry.group
        let lang = Lang.resolve(
            flag: global.lang, groupSetting: group.settings.language, environment: environment)
        let strings = Catalog(lang)
        let lock = MeetingLock(path: loc.lockFile(slug))
        do { try lock.acquire() } catch {
            throw InLanguage(lang: lang, error: error)
        }
        /// Ends the meeting's part of the process: the lock released; the caller restores the
        /// terminal, and `ErrorReport` prints the closing line and exits with `code`.
        func finishProcess(_ code: Int32, _ message: String?) throws -> Never {
            lock.release()
            throw MeetingEnded(code: code, message: message)
        }
        let clock = BootClock()
        let session = MeetingSession(location: loc, slug: slug)
        var state: MeetingState
        let journal: Journal
        func ask(_ prompt: PromptScreen, letters: Set<Character>) -> PromptScreen.Result {
            var prompt = prompt
            prompt.strings = strings
            return prompt.run(on: terminal, letters: letters)
        }
        var proposal: MeetingProposal?
        /// The rules card as the group was rewriting it, restored with a resumed meeting.
        var rulesDraft: String?
        var guestNames: [Int: String] = [:]
        func startNew() throws -> (MeetingState, Journal) {
            proposal = try chooseProposal(
                group, slug: slug, today: today(clock), terminal: terminal, strings: strings,
                finish: { try finishProcess($0, nil) })
            do {
                return try session.start(
                    group: group, proposal: proposal, at: clock.now(),
                    utcOffsetSeconds: BootClock.utcOffsetSeconds())
            } catch {
                lock.release()
                throw InLanguage(lang: lang, error: error)
            }
        }
        var found = session.find(lang: lang)
        if case .unreadable(let error) = found {
            let message = ErrorReport.words(error, strings)
            let answer = ask(
                MeetingSession.unreadablePrompt(message, lang: lang), letters: ["n", "N", "q", "Q"])
            guard answer == .key("n") || answer == .key("N") else {
                try finishProcess(1, strings.f(.unreadableKept, message))
            }
            do { try session.setAside(at: clock.now()) } catch {
                try finishProcess(1, strings.f(.cannotSetAside, session.journalPath))
            }
            found = .none
        }
        if case .unfinished(let unfinished) = found {
            clock.ensureNotBefore(unfinished.lastSeen)
            let offer = ResumeOffer(
                unfinished, now: clock.now(), lang: lang, customTexts: group.customTexts)
            switch offer.choice(for: ask(offer.prompt, letters: ResumeOffer.letters)) {
            case .resume:
                (state, journal) = session.resume(unfinished, at: clock.now())
                rulesDraft = unfinished.rulesDraft
                guestNames = unfinished.guestNames
            case .saveAndStartNew:
                do {
                    try session.saveUnfinished(unfinished, group: group)
                    group = try GroupStore(location: loc).load(slug: slug)
                } catch {
                    try finishProcess(
                        1,
                        "runde: "
                            + (ErrorReport.message(known: error, strings)
                                ?? TextSafety.sanitize("\(error)")))
                }
                (state, journal) = try startNew()
            case .stop(.signal(let n)):
                try finishProcess(128 + n, nil)
            case .stop, .quit:
                try finishProcess(0, nil)
            }
        } else {
            (state, journal) = try startNew()
        }
        injectJournalFault(journal)
        var model = MeetingModel(
            meeting: state, roster: group.members, groupName: group.name,
            rules: rulesDraft ?? GroupFile.rules(group.rules, shownIn: lang),
            todayTheme: group.nextTheme, lang: lang)
        model.editedRules = rulesDraft
        model.guestNames = guestNames
        model.customTexts = group.customTexts
        model.themeBacklog = group.themeBacklog
        model.horizon = group.horizon
        model.starterMeetings = group.starterMeetings
        model.leaving = group.leaving
        model.newMembers = group.newMembers
        model.lifeNotes =
            proposal?.reasons.map {
                strings.lifeReason(
                    $0, followUp: group.starterFollowUp, newMembers: group.newMembers)
            } ?? []
        // The storage applies the decision, the rewritten rules and the follow-up date to
        // group.toml in the one save that ends the meeting (GroupLife.applyingAgreements).
        let storage = FileMeetingStorage(
            journal: journal, location: loc, slug: slug, rulesDraft: rulesDraft,
            guestNames: guestNames)
        // In plain mode the loop hands the runtime's words to the terminal (MeetingRuntime.spoken).
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: storage,
            bell: bellMode ?? (group.settings.bell ? .audible : .off))
        runtime.warnings = warnings
        // The room view's socket lives as long as the loop: every way out of this function
        // (the end, q, a signal, a hang-up) runs this defer.
        let room = openRoom(slug: slug, for: runtime)
        defer { room?.close() }
        let outcome = runtime.run()
        switch outcome {
        case .finished:
            // Plain mode has said where the log went, in words and without a path.
            try finishProcess(
                0,
                terminal.speaks
                    ? nil : runtime.model.logPath.map { strings.f(.summaryLogWritten, $0) })
        case .quit:
            journal.close()
            try finishProcess(0, strings[.savedResumable])
        case .signal(let n):
            journal.close()
            try finishProcess(128 + n, strings[.interrupted])
        case .hangup:
            journal.close()
            try finishProcess(129, nil)
        }
    }

    /// Test hook for the end-to-end fault tests: while the file named by
    /// `RUNDE_TEST_JOURNAL_FAULT` exists, every journal write fails as if the disk were full.
    /// Compiled into debug builds only: a release binary has no such hook (issue 16).
    private func injectJournalFault(_ journal: Journal) {
        #if DEBUG
            guard let flag = environment["RUNDE_TEST_JOURNAL_FAULT"], !flag.isEmpty else { return }
            journal.writeCall = { fd, buffer in
                if FileIO.exists(flag) {
                    errno = ENOSPC
                    return -1
                }
                return write(fd, buffer.baseAddress, buffer.count)
            }
        #endif
    }

    private func today(_ clock: BootClock) -> LocalDate {
        LocalDate(instant: clock.now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
    }
}
