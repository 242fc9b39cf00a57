import ArgumentParser
import Foundation
import RundeCore
import RundeText

/// Options every command accepts (DESIGN §4).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data folder (overrides $RUNDE_HOME).", completion: .directory)
    var dataDir: String?

    @Flag(help: "Screen-reader mode: milestones as lines of text, no full-screen drawing.")
    var plain = false

    @Option(help: "Theme name (see `runde themes`) or a theme file path.", completion: Completions.themes)
    var theme: String?

    @Option(help: "Language: nb or en (default from LANG).", completion: Completions.languages)
    var lang: String?

    @Flag(name: .customLong("no-color"), help: "No colours (NO_COLOR is respected too).")
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
            case .noHome: fail(.runtime(text[.robustNoHome]))
            case .notAFolder(let path): fail(.runtime(text.f(.robustDataDirNotFolder, TextSafety.sanitize(path))))
            }
        }
    }

    /// Colour is off with --no-color or a non-empty NO_COLOR.
    var colorEnabled: Bool {
        if noColor { return false }
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return true
    }

    func validate() throws {
        if let lang, !["nb", "nn", "no", "en"].contains(lang) {
            throw ValidationError("--lang must be nb or en, not \"\(TextSafety.sanitize(String(lang.prefix(20))))\"")
        }
    }
}
