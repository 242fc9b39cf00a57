import ArgumentParser
import CursesTerminal
import Foundation
import LineTerminal
import RundeCore
import RundeRoom
import RundeTUI
import RundeText

/// `runde room [--group NAME]`: the name-free room view of the meeting running for a group on
/// this computer, for a screen the whole circle sees (DESIGN §4 "The room view"). Read-only:
/// it only listens. It uses the group's language and theme, as the meeting does.
struct RoomCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "room",
            abstract: cli[.cliRoomAbstract],
            discussion: cli[.cliRoomDiscussion]
        )
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp(cli[.cliOptGroupNeeded]),
        completion: Completions.groups)
    var group: String?

    func run() throws {
        let launcher = MeetingLauncher(global: global)
        let entry = try launcher.findGroup(group)
        let lang = Lang.resolve(
            flag: global.lang, groupSetting: entry.group.settings.language,
            environment: ProcessInfo.processInfo.environment)
        // Plain mode (a screen reader) hears the view in words instead of drawn digits.
        let curses: CursesTerminal? =
            global.plain
            ? nil
            : launcher.openTerminal(theme: launcher.theme(settingTheme: entry.group.settings.theme))
        let terminal: Terminal = curses ?? PlainTerminal()
        let runtime = RoomRuntime(
            terminal: terminal, client: RoomClient(path: global.location.roomSocket(entry.slug)),
            lang: lang, watch: { curses?.wakeDescriptor = $0 })
        let outcome = runtime.run()
        terminal.restore()
        switch outcome {
        case .quit: return
        case .signal(let n): throw ExitCode(128 + n)
        case .hangup: throw ExitCode(129)
        }
    }
}

extension MeetingLauncher {
    /// Opens the room view's socket for a meeting and has the meeting publish to it each time
    /// its loop wakes. A meeting runs the same without it: a socket that cannot be made (a
    /// file in its place, a folder that refuses it) leaves room views waiting, never the
    /// meeting. The caller closes it when the meeting ends, which removes the file.
    func openRoom(slug: String, for runtime: MeetingRuntime) -> RoomServer? {
        guard let room = try? RoomServer(path: global.location.roomSocket(slug)) else {
            return nil
        }
        runtime.roomPublisher = { model in
            room.publish(RoomMessage(meeting: model.meeting, processCard: model.processCard))
        }
        return room
    }
}
