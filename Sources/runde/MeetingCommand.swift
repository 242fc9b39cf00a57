import ArgumentParser
import RundeCore
import RundeTUI

/// `runde meeting [--group NAME]`: run a live meeting.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Run a live meeting for a group.",
        discussion: "Enter moves the meeting forward; the footer always shows the keys that apply. "
            + "An unfinished meeting is offered for resuming the next time."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "The group's name (needed when there are several).", completion: Completions.groups)
    var group: String?

    @Option(help: "Signal the end of a turn and of the pause: off, audible or flash (default: the group's bell setting, off unless turned on).",
            completion: Completions.bells)
    var bell: String?

    func validate() throws {
        if let b = bell, BellMode(rawValue: b) == nil { throw ValidationError("--bell must be off, audible or flash") }
    }

    func run() throws {
        var launcher = MeetingLauncher(global: global)
        launcher.bellMode = bell.flatMap(BellMode.init(rawValue:))
        let entry: GroupEntry
        do { entry = try launcher.findGroup(group) } catch { fail(error) }
        if global.plain {
            let plain = PlainTerminal()
            launcher.runMeeting(entry, terminal: plain, plain: plain)
        }
        let terminal = launcher.openTerminal(theme: launcher.theme(settingTheme: entry.group.settings.theme))
        launcher.runMeeting(entry, terminal: terminal)
    }
}
