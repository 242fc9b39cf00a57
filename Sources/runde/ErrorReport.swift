import ArgumentParser
import CursesTerminal
import Foundation
import RundeCore
import RundeHandover
import RundeHistory
import RundeTUI
import RundeText

/// The one place that turns what a command threw into an exit code (README: 0 done, 1 runtime
/// error, 64 bad usage, 128+n signal n) and a message on standard error in the user's
/// language. Help and `--version` go to standard output with code 0.
enum ErrorReport {
    /// Prints the report of `error` and ends the process with its code.
    static func exit(with error: any Error) -> Never {
        let r = report(error, catalog: CLILanguage.catalog)
        if let out = r.stdout { FileHandle.standardOutput.write(Data(out.utf8)) }
        if let err = r.stderr { FileHandle.standardError.write(Data(err.utf8)) }
        Foundation.exit(r.code)
    }

    /// What to print and which code to exit with, for any error a command can throw.
    static func report(_ error: any Error, catalog: Catalog) -> (
        code: Int32, stdout: String?, stderr: String?
    ) {
        switch error {
        case let e as InLanguage:
            return report(e.error, catalog: Catalog(e.lang))
        case let e as AsUsage:
            let r = report(e.error, catalog: catalog)
            return (64, r.stdout, r.stderr)
        case let e as ExitCode:
            return (e.rawValue, nil, nil)
        case let e as MeetingEnded:
            return (e.code, e.message.map { $0 + "\n" }, nil)
        case let e as RundeFailure:
            return (e.code, nil, line(e.message))
        case let e as CommandError:
            return (e.kind == .usage ? 64 : 1, nil, line(e.message(catalog)))
        case let e as GroupStoreError:
            // Exit 1 as before; a refused name or member list is thrown as `AsUsage` (64).
            return (1, nil, line(message(e, catalog)))
        case let e as HistoryGroups.Failure:
            let usage: Bool = {
                if case .ambiguous = e { return true }
                return false
            }()
            return (usage ? 64 : 1, nil, line(message(e, catalog)))
        default:
            if let text = message(known: error, catalog) { return (1, nil, line(text)) }
        }
        // ArgumentParser's own errors: help, version, parse and validation errors.
        let code = Runde.exitCode(for: error).rawValue
        let text = HelpTranslation.translate(Runde.fullMessage(for: error), catalog: catalog)
        if code == 0 { return (0, text.isEmpty ? nil : text + "\n", nil) }
        if isArgumentParserError(error) { return (code, nil, text.isEmpty ? nil : text + "\n") }
        return (1, nil, line(TextSafety.sanitize("\(error)")))
    }

    /// The message of any error in the catalog's language (an unknown one as it describes itself).
    static func words(_ error: any Error, _ c: Catalog) -> String {
        message(known: error, c) ?? TextSafety.sanitize("\(error)")
    }

    /// The message of an error Runde knows, in the catalog's language, or nil.
    static func message(known error: any Error, _ c: Catalog) -> String? {
        switch error {
        case let e as GroupStoreError: return message(e, c)
        case let e as GroupProblem: return c.words(e)
        case let e as FileIOError: return message(e, c)
        case let e as MeetingLockError: return message(e, c)
        case let e as GroupFileError: return c.words(e)
        case let e as ThemeError: return c.words(e)
        case let e as JournalError: return c.words(e)
        case let e as LogStoreError: return message(e, c)
        case let e as SessionLogCodec.ReadError: return c.words(e)
        case let e as TerminalError: return message(e, c)
        case let e as HistoryGroups.Failure: return message(e, c)
        case let e as HistoryLogFiles.Failure: return e.message(c)
        case let e as HandoverError: return message(e, c)
        case let e as CommandError: return e.message(c)
        case let e as RundeFailure: return e.message
        case let e as CustomStringConvertible where !isArgumentParserError(error):
            return TextSafety.sanitize(e.description)
        default: return nil
        }
    }

    private static func isArgumentParserError(_ error: any Error) -> Bool {
        error is ValidationError || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    private static func line(_ message: String) -> String { "runde: " + message + "\n" }

    private static func safe(_ s: String, _ n: Int = 80) -> String {
        TextSafety.sanitize(String(s.prefix(n)))
    }

    static func message(_ e: GroupStoreError, _ c: Catalog) -> String {
        switch e {
        case .notFound(let q): return c.f(.cliNoGroupNamed, safe(q))
        case .ambiguous(let q, let slugs):
            return c.f(.cliGroupAmbiguous, safe(q), slugs.joined(separator: ", "))
        case .alreadyExists(let slug): return c.f(.cliGroupExists, slug)
        case .invalid(let p): return c.words(p)
        }
    }

    static func message(_ e: FileIOError, _ c: Catalog) -> String {
        let ops: [String: CLIText] = [
            "read": .cliOpRead, "write": .cliOpWrite, "delete": .cliOpDelete,
            "create the folder": .cliOpCreateFolder,
            "set the permissions of": .cliOpSetPermissions, "list the folder": .cliOpListFolder,
            "take the lock": .cliOpTakeLock, "create the lock": .cliOpCreateLock,
            "open the journal": .cliOpOpenJournal,
            "write the journal": .cliOpWriteJournal, "repair the journal": .cliOpRepairJournal,
        ]
        let why: String
        switch e.kind {
        case .permissionDenied: why = c[.cliWhyPermission]
        case .diskFull: why = c[.cliWhyDiskFull]
        case .readOnly: why = c[.cliWhyReadOnly]
        case .notFound: why = c[.cliWhyNotFound]
        case .notADirectory: why = c[.cliWhyNotADirectory]
        case .alreadyExists: why = c[.cliWhyExists]
        case .isADirectory: why = c[.cliWhyIsADirectory]
        case .tooLarge: why = c[.cliWhyTooLarge]
        case .ioError: why = c[.cliWhyIO]
        case .symbolicLink: why = c[.hostWhySymlink]
        case .notARegularFile: why = c[.hostWhyNotRegular]
        case .other: why = e.reason
        }
        return c.f(
            .cliIOFailed, ops[e.operation].map { c[$0] } ?? e.operation,
            TextSafety.sanitize(e.path), why)
    }

    static func message(_ e: MeetingLockError, _ c: Catalog) -> String {
        switch e {
        case .heldByProcess(let pid, _): return c.f(.cliLockedHere, pid)
        case .heldOnOtherHost(let pid, let host, let file):
            return c.f(.cliLockedElsewhere, safe(host, 64), pid, TextSafety.sanitize(file))
        }
    }

    /// Why the full-screen view could not start; CursesTerminal holds no texts of its own.
    static func message(_ e: TerminalError, _ c: Catalog) -> String {
        switch e {
        case .stdinNotATerminal: return c[.errTermStdin]
        case .stdoutNotATerminal: return c[.errTermStdout]
        case .termNotSet: return c[.errTermNotSet]
        case .unknownTerminal(let t): return c.f(.errTermUnknown, TerminalError.quoted(t))
        case .noTerminfoDatabase(let t): return c.f(.errTermNoTerminfo, TerminalError.quoted(t))
        case .noCursorAddressing(let t): return c.f(.errTermNoCursor, TerminalError.quoted(t))
        case .newtermFailed(let t): return c.f(.errTermNewterm, TerminalError.quoted(t))
        }
    }

    static func message(_ e: HistoryGroups.Failure, _ c: Catalog) -> String {
        switch e {
        case .noGroups(let dir): return c.f(.cliNoGroupsIn, TextSafety.sanitize(dir))
        case .ambiguous(let all):
            return c.f(
                .cliSeveralGroups, all.count,
                all.map { "  runde history --group \(TextSafety.sanitize($0))" }.joined(
                    separator: "\n"))
        case .notFound(let name, let all):
            return c.f(
                .cliNoGroupCalled, safe(name, 60),
                all.isEmpty ? c[.cliNoneYet] : all.map(TextSafety.sanitize).joined(separator: ", "))
        }
    }

    /// A log that cannot be found, named or written.
    static func message(_ e: LogStoreError, _ c: Catalog) -> String {
        switch e {
        case .invalidID(let id): return c.f(.histBadLogID, safe(id, 60))
        case .notFound(let id): return c.f(.histNoLog, safe(id, 60))
        case .invalidLog(let p): return c.f(.errLogCannotWrite, c.words(p))
        }
    }

    /// What is wrong with a handover file's content.
    static func words(_ p: HandoverContentProblem, _ c: Catalog) -> String {
        switch p {
        case .notAPayload: return c[.errHandoverNotAPayload]
        case .unknownVersion: return c[.errHandoverUnknownContent]
        case .badLogName: return c[.errHandoverBadLogName]
        case .group(let e): return c.words(e)
        case .folderHoldsAnotherGroup(let folder, let name):
            return c.f(.errHandoverFolderHoldsOther, safe(folder), safe(name))
        case .folderInUse(let folder): return c.f(.errHandoverFolderInUse, safe(folder))
        }
    }

    /// Handover failures, every one in the catalog's language.
    static func message(_ e: HandoverError, _ c: Catalog) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(s) }
        switch e {
        case .notAHandoverFile(let f): return c.f(.cliHandoverNotAFile, safe(f))
        case .unsupportedVersion(let f, let v): return c.f(.cliHandoverVersion, safe(f), v)
        case .truncated(let f): return c.f(.cliHandoverTruncated, safe(f))
        case .wrongPassphraseOrDamaged(let f): return c.f(.cliHandoverWrongPassphrase, safe(f))
        case .badContent(let f, let p): return c.f(.cliHandoverBadContent, safe(f), words(p, c))
        case .weakPassphrase(let n): return c.f(.cliHandoverWeakPassphrase, n)
        case .unreasonableCost(let f): return c.f(.cliHandoverCost, safe(f))
        case .targetExists(let f): return c.f(.cliHandoverTargetExists, safe(f))
        case .meetingOpen(let holder): return c.f(.errHandoverMeetingOpen, message(holder, c))
        case .badLogs(_, let logs):
            return c.f(.robustImportBadLogs, logs.map { c.words($0) }.joined(separator: "; "))
        case .unfinishedMeeting(let group, _):
            return c.f(.robustImportJournal, TextSafety.sanitize(group))
        }
    }
}
