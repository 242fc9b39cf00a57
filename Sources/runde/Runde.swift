import ArgumentParser
import RundeCore

@main
struct Runde: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runde",
        abstract: "Runde keeps time and structure for a self-help group's meeting.",
        version: AppInfo.version
    )

    func run() throws {
        print("runde \(AppInfo.version)")
    }
}
