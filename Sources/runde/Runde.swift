import ArgumentParser
import RundeCore
import RundeHistory

@main
struct Runde: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runde",
        abstract: "Runde keeps time and structure for a self-help group's meeting.",
        version: AppInfo.versionLine,
        subcommands: [
            MeetingCommand.self,
            DemoCommand.self,
            GroupCommand.self,
            HistoryCommand.self,
            HandoverCommand.self,
            ThemesCommand.self,
            TerminalCheckCommand.self,
            BenchCommand.self,
            KeysCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        RootFlow(global: global).run()
    }
}
