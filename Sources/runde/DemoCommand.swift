import RundeText
import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

/// `runde demo [--speed N]`: a rehearsal with a fictional group. Writes nothing.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Rehearse a meeting with a fictional group, with time sped up. Saves nothing."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many times faster than real time the clock runs (1–600).")
    var speed: Double = 10

    func validate() throws {
        guard (1...600).contains(speed) else { throw ValidationError("--speed must be between 1 and 600") }
    }

    func run() throws {
        let launcher = MeetingLauncher(global: global)
        // Plain mode (screen readers): lines of text, no full-screen drawing.
        let terminal: Terminal = global.plain ? PlainTerminal() : launcher.openTerminal(theme: launcher.theme())
        DemoRunner(global: global, speed: speed).run(terminal: terminal)
    }
}

/// Runs the rehearsal on an open terminal; shared by `runde demo` and the first-run screen.
struct DemoRunner {
    let global: GlobalOptions
    let speed: Double

    static let members = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]

    func run(terminal: Terminal) -> Never {
        let env = ProcessInfo.processInfo.environment
        let lang = Lang.resolve(flag: global.lang, environment: env)
        let nb = lang == .nb
        (terminal as? PlainTerminal)?.language = lang
        var tour = PromptScreen(
            title: nb ? "Øvelse – en kort omvisning" : "Rehearsal – a short tour",
            lines: nb ? [
                "Dette er en øvelse med en oppdiktet gruppe. Ingenting lagres.",
                "Tiden går \(Int(speed)) ganger fortere enn vanlig.",
                "Enter fører møtet videre: neste person, neste fase. Nederst står alltid hva Enter gjør.",
                "s = stå over, p = pause, + / - = ett minutt mer eller mindre, mellomrom = hold tiden.",
                "a = noen kom senere, c = avslutning, ? = hjelp, q = avslutt.",
            ] : [
                "This is a rehearsal with a fictional group. Nothing is saved.",
                "Time runs \(Int(speed)) times faster than usual.",
                "Enter moves the meeting on: next person, next phase. The bottom line always says what Enter does.",
                "s = pass, p = pause, + / - = a minute more or less, Space = hold the timer.",
                "a = someone arrived late, c = closing, ? = help, q = quit.",
            ],
            footer: nb ? "Enter start øvelsen · Esc avslutt" : "Enter start the rehearsal · Esc quit")
        tour.strings = Catalog(lang)
        if let plain = terminal as? PlainTerminal { plain.mode = .wholeFrame }
        switch tour.run(on: terminal) {
        case .chose: break
        case .stop(.signal(let n)): terminal.restore(); exit(128 + n)
        default: terminal.restore(); exit(0)
        }
        if let plain = terminal as? PlainTerminal { plain.mode = .footerOnly }
        let clock = ScaledClock(base: BootClock(), speed: speed)
        let now = clock.now()
        let offset = BootClock.utcOffsetSeconds()
        let setup = MeetingSetup(memberCount: Self.members.count, leader: 0, meetingNumber: 3,
                                 date: LocalDate(instant: now, utcOffsetSeconds: offset), utcOffsetSeconds: offset,
                                 plan: .standard, startedAt: now)
        let model = MeetingModel(meeting: MeetingState(setup: setup), roster: Self.members,
                                 groupName: nb ? "Demogruppa" : "Demo group", rules: GroupFile.defaultRules,
                                 todayTheme: nb ? "Å be om hjelp" : "Asking for help", lang: lang, demo: true)
        let runtime = MeetingRuntime(terminal: terminal, clock: clock, model: model, storage: MemoryStorage(),
                                     tickMs: Int(1000 / speed))
        let outcome = runtime.run()
        switch outcome {
        case .signal(let n): terminal.restore(); exit(128 + n)
        case .hangup: terminal.restore(); exit(129)
        default: RootFlow(global: global).offerAfterDemo(terminal: terminal, lang: lang)
        }
    }
}
