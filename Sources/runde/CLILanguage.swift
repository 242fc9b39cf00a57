import Foundation
import RundeText

/// The language of the command line: `--lang` as written in the arguments, else
/// `LC_ALL`/`LC_MESSAGES`/`LANG`. It is read before ArgumentParser parses anything, so the
/// `--help` texts and parse errors are in that language too. Commands that work on a group
/// use `Lang.resolve` with the group's own `language` setting between the two.
enum CLILanguage {
    /// The language from the process's own arguments and environment.
    static let lang: Lang = resolve(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    /// The catalog in that language.
    static let catalog = Catalog(lang)

    /// `--lang X` or `--lang=X` (the last one given, before a `--`), else the environment.
    /// The machine-readable dumps (`--experimental-dump-help`, completion scripts) never follow
    /// the environment, so docs/ made from them do not depend on who builds them: the help dump
    /// is English unless `--lang` asks (the Norwegian man page), completions always English.
    static func resolve(arguments: [String], environment: [String: String]) -> Lang {
        if arguments.contains("--experimental-dump-help") {
            return flag(in: arguments).flatMap { Lang(code: $0) } ?? .en
        }
        if arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) {
            return .en
        }
        return Lang.resolve(flag: flag(in: arguments), environment: environment)
    }

    /// The value of `--lang` in the arguments, only when it names a language Runde speaks (a
    /// bad value is refused by the parser, in the environment's language).
    static func flag(in arguments: [String]) -> String? {
        var found: String?
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count {
                found = arguments[i + 1]
                i += 2
                continue
            }
            if a.hasPrefix("--lang=") { found = String(a.dropFirst("--lang=".count)) }
            i += 1
        }
        guard let found, Lang(code: found) != nil else { return nil }
        return found
    }

    /// The language for a group's output: `--lang`, then the group's setting, then the environment.
    static func forGroup(flag: String?, setting: String) -> Lang {
        Lang.resolve(
            flag: flag, groupSetting: setting, environment: ProcessInfo.processInfo.environment)
    }
}

/// The command line's catalog (shorthand used by the commands' help and messages).
var cli: Catalog { CLILanguage.catalog }
