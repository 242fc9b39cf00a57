import ArgumentParser
import LineTerminal
import RundeCore
import RundeTUI

/// `runde meeting [--group NAME]`: run a live meeting. (Named apart from RundeTUI's
/// `MeetingCommand`, the command a key gives in a meeting.)
struct MeetingSubcommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "meeting",
            abstract: cli[.cliMeetingAbstract],
            discussion: cli[.cliMeetingDiscussion]
        )
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp(cli[.cliOptGroupNeeded]),
        completion: Completions.groups)
    var group: String?

    @Option(help: ArgumentHelp(cli[.cliOptBell]), completion: Completions.bells)
    var bell: String?

    func validate() throws {
        if let b = bell, BellMode(rawValue: b) == nil { throw ValidationError(cli[.cliBadBell]) }
    }

    func run() throws {
        var launcher = MeetingLauncher(global: global)
        launcher.bellMode = bell.flatMap(BellMode.init(rawValue:))
        let entry = try launcher.findGroup(group)
        let terminal: Terminal =
            global.plain
            ? PlainTerminal()
            : launcher.openTerminal(
                theme: launcher.theme(
                    settingTheme: entry.group.settings.theme,
                    groupFile: global.location.groupFile(entry.slug)))
        let end: MeetingEnded
        do { end = try launcher.runMeeting(entry, terminal: terminal) } catch {
            terminal.restore()
            throw error
        }
        terminal.restore()
        throw end
    }
}
