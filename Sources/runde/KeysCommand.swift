import ArgumentParser
import RundeCore
import RundeTUI
import RundeText

/// Hidden `runde _keys`: prints every key of every screen, one `KEY<TAB>WHAT IT DOES` line
/// each, made from the screens' own keymaps (the same tables their footers and `?` read).
/// Each screen starts with a `# Heading` line. A line without a key (the check-in note) comes
/// out with an empty key. `Scripts/manpage` makes the man page's KEYS section from it.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_keys",
        abstract: "Print every screen's keys as KEY<TAB>TEXT lines (for the man page).",
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
        // `--lang` is also the root command's global option, which the parser gives it first:
        // read it from the arguments as written, so `_keys --lang nb` is Norwegian.
        let written = CLILanguage.flag(in: CommandLine.arguments) ?? lang
        for line in Self.lines(Catalog(written == "nb" ? .nb : .en)) { print(line) }
    }

    /// The whole listing: the meeting (and its questions) first, then each other screen.
    static func lines(_ c: Catalog) -> [String] {
        var out = ["# " + c[.keysMeeting]]
        out += MeetingHelp.manual(c).map { $0.cap + "\t" + $0.words }
        out += MeetingHelp.notes.map { "\t" + c[$0] }
        out.append("# " + c[.keysMeetingDialogs])
        out += MeetingHelp.dialogManual(c).map { $0.cap + "\t" + $0.words }
        for (heading, keymap) in screens(c) {
            out.append("# " + c[heading])
            var seen: Set<String> = []
            for b in keymap {
                // A line whose cap is in its words (typing in a field) is named by its keys.
                let cap = b.cap.isEmpty ? MeetingHelp.cap(b.keys) : b.cap
                guard !cap.isEmpty, seen.insert(cap + b.help).inserted else { continue }
                out.append(cap + "\t" + b.help)
            }
        }
        return out
    }

    /// The other screens with keys, each as the keymap it binds (a screen with several views,
    /// such as history, lists the keys of each).
    static func screens(_ c: Catalog) -> [(CLIText, [KeyBinding])] {
        var tour = PromptScreen(title: "", enterLabel: c[.demoTourEnter])
        tour.strings = c
        tour.enterHelp = c[.demoTourEnter]
        let group = GroupScreen(
            group: GroupFile(name: "", members: []), lang: c.lang)
        var history = HistoryBrowserState(summaries: [])
        var historyKeys = HistoryBrowserScreen.keymap(history, c)
        history.screen = .detail
        historyKeys += HistoryBrowserScreen.keymap(history, c)
        history.screen = .trends
        historyKeys += HistoryBrowserScreen.keymap(history, c)
        return [
            (.keysWelcome, PromptScreen.welcome(c).keymap),
            (.keysChooser, PromptScreen.chooser(names: [""], c).keymap),
            (.keysNewGroup, NewGroupForm(c).keymap),
            (.keysResume, ResumeOffer.manualKeymap(isOld: false, c)),
            (.keysDemo, tour.keymap),
            (.keysGroupScreen, group.keymap),
            (.keysHistory, historyKeys),
        ]
    }
}
