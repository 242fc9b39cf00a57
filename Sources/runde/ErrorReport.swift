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
        case let e as HistoryGroups.Failure:
            let usage: Bool = {
                if case .ambiguous = e { return true }
                return false
            }()
            return (usage ? 64 : 1, nil, line(catalog.problem(e)))
        default:
            // A refused name or member list is thrown as `AsUsage` (64); the rest exit 1.
            if let text = message(known: error, catalog) { return (1, nil, line(text)) }
        }
        // ArgumentParser's own errors: help, version, parse and validation errors.
        let code = Runde.exitCode(for: error).rawValue
        let text = HelpTranslation.translate(Runde.fullMessage(for: error), catalog: catalog)
        if code == 0 { return (0, text.isEmpty ? nil : text + "\n", nil) }
        if isArgumentParserError(error) { return (code, nil, text.isEmpty ? nil : text + "\n") }
        return (1, nil, line(catalog.problem(error)))
    }

    /// The message of any error in the catalog's language: the one function that words
    /// errors (`Catalog.problem(_:)`, in RundeCore).
    static func words(_ error: any Error, _ c: Catalog) -> String { c.problem(error) }

    /// The message of an error Runde knows, in the catalog's language, or nil (an error of the
    /// argument parser, which has its own words).
    static func message(known error: any Error, _ c: Catalog) -> String? {
        isArgumentParserError(error) ? nil : c.problem(error)
    }

    private static func isArgumentParserError(_ error: any Error) -> Bool {
        error is ValidationError || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    private static func line(_ message: String) -> String { "runde: " + message + "\n" }

    private static func safe(_ s: String, _ n: Int = 80) -> String {
        TextSafety.sanitize(String(s.prefix(n)))
    }

    /// A meeting of the group is open (for the commands that refuse to change it then).
    static func message(_ e: MeetingLockError, _ c: Catalog) -> String { c.problem(e) }

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
        case .meetingOpen(let holder): return c.f(.errHandoverMeetingOpen, c.problem(holder))
        case .badLogs(_, let logs):
            return c.f(.importBadLogs, logs.map { c.words($0) }.joined(separator: "; "))
        case .unfinishedMeeting(let group, _):
            return c.f(.importJournal, TextSafety.sanitize(group))
        }
    }
}

/// The command line's own errors and those of the modules without texts of their own (the
/// terminal, handover), worded through `Catalog.problem(_:)` like every other error.
extension CommandError: WordedProblem {
    func words(_ c: Catalog) -> String { message(c) }
}

extension RundeFailure: WordedProblem {
    func words(_ c: Catalog) -> String { message }
}

extension TerminalError: WordedProblem {
    public func words(_ c: Catalog) -> String { ErrorReport.message(self, c) }
}

extension HandoverError: WordedProblem {
    public func words(_ c: Catalog) -> String { ErrorReport.message(self, c) }
}
