import ArgumentParser
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// `runde` with no arguments: the group chooser (one group or several; the only group's
/// unfinished meeting offers to resume first), or on first run an offer to create a group or
/// try the demo. Setting up never starts a meeting by itself:
/// a new group ends on the group screen, where "Start møtet nå" or quit is the leader's choice,
/// and Esc on any setup screen goes back one screen. The top screens (welcome, chooser, the
/// offer after the demo) have nothing behind them: Esc stays there and says that `q` quits.
struct RootFlow {
    let global: GlobalOptions

    func run() throws -> Never {
        let launcher = MeetingLauncher(global: global)
        let store = GroupStore(location: global.location)
        let listing = store.list()
        let env = ProcessInfo.processInfo.environment
        let lang = Lang.resolve(flag: global.lang, environment: env)
        let plain: PlainTerminal? = global.plain ? PlainTerminal() : nil
        // Plain mode says problems with group files at the start of the meeting (once).
        plain?.language = lang
        let problems = listing.failures.map { ErrorReport.words($0, Catalog(lang)) }
        plain?.warnings = problems
        if plain == nil {
            for p in problems { FileHandle.standardError.write(Data(("runde: " + p + "\n").utf8)) }
        }
        let terminal: Terminal = plain ?? launcher.openTerminal(theme: launcher.theme())
        plain?.mode = .wholeFrame
        if let plain, !resumesAtOnce(listing.entries) {
            plain.say(plain.warnings.map { Catalog(lang).f(.plainWarning, $0) })
            plain.warnings = []
        }
        try route(listing.entries, terminal: terminal, lang: lang, plain: plain, choose: false)
    }

    /// True when the only group has an unfinished meeting: `runde` then goes to its offer to
    /// resume, which comes before anything else.
    private func resumesAtOnce(_ entries: [GroupEntry]) -> Bool {
        entries.count == 1 && FileIO.exists(global.location.journalFile(entries[0].slug))
    }

    /// Where the groups on disk lead: the chooser (with one group too, so opening Runde "to
    /// look" starts no meeting before Enter), or the welcome menu when there is none. The only
    /// group's unfinished meeting goes to its resume offer first. A group that has never met
    /// (made with `runde group create`, say) opens on its group screen first; Esc there goes
    /// back to the list. Plain mode too: there the screen reads the chosen line instead of
    /// drawing.
    private func route(
        _ entries: [GroupEntry], terminal: Terminal, lang: Lang, plain: PlainTerminal?, choose: Bool
    ) throws -> Never {
        if entries.isEmpty { try welcome(terminal: terminal, lang: lang, plain: plain) }
        if entries.count == 1 && !choose {
            let only = entries[0]
            if resumesAtOnce(entries) {
                plain?.mode = .footerOnly
                try MeetingLauncher(global: global).runMeeting(
                    only, terminal: terminal, plain: plain)
            }
            if only.group.meetingsHeld == 0 {
                try showGroup(only, terminal: terminal, plain: plain)
            }
        }
        try chooseGroup(entries, terminal: terminal, lang: lang, plain: plain)
    }

    /// The welcome menu of a first run: create a group, try the demo, or quit.
    private func welcome(terminal: Terminal, lang: Lang, plain: PlainTerminal?) throws -> Never {
        var first = PromptScreen.welcome(Catalog(lang))
        while true {
            switch first.run(on: terminal) {
            case .chose(0), .key("g"):
                if let entry = try createGroup(terminal: terminal, lang: lang) {
                    try showGroup(entry, terminal: terminal, plain: plain)
                    try route(
                        GroupStore(location: global.location).list().entries, terminal: terminal,
                        lang: lang,
                        plain: plain, choose: true)
                }
            case .chose(1), .key("d"):
                // Esc on the demo's first screen comes back here.
                try DemoRunner(global: global, speed: 10).run(terminal: terminal)
                plain?.mode = .wholeFrame
            case .stop(.signal(let n)):
                terminal.restore()
                throw ExitCode(128 + n)
            default:
                terminal.restore()
                throw ExitCode(0)
            }
        }
    }

    /// The groups, one or several: choose one to meet (Enter) or to see and edit (g).
    private func chooseGroup(
        _ entries: [GroupEntry], terminal: Terminal, lang: Lang, plain: PlainTerminal?
    ) throws -> Never {
        let s = Catalog(lang)
        let launcher = MeetingLauncher(global: global)
        var choose = PromptScreen.chooser(
            names: entries.map { TextSafety.sanitize($0.group.name) }, s)
        while true {
            switch choose.run(on: terminal, letters: ["G"]) {
            case .chose(let i):
                plain?.mode = .footerOnly
                try launcher.runMeeting(entries[i], terminal: terminal, plain: plain)
            case .key("g"), .key("G"):
                let entry =
                    (try? GroupStore(location: global.location).load(
                        slug: entries[choose.cursor].slug))
                    .map { GroupEntry(slug: entries[choose.cursor].slug, group: $0) }
                    ?? entries[choose.cursor]
                try showGroup(entry, terminal: terminal, plain: plain)
            case .stop(.signal(let n)):
                terminal.restore()
                throw ExitCode(128 + n)
            default:
                terminal.restore()
                throw ExitCode(0)
            }
        }
    }

    /// The group screen; returns only when the leader goes back (Esc) and there is somewhere
    /// to go back to. Enter starts the meeting, q quits with nothing started.
    private func showGroup(_ entry: GroupEntry, terminal: Terminal, plain: PlainTerminal?) throws {
        // The group screen speaks the group's language, as its meeting does (`--lang` still wins).
        let lang = global.language(groupSetting: entry.group.settings.language)
        let spokenBefore = plain?.language
        plain?.language = lang
        defer { if let spokenBefore { plain?.language = spokenBefore } }
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
            plain?.mode = .footerOnly
            try MeetingLauncher(global: global).runMeeting(
                GroupEntry(slug: entry.slug, group: screen.group),
                terminal: terminal, plain: plain)
        case .back:
            return
        case .stop(.signal(let n)):
            terminal.restore()
            throw ExitCode(128 + n)
        case .stop, .quit:
            terminal.restore()
            throw ExitCode(0)
        }
    }

    /// After the demo: offer to create the group.
    func offerAfterDemo(terminal: Terminal, lang: Lang) throws -> Never {
        let s = Catalog(lang)
        let plain = terminal as? PlainTerminal
        plain?.mode = .wholeFrame
        var offer = PromptScreen(
            title: s[.lifeDemoOfferTitle], lines: [s[.lifeDemoOfferBody]],
            choices: [s[.lifeDemoOfferCreate], s[.lifeDemoOfferQuit]], footer: s[.barDemoOfferKeys])
        offer.strings = s
        offer.isTopScreen = true
        while true {
            switch offer.run(on: terminal, letters: ["g", "q"]) {
            case .chose(0), .key("g"):
                if let entry = try createGroup(terminal: terminal, lang: lang) {
                    try showGroup(entry, terminal: terminal, plain: plain)
                    try route(
                        GroupStore(location: global.location).list().entries, terminal: terminal,
                        lang: lang,
                        plain: plain, choose: true)
                }
            case .stop(.signal(let n)):
                terminal.restore()
                throw ExitCode(128 + n)
            default:
                terminal.restore()
                throw ExitCode(0)
            }
        }
    }

    /// Asks for a group name and its members (`NewGroupForm`: each field checked on its own
    /// step, as `group create` checks it), and creates the group (nothing is journaled). Esc on
    /// the name goes back to where we came from (nil); Esc on the members goes back to the name.
    private func createGroup(terminal: Terminal, lang: Lang) throws -> GroupEntry? {
        let s = Catalog(lang)
        let store = GroupStore(location: global.location)
        var form = NewGroupForm(s)
        while true {
            switch form.run(on: terminal) {
            case .create(let name, let members):
                do {
                    let slug = try store.create(name: name, members: members, rulesIn: lang)
                    return GroupEntry(slug: slug, group: try store.load(slug: slug))
                } catch {
                    var onName = false
                    if case .alreadyExists = error as? GroupStoreError { onName = true }
                    form.refuse(
                        ErrorReport.message(known: error, s) ?? TextSafety.sanitize("\(error)"),
                        onName: onName)
                }
            case .back:
                return nil
            case .stop(.signal(let n)):
                terminal.restore()
                throw ExitCode(128 + n)
            case .stop:
                terminal.restore()
                throw ExitCode(0)
            }
        }
    }
}
