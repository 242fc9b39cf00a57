import ArgumentParser
import Foundation
import RundeCore
import RundeText

/// Options every command accepts (DESIGN §4).
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(cli[.cliOptDataDir], valueName: cli[.valueFolder]),
        completion: .directory)
    var dataDir: String?

    @Flag(help: ArgumentHelp(cli[.cliOptPlain]))
    var plain = false

    @Option(
        help: ArgumentHelp(cli[.cliOptTheme], valueName: cli[.valueTheme]),
        completion: Completions.themes)
    var theme: String?

    @Option(
        help: ArgumentHelp(cli[.cliOptLang], valueName: cli[.valueLang]),
        completion: Completions.languages)
    var lang: String?

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(cli[.cliOptNoColor]))
    var noColor = false

    /// The data folder; with none usable (HOME unset or empty, or a file given) it refuses
    /// with a message naming --data-dir and RUNDE_HOME, and never falls back to /tmp.
    var location: DataLocation {
        let env = ProcessInfo.processInfo.environment
        switch DataLocation.resolve(override: dataDir, environment: env) {
        case .success(let loc): return loc
        case .failure(let problem):
            let text = Catalog(Lang.resolve(flag: lang, environment: env))
            switch problem {
            case .noHome: fail(.runtime(text[.noHome]))
            case .notAFolder(let path):
                fail(.runtime(text.f(.dataDirNotFolder, TextSafety.sanitize(path))))
            case .unreadable(let path):
                fail(.runtime(text.f(.folderUnreadable, TextSafety.sanitize(path))))
            }
        }
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
            throw ValidationError(
                cli.f(.cliLangInvalid, TextSafety.sanitize(String(lang.prefix(20)))))
        }
    }
}
