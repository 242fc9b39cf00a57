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
        case let .unreadable(r): return c.words(r)
        case let .deleteFailed(id, code): return c.f(.histCannotDeleteLog, TextSafety.sanitize(id), String(cString: strerror(code)))
        }
    }
}

extension Catalog {
    /// A log that cannot be read, naming the file, in this catalog's language.
    public func words(_ e: SessionLogCodec.ReadError) -> String {
        switch e {
        case let .corrupt(file, problem): return f(.errLogUnreadable, TextSafety.sanitize(file), words(problem))
        case let .unknownVersion(file, schema):
            return f(.errLogVersion, TextSafety.sanitize(file), TextSafety.sanitize(String(schema.prefix(40))))
        }
    }

    /// Why a log or a journal cannot be read, in this catalog's language.
    public func words(_ p: ReadProblem) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(80))) }
        switch p {
        case .empty: return self[.errReadEmpty]
        case .notJSON: return self[.errReadNotJSON]
        case .cutOff: return self[.errReadCutOff]
        case .noHeaderLine: return self[.errReadNoHeader]
        case .noSchema: return self[.errReadNoSchema]
        case let .missingField(field): return f(.errReadMissingField, safe(field))
        case let .wrongType(at): return f(.errReadWrongType, safe(at))
        case .unreadableContent: return self[.errReadInvalid]
        case let .outOfRange(field, value): return f(.errReadOutOfRange, safe(field), safe(value))
        case .cannotRead: return self[.errReadCannotRead]
        }
    }
}
