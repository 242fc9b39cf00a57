import ArgumentParser
import Foundation
import RundeCore
import RundeHandover
import RundeText

#if canImport(Glibc)
    import Glibc
#endif

/// `runde handover export|import`: the group and its logs, encrypted, for the next leader.
struct HandoverCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "handover", abstract: cli[.cliHandoverAbstract],
            discussion: cli[.cliHandoverDiscussion],
            subcommands: [HandoverExport.self, HandoverImport.self]
        )
    }
}

/// `runde handover export --group NAME --to FILE`.
struct HandoverExport: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: cli[.cliExportAbstract],
            discussion: cli[.cliExportDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(cli[.cliOptHandoverGroup]),
        completion: Completions.groups)
    var group: String?

    @Option(name: .customLong("to"), help: ArgumentHelp(cli[.cliOptTo2], valueName: "file"))
    var to: String

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry: GroupEntry
        if let group {
            entry = try store.find(group)
        } else {
            let all = store.list().entries
            guard all.count == 1 else {
                throw CommandError.usage(all.isEmpty ? .cliNoGroupsToExport : .cliSeveralToExport)
            }
            entry = all[0]
        }
        if FileIO.exists(to) { throw HandoverError.targetExists(file: to) }
        let passphrase = try Passphrase.ask(confirm: true)
        let report = try Handover.export(
            slug: entry.slug, location: global.location, to: to, passphrase: passphrase)
        let c = Catalog(global.language(groupSetting: entry.group.settings.language))
        for s in report.skipped { printError(c.f(.cliLeftOut, TextSafety.sanitize(s))) }
        let name = TextSafety.sanitize(report.groupName)
        let file = TextSafety.sanitize(report.file)
        switch report.logCount {
        case 0: print(c.f(.exportedNone, name, file))
        case 1: print(c.f(.exportedOne, name, file))
        default: print(c.f(.exportedMany, name, report.logCount, file))
        }
    }
}

/// `runde handover import FILE`.
struct HandoverImport: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: cli[.cliImportAbstract],
            discussion: cli[.cliImportDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgHandoverFile]))
    var file: String

    @Flag(name: .customLong("keep-backup"), help: ArgumentHelp(cli[.cliOptKeepBackup]))
    var keepBackup = false

    func run() throws {
        // Refuse foreign and truncated files before asking for a passphrase.
        let data = try FileIO.readFile(file, limit: Handover.maxFileSize)
        _ = try HandoverCipher.checkHeader(data, file: file)
        let passphrase = try Passphrase.ask(confirm: false)
        let c = Catalog(global.language())
        let r: ImportReport
        do {
            r = try Handover.importFile(
                file, into: global.location, passphrase: passphrase, keepBackup: keepBackup)
        } catch let HandoverError.unfinishedMeeting(group, _) {
            throw RundeFailure.runtime(c.f(.importJournal, TextSafety.sanitize(group)))
        } catch let HandoverError.badLogs(_, logs) {
            throw RundeFailure.runtime(
                c.f(.importBadLogs, logs.map { c.words($0) }.joined(separator: "; ")))
        }
        let name = TextSafety.sanitize(r.groupName)
        if r.createdGroup {
            switch r.logsAdded {
            case 0: print(c.f(.importedNone, name))
            case 1: print(c.f(.importedOne, name))
            default: print(c.f(.importedMany, name, r.logsAdded))
            }
        } else {
            print(c.f(.updated, name, r.logsAdded, r.logsAlreadyPresent))
            if r.groupReplaced {
                print(c[.cliReplacedGroup])
                if let b = r.backupPath { print(c.f(.backupKept, TextSafety.sanitize(b))) }
                if r.backupRemoved { print(c[.backupRemoved]) }
            } else {
                print(c[.cliKeptGroup])
            }
        }
        if r.logsScrubbed == 1 {
            print(c[.importNames1])
        } else if r.logsScrubbed > 1 {
            print(c.f(.importNames, r.logsScrubbed))
        }
    }
}

/// The terminal settings to restore if Ctrl-C arrives while echo is off.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var savedTerminalFD: Int32 = -1

/// Reads a passphrase from /dev/tty with echo off (debug builds: from an env variable, for tests).
private enum Passphrase {
    static func ask(confirm: Bool) throws -> String {
        #if DEBUG
            // A test hook, compiled into debug builds only: a release binary always asks.
            if let env = ProcessInfo.processInfo.environment["RUNDE_PASSPHRASE"], !env.isEmpty {
                return env
            }
        #endif
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw CommandError.runtime(.cliNoTerminalForPassphrase) }
        defer { close(fd) }
        let first = try prompt(fd: fd, text: cli[.cliPassphrase])
        if confirm {
            guard first.count >= Handover.minimumPassphraseLength else {
                throw HandoverError.weakPassphrase(minimum: Handover.minimumPassphraseLength)
            }
            let second = try prompt(fd: fd, text: cli[.cliPassphraseAgain])
            guard first == second else { throw CommandError.runtime(.cliPassphrasesDiffer) }
        }
        return first
    }

    private static func prompt(fd: Int32, text: String) throws -> String {
        var old = termios()
        let isTerminal = tcgetattr(fd, &old) == 0
        if isTerminal {
            var quiet = old
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            savedTerminal = old
            savedTerminalFD = fd
            // Ctrl-C, Ctrl-\ and a closed terminal end the prompt with echo back on; nothing
            // typed after them is read as the passphrase.
            for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP] {
                signal(sig) { n in
                    _ = tcsetattr(savedTerminalFD, TCSAFLUSH, &savedTerminal)
                    _exit(128 + n)
                }
            }
            _ = tcsetattr(fd, TCSANOW, &quiet)
        }
        defer {
            if isTerminal {
                _ = tcsetattr(fd, TCSANOW, &old)
                for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig, SIG_DFL) }
                signal(SIGQUIT) { _ in _exit(128 + SIGQUIT) }
                savedTerminalFD = -1
            }
        }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while true {
            let n = read(fd, &c, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 || c == 0x0A { break }
            if c != 0x0D { bytes.append(c) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
