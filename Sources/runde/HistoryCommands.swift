import CursesTerminal
import ArgumentParser
import Foundation
import RundeCore
import RundeHistory
import RundeTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `runde history`: browse past meetings (TUI on a terminal, else a table), list, show, delete.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Look back over past meetings: browse, list, show or delete logs.",
        discussion: "Without a subcommand, opens the browser when output is a terminal and prints the table otherwise.",
        subcommands: [HistoryList.self, HistoryShow.self, HistoryDelete.self, HistoryGenerateLogs.self]
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    func run() throws {
        let slug = try HistoryCLI.resolveGroup(group, global)
        let logsDir = global.location.logsDir(slug)
        let lang = HistoryCLI.language(global)
        if !global.plain, isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1,
           let terminal = try HistoryCLI.openTerminal(theme: MeetingLauncher(global: global).theme(), color: global.colorEnabled) {
            defer { terminal.restore() }
            let result = runHistoryBrowser(terminal: terminal, logsDir: logsDir, lang: lang)
            terminal.restore()
            for b in result.broken { HistoryCLI.warn(b.message) }
            return
        }
        let index = HistoryIndex.load(logsDir: logsDir)
        try HistoryCLI.printList(index, format: .table, lang: lang)
    }
}

/// `runde history list`: every logged meeting as a table, CSV, JSON or Markdown.
struct HistoryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List past meetings (no curses; for scripts and printing).")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    @Option(help: "Output format: table, csv, json or markdown.", completion: Completions.historyFormats)
    var format: String = "table"

    func validate() throws {
        guard HistoryFormat(argument: format) != nil else {
            throw ValidationError("--format must be table, csv, json or markdown, not \"\(HistoryCLI.clip(format))\"")
        }
    }

    func run() throws {
        let fmt = HistoryFormat(argument: format) ?? .table
        let slug = try HistoryCLI.resolveGroup(group, global)
        let index = HistoryIndex.load(logsDir: global.location.logsDir(slug))
        try HistoryCLI.printList(index, format: fmt, lang: HistoryCLI.language(global))
    }
}

/// `runde history show ID`: one meeting in detail.
struct HistoryShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one meeting: phases planned vs actual, turns, speaking distribution.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The log id, as in `history list` (e.g. 2026-11-21-007).")
    var id: String

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    @Option(help: "Output format: table, json or markdown.", completion: Completions.historyDetailFormats)
    var format: String = "table"

    func validate() throws {
        guard let f = HistoryFormat(argument: format), f != .csv else {
            throw ValidationError("--format must be table, json or markdown, not \"\(HistoryCLI.clip(format))\"")
        }
    }

    func run() throws {
        let fmt = HistoryFormat(argument: format) ?? .table
        let slug = try HistoryCLI.resolveGroup(group, global)
        switch HistoryLogFiles.load(id: id, logsDir: global.location.logsDir(slug)) {
        case let .success(log):
            let detail = HistoryDetail(id: HistoryIndex.logID(id), log: log)
            HistoryCLI.emit(HistoryDetailFormatter.render(detail, format: fmt, lang: HistoryCLI.language(global)))
        case let .failure(f):
            HistoryCLI.warn(f.description)
            throw ExitCode(1)
        }
    }
}

/// `runde history delete ID`: removes one log (after a confirmation unless `--yes`).
struct HistoryDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete one meeting's log.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The log id, as in `history list`.")
    var id: String

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let slug = try HistoryCLI.resolveGroup(group, global)
        let logsDir = global.location.logsDir(slug)
        guard HistoryLogFiles.exists(id: id, logsDir: logsDir) else {
            switch HistoryLogFiles.fileName(for: id) {
            case let .failure(f): HistoryCLI.warn(f.description)
            case .success: HistoryCLI.warn(HistoryLogFiles.Failure.notFound(id).description)
            }
            throw ExitCode(1)
        }
        let shown = TextSafety.sanitize(HistoryIndex.logID(id))
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                HistoryCLI.warn("not a terminal: add --yes to delete \(shown) without asking")
                throw ExitCode(64)
            }
            let nb = HistoryLabels(lang: HistoryCLI.language(global)).isNorwegian
            FileHandle.standardError.write(Data((nb ? "Slette loggen \(shown)? Dette kan ikke angres. [y/N] "
                                                    : "Delete log \(shown)? This cannot be undone. [y/N] ").utf8))
            let answer = readLine()?.trimmingSpaces().lowercased() ?? ""
            guard answer == "y" || answer == "yes" || answer == "j" || answer == "ja" else {
                HistoryCLI.warn(nb ? "Ikke slettet." : "Not deleted.")
                return
            }
        }
        switch HistoryLogFiles.delete(id: id, logsDir: logsDir) {
        case .success: HistoryCLI.emit("deleted \(shown)\n")
        case let .failure(f):
            HistoryCLI.warn(f.description)
            throw ExitCode(1)
        }
    }
}

/// `runde _generate-logs`: writes synthetic logs for benchmarks (hidden).
struct HistoryGenerateLogs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_generate-logs",
        abstract: "Write synthetic logs into a group's logs folder (benchmarks).",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many logs.")
    var count: Int = 100

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String { groupOption.group ?? "bench" }

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func run() throws {
        let dir = global.location.logsDir(GroupFile.slug(for: group))
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var gen = SampleLogGenerator(seed: seed)
        for n in 1...max(1, count) {
            let log = gen.log(number: n)
            let path = dir + "/" + DataLocation.logFileName(date: log.date, meetingNumber: n)
            let ok = FileManager.default.createFile(atPath: path, contents: try SessionLogCodec.encode(log),
                                                    attributes: [.posixPermissions: 0o600])
            guard ok else { HistoryCLI.warn("could not write \(path)"); throw ExitCode(1) }
        }
        HistoryCLI.emit("wrote \(count) logs to \(dir)\n")
    }
}

/// `--group NAME`, shared by `history` and its subcommands (so it works on either side).
struct HistoryGroupOption: ParsableArguments {
    @Option(help: "The group (needed only when there are several).", completion: Completions.groups)
    var group: String?
}

/// Shared plumbing of the history commands.
enum HistoryCLI {
    static func clip(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(30))) }

    static func language(_ global: GlobalOptions) -> String {
        if let l = global.lang { return ["nb", "nn", "no"].contains(l) ? "nb" : "en" }
        let env = ProcessInfo.processInfo.environment
        let raw = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? ""
        let code = raw.prefix(2).lowercased()
        return ["nb", "nn", "no"].contains(code) ? "nb" : "en"
    }

    static func resolveGroup(_ name: String?, _ global: GlobalOptions) throws -> String {
        switch HistoryGroups.resolve(name, in: global.location) {
        case let .success(slug): return slug
        case let .failure(f):
            warn(f.description)
            if case .ambiguous = f { throw ExitCode(64) }
            throw ExitCode(1)
        }
    }

    /// Prints the list; broken files go to stderr. Fails (exit 1) only when nothing could be
    /// listed because every file was broken.
    static func printList(_ index: HistoryIndex, format: HistoryFormat, lang: String) throws {
        for b in index.broken { warn("skipped " + TextSafety.sanitize(b.message)) }
        emit(HistoryListFormatter.render(index.summaries, format: format, lang: lang))
        if index.summaries.isEmpty && !index.broken.isEmpty { throw ExitCode(1) }
    }

    static func emit(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(STDOUT_FILENO, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                off += n
            }
        }
    }

    static func warn(_ s: String) {
        FileHandle.standardError.write(Data(("runde: " + s + "\n").utf8))
    }

    /// The full-screen terminal for the browser, or nil when none is available (then the
    /// table is printed). Wire to CursesTerminal here once it is in the tree:
    ///     return try CursesTerminal(theme: theme, color: color)
    static func openTerminal(theme: Theme, color: Bool) throws -> Terminal? {
        try CursesTerminal(theme: color ? theme : theme.monochromeFallback(), color: color)
    }
}
