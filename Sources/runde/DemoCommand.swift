import ArgumentParser
import Foundation
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

    func validate() throws {
        guard (1...600).contains(speed) else { throw ValidationError(cli[.cliBadSpeed]) }
    }

    func run() throws {
        let launcher = MeetingLauncher(global: global)
        // Plain mode (screen readers): lines of text, no full-screen drawing.
        let terminal: Terminal =
            global.plain ? PlainTerminal() : launcher.openTerminal(theme: launcher.theme())
        let code = try DemoRunner(global: global, speed: speed).rehearse(terminal: terminal) ?? 0
        if code != 0 { throw ExitCode(code) }
    }
}

/// Runs the rehearsal on an open terminal; shared by `runde demo` and the first-run screen.
struct DemoRunner {
    let global: GlobalOptions
    let speed: Double

    static let members = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]

    /// Runs the rehearsal from the first-run screen: returns when Esc on the demo's first
    /// screen goes back there; else it ends the process (as the rehearsal's end does).
    func run(terminal: Terminal) throws {
        if let code = try rehearse(terminal: terminal, canGoBack: true) { throw ExitCode(code) }
    }

    /// Runs the rehearsal; returns the exit code when it stops early (0 from `q` on the tour,
    /// 128+n after signal n), with the terminal restored, or nil when Esc on the tour goes back
    /// (`canGoBack`: reached from the first-run screen). Started as `runde demo`, the tour is the
    /// first screen: Esc there stays and says that q quits. A rehearsal that ends normally goes
    /// on to the offer to create a group, which ends the process.
    func rehearse(terminal: Terminal, canGoBack: Bool = false) throws -> Int32? {
        let env = ProcessInfo.processInfo.environment
        let lang = Lang.resolve(flag: global.lang, environment: env)
        let c = Catalog(lang)
        (terminal as? PlainTerminal)?.language = lang
        var tour = PromptScreen(
            title: c[.cliDemoTourTitle],
            lines: [
                c[.cliDemoTour1],
                speed == 1 ? c[.closedDemoRealTime] : c.f(.cliDemoTour2, Int(speed)),
                c[.cliDemoTour3],
                c[.cliDemoTour4], c[.cliDemoTour5],
            ],
            footer: canGoBack ? c[.barDemoTourKeysBack] : c[.barDemoTourKeysTop])
        tour.strings = c
        tour.isTopScreen = !canGoBack
        tour.helpLines = [c[.barDemoTourEnter]]
        if let plain = terminal as? PlainTerminal { plain.mode = .wholeFrame }
        switch tour.run(on: terminal) {
        case .chose: break
        case .cancelled: return nil
        case .stop(.signal(let n)):
            terminal.restore()
            return 128 + n
        default:
            terminal.restore()
            return 0
        }
        if let plain = terminal as? PlainTerminal { plain.mode = .footerOnly }
        let clock = ScaledClock(base: BootClock(), speed: speed)
        let now = clock.now()
        let offset = BootClock.utcOffsetSeconds()
        let setup = MeetingSetup(
            memberCount: Self.members.count, leader: 0, meetingNumber: 3,
            date: LocalDate(instant: now, utcOffsetSeconds: offset), utcOffsetSeconds: offset,
            plan: .standard, startedAt: now)
        let model = MeetingModel(
            meeting: MeetingState(setup: setup), roster: Self.members,
            groupName: c[.cliDemoGroupName], rules: GroupFile.defaultRules(lang),
            todayTheme: c[.cliDemoTheme], lang: lang, demo: true)
        let runtime = MeetingRuntime(
            terminal: terminal, clock: clock, model: model, storage: MemoryStorage(),
            tickMs: Int(1000 / speed))
        let outcome = runtime.run()
        switch outcome {
        case .signal(let n):
            terminal.restore()
            return 128 + n
        case .hangup:
            terminal.restore()
            return 129
        default: try RootFlow(global: global).offerAfterDemo(terminal: terminal, lang: lang)
        }
    }
}
