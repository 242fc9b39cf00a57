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
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Move a group and its logs to another laptop in one encrypted file.",
        discussion: """
            The file is encrypted with a passphrase (scrypt and ChaCha20-Poly1305). Tell the \
            passphrase to the next leader in person, not in the same message as the file.
            """,
        subcommands: [HandoverExport.self, HandoverImport.self]
    )
}

/// `runde handover export --group NAME --to FILE`.
struct HandoverExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the group file and all its logs to one encrypted file.",
        discussion: "Asks for a passphrase twice, without showing it."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The group's name or folder name (optional when there is only one group).",
            completion: Completions.groups)
    var group: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("The file to write (it must not exist yet).", valueName: "file"))
    var to: String

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry: GroupEntry
        if let group {
            entry = try store.find(group)
        } else {
            let all = store.list().entries
            guard all.count == 1 else {
                throw handoverUsageError(all.isEmpty ? "there are no groups to export" : "there are several groups; name one with --group")
            }
            entry = all[0]
        }
        if FileIO.exists(to) { throw HandoverError.targetExists(file: to) }
        let passphrase = try Passphrase.ask(confirm: true)
        let report = try Handover.export(slug: entry.slug, location: global.location, to: to, passphrase: passphrase)
        for s in report.skipped { FileHandle.standardError.write(Data("warning: left out: \(TextSafety.sanitize(s))\n".utf8)) }
        print("Exported \"\(TextSafety.sanitize(report.groupName))\" with \(report.logCount) logs to \(TextSafety.sanitize(report.file)).")
    }
}

/// `runde handover import FILE`.
struct HandoverImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a group and its logs from a handover file.",
        discussion: """
            Logs already here (same meeting number and date) are not added twice. The group \
            file that has held more meetings wins; a local group file that is replaced is \
            backed up next to it first, and the backup is removed once the import has \
            succeeded (--keep-backup keeps it; it holds the member names). A wrong passphrase, \
            or a damaged or foreign file, changes nothing. A group with an unfinished meeting \
            is not imported into: finish that meeting first.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The handover file.")
    var file: String

    @Flag(name: .customLong("keep-backup"), help: "Keep the backup of a replaced group file (it holds the member names).")
    var keepBackup = false

    func run() throws {
        // Refuse foreign and truncated files before asking for a passphrase.
        let data = try FileIO.readFile(file, limit: Handover.maxFileSize)
        _ = try HandoverCipher.checkHeader(data, file: file)
        let passphrase = try Passphrase.ask(confirm: false)
        let text = Catalog(Lang.resolve(flag: global.lang, environment: ProcessInfo.processInfo.environment))
        let r: ImportReport
        do {
            r = try Handover.importFile(file, into: global.location, passphrase: passphrase, keepBackup: keepBackup)
        } catch let HandoverError.unfinishedMeeting(group, _) {
            fail(.runtime(text.f(.robustImportJournal, TextSafety.sanitize(group))))
        } catch let HandoverError.badLogs(_, logs) {
            fail(.runtime(text.f(.robustImportBadLogs, logs.map(TextSafety.sanitize).joined(separator: "; "))))
        }
        let name = TextSafety.sanitize(r.groupName)
        if r.createdGroup {
            print("Imported the group \"\(name)\" with \(r.logsAdded) logs.")
        } else {
            print("Updated the group \"\(name)\": \(r.logsAdded) logs added, \(r.logsAlreadyPresent) already here.")
            if r.groupReplaced {
                print("The group file was replaced by the newer one.")
                if let b = r.backupPath { print(text.f(.robustBackupKept, TextSafety.sanitize(b))) }
                if r.backupRemoved { print(text[.robustBackupRemoved]) }
            } else {
                print("The group file here is as new or newer, and was kept.")
            }
        }
    }
}

/// Prints "Error: …" on standard error and gives the bad-usage exit code (64).
private func handoverUsageError(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
    return ExitCode.validationFailure
}

/// A runtime failure with a message that is safe to print (exit code 1).
private struct PassphraseFailure: Error, CustomStringConvertible {
    var description: String
}

/// The terminal settings to restore if Ctrl-C arrives while echo is off.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var savedTerminalFD: Int32 = -1

/// Reads a passphrase from /dev/tty with echo off (debug builds: from an env variable, for tests).
private enum Passphrase {
    static func ask(confirm: Bool) throws -> String {
        #if DEBUG
        // A test hook, compiled into debug builds only: a release binary always asks.
        if let env = ProcessInfo.processInfo.environment["RUNDE_PASSPHRASE"], !env.isEmpty { return env }
        #endif
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw PassphraseFailure(description: "a passphrase is needed, and there is no terminal to ask for it") }
        defer { close(fd) }
        let first = try prompt(fd: fd, text: "Passphrase: ")
        if confirm {
            guard first.count >= Handover.minimumPassphraseLength else {
                throw HandoverError.weakPassphrase(minimum: Handover.minimumPassphraseLength)
            }
            let second = try prompt(fd: fd, text: "Passphrase again: ")
            guard first == second else { throw PassphraseFailure(description: "the two passphrases are not the same") }
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
            signal(SIGINT) { _ in
                _ = tcsetattr(savedTerminalFD, TCSAFLUSH, &savedTerminal)
                _exit(130)
            }
            _ = tcsetattr(fd, TCSANOW, &quiet)
        }
        defer {
            if isTerminal {
                _ = tcsetattr(fd, TCSANOW, &old)
                signal(SIGINT, SIG_DFL)
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
