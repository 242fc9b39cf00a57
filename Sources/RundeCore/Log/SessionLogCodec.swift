import Foundation

/// JSON encoding and tolerant decoding of `SessionLog` (unknown fields are ignored).
public enum SessionLogCodec {
    /// Why a log file could not be read. Every case names the file.
    public enum ReadError: Error, Equatable, CustomStringConvertible, Sendable {
        case corrupt(file: String, problem: ReadProblem)
        case unknownVersion(file: String, schema: String)

        public var description: String {
            switch self {
            case .corrupt(let file, let problem):
                return "\(file): not a readable Runde log (\(problem))"
            case .unknownVersion(let file, let schema):
                return
                    "\(file): log schema \"\(TextSafety.sanitize(String(schema.prefix(40))))\" is from a newer or unknown version of Runde"
            }
        }
    }

    public static func encode(_ log: SessionLog) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try enc.encode(log)
        data.append(0x0A)
        return data
    }

    private struct SchemaProbe: Decodable { var schema: String? }

    /// Decodes a log; `file` is only used to name the file in errors.
    public static func decode(_ data: Data, file: String) throws(ReadError) -> SessionLog {
        let probe: SchemaProbe
        do { probe = try JSONDecoder().decode(SchemaProbe.self, from: data) } catch {
            if case DecodingError.typeMismatch(_, let ctx) = error, ctx.codingPath.isEmpty {
                throw .corrupt(file: file, problem: .notAnObject)
            }
            throw .corrupt(file: file, problem: data.isEmpty ? .empty : .notJSON)
        }
        guard let schema = probe.schema else { throw .corrupt(file: file, problem: .noSchema) }
        guard schema.hasPrefix("runde.session/") else {
            throw .unknownVersion(file: file, schema: schema)
        }
        let major =
            schema.dropFirst("runde.session/".count).split(separator: ".").first.map(String.init)
            ?? ""
        guard major == "1" else { throw .unknownVersion(file: file, schema: schema) }
        let log: SessionLog
        do {
            log = try JSONDecoder().decode(SessionLog.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw .corrupt(file: file, problem: .missingField(key.stringValue))
        } catch let DecodingError.typeMismatch(type, ctx) {
            throw .corrupt(file: file, problem: Self.typeProblem(type, ctx.codingPath))
        } catch let DecodingError.valueNotFound(type, ctx) {
            throw .corrupt(file: file, problem: Self.typeProblem(type, ctx.codingPath))
        } catch let DecodingError.dataCorrupted(ctx) where !ctx.codingPath.isEmpty {
            // A number too large for its field (1e308 where seconds belong, say).
            throw .corrupt(
                file: file, problem: .shouldBe(at: path(ctx.codingPath), kind: .wholeNumber))
        } catch {
            throw .corrupt(file: file, problem: .unreadableContent)
        }
        // Every number range-checked before anything converts it (issue 16).
        if let problem = LogRanges.problem(in: log) { throw .corrupt(file: file, problem: problem) }
        return log
    }

    /// `phases[0].turns.count`: the field as a person finds it in the file.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for k in keys {
            if let i = k.intValue, k.stringValue.hasPrefix("Index") {
                out += "[\(i)]"
            } else {
                out += (out.isEmpty ? "" : ".") + k.stringValue
            }
        }
        return out.isEmpty ? "(the whole file)" : out
    }

    /// A value of the wrong kind, named by what the field must hold.
    static func typeProblem(_ type: Any.Type, _ keys: [any CodingKey]) -> ReadProblem {
        let kind: ReadProblem.ValueKind
        switch type {
        case is Int.Type, is Int?.Type: kind = .wholeNumber
        case is Double.Type, is Double?.Type: kind = .number
        case is String.Type, is String?.Type: kind = .text
        case is Bool.Type, is Bool?.Type: kind = .trueOrFalse
        default:
            let name = String(describing: type)
            kind = name.hasPrefix("Array") ? .list : .object
        }
        return .shouldBe(at: path(keys), kind: kind)
    }
}
