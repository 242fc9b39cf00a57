import Foundation
import RundeText
import Testing

/// Fails when a catalog key is no longer read anywhere in `Sources/` outside its own table: a
/// text nobody can see is a text nobody keeps true, and translators would tend it for nothing.
@Suite struct CatalogUseTests {
    static var sourcesRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every Swift source, the catalog's own `case .key:` table lines and enum declarations left out.
    static func sourceText() -> String {
        guard let walker = FileManager.default.enumerator(atPath: sourcesRoot.path) else {
            return ""
        }
        var out = ""
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift"),
                let text = try? String(
                    contentsOfFile: sourcesRoot.path + "/" + rel, encoding: .utf8)
            else { continue }
            for line in text.split(separator: "\n") {
                let t = line.trimmingCharacters(in: .whitespaces)
                // The tables (`case .key: (…)`) and the declarations (`case a, b, c`) are not reads.
                if rel.hasPrefix("RundeText/"),
                    t.hasPrefix("case .") || (t.hasPrefix("case ") && !t.contains("."))
                {
                    continue
                }
                out += t + "\n"
            }
        }
        return out
    }

    @Test func everyKeyIsReadSomewhere() {
        let text = Self.sourceText()
        let unused = CatalogAreas.allKeys.map { "\($0)" }.filter { name in
            // `.key` as an argument or a case pattern, or `Area.key`.
            !text.contains(".\(name)")
        }
        #expect(unused.isEmpty, "catalog keys no source reads: \(unused.sorted())")
    }
}
