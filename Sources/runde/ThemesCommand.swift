import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

/// `runde themes`: lists and previews the themes, or checks one theme file.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List and preview the colour themes, or check a theme file.",
        discussion: """
            Lists the bundled and installed themes and those in $RUNDE_HOME/themes, each with sample lines in \
            its colours. With --theme, previews only that theme. Without colour (--no-color, \
            NO_COLOR) the preview shows what a terminal without colour gets; when the output is \
            not a terminal, styles are described in words.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Check a theme file: prints \"ok\", or the problem and exits 1.", valueName: "path"))
    var check: String?

    func run() throws {
        let catalog = ThemeCatalog.forRunde(userThemesDir: global.location.themesDir)
        if let path = check {
            do {
                _ = try catalog.loadFile(path)
                print("ok")
                return
            } catch {
                try fail(error)
            }
        }
        let entries: [ThemeCatalog.Entry]
        if let spec = global.theme {
            do { entries = [try catalog.resolve(spec)] } catch { try fail(error) }
        } else {
            entries = catalog.entries()
        }
        let color = global.colorEnabled
        let mode: AnsiPreview.Mode = isatty(STDOUT_FILENO) == 1 ? (color ? .color : .attributesOnly) : .words
        var out = ""
        for entry in entries {
            switch entry.result {
            case .success(let document):
                var theme = color ? document.theme : document.theme.monochromeFallback()
                // Head with the name --theme takes, and the file's own name when it differs.
                if theme.name != entry.name { theme.name = "\(entry.name) — \(theme.name)" }
                out += AnsiPreview.render(theme: theme, description: document.description,
                                          source: entry.origin.label, mode: mode, language: language)
            case .failure(let error):
                out += TextSafety.sanitize(entry.name) + "  (" + TextSafety.sanitize(entry.origin.label) + ")\n"
                out += "  refused: \(error)\n"
            }
            out += "\n"
        }
        print(out, terminator: "")
    }

    /// `--lang`, else LC_ALL / LC_MESSAGES / LANG: nb, nn and no give Norwegian, the rest English.
    private var language: PlainAnnouncer.Language {
        if let lang = global.lang, let l = PlainAnnouncer.Language(code: lang) { return l }
        let env = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
        return PlainAnnouncer.Language(code: String(locale.prefix(2))) ?? .en
    }

    private func fail(_ error: ThemeError) throws -> Never {
        FileHandle.standardError.write(Data("runde: \(error)\n".utf8))
        throw ExitCode(1)
    }
}
