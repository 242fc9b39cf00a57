import Foundation
import RundeCore
import RundeText

extension HistoryLogFiles.Failure {
    /// The failure in the catalog's language, safe to print or draw.
    public func message(_ c: Catalog) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(60))) }
        switch self {
        case let .badID(id): return c.f(.histBadLogID, safe(id))
        case let .notFound(id): return c.f(.histNoLog, safe(id))
        case let .unreadable(r): return TextSafety.sanitize(r.description)
        case let .deleteFailed(id, code): return c.f(.histCannotDeleteLog, TextSafety.sanitize(id), String(cString: strerror(code)))
        }
    }
}
