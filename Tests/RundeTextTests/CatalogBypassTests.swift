import Foundation
import Testing

/// Fails when a text shown to a person bypasses the catalog (DESIGN §3, issue 17): it reads
/// every Swift file under `Sources/` except `Sources/RundeText` and looks for
///  - a text chosen inline by language (`nb ? "…" : "…"`, `lang == .nb ? …`, `isNorwegian ? …`),
///  - a string literal with a word in it handed straight to something a person reads: `print`,
///    standard error, `ValidationError`, a command's `abstract:`/`discussion:`, an option's
///    `help:`, a drawn `put(`/`status(`/`title(`, a `PromptScreen` title, lines or footer.
/// The few places allowed to keep such literals are listed below, each with its reason; a new
/// one fails the test until it goes through `Catalog`.
@Suite struct CatalogBypassTests {
    /// (file suffix, a piece of the offending line or "*" for the whole file, why it may stay).
    static let allowed: [(file: String, piece: String, reason: String)] = [
        (
            "Sources/runde/BenchCommand.swift", "*",
            "hidden `_bench-render`, a benchmark tool for Benchmarks/run, not for people"
        ),
        (
            "Sources/runde/TerminalCheckCommand.swift", "*",
            "hidden `_terminal-check`, a test fixture for the terminal layer"
        ),
        (
            "Sources/runde/KeysCommand.swift", "*",
            "hidden `_keys`, feeds Scripts/manpage; the texts it prints come from the catalog"
        ),
        ("Sources/runde/HistoryCommands.swift", "_generate-logs", "hidden benchmark command"),
        ("Sources/runde/HistoryCommands.swift", "Write synthetic logs", "hidden benchmark command"),
        ("Sources/runde/HistoryCommands.swift", "How many logs.", "hidden benchmark command"),
        ("Sources/runde/HistoryCommands.swift", "Random seed.", "hidden benchmark command"),
        ("Sources/runde/HistoryCommands.swift", "could not write", "hidden benchmark command"),
        ("Sources/runde/HistoryCommands.swift", "wrote \\(count) logs", "hidden benchmark command"),
        (
            "Sources/runde/GroupCommands.swift", "meeting_minutes",
            "`group show` prints the setting names `--set` takes, as keys"
        ),
        ("Sources/runde/GroupCommands.swift", "pause_minutes", "setting name, as above"),
        ("Sources/runde/GroupCommands.swift", "pause_at_minute", "setting name, as above"),
        ("Sources/runde/GroupCommands.swift", "turn_seconds", "setting name, as above"),
        ("Sources/runde/GroupCommands.swift", "\"  bell: \"", "setting name, as above"),
        ("Sources/runde/GroupCommands.swift", "\"  language: \"", "setting name, as above"),
        ("Sources/runde/GroupCommands.swift", "\"  theme: \"", "setting name, as above"),
        (
            "Sources/runde/ThemesCommand.swift", "print(\"ok\")",
            "`themes --check` prints ok for scripts"
        ),
        (
            "Sources/runde/ErrorReport.swift", "runde history --group",
            "a command line, not a sentence"
        ),
        (
            "Sources/CursesTerminal/", "*",
            "terminal layer errors (no terminal, too small) are reported through the executable"
        ),
        ("Sources/", "\"Enter · Esc\"", "key names in a footer, not words"),
        ("Sources/", "\"↑/↓ · Enter · Esc\"", "key names in a footer, not words"),
        ("Sources/", "\"↑/↓ · Enter\"", "key names in a footer, not words"),
    ]

    static var sourcesRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every offending line as "file:line: text".
    static func offenders() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: sourcesRoot.path) else {
            return ["cannot read Sources"]
        }
        var out: [String] = []
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift"), !rel.hasPrefix("RundeText/") else { continue }
            let file = "Sources/" + rel
            guard
                let text = try? String(
                    contentsOfFile: sourcesRoot.path + "/" + rel, encoding: .utf8)
            else { continue }
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            {
                let l = String(line)
                let trimmed = l.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") { continue }
                guard inlineLanguageChoice(l) || literalShownToAPerson(l) else { continue }
                let ok = allowed.contains {
                    file.hasSuffix($0.file) || file.hasPrefix($0.file)
                        ? ($0.piece == "*" || l.contains($0.piece)) : false
                }
                if !ok { out.append("\(file):\(n + 1): \(trimmed)") }
            }
        }
        return out.sorted()
    }

    static func inlineLanguageChoice(_ l: String) -> Bool {
        l.contains("nb ? ") || l.contains("== .nb ?") || l.contains("isNorwegian ?")
    }

    /// The callee and argument labels whose string literal reaches a person.
    static let sinks = [
        "print(", "printError(", "warn(", "ValidationError(", "abstract: ", "discussion: ",
        "help: ",
        "ArgumentHelp(", ".write(Data(", "put(", "status(", "title(", "title: ", "lines: [",
        "footer: ",
        "fieldLabel: ", "CommandError(", "RundeFailure.usage(", "RundeFailure.runtime(", ".usage(",
        ".runtime(",
    ]

    /// A sink directly followed by a string literal holding a word (two letters in a row outside
    /// `\(…)`).
    static func literalShownToAPerson(_ l: String) -> Bool {
        for sink in sinks {
            var search = l.startIndex
            while let r = l.range(of: sink, range: search..<l.endIndex) {
                search = r.upperBound
                var i = r.upperBound
                while i < l.endIndex, l[i] == " " { i = l.index(after: i) }
                if i < l.endIndex, l[i] == "#" { i = l.index(after: i) }
                guard i < l.endIndex, l[i] == "\"" else { continue }
                if hasWord(literal(l, from: l.index(after: i))) { return true }
            }
        }
        return false
    }

    /// The literal's text up to its closing quote, with `\(…)` interpolations removed.
    static func literal(_ l: String, from start: String.Index) -> String {
        var out = ""
        var i = start
        var depth = 0
        while i < l.endIndex {
            let c = l[i]
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if c == "\\" {
                let n = l.index(after: i)
                if n < l.endIndex, l[n] == "(" {
                    depth = 1
                    i = l.index(after: n)
                    continue
                }
                i = n < l.endIndex ? l.index(after: n) : n
                continue
            } else if c == "\"" {
                break
            } else {
                out.append(c)
            }
            i = l.index(after: i)
        }
        return out
    }

    static func hasWord(_ s: String) -> Bool {
        var run = 0
        for c in s {
            run = c.isLetter ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    @Test func noTextShownToAPersonBypassesTheCatalog() {
        let found = Self.offenders()
        #expect(
            found.isEmpty,
            "texts outside the catalog (move them to an area in Sources/RundeText):\n\(found.joined(separator: "\n"))"
        )
    }

    /// The scanner itself finds what it is meant to find (so an empty result means something).
    @Test func theScannerCatchesTheUsualShapes() {
        #expect(Self.literalShownToAPerson(#"        print("Created the group \(name).")"#))
        #expect(
            Self.literalShownToAPerson(
                #"throw ValidationError("--speed must be between 1 and 600")"#))
        #expect(
            Self.literalShownToAPerson(
                #"    static let configuration = CommandConfiguration(commandName: "x", abstract: "List things.")"#
            ))
        #expect(Self.literalShownToAPerson(#"@Option(help: "Output format.")"#))
        #expect(Self.literalShownToAPerson(#"f.put("Make the window larger", x: 1, y: 2)"#))
        #expect(Self.inlineLanguageChoice(#"let t = nb ? "Ny gruppe" : "New group""#))
        #expect(!Self.literalShownToAPerson(#"print(c.f(.cliGroupCreated, name, n))"#))
        #expect(!Self.literalShownToAPerson(#"f.put("›", x: 0, y: y)"#))
        #expect(!Self.literalShownToAPerson(#"print("  \(i). \(name)")"#))
    }
}
