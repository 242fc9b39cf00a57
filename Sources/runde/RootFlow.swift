import ArgumentParser
import RundeText
import Foundation
import RundeCore
import RundeTUI

/// `runde` with no arguments: the only group's meeting, a choice among several, or on first
/// run an offer to create a group or try the demo. Setting up never starts a meeting by itself:
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
        if plain == nil { for p in problems { FileHandle.standardError.write(Data(("runde: " + p + "\n").utf8)) } }
        let terminal: Terminal = plain ?? launcher.openTerminal(theme: launcher.theme())
        plain?.mode = .wholeFrame
        if let plain, listing.entries.count != 1 {
            plain.say(plain.warnings.map { Catalog(lang).f(.plainWarning, $0) })
            plain.warnings = []
        }
        try route(listing.entries, terminal: terminal, lang: lang, plain: plain, choose: false)
    }

    /// Where the groups on disk lead: the meeting of the only one, the chooser among several
    /// (or always, after setting up), or the welcome menu when there is none. A group that has
    /// never met (made with `runde group create`, say) opens on its group screen first, so
    /// preparing at home starts no meeting; Esc there goes back to the list. Plain mode too:
    /// there the screen reads the chosen line instead of drawing.
    private func route(_ entries: [GroupEntry], terminal: Terminal, lang: Lang, plain: PlainTerminal?, choose: Bool) throws -> Never {
        if entries.isEmpty { try welcome(terminal: terminal, lang: lang, plain: plain) }
        if entries.count == 1 && !choose {
            let only = entries[0]
            if only.group.meetingsHeld == 0, !FileIO.exists(global.location.journalFile(only.slug)) {
                try showGroup(only, terminal: terminal, lang: lang, plain: plain)
                try chooseGroup(entries, terminal: terminal, lang: lang, plain: plain)
            }
            plain?.mode = .footerOnly
            try MeetingLauncher(global: global).runMeeting(entries[0], terminal: terminal, plain: plain)
        }
        try chooseGroup(entries, terminal: terminal, lang: lang, plain: plain)
    }

    /// The welcome menu of a first run: create a group, try the demo, or quit.
    private func welcome(terminal: Terminal, lang: Lang, plain: PlainTerminal?) throws -> Never {
        let s = Catalog(lang)
        var first = PromptScreen(title: s[.firstRunTitle], lines: [s[.firstRunBody]],
                                 choices: [s[.firstRunCreate], s[.firstRunDemo], s[.firstRunQuit]],
                                 footer: "↑/↓ · Enter")
        first.strings = s
        first.isTopScreen = true
        while true {
            switch first.run(on: terminal, letters: ["g", "d", "q"]) {
            case .chose(0), .key("g"):
                if let entry = try createGroup(terminal: terminal, lang: lang) {
                    try showGroup(entry, terminal: terminal, lang: lang, plain: plain)
                    try route(GroupStore(location: global.location).list().entries, terminal: terminal, lang: lang,
                          plain: plain, choose: true)
                }
            case .chose(1), .key("d"):
                try DemoRunner(global: global, speed: 10).run(terminal: terminal)
            case .stop(.signal(let n)):
                terminal.restore(); throw ExitCode(128 + n)
            default:
                terminal.restore(); throw ExitCode(0)
            }
        }
    }

    /// Several groups: choose one to meet (Enter) or to see and edit (g).
    private func chooseGroup(_ entries: [GroupEntry], terminal: Terminal, lang: Lang, plain: PlainTerminal?) throws -> Never {
        let s = Catalog(lang)
        let launcher = MeetingLauncher(global: global)
        var choose = PromptScreen(title: s[.chooseGroupTitle],
                                  choices: entries.map { TextSafety.sanitize($0.group.name) },
                                  footer: s[.barChooseKeys])
        choose.strings = s
        choose.isTopScreen = true
        choose.helpLines = [s[.barChooseHelpGroup]]
        while true {
            switch choose.run(on: terminal, letters: ["g", "G", "q", "Q"]) {
            case .chose(let i):
                plain?.mode = .footerOnly
                try launcher.runMeeting(entries[i], terminal: terminal, plain: plain)
            case .key("g"), .key("G"):
                let entry = (try? GroupStore(location: global.location).load(slug: entries[choose.cursor].slug))
                    .map { GroupEntry(slug: entries[choose.cursor].slug, group: $0) } ?? entries[choose.cursor]
                try showGroup(entry, terminal: terminal, lang: lang, plain: plain)
            case .stop(.signal(let n)):
                terminal.restore(); throw ExitCode(128 + n)
            default:
                terminal.restore(); throw ExitCode(0)
            }
        }
    }

    /// The group screen; returns only when the leader goes back (Esc) and there is somewhere
    /// to go back to. Enter starts the meeting, q quits with nothing started.
    private func showGroup(_ entry: GroupEntry, terminal: Terminal, lang: Lang, plain: PlainTerminal?) throws {
        let store = GroupStore(location: global.location)
        let file = global.location.groupFile(entry.slug)
        let today = LocalDate(instant: BootClock().now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
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
                case .meetingUnfinished(let number)?: return GroupScreen.unfinishedText(number, Catalog(lang))
                case nil: break
                }
                try GroupFileTOML.validate(g, file: file)
                try store.save(g, slug: entry.slug)
                return nil
            } catch {
                return ErrorReport.message(known: error, Catalog(lang)) ?? TextSafety.sanitize("\(error)")
            }
        }
        switch outcome {
        case .startMeeting:
            plain?.mode = .footerOnly
            try MeetingLauncher(global: global).runMeeting(GroupEntry(slug: entry.slug, group: screen.group),
                                                       terminal: terminal, plain: plain)
        case .back:
            return
        case .stop(.signal(let n)):
            terminal.restore(); throw ExitCode(128 + n)
        case .stop, .quit:
            terminal.restore(); throw ExitCode(0)
        }
    }

    /// After the demo: offer to create the group.
    func offerAfterDemo(terminal: Terminal, lang: Lang) throws -> Never {
        let s = Catalog(lang)
        let plain = terminal as? PlainTerminal
        plain?.mode = .wholeFrame
        var offer = PromptScreen(title: s[.lifeDemoOfferTitle], lines: [s[.lifeDemoOfferBody]],
                                 choices: [s[.lifeDemoOfferCreate], s[.lifeDemoOfferQuit]], footer: s[.barDemoOfferKeys])
        offer.strings = s
        offer.isTopScreen = true
        while true {
            switch offer.run(on: terminal, letters: ["g", "q"]) {
            case .chose(0), .key("g"):
                if let entry = try createGroup(terminal: terminal, lang: lang) {
                    try showGroup(entry, terminal: terminal, lang: lang, plain: plain)
                    try route(GroupStore(location: global.location).list().entries, terminal: terminal, lang: lang,
                          plain: plain, choose: true)
                }
            case .stop(.signal(let n)):
                terminal.restore(); throw ExitCode(128 + n)
            default:
                terminal.restore(); throw ExitCode(0)
            }
        }
    }

    /// Asks for a group name and its members, and creates the group (nothing is journaled).
    /// Esc on the name goes back to where we came from (nil); Esc on the members goes back to
    /// the name.
    private func createGroup(terminal: Terminal, lang: Lang) throws -> GroupEntry? {
        let s = Catalog(lang)
        let store = GroupStore(location: global.location)
        var problem: String?
        var name = PromptScreen(title: s[.lifeCreateNameTitle], lines: [s[.lifeCreateNameBody]],
                                fieldLabel: s[.lifeCreateNameLabel], footer: s[.lifeCreateKeys])
        var members = PromptScreen(title: s[.lifeCreateNameTitle], lines: [s[.lifeCreateMembersBody]],
                                   fieldLabel: s[.lifeCreateMembersLabel], footer: s[.lifeCreateKeys])
        while true {
            name.error = problem
            switch name.run(on: terminal) {
            case .submitted(let groupName):
                members.error = nil
                switch members.run(on: terminal) {
                case .submitted(let list):
                    let labels = list.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                    do {
                        let slug = try store.create(name: groupName, members: labels, rulesIn: lang)
                        return GroupEntry(slug: slug, group: try store.load(slug: slug))
                    } catch {
                        problem = ErrorReport.message(known: error, s) ?? TextSafety.sanitize("\(error)")
                    }
                case .stop(.signal(let n)):
                    terminal.restore(); throw ExitCode(128 + n)
                case .stop:
                    terminal.restore(); throw ExitCode(0)
                default:
                    problem = nil   // Esc: back to the name
                }
            case .stop(.signal(let n)):
                terminal.restore(); throw ExitCode(128 + n)
            case .stop:
                terminal.restore(); throw ExitCode(0)
            default:
                return nil          // Esc: back to the menu
            }
        }
    }
}
