import RundeCore
import RundeText

/// History's problems in the catalog's language, through the one function that words errors
/// (`Catalog.problem(_:)`); a log that cannot be read is worded by RundeCore.
extension HistoryLogFiles.Failure: WordedProblem {
    public func words(_ c: Catalog) -> String { message(c) }

    /// The failure in the catalog's language, safe to print or draw.
    public func message(_ c: Catalog) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(60))) }
        switch self {
        case .badID(let id): return c.f(.histBadLogID, safe(id))
        case .notFound(let id): return c.f(.histNoLog, safe(id))
        case .unreadable(let r): return c.words(r)
        case .ambiguousNumber(let n, let ids):
            let shown = ids.map { TextSafety.sanitize($0) }
            return c.f(.ambiguousNumber, n, shown.joined(separator: ", "), shown.last ?? "")
        case .deleteFailed(let id, let code):
            return c.f(.histCannotDeleteLog, TextSafety.sanitize(id), c.reason(errno: code))
        }
    }
}

extension HistoryGroups.Failure: WordedProblem {
    /// No group to show history for, or more than one, in the catalog's language.
    public func words(_ c: Catalog) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(60))) }
        switch self {
        case .noGroups(let dir): return c.f(.cliNoGroupsIn, TextSafety.sanitize(dir))
        case .ambiguous(let all):
            return c.f(
                .cliSeveralGroups, all.count,
                all.map { "  runde history --group \(TextSafety.sanitize($0))" }.joined(
                    separator: "\n"))
        case .notFound(let name, let all):
            return c.f(
                .cliNoGroupCalled, safe(name),
                all.isEmpty ? c[.cliNoneYet] : all.map(TextSafety.sanitize).joined(separator: ", "))
        }
    }
}
