import Foundation
import RundeCore
import Testing

@testable import RundeHandover

/// Import trusts a log no more than typing: every free text of every log in the file, and the
/// group's theme and proposals, go through the name rule against the roster the file brings.
@Suite("Handover import scrubs names")
struct HandoverScrubTests {
    @Test func everyFreeTextFieldOfEveryLogIsScrubbedOnImport() throws {
        let tmp = HandoverTemp()
        let source = try makeSource(tmp)
        var g = try GroupStore(location: source).load(slug: "tirsdagsgruppa")
        g.nextTheme = "Olas tur"
        g.themeBacklog = ["Kari-saken", "Skam"]
        try GroupStore(location: source).save(g, slug: "tirsdagsgruppa")
        var named = log(4, "2026-02-17")
        named.next.theme = "Takk til Åsmunds mor og Ｋari"
        named.theme = "Zаinab\u{00AD}-saken"  // a Cyrillic а and a soft hyphen
        named.format = "Ola"
        named.phases[0].mode = "Kari’s"
        var json = String(decoding: try SessionLogCodec.encode(named), as: UTF8.self)
        // A field the log model does not know never reaches the disk.
        json = json.replacingOccurrences(
            of: "{\n", with: "{\n  \"notes\" : \"Zainab\",\n", options: [],
            range: json.range(of: "{\n"))
        let payload = HandoverPayload(
            slug: "tirsdagsgruppa",
            groupTOML: String(
                decoding: try FileIO.readFile(source.groupFile("tirsdagsgruppa")), as: UTF8.self),
            logs: [
                .init(id: "2026-02-17-004", json: json),
                .init(
                    id: "2026-01-06-001",
                    json: String(
                        decoding: try SessionLogCodec.encode(log(1, "2026-01-06")), as: UTF8.self)),
            ])
        let file = tmp.path + "/named.runde"
        try FileIO.writeAtomically(
            try HandoverCipher.seal(
                try JSONEncoder().encode(payload), passphrase: passphrase, cost: .testing), to: file
        )
        let target = DataLocation(root: tmp.path + "/target")
        let report = try Handover.importFile(file, into: target, passphrase: passphrase)
        #expect(report.logsAdded == 2 && report.logsScrubbed == 1)

        let stored = try LogStore(location: target, slug: "tirsdagsgruppa").read(
            id: "2026-02-17-004")
        #expect(stored.log.next.theme == "Takk til … mor og …")
        #expect(stored.log.theme == "…")
        #expect(stored.log.format == "…")
        #expect(stored.log.phases[0].mode == "…")
        let imported = try GroupStore(location: target).load(slug: "tirsdagsgruppa")
        #expect(imported.members == members)
        #expect(imported.nextTheme == "… tur")
        #expect(imported.themeBacklog == ["…", "Skam"])
        // No member's name in any other file (group.toml holds the roster, checked above).
        for (path, bytes) in tmp.snapshot("target") where !path.hasSuffix("group.toml") {
            let text = String(decoding: bytes, as: UTF8.self)
            for name in members + ["Zаinab"] {
                #expect(!text.contains(name), "\(name) in \(path)")
            }
        }
    }
}
