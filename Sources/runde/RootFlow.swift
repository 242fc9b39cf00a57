import ArgumentParser
import Foundation
import LineTerminal
import RundeCore
import RundeTUI
import RundeText

/// Where `runde` goes next: each screen of the setup ends with one of these, and `RootFlow`
/// runs the screen it names. `exit` ends the program with its code and closing line.
indirect enum Route {
    /// Decide from the groups on disk (the first screen of `runde`).
    case start
    case welcome
    /// The group chooser, with one group too.
    case chooser
    /// The new-group form; Esc on its name goes back to `back`.
    case newGroup(back: Route)
    /// The group screen; Esc goes back to `back`.
    case group(GroupEntry, back: Route)
    case meeting(GroupEntry)
    /// The rehearsal; from the welcome screen, Esc on its first screen goes back there.
    case demo(fromWelcome: Bool)
    /// After the rehearsal: offer to create the group.
    case offerAfterDemo
    case exit(MeetingEnded)
}

/// `runde` with no arguments: the group chooser (one group or several; the only group's
/// unfinished meeting offers to resume first), or on first run an offer to create a group or
/// try the demo. Setting up never starts a meeting by itself:
/// a new group ends on the group screen, where "Start møtet nå" or quit is the leader's choice,
/// and Esc on any setup screen goes back one screen. The top screens (welcome, chooser, the
/// offer after the demo) have nothing behind them: Esc stays there and says that `q` quits.
///
/// Each screen runs on the one loop (`Program.run`) and ends with a `Route`; this type runs
/// routes until one says `exit`, then restores the terminal once and hands the exit code and
/// closing line to `ErrorReport`.
struct RootFlow {
    let global: GlobalOptions
    /// `runde demo --speed N`: how much faster than real time the rehearsal runs.
    var demoSpeed: Double = 10
    /// `runde demo --first`: rehearse a new group's first meeting.
    var demoFirst = false

    func run() throws {
        let launcher = MeetingLauncher(global: global)
        let listing = GroupStore(location: global.location).list()
        let lang = Lang.resolve(flag: global.lang, environment: ProcessInfo.processInfo.environment)
        let problems = listing.failures.map { ErrorReport.words($0, Catalog(lang)) }
        if !global.plain {
            for p in problems { FileHandle.standardError.write(Data(("runde: " + p + "\n").utf8)) }
        }
        let terminal: Terminal =
            global.plain ? PlainTerminal() : launcher.openTerminal(theme: launcher.theme())
        // Problems with group files are said at the start (plain mode): by the meeting when
        // `runde` goes straight to it, else at once.
        var warnings = problems.map { Catalog(lang).f(.plainWarning, $0) }
        if !resumesAtOnce(listing.entries) {
            terminal.speak(Speech(warnings))
            warnings = []
        }
        try run(from: .start, on: terminal, lang: lang, warnings: warnings)
    }

    /// Runs routes from `first` until one says `exit`; restores the terminal once and throws
    /// the ending for `ErrorReport` (which prints its line and exits with its code).
    func run(from first: Route, on terminal: Terminal, lang: Lang, warnings: [String] = [])
        throws -> Never
    {
        var route = first
        var warnings = warnings
        do {
            while true {
                if case .exit(let end) = route {
                    terminal.restore()
                    throw end
                }
                route = try step(route, terminal: terminal, lang: lang, warnings: warnings)
                warnings = []
            }
        } catch {
            terminal.restore()
            throw error
        }
    }

    /// Runs the screen `route` names; returns where to go next.
    private func step(_ route: Route, terminal: Terminal, lang: Lang, warnings: [String]) throws
        -> Route
    {
        switch route {
        case .start: return start(GroupStore(location: global.location).list().entries)
        case .welcome: return welcome(terminal: terminal, lang: lang)
        case .chooser: return chooseGroup(terminal: terminal, lang: lang)
        case .newGroup(let back): return createGroup(terminal: terminal, lang: lang, back: back)
        case .group(let entry, let back): return showGroup(entry, terminal: terminal, back: back)
        case .meeting(let entry):
            return .exit(
                try MeetingLauncher(global: global).runMeeting(
                    entry, terminal: terminal, warnings: warnings))
        case .demo(let fromWelcome):
            switch try DemoRunner(global: global, speed: demoSpeed, first: demoFirst).rehearse(
                terminal: terminal, canGoBack: fromWelcome)
            {
            case .back: return .welcome
            case .finished: return .offerAfterDemo
            case .exit(let code): return .exit(MeetingEnded(code: code, message: nil))
            }
        case .offerAfterDemo: return offerAfterDemo(terminal: terminal, lang: lang)
        case .exit: return route
        }
    }

    /// The ending after a signal or a hang-up stopped a screen (Ctrl-C: 130).
    static func stopped(_ event: InputEvent) -> Route {
        let end = ProgramEnd<Void>.stopped(event)
        return .exit(MeetingEnded(code: end.stopCode ?? 1, message: nil))
    }

    static var quit: Route { .exit(MeetingEnded(code: 0, message: nil)) }

    /// True when the only group has an unfinished meeting: `runde` then goes to its offer to
    /// resume, which comes before anything else.
    private func resumesAtOnce(_ entries: [GroupEntry]) -> Bool {
        entries.count == 1 && FileIO.exists(global.location.journalFile(entries[0].slug))
    }

    /// Where the groups on disk lead: the chooser (with one group too, so opening Runde "to
    /// look" starts no meeting before Enter), or the welcome menu when there is none. The only
    /// group's unfinished meeting goes to its resume offer first. A group that has never met
    /// (made with `runde group create`, say) opens on its group screen first; Esc there goes
    /// back to the list.
    private func start(_ entries: [GroupEntry]) -> Route {
        if entries.isEmpty { return .welcome }
        if entries.count == 1 {
            if resumesAtOnce(entries) { return .meeting(entries[0]) }
            if entries[0].group.meetingsHeld == 0 { return .group(entries[0], back: .chooser) }
        }
        return .chooser
    }

    /// The welcome menu of a first run: create a group, try the demo, or quit.
    private func welcome(terminal: Terminal, lang: Lang) -> Route {
        var first = PromptScreen.welcome(Catalog(lang))
        switch first.run(on: terminal) {
        case .chose(0), .key("g"): return .newGroup(back: .welcome)
        case .chose(1), .key("d"): return .demo(fromWelcome: true)
        case .stop(let event): return Self.stopped(event)
        default: return Self.quit
        }
    }

    /// The groups, one or several: choose one to meet (Enter) or to see and edit (g).
    private func chooseGroup(terminal: Terminal, lang: Lang) -> Route {
        let entries = GroupStore(location: global.location).list().entries
        guard !entries.isEmpty else { return .welcome }
        var choose = PromptScreen.chooser(
            names: entries.map { TextSafety.sanitize($0.group.name) }, Catalog(lang))
        switch choose.run(on: terminal, letters: ["G"]) {
        case .chose(let i): return .meeting(entries[i])
        case .key("g"), .key("G"):
            let entry =
                (try? GroupStore(location: global.location).load(
                    slug: entries[choose.cursor].slug))
                .map { GroupEntry(slug: entries[choose.cursor].slug, group: $0) }
                ?? entries[choose.cursor]
            return .group(entry, back: .chooser)
        case .stop(let event): return Self.stopped(event)
        default: return Self.quit
        }
    }

    /// The group screen: Enter on "Start møtet nå" starts the meeting, Esc goes back to
    /// `back`, q quits with nothing started.
    private func showGroup(_ entry: GroupEntry, terminal: Terminal, back: Route) -> Route {
        // The group screen speaks the group's language, as its meeting does (`--lang` still wins).
        let lang = global.language(groupSetting: entry.group.settings.language)
        let store = GroupStore(location: global.location)
        let file = global.location.groupFile(entry.slug)
        let today = LocalDate(
            instant: BootClock().now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
        var screen = GroupScreen(group: entry.group, lang: lang, today: today)
        // As `group edit`: no change while a meeting of this group is open elsewhere or
        // unfinished (its journal counts the members by their place in the file).
        if case .meetingUnfinished(let number)? = store.editRefusal(slug: entry.slug) {
            screen.editsRefused = GroupScreen.unfinishedText(number, Catalog(lang))
        }
        let outcome = screen.run(on: terminal) { g in
            do {
                switch store.editRefusal(slug: entry.slug) {
                case .meetingOpen(let holder)?: throw holder
                case .meetingUnfinished(let number)?:
                    return GroupScreen.unfinishedText(number, Catalog(lang))
                case nil: break
                }
                try GroupFileTOML.validate(g, file: file)
                try store.save(g, slug: entry.slug)
                return nil
            } catch {
                return ErrorReport.message(known: error, Catalog(lang))
                    ?? TextSafety.sanitize("\(error)")
            }
        }
        switch outcome {
        case .startMeeting:
            return .meeting(GroupEntry(slug: entry.slug, group: screen.group))
        case .back: return back
        case .stop(let event): return Self.stopped(event)
        case .quit: return Self.quit
        }
    }

    /// After the demo: offer to create the group.
    private func offerAfterDemo(terminal: Terminal, lang: Lang) -> Route {
        let s = Catalog(lang)
        let keys = [
            PromptKey("g", short: s[.welcomeCreateShort], words: s[.demoOfferCreate]),
            PromptKey("q", short: s[.keyQuit], words: s[.demoOfferQuit]),
        ]
        var offer = PromptScreen(
            title: s[.demoOfferTitle], lines: [s[.demoOfferBody]], choices: keys.map(\.choiceLine))
        offer.keys = keys
        offer.strings = s
        offer.isTopScreen = true
        switch offer.run(on: terminal, letters: ["g", "q"]) {
        case .chose(0), .key("g"): return .newGroup(back: .offerAfterDemo)
        case .stop(let event): return Self.stopped(event)
        default: return Self.quit
        }
    }

    /// Asks for a group name and its members (`NewGroupForm`: each field checked on its own
    /// step, as `group create` checks it), and creates the group (nothing is journaled); a new
    /// group opens on its group screen, and Esc there goes to the chooser. Esc on the name goes
    /// back to `back`; Esc on the members goes back to the name.
    private func createGroup(terminal: Terminal, lang: Lang, back: Route) -> Route {
        let s = Catalog(lang)
        let store = GroupStore(location: global.location)
        var form = NewGroupForm(s)
        while true {
            switch form.run(on: terminal) {
            case .create(let name, let members):
                do {
                    let slug = try store.create(name: name, members: members, rulesIn: lang)
                    let entry = GroupEntry(slug: slug, group: try store.load(slug: slug))
                    return .group(entry, back: .chooser)
                } catch {
                    var onName = false
                    if case .alreadyExists = error as? GroupStoreError { onName = true }
                    form.refuse(
                        ErrorReport.message(known: error, s) ?? TextSafety.sanitize("\(error)"),
                        onName: onName)
                }
            case .back: return back
            case .stop(let event): return Self.stopped(event)
            }
        }
    }
}
