import ArgumentParser
import RundeTUI
import RundeText

/// Hidden `runde _keys`: prints the meeting's keys, one `KEY<TAB>WHAT IT DOES` line each, from
/// the same list the `?` help shows. `Scripts/manpage` makes the man page's KEYS section from it.
/// A help line without a key column (such as the check-in note) comes out with an empty key.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_keys",
        abstract: "Print the meeting keys as KEY<TAB>TEXT lines (for the man page).",
        shouldDisplay: false
    )

    @Option(name: .customLong("lang"), help: "Language: nb or en.")
    var keysLang: String = "en"
    /// `--lang` as given: the root's global `--lang` takes it before this command sees it.
    var lang: String {
        CLILanguage.flag(in: CommandLine.arguments).map { $0 == "en" ? "en" : "nb" } ?? keysLang
    }

    func validate() throws {
        guard ["nb", "en"].contains(lang) else { throw ValidationError("--lang must be nb or en") }
    }

    func run() throws {
        let catalog = Catalog(lang == "nb" ? .nb : .en)
        for key in MeetingHelp.lines {
            let (keys, text) = Self.split(catalog[key])
            print(keys + "\t" + text)
        }
    }

    /// "Enter   move on" → ("Enter", "move on"): the key column ends at the first run of two or
    /// more spaces; a line without one is all text.
    static func split(_ line: String) -> (String, String) {
        guard let gap = line.range(of: "  ") else { return ("", line) }
        let key = line[..<gap.lowerBound]
        let text = line[gap.upperBound...].drop(while: { $0 == " " })
        return (String(key), String(text))
    }
}
