import ArgumentParser
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// `runde themes`: lists and previews the themes, or checks one theme file.
struct ThemesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "themes", abstract: cli[.cliThemesAbstract],
            discussion: cli[.cliThemesDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(cli[.cliOptCheck], valueName: "path"))
    var check: String?

    func run() throws {
        let catalog = ThemeCatalog.forRunde(userThemesDir: global.location.themesDir)
        if let path = check {
            _ = try catalog.loadFile(path)
            print("ok")
            return
        }
        let entries: [ThemeCatalog.Entry]
        if let spec = global.theme {
            entries = [try catalog.resolve(spec)]
        } else {
            entries = catalog.entries()
        }
        let lang = global.language()
        let c = Catalog(lang)
        let color = global.colorEnabled
        let mode: AnsiPreview.Mode =
            isatty(STDOUT_FILENO) == 1 ? (color ? .color : .attributesOnly) : .words
        var out = ""
        for entry in entries {
            switch entry.result {
            case .success(let document):
                var theme = color ? document.theme : document.theme.monochromeFallback()
                // Head with the name --theme takes, and the file's own name when it differs.
                if theme.name != entry.name { theme.name = "\(entry.name) — \(theme.name)" }
                // A bundled theme's description comes from the catalog; a file's is its own.
                // (also an installed copy of a bundled theme that still has its own description).
                let bundled = ThemeText.bundledDescription(entry.name).flatMap { key in
                    entry.origin == .bundled || document.description == Catalog(.en)[key]
                        ? key : nil
                }
                out += AnsiPreview.render(
                    theme: theme, description: bundled.map { c[$0] } ?? document.description,
                    source: entry.origin.label, mode: mode, language: lang)
            case .failure(let error):
                out +=
                    TextSafety.sanitize(entry.name) + "  ("
                    + TextSafety.sanitize(entry.origin.label) + ")\n"
                out += c.f(.cliThemeRefused, error) + "\n"
            }
            out += "\n"
        }
        print(out, terminator: "")
    }
}
