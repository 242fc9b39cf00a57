import ArgumentParser
import Foundation
import RundeCore
import RundeHistory
import RundeText

@main
struct Runde: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "runde",
            abstract: cli[.cliRootAbstract],
            discussion: cli.f(.rootDiscussion, UserGuide.path),
            version: AppInfo.versionLine,
            subcommands: [
                MeetingSubcommand.self,
                DemoCommand.self,
                RoomCommand.self,
                GroupCommand.self,
                HistoryCommand.self,
                HandoverCommand.self,
                ThemesCommand.self,
                TerminalCheckCommand.self,
                BenchCommand.self,
                KeysCommand.self,
            ]
        )
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try RootFlow(global: global).run()
    }

    /// Parses and runs the command; every error goes through `ErrorReport`, the one place
    /// that chooses the exit code and prints the message in the user's language.
    static func main() {
        // Ctrl-\ (SIGQUIT) outside a meeting ends the command quietly, as SIGTERM would: never
        // Swift's crash report. A meeting's terminal takes it over and saves first.
        signal(SIGQUIT) { _ in _exit(128 + SIGQUIT) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReport.exit(with: error)
        }
    }
}
