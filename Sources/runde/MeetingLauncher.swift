import RundeText
import CursesTerminal
import Foundation
import RundeCore
import RundeTUI

/// Wires a live meeting together: group, lock, journal (new or resumed), terminal and loop.
struct MeetingLauncher {
    let global: GlobalOptions
    /// `--bell` from the command line; nil follows the group's `bell` setting.
    var bellMode: BellMode? = nil

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    func theme(settingTheme: String = "") -> Theme {
        let catalog = ThemeCatalog.forRunde(userThemesDir: global.location.themesDir)
        let spec = global.theme ?? (settingTheme.isEmpty ? nil : settingTheme)
        do {
            let theme = try catalog.resolve(spec).result.get().theme
            return global.colorEnabled ? theme : theme.monochromeFallback()
        } catch {
            fail(.usage("\(error)"))
        }
    }

    func openTerminal(theme: Theme) -> CursesTerminal {
        do {
            return try CursesTerminal(theme: theme, color: global.colorEnabled)
        } catch {
            fail(.runtime("\(error)"))
        }
    }

    /// Finds the group to meet: by name, or the only one.
    func findGroup(_ name: String?) throws(RundeFailure) -> GroupEntry {
        let store = GroupStore(location: global.location)
        if let name {
            do { return try store.find(name) } catch { throw .runtime("\(error)") }
        }
        let listing = store.list()
        for p in listing.problems { FileHandle.standardError.write(Data(("runde: " + p + "\n").utf8)) }
        switch listing.entries.count {
        case 0: throw .runtime("there is no group yet; create one with: runde group create NAME --members \"A,B,C\"")
        case 1: return listing.entries[0]
        default:
            let names = listing.entries.map { "\"\(TextSafety.sanitize($0.group.name))\"" }.joined(separator: ", ")
            throw .usage("there are several groups (\(names)); choose one with --group NAME")
        }
    }

    /// Runs a meeting for a group, with the terminal already open. Exits the process when done.
    func runMeeting(_ entry: GroupEntry, terminal: Terminal, plain: PlainTerminal? = nil) -> Never {
        let loc = global.location
        let slug = entry.slug
        var group = entry.group
        let lang = Lang.resolve(flag: global.lang, groupSetting: group.settings.language, environment: environment)
        let strings = Catalog(lang)
        let lock = MeetingLock(path: loc.lockFile(slug))
        do { try lock.acquire() } catch {
            terminal.restore()
            fail(.runtime("\(error)"))
        }
        func finishProcess(_ code: Int32, _ message: String?) -> Never {
            terminal.restore()
            lock.release()
            if let message { print(message) }
            exit(code)
        }
        let clock = BootClock()
        var state: MeetingState
        let journal: Journal
        var proposal: MeetingProposal?
        let journalPath = loc.journalFile(slug)
        /// The journal of an unfinished meeting, or nil when there is none or the leader set an
        /// unreadable one aside (it is renamed, never deleted).
        func openJournal() -> (journal: Journal, contents: JournalContents)? {
            guard FileIO.exists(journalPath) else { return nil }
            do { return try Journal.resume(path: journalPath) } catch {
                let nb = lang == .nb
                var prompt = PromptScreen(
                    title: nb ? "Det uferdige møtet kan ikke leses" : "The unfinished meeting cannot be read",
                    lines: [TextSafety.sanitize("\(error)")],
                    footer: nb ? "n legg fila til side og start nytt møte · q avslutt"
                               : "n set the file aside and start a new meeting · q quit")
                plain?.mode = .wholeFrame
                let answer = prompt.run(on: terminal, letters: ["n", "N", "q", "Q"])
                plain?.mode = .footerOnly
                guard answer == .key("n") || answer == .key("N") else {
                    finishProcess(1, "runde: \(error) — the file is kept")
                }
                let aside = journalPath + ".unreadable-\(Int(saturating: clock.now().seconds))"
                guard rename(journalPath, aside) == 0 else { finishProcess(1, "runde: cannot move \(journalPath) aside") }
                return nil
            }
        }
        if let resumed = openJournal() {
            state = MeetingState.replay(setup: resumed.contents.setup, events: resumed.contents.events)
            var prompt = PromptScreen(
                title: strings[.resumeTitle],
                lines: [strings.f(.resumeBody, state.setup.meetingNumber, state.setup.date.iso, strings.phase(state.phase))]
                    + resumed.contents.warnings.map { TextSafety.sanitize($0) },
                footer: strings[.resumeKeys])
            plain?.mode = .wholeFrame
            let answer = prompt.run(on: terminal, letters: ["n", "N", "q", "Q"])
            plain?.mode = .footerOnly
            switch answer {
            case .chose:
                journal = resumed.journal
                clock.ensureNotBefore(state.now)
                _ = state.apply(.tick(clock.now()))
                _ = state.apply(.resumed)
                try? journal.append(.tick(state.now))
                try? journal.append(.resumed)
            case .key("n"), .key("N"):
                do {
                    _ = try FileMeetingStorage.saveUnfinished(state, journal: resumed.journal, group: group, location: loc, slug: slug)
                    group = try GroupStore(location: loc).load(slug: slug)
                } catch {
                    finishProcess(1, "runde: \(error)")
                }
                proposal = chooseProposal(group, slug: slug, today: today(clock), terminal: terminal, plain: plain,
                                          strings: strings, finish: { finishProcess($0, nil) })
                (state, journal) = newMeeting(group: group, slug: slug, clock: clock, terminal: terminal, lock: lock,
                                              proposal: proposal!)
            case .stop(.signal(let n)):
                finishProcess(128 + n, nil)
            default:
                finishProcess(0, nil)
            }
        } else {
            proposal = chooseProposal(group, slug: slug, today: today(clock), terminal: terminal, plain: plain,
                                      strings: strings, finish: { finishProcess($0, nil) })
            (state, journal) = newMeeting(group: group, slug: slug, clock: clock, terminal: terminal, lock: lock,
                                          proposal: proposal!)
        }
        injectJournalFault(journal)
        var model = MeetingModel(meeting: state, roster: group.members, groupName: group.name, rules: group.rules,
                                 todayTheme: group.nextTheme, lang: lang)
        model.customTexts = group.customTexts
        model.themeBacklog = group.themeBacklog
        model.horizon = group.horizon
        model.starterMeetings = group.starterMeetings
        model.lifeNotes = proposal?.reasons.map { strings.lifeReason($0, followUp: group.starterFollowUp) } ?? []
        let storage = FileMeetingStorage(journal: journal, location: loc, slug: slug)
        let announcer = PlainAnnouncer(language: lang)
        let runtime = MeetingRuntime(terminal: terminal, clock: clock, model: model, storage: storage,
                                     bell: bellMode ?? (group.settings.bell ? .audible : .off), announce: plain.map { p in
                                         { milestone, model in p.say(announcer.line(for: milestone, name: model.name)) }
                                     })
        let outcome = runtime.run()
        switch outcome {
        case .finished:
            if let followUp = runtime.model.followUpDate, !runtime.model.demo {
                saveFollowUp(followUp, slug: slug)
            }
            if let rules = runtime.model.editedRules, !runtime.model.demo {
                saveRules(rules, slug: slug, date: runtime.model.meeting.setup.date)
            }
            if runtime.model.meeting.setup.format == MeetingFormat.evaluation.rawValue, !runtime.model.demo {
                askDecision(slug: slug, date: runtime.model.meeting.setup.date, terminal: terminal, plain: plain, strings: strings)
            }
            finishProcess(0, runtime.model.logPath.map { strings.f(.summaryLogWritten, $0) })
        case .quit:
            journal.close()
            finishProcess(0, lang == .nb ? "Møtet er lagret og kan gjenopptas: kjør runde igjen."
                                          : "The meeting is saved and can be resumed: run runde again.")
        case .signal(let n):
            journal.close()
            finishProcess(128 + n, lang == .nb ? "Avbrutt. Møtet kan gjenopptas." : "Interrupted. The meeting can be resumed.")
        case .hangup:
            journal.close()
            finishProcess(129, nil)
        }
    }

    /// Test hook for the end-to-end fault tests: while the file named by
    /// `RUNDE_TEST_JOURNAL_FAULT` exists, every journal write fails as if the disk were full.
    private func injectJournalFault(_ journal: Journal) {
        guard let flag = environment["RUNDE_TEST_JOURNAL_FAULT"], !flag.isEmpty else { return }
        journal.writeCall = { fd, buffer in
            if FileIO.exists(flag) {
                errno = ENOSPC
                return -1
            }
            return write(fd, buffer.baseAddress, buffer.count)
        }
    }

    private func today(_ clock: BootClock) -> LocalDate {
        LocalDate(instant: clock.now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
    }

    private func newMeeting(group: GroupFile, slug: String, clock: BootClock, terminal: Terminal,
                            lock: MeetingLock, proposal: MeetingProposal) -> (MeetingState, Journal) {
        let now = clock.now()
        let offset = BootClock.utcOffsetSeconds()
        let leader = group.members.indices.contains(group.nextLeader) ? group.nextLeader : 0
        let setup = MeetingSetup(memberCount: group.members.count, leader: leader,
                                 meetingNumber: group.meetingsHeld + 1,
                                 date: LocalDate(instant: now, utcOffsetSeconds: offset),
                                 utcOffsetSeconds: offset, plan: group.settings.plan, startedAt: now,
                                 agenda: proposal.agenda, format: proposal.format.rawValue,
                                 nextMeetingInDays: proposal.nextMeetingInDays)
        do {
            let journal = try Journal(path: global.location.journalFile(slug), setup: setup)
            try journal.start()
            return (MeetingState(setup: setup), journal)
        } catch {
            terminal.restore()
            lock.release()
            fail(.runtime("\(error)"))
        }
    }
}
