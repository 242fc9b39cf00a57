import ArgumentParser
import CursesTerminal
import Foundation
import LineTerminal
import RundeCore
import RundeHistory
import RundeTUI
import RundeText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `runde history`: browse past meetings (TUI on a terminal, else a table), list, show, delete.
struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "history",
            abstract: cli[.cliHistoryAbstract],
            discussion: cli[.cliHistoryDiscussion],
            subcommands: [
                HistoryList.self, HistoryShow.self, HistoryDelete.self, HistoryGenerateLogs.self,
            ]
        )
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    func run() throws {
        let slug = try HistoryCLI.resolveGroup(group, global)
        let logsDir = global.location.logsDir(slug)
        let lang = HistoryCLI.language(global, slug: slug)
        // Plain mode (screen readers): the browser read out as lines.
        let terminal: Terminal?
        if global.plain {
            terminal = isatty(STDIN_FILENO) == 1 ? PlainTerminal() : nil
        } else if isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 {
            terminal = try HistoryCLI.openTerminal(
                theme: MeetingLauncher(global: global).theme(), color: global.colorEnabled)
        } else {
            terminal = nil
        }
        if let terminal {
            defer { terminal.restore() }
            let result = runHistoryBrowser(terminal: terminal, logsDir: logsDir, lang: lang)
            terminal.restore()
            for b in result.broken { HistoryCLI.warn(Catalog(lang).words(b.error)) }
            // Ctrl-C (or any signal) ends the browser as it ends every screen: 128 + n.
            if let event = result.stopped {
                throw ExitCode(ProgramEnd<Void>.stopped(event).stopCode ?? 1)
            }
            return
        }
        let index = HistoryIndex.load(logsDir: logsDir)
        try HistoryCLI.printList(index, format: .table, lang: lang, width: HistoryCLI.fitWidth())
    }
}

/// `runde history list`: every logged meeting as a table, CSV, JSON or Markdown.
struct HistoryList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: cli[.cliHistoryListAbstract],
            discussion: cli[.histListDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var groupOption: HistoryGroupOption
    var group: String? { groupOption.group }

    /// Without `--format`, the table fitted to the width; `--format table` asks for all of it.
    @Option(
        help: ArgumentHelp(cli[.cliOptHistoryFormat]), completion: Completions.historyFormats)
    var format: String?

    func validate() throws {
        if let format, HistoryFormat(argument: format) == nil {
            throw ValidationError(cli.f(.cliBadListFormat, HistoryCLI.clip(format)))
        }
    }

    func run() throws {
        let fmt = format.flatMap { HistoryFormat(argument: $0) } ?? .table
        let slug = try HistoryCLI.resolveGroup(group, global)
        let index = HistoryIndex.load(logsDir: global.location.logsDir(slug))
        try HistoryCLI.printList(
            index, format: fmt, lang: HistoryCLI.language(global, slug: slug),
            width: format == nil ? HistoryCLI.fitWidth() : nil)
    }
}

/// `runde history show ID`: one meeting in detail.
struct HistoryShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: cli[.cliHistoryShowAbstract])
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var log: HistoryLogOption

    @Option(
        help: ArgumentHelp(cli[.cliOptShowFormat]), completion: Completions.historyDetailFormats)
    var format: String = "table"

    func validate() throws {
        guard let f = HistoryFormat(argument: format), f != .csv else {
            throw ValidationError(cli.f(.cliBadShowFormat, HistoryCLI.clip(format)))
        }
    }

    func run() throws {
        let fmt = HistoryFormat(argument: format) ?? .table
        let target = try log.resolve(global)
        let detail = HistoryDetail(
            id: HistoryIndex.logID(target.id),
            log: try HistoryLogFiles.load(id: target.id, logsDir: target.logsDir).get())
        HistoryCLI.emit(HistoryDetailFormatter.render(detail, format: fmt, lang: target.lang))
    }
}

/// `runde history delete ID`: removes one log (after a confirmation unless `--yes`).
struct HistoryDelete: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: cli[.cliHistoryDeleteAbstract])
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var log: HistoryLogOption

    @Flag(help: ArgumentHelp(cli[.cliOptYes]))
    var yes = false

    func run() throws {
        let target = try log.resolve(global)
        let c = Catalog(target.lang)
        try inLanguage(target.lang) {
            guard HistoryLogFiles.exists(id: target.id, logsDir: target.logsDir) else {
                if case .failure(let f) = HistoryLogFiles.fileName(for: target.id) { throw f }
                throw HistoryLogFiles.Failure.notFound(target.id)
            }
            let shown = TextSafety.sanitize(HistoryIndex.logID(target.id))
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw CommandError.usage(.cliDeleteLogNeedsYes, shown)
                }
                FileHandle.standardError.write(Data(c.f(.cliDeleteLogConfirm, shown).utf8))
                let answer = readLine()?.trimmingSpaces().lowercased() ?? ""
                guard answer == "y" || answer == "yes" || answer == "j" || answer == "ja" else {
                    HistoryCLI.warn(c[.cliLogNotDeleted])
                    return
                }
            }
            try HistoryLogFiles.delete(id: target.id, logsDir: target.logsDir).get()
            HistoryCLI.emit(c.f(.cliLogDeleted, shown) + "\n")
        }
    }
}

/// The one log `history show` and `history delete` act on: its meeting number or id, and the
/// group (`--group`), resolved the same way for both.
struct HistoryLogOption: ParsableArguments {
    @Argument(help: ArgumentHelp(cli[.cliArgLogID]))
    var id: String

    @OptionGroup var groupOption: HistoryGroupOption

    /// The group's logs folder, the log id for what was typed, and the language to answer in.
    func resolve(_ global: GlobalOptions) throws -> (logsDir: String, id: String, lang: Lang) {
        let slug = try HistoryCLI.resolveGroup(groupOption.group, global)
        let logsDir = global.location.logsDir(slug)
        let lang = HistoryCLI.language(global, slug: slug)
        let id = try inLanguage(lang) { try HistoryCLI.logID(for: self.id, logsDir: logsDir) }
        return (logsDir, id, lang)
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
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        var gen = SampleLogGenerator(seed: seed)
        for n in 1...max(1, count) {
            let log = gen.log(number: n)
            let path = dir + "/" + DataLocation.logFileName(date: log.date, meetingNumber: n)
            let ok = FileManager.default.createFile(
                atPath: path, contents: try SessionLogCodec.encode(log),
                attributes: [.posixPermissions: 0o600])
            guard ok else {
                HistoryCLI.warn("could not write \(path)")
                throw ExitCode(1)
            }
        }
        HistoryCLI.emit("wrote \(count) logs to \(dir)\n")
    }
}

/// `--group NAME`, shared by `history` and its subcommands (so it works on either side).
struct HistoryGroupOption: ParsableArguments {
    @Option(help: ArgumentHelp(cli[.cliOptHistoryGroup]), completion: Completions.groups)
    var group: String?
}

/// Shared plumbing of the history commands.
enum HistoryCLI {
    static func clip(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(30))) }

    /// `--lang`, then the group's `language` setting (when its file can be read), then the environment.
    static func language(_ global: GlobalOptions, slug: String) -> Lang {
        let setting =
            (try? GroupStore(location: global.location).load(slug: slug))?.settings.language ?? ""
        return global.language(groupSetting: setting)
    }

    static func resolveGroup(_ name: String?, _ global: GlobalOptions) throws -> String {
        try HistoryGroups.resolve(name, in: global.location).get()
    }

    /// The log id for what the person typed: an id as in `history list`, or a meeting number
    /// (the list's "No." column). A number that several logs share is refused, naming them.
    static func logID(for typed: String, logsDir: String) throws -> String {
        let t = typed.trimmingSpaces()
        guard !t.isEmpty, t.count <= 6, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(t)
        else { return typed }
        guard let id = try HistoryLogFiles.id(forNumber: n, logsDir: logsDir).get() else {
            throw CommandError.runtime(.cliNoMeetingNumber, n)
        }
        return id
    }

    /// Prints the list; broken files go to stderr. Fails (exit 1) only when nothing could be
    /// listed because every file was broken.
    static func printList(
        _ index: HistoryIndex, format: HistoryFormat, lang: Lang, width: Int? = nil
    ) throws {
        let c = Catalog(lang)
        for b in index.broken { warn(c.f(.cliSkippedFile, c.words(b.error))) }
        emit(HistoryListFormatter.render(index.summaries, format: format, lang: lang, width: width))
        if index.summaries.isEmpty && !index.broken.isEmpty { throw ExitCode(1) }
    }

    /// The width the table fits: `COLUMNS` when it is a number, else the terminal's width when
    /// output is a terminal; nil (the whole table) for a pipe or a file without `COLUMNS`.
    static func fitWidth(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Int?
    {
        if let v = environment["COLUMNS"], let n = Int(v.trimmingSpaces()), (1...10_000).contains(n)
        {
            return max(n, 20)
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return max(Int(size.ws_col), 20)
    }

    static func emit(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(STDOUT_FILENO, buf.baseAddress! + off, buf.count - off)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    return
                }
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
