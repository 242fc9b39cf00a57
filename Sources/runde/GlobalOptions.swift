import ArgumentParser
import Foundation
import RundeCore
import RundeText

/// Options every command accepts (DESIGN §4).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(cli[.cliOptDataDir]), completion: .directory)
    var dataDir: String?

    @Flag(help: ArgumentHelp(cli[.cliOptPlain]))
    var plain = false

    @Option(help: ArgumentHelp(cli[.cliOptTheme]), completion: Completions.themes)
    var theme: String?

    @Option(help: ArgumentHelp(cli[.cliOptLang]), completion: Completions.languages)
    var lang: String?

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(cli[.cliOptNoColor]))
    var noColor = false

    var location: DataLocation {
        DataLocation.resolve(override: dataDir, environment: ProcessInfo.processInfo.environment)
    }

    /// Colour is off with --no-color or a non-empty NO_COLOR.
    var colorEnabled: Bool {
        if noColor { return false }
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return true
    }

    /// The language for output about `group`: `--lang`, the group's setting, then the environment.
    func language(groupSetting: String = "") -> Lang {
        CLILanguage.forGroup(flag: lang, setting: groupSetting)
    }

    func validate() throws {
        if let lang, !["nb", "nn", "no", "en"].contains(lang) {
            throw ValidationError(cli.f(.cliLangInvalid, TextSafety.sanitize(String(lang.prefix(20)))))
        }
    }
}
