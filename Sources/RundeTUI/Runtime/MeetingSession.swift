import RundeCore
import RundeText

/// One group's meeting on disk, seen from the start of the program: it finds an unfinished
/// meeting (replayed from its journal), resumes it, writes it as an unfinished log, sets an
/// unreadable journal aside, or starts a new meeting. The executable only wires it to a
/// terminal; everything here is tested without one.
public final class MeetingSession {
    /// A journal last seen running longer ago than this is offered the other way round
    /// (DESIGN §4): Enter closes it as an unfinished log, and resuming takes a named key.
    public static let oldAfterSeconds = MeetingState.newSittingAfterSeconds

    public let location: DataLocation
    public let slug: String

    public init(location: DataLocation, slug: String) {
        self.location = location
        self.slug = slug
    }

    public var journalPath: String { location.journalFile(slug) }

    /// What `find` found.
    public enum Found {
        /// No journal: no meeting to resume.
        case none
        /// A journal that reads back.
        case unfinished(Unfinished)
        /// A journal that cannot be read (a `JournalError` or `FileIOError` naming the file),
        /// for the one who shows it to word in the user's language.
        case unreadable(any Error & Sendable)
    }

    /// An unfinished meeting, replayed up to the last instant it was seen running.
    public struct Unfinished {
        /// The state when the program stopped.
        public let state: MeetingState
        /// Lines of the journal that were skipped, each naming the file and line.
        public let warnings: [String]
        let journal: Journal
        /// The rules card as the group was rewriting it (`RulesDraft`), nil when it was not.
        public internal(set) var rulesDraft: String? = nil
        /// Guests' names as the meeting kept them (`GuestNamesFile`), by guest number.
        public internal(set) var guestNames: [Int: String] = [:]

        /// The last instant the meeting was seen running (its last tick or clock mark).
        public var lastSeen: Instant { state.now }

        /// Whether, at `now`, the meeting was last seen more than 12 hours ago.
        public func isOld(at now: Instant) -> Bool {
            now - lastSeen > MeetingSession.oldAfterSeconds
        }
    }

    /// Looks for the journal of an unfinished meeting; the warnings of skipped lines are worded
    /// in `lang`.
    public func find(lang: Lang = .en) -> Found {
        guard FileIO.exists(journalPath) else { return .none }
        do {
            let (journal, contents) = try Journal.resume(path: journalPath)
            let state = MeetingState.replay(setup: contents.setup, events: contents.events)
            var warnings = contents.warnings.map { Catalog(lang).words($0) }
            var draft: String?
            do {
                draft = try RulesDraft.read(
                    journal: journalPath, meetingStart: contents.setup.startedAt)
            } catch {
                warnings.append("\(error)")
            }
            var guests: [Int: String] = [:]
            do {
                guests = try GuestNamesFile.read(
                    journal: journalPath, meetingStart: contents.setup.startedAt)
            } catch {
                warnings.append("\(error)")
            }
            return .unfinished(
                Unfinished(
                    state: state, warnings: warnings, journal: journal, rulesDraft: draft,
                    guestNames: guests))
        } catch {
            return .unreadable(error)
        }
    }

    /// Renames an unreadable journal out of the way (never deletes it) and returns its new path.
    @discardableResult
    public func setAside(at now: Instant) throws -> String {
        try Journal.setAside(
            path: journalPath, suffix: "unreadable-\(Int(saturating: now.seconds))")
    }

    /// Continues the meeting at `now`: `.resumed`, then a tick to `now` that spans the time the
    /// program was not running. The domain holds that gap on the running turn and on every turn
    /// `u` could bring back (`MeetingState.holdTheGap`), so no turn ever counts it; what was held
    /// before stays held. The meeting clock counts a gap of the same evening (the room's evening
    /// went on) and leaves out one of 12 hours or more (another sitting: `awaySeconds`). Every step is
    /// journaled, so a later resume replays to the same state.
    public func resume(_ unfinished: Unfinished, at now: Instant) -> (
        state: MeetingState, journal: Journal
    ) {
        var state = unfinished.state
        let journal = unfinished.journal
        // The tick goes with `.resumed` even when no time passed: it closes the mark.
        for event in [MeetingEvent.resumed, .tick(max(now, state.now))] {
            _ = state.apply(event)
            // Best effort: a refusal keeps the event in memory, and the runtime's first record
            // writes it (and shows the problem).
            try? journal.record(event)
        }
        return (state, journal)
    }

    /// Writes the unfinished meeting as a log with `completed: false`, ending where it was last
    /// seen; counts it as held in the group file, with what the group had agreed (its decision,
    /// rewritten rules, follow-up date); deletes the journal, the rules draft and the guests'
    /// names. Returns the log's path.
    @discardableResult
    public func saveUnfinished(_ unfinished: Unfinished, group: GroupFile) throws -> String {
        let log = SessionLogBuilder.build(
            from: unfinished.state,
            rosterNames: group.members + Array(unfinished.guestNames.values),
            theme: group.nextTheme)
        let path = try LogStore(location: location, slug: slug).write(log)
        // What the group agreed before the interruption (decision, rules, follow-up) is kept.
        var g = GroupLife.applyingAgreements(
            group, of: unfinished.state, rules: unfinished.rulesDraft)
        g.meetingsHeld = max(g.meetingsHeld, unfinished.state.setup.meetingNumber)
        try GroupStore(location: location).save(g, slug: slug)
        unfinished.journal.close()
        try unfinished.journal.delete()
        return path
    }

    /// Starts the group's next meeting at `now`: its journal is on disk before this returns.
    public func start(
        group: GroupFile, proposal: MeetingProposal? = nil, at now: Instant,
        utcOffsetSeconds offset: Int
    ) throws -> (state: MeetingState, journal: Journal) {
        let leader = group.members.indices.contains(group.nextLeader) ? group.nextLeader : 0
        let setup = MeetingSetup(
            memberCount: group.members.count, leader: leader,
            meetingNumber: group.meetingsHeld + 1,
            date: LocalDate(instant: now, utcOffsetSeconds: offset),
            utcOffsetSeconds: offset, plan: group.settings.plan, startedAt: now,
            agenda: proposal?.agenda ?? group.meetingAgenda,
            format: (proposal?.format ?? group.effectiveFormat).rawValue,
            nextMeetingInDays: proposal?.nextMeetingInDays ?? 14,
            leaving: group.members.indices.filter { group.leaving.contains(group.members[$0]) })
        let journal = try Journal(path: journalPath, setup: setup)
        try journal.start()
        return (MeetingState(setup: setup), journal)
    }
}

/// The offer to resume an unfinished meeting: what it says (the meeting, its date in the
/// language's long form, the step where it stopped) and what its keys do. Under 12 hours Enter
/// resumes; older, Enter saves it as unfinished and resuming takes `f` (nb) or `r` (en).
public struct ResumeOffer: Equatable, Sendable {
    /// What the leader chose.
    public enum Choice: Equatable, Sendable {
        case resume
        case saveAndStartNew
        case quit
        /// A signal or hang-up arrived while the offer was shown.
        case stop(InputEvent)
    }

    public let isOld: Bool
    public let prompt: PromptScreen

    /// Keys the prompt passes on besides Enter and Esc.
    public static let letters: Set<Character> = ["n", "N", "q", "Q", "f", "F", "r", "R"]

    public init(
        _ unfinished: MeetingSession.Unfinished, now: Instant, lang: Lang,
        customTexts: [String: String] = [:]
    ) {
        let s = Catalog(lang)
        let state = unfinished.state
        isOld = unfinished.isOld(at: now)
        let step = TextSafety.sanitize(Self.stepTitle(state, s, customTexts: customTexts))
        var lines = [
            s.f(
                .resumeStopped, state.setup.meetingNumber,
                DateText.long(state.setup.date, lang), step)
        ]
        lines.append(s[isOld ? .resumeOld : .resumeHint])
        lines += unfinished.warnings.map { TextSafety.sanitize($0) }
        var prompt = Self.offer(isOld: isOld, s)
        prompt.title = s[.resumeTitle]
        prompt.lines = lines
        // Saving a meeting of this evening as unfinished cannot be taken back: n asks first.
        prompt.questions = [
            "n": .init(
                title: s[.askTitle], body: s.f(.askSave, state.setup.meetingNumber))
        ]
        // The first screen of the meeting: Esc stays (q quits), never out of the program.
        prompt.strings = s
        prompt.isTopScreen = true
        prompt.escapeHint = s[.resumeEscHint]
        self.prompt = prompt
    }

    /// The offer's keys as its `?` lists them, for the manual (`runde _keys`).
    public static func manualKeymap(isOld: Bool, _ s: Catalog) -> [KeyBinding] {
        var prompt = offer(isOld: isOld, s)
        prompt.strings = s
        prompt.isTopScreen = true
        return prompt.keymap
    }

    /// The offer's keys, one table for the footer and for `?`: Enter and the letter, each
    /// with its footer word and what it does in words (q is the prompt's own).
    static func offer(isOld: Bool, _ s: Catalog) -> PromptScreen {
        var prompt = PromptScreen(
            title: "", enterLabel: s[isOld ? .resumeSaveOldShort : .resumeEnter])
        prompt.enterHelp = s[isOld ? .helpSaveOld : .helpResume]
        prompt.keys =
            isOld
            ? [
                PromptKey(
                    Character(s[.resumeAnywayLetter]), short: s[.resumeAnywayShort],
                    words: s[.helpResumeOld], narrow: s[.resumeAnywayNarrow])
            ]
            : [PromptKey("n", short: s[.resumeSaveShort], words: s[.helpSave])]
        return prompt
    }

    /// The step the meeting stopped at, as the phase bar names it: the agenda item's title
    /// (the principles card, not "Opening"), or the pause or process talk.
    static func stepTitle(_ state: MeetingState, _ s: Catalog, customTexts: [String: String])
        -> String
    {
        switch state.phase {
        case .pause, .processTalk: return s.phase(state.phase)
        default: return s.itemTitle(state.item, custom: customTexts)
        }
    }

    /// What a key on the prompt means.
    public func choice(for result: PromptScreen.Result) -> Choice {
        switch result {
        case .chose: return isOld ? .saveAndStartNew : .resume
        case .key("f"), .key("F"), .key("r"), .key("R"): return .resume
        case .key("n"), .key("N"): return .saveAndStartNew
        case .stop(let event): return .stop(event)
        default: return .quit
        }
    }
}

extension MeetingSession {
    /// The prompt for a journal that cannot be read: set it aside and start anew, or quit.
    public static func unreadablePrompt(_ message: String, lang: Lang) -> PromptScreen {
        let s = Catalog(lang)
        var prompt = PromptScreen(
            title: s[.unreadableTitle], lines: [TextSafety.sanitize(message)])
        prompt.keys = [
            PromptKey("n", short: s[.unreadableSetAsideShort], words: s[.unreadableSetAsideShort])
        ]
        prompt.strings = s
        prompt.isTopScreen = true
        return prompt
    }
}
