import RundeText
import Foundation
import RundeCore
import RundeTUI

/// `runde` with no arguments: the only group's meeting, a choice among several, or on first
/// run an offer to create a group or try the demo.
struct RootFlow {
    let global: GlobalOptions

    func run() -> Never {
        let launcher = MeetingLauncher(global: global)
        let store = GroupStore(location: global.location)
        let listing = store.list()
        let env = ProcessInfo.processInfo.environment
        let lang = Lang.resolve(flag: global.lang, environment: env)
        let s = Catalog(lang)
        let plain: PlainTerminal? = global.plain ? PlainTerminal() : nil
        // Plain mode says problems with group files at the start of the meeting (once).
        plain?.language = lang
        plain?.warnings = listing.problems
        if plain == nil { for p in listing.problems { FileHandle.standardError.write(Data(("runde: " + p + "\n").utf8)) } }
        let terminal: Terminal = plain ?? launcher.openTerminal(theme: launcher.theme())
        plain?.mode = .wholeFrame
        if let plain, listing.entries.count != 1 {
            plain.say(plain.warnings.map { s.f(.plainWarning, $0) })
            plain.warnings = []
        }
        switch listing.entries.count {
        case 1:
            plain?.mode = .footerOnly
            launcher.runMeeting(listing.entries[0], terminal: terminal, plain: plain)
        case 0:
            var first = PromptScreen(title: s[.firstRunTitle], lines: [s[.firstRunBody]],
                                     choices: [s[.firstRunCreate], s[.firstRunDemo], s[.firstRunQuit]],
                                     footer: "↑/↓ · Enter")
            switch first.run(on: terminal, letters: ["g", "d", "q"]) {
            case .chose(0), .key("g"):
                let entry = createGroup(terminal: terminal, lang: lang)
                plain?.mode = .footerOnly
                launcher.runMeeting(entry, terminal: terminal, plain: plain)
            case .chose(1), .key("d"):
                DemoRunner(global: global, speed: 10).run(terminal: terminal)
            case .stop(.signal(let n)):
                terminal.restore(); exit(128 + n)
            default:
                terminal.restore(); exit(0)
            }
        default:
            var choose = PromptScreen(title: s[.chooseGroupTitle],
                                      choices: listing.entries.map { TextSafety.sanitize($0.group.name) },
                                      footer: "↑/↓ · Enter · Esc")
            switch choose.run(on: terminal) {
            case .chose(let i):
                plain?.mode = .footerOnly
                launcher.runMeeting(listing.entries[i], terminal: terminal, plain: plain)
            case .stop(.signal(let n)):
                terminal.restore(); exit(128 + n)
            default:
                terminal.restore(); exit(0)
            }
        }
    }

    /// Asks for a group name and its members in the terminal, and creates the group.
    private func createGroup(terminal: Terminal, lang: Lang) -> GroupEntry {
        let nb = lang == .nb
        let store = GroupStore(location: global.location)
        var problem: String?
        while true {
            var name = PromptScreen(title: nb ? "Ny gruppe" : "New group",
                                    lines: [nb ? "Hva heter gruppa?" : "What is the group called?"],
                                    fieldLabel: nb ? "Navn" : "Name", footer: "Enter · Esc")
            name.error = problem
            guard case .submitted(let groupName) = name.run(on: terminal) else { terminal.restore(); exit(0) }
            var members = PromptScreen(
                title: nb ? "Ny gruppe" : "New group",
                lines: [nb ? "Skriv medlemmene i rekkefølgen for møteleder, med komma mellom (fornavn, kallenavn eller initialer)."
                           : "Type the members in the order they take turns to lead, separated by commas (first names, nicknames or initials)."],
                fieldLabel: nb ? "Medlemmer" : "Members", footer: "Enter · Esc")
            guard case .submitted(let list) = members.run(on: terminal) else { terminal.restore(); exit(0) }
            let labels = list.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            do {
                let slug = try store.create(name: groupName, members: labels)
                return GroupEntry(slug: slug, group: try store.load(slug: slug))
            } catch {
                problem = "\(error)"
            }
        }
    }
}
