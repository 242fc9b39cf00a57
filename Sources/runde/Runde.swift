import ArgumentParser
import RundeCore

@main
struct Runde: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runde",
        abstract: "Runde keeps time and structure for a self-help group's meeting.",
        version: AppInfo.version,
        subcommands: [
            // one line per command; each command lives in its own file
            GroupCommand.self,
            HandoverCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print("runde \(AppInfo.version)")
    }
}
