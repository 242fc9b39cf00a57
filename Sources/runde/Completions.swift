import ArgumentParser
import Foundation
import RundeCore
import RundeHistory
import RundeTUI

/// What the shell completions offer for option values: group names from the data folder, theme
/// names from the catalog, and the fixed values of `--lang`, `--bell` and the `--format`s, each
/// taken from the type that checks the value so the two cannot drift.
enum Completions {
    /// The groups in the data folder the command line points at (`--data-dir`, else
    /// `$RUNDE_HOME`, …): a group's name when it is one plain word, else its folder name (both
    /// are accepted wherever a group is asked for).
    static let groups = CompletionKind.custom { words, _, _ in
        (location(words).map { GroupStore(location: $0).list().entries } ?? []).map { entry in
            let name = entry.group.name
            let plain =
                !name.isEmpty && !TextSafety.containsUnsafe(name)
                && name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
            return plain ? name : entry.slug
        }.sorted()
    }

    /// The names `--theme` accepts: bundled, installed and the user's own.
    static let themes = CompletionKind.custom { words, _, _ in
        ThemeCatalog.forRunde(userThemesDir: location(words)?.themesDir).allNames()
    }

    static let languages = CompletionKind.list(["nb", "en"])
    static let bells = CompletionKind.list(BellMode.allCases.map(\.rawValue))
    static let historyFormats = CompletionKind.list(HistoryFormat.allCases.map(\.rawValue))
    static let historyDetailFormats = CompletionKind.list(
        HistoryFormat.allCases.filter { $0 != .csv }.map(\.rawValue))
    static let meetingFormats = CompletionKind.list(GroupEdit.formats)

    /// The data folder for the command line being completed: its `--data-dir` if it has one;
    /// nil when there is none to read (then nothing is offered).
    private static func location(_ words: [String]) -> DataLocation? {
        var dataDir: String?
        for (i, word) in words.enumerated() {
            if word == "--data-dir", i + 1 < words.count { dataDir = words[i + 1] }
            if word.hasPrefix("--data-dir=") {
                dataDir = String(word.dropFirst("--data-dir=".count))
            }
        }
        return try? DataLocation.resolve(
            override: dataDir, environment: ProcessInfo.processInfo.environment
        ).get()
    }
}
