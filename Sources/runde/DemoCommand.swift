import ArgumentParser
import Foundation
import LineTerminal
import RundeCore
import RundeTUI
import RundeText

/// `runde demo [--speed N]`: a rehearsal with a fictional group. Writes nothing.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: cli[.cliDemoAbstract])
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(cli[.cliOptSpeed]))
    var speed: Double = 10

    @Flag(help: ArgumentHelp(cli[.optDemoFirst]))
    var first = false

    func validate() throws {
        guard (1...600).contains(speed) else { throw ValidationError(cli[.cliBadSpeed]) }
    }

    func run() throws {
        let launcher = MeetingLauncher(global: global)
        // Plain mode (screen readers): lines of text, no full-screen drawing.
        let terminal: Terminal =
            global.plain ? PlainTerminal() : launcher.openTerminal(theme: launcher.theme())
        let lang = Lang.resolve(flag: global.lang, environment: ProcessInfo.processInfo.environment)
        // A rehearsal that ends normally goes on to the offer to create a group.
        try RootFlow(global: global, demoSpeed: speed, demoFirst: first).run(
            from: .demo(fromWelcome: false), on: terminal, lang: lang)
    }
}

/// Runs the rehearsal on an open terminal; shared by `runde demo` and the first-run screen.
struct DemoRunner {
    let global: GlobalOptions
    let speed: Double
    /// The first meeting of a new group (presentation, expectations, using the group, the frame
    /// and the rules) instead of a regular one: `--first`, or `f` on the tour.
    var first = false

    static let members = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]

    /// How a rehearsal ended.
    enum End: Equatable {
        /// Esc on the tour, reached from the first-run screen: back there.
        case back
        /// The rehearsal ran to its end: on to the offer to create a group.
        case finished
        /// `q` on the tour (0), or a signal or hang-up (128 + n, 129).
        case exit(Int32)
    }

    /// Runs the rehearsal. Started as `runde demo`, the tour is the first screen: Esc there
    /// stays and says that q quits (`canGoBack` false).
    func rehearse(terminal: Terminal, canGoBack: Bool = false) throws -> End {
        let env = ProcessInfo.processInfo.environment
        let lang = Lang.resolve(flag: global.lang, environment: env)
        let c = Catalog(lang)
        var first = self.first
        var tour = PromptScreen(
            title: c[.cliDemoTourTitle],
            lines: [
                c[.cliDemoTour1],
                speed == 1 ? c[.demoRealTime] : c.f(.cliDemoTour2, Int(speed)),
                // A listener has no bottom line: plain mode names the key that says it.
                terminal.speaks ? c[.demoTourPlain] : c[.cliDemoTour3],
                c[.cliDemoTour4], c[.cliDemoTour5],
                first ? c[.demoTourFirstChosen] : c[.demoTourFirst],
            ],
            enterLabel: c[.demoTourEnter])
        tour.strings = c
        tour.isTopScreen = !canGoBack
        tour.enterHelp = c[.demoTourEnter]
        if !first {
            // One letter for the first meeting, in the prompt's own key table (the footer and `?`
            // show it).
            tour.keys = [
                PromptKey(
                    "f", short: c[.demoKeyFirstShort], words: c[.demoKeyFirstWords])
            ]
        }
        switch tour.run(on: terminal, letters: first ? [] : ["F"]) {
        case .chose: break
        case .key("f"), .key("F"): first = true
        case .cancelled: return .back
        case .stop(let event): return .exit(ProgramEnd<Void>.stopped(event).stopCode ?? 1)
        default: return .exit(0)
        }
        let clock = ScaledClock(base: BootClock(), speed: speed)
        let now = clock.now()
        let offset = BootClock.utcOffsetSeconds()
        // A regular third meeting, or the first one a new group's leader faces (weekly at first).
        let format: MeetingFormat = first ? .first : .regular
        let setup = MeetingSetup(
            memberCount: Self.members.count, leader: 0, meetingNumber: first ? 1 : 3,
            date: LocalDate(instant: now, utcOffsetSeconds: offset), utcOffsetSeconds: offset,
            plan: .standard, startedAt: now, agenda: format.agenda, format: format.rawValue,
            nextMeetingInDays: first ? 7 : 14)
        var model = MeetingModel(
            meeting: MeetingState(setup: setup), roster: Self.members,
            groupName: c[.cliDemoGroupName], rules: GroupFile.defaultRules(lang),
            todayTheme: first ? "" : c[.cliDemoTheme], lang: lang, demo: true)
        if first { model.horizon = 12 }
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: MemoryStorage(),
            tickMs: Int(1000 / speed))
        switch runtime.run() {
        case .signal(let n): return .exit(128 + n)
        case .hangup: return .exit(129)
        case .finished, .quit: return .finished
        }
    }
}
