import Foundation
import RundeCore
import RundeText

extension HistoryLogFiles.Failure {
    /// The failure in the catalog's language, safe to print or draw.
    public func message(_ c: Catalog) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(60))) }
        switch self {
        case .badID(let id): return c.f(.histBadLogID, safe(id))
        case .notFound(let id): return c.f(.histNoLog, safe(id))
        case .unreadable(let r): return c.words(r)
        case .ambiguousNumber(let n, let ids):
            let shown = ids.map { TextSafety.sanitize($0) }
            return c.f(.hostAmbiguousNumber, n, shown.joined(separator: ", "), shown.last ?? "")
        case .deleteFailed(let id, let code):
            return c.f(
                .histCannotDeleteLog, TextSafety.sanitize(id), String(cString: strerror(code)))
        }
    }
}

extension Catalog {
    /// A log that cannot be read, naming the file, in this catalog's language.
    public func words(_ e: SessionLogCodec.ReadError) -> String {
        switch e {
        case .corrupt(let file, let problem):
            return f(.errLogUnreadable, TextSafety.sanitize(file), words(problem))
        case .unknownVersion(let file, let schema):
            return f(
                .errLogVersion, TextSafety.sanitize(file),
                TextSafety.sanitize(String(schema.prefix(40))))
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
        case .missingField(let field): return f(.errReadMissingField, safe(field))
        case .wrongType(let at): return f(.errReadWrongType, safe(at))
        case .unreadableContent: return self[.errReadInvalid]
        case .outOfRange(let field, let value):
            return f(.errReadOutOfRange, safe(field), safe(value))
        case .cannotRead: return self[.errReadCannotRead]
        case .notAnObject: return self[.hostReadNotAnObject]
        case .shouldBe(let at, let kind): return f(.hostReadShouldBe, safe(at), words(kind))
        case .badDate(let field, let value): return f(.hostReadBadDate, safe(field), safe(value))
        }
    }

    /// What kind of value a log's field must hold, in this catalog's language.
    public func words(_ kind: ReadProblem.ValueKind) -> String {
        switch kind {
        case .wholeNumber: return self[.hostKindWholeNumber]
        case .number: return self[.hostKindNumber]
        case .text: return self[.hostKindText]
        case .list: return self[.hostKindList]
        case .object: return self[.hostKindObject]
        case .trueOrFalse: return self[.hostKindTrueOrFalse]
        }
    }
}
