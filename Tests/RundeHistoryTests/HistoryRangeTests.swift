import Foundation
import Testing

@testable import RundeCore
@testable import RundeHistory

/// Issue 16, item 2: a crafted log (`"balance_gini": 1e19`) crashed history. Every number is
/// range-checked in the fast decoder and the codec alike, and in the index cache; item 11:
/// CSV cells that a spreadsheet would run as formulas are neutralised.
@Suite("History: numbers out of range, CSV formulas")
struct HistoryRangeTests {
    static func crafted(_ replace: String, with: String) throws -> Data {
        let text = String(
            decoding: try SessionLogCodec.encode(HistoryFixture.exampleLog(theme: "Skam")),
            as: UTF8.self)
        let out = text.replacingOccurrences(of: replace, with: with)
        #expect(out != text, "the fixture holds \(replace)")
        return Data(out.utf8)
    }

    @Test func theFastDecoderRefusesOutOfRangeNumbersAndTheCodecNamesThem() throws {
        let example = HistoryFixture.exampleLog(theme: "Skam")
        let gini = "\"balance_gini\" : \(example.speaking.balanceGini)"
        for data in [
            try Self.crafted(gini, with: "\"balance_gini\" : 1e19"),
            try Self.crafted(
                "\"duration_s\" : \(example.durationS)",
                with: "\"duration_s\" : 9223372036854775807"),
        ] {
            #expect(HistoryFastDecoderTests.fast(data) == nil)
            #expect(throws: SessionLogCodec.ReadError.self) {
                try SessionLogCodec.decode(data, file: "bad.json")
            }
        }
    }

    @Test func aCraftedLogIsListedAsBrokenAndTheRestStillLoad() throws {
        let fx = HistoryFixture()
        fx.writeLogs(count: 3)
        let example = HistoryFixture.exampleLog(theme: "Skam")
        let data = try Self.crafted(
            "\"balance_gini\" : \(example.speaking.balanceGini)", with: "\"balance_gini\" : 1e19")
        try data.write(to: URL(fileURLWithPath: fx.logsDir + "/2030-01-01-950.json"))
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.count == 3)
        #expect(index.broken.map(\.file) == ["2030-01-01-950.json"])
        #expect(index.broken.first?.message.contains("balance_gini") == true)
    }

    @Test func aCraftedIndexCacheIsNotBelieved() throws {
        let fx = HistoryFixture()
        fx.writeLogs(count: 2)
        _ = HistoryIndex.load(logsDir: fx.logsDir)
        var cache = try String(contentsOfFile: fx.cachePath, encoding: .utf8)
        let range = try #require(
            cache.range(of: #""balance_gini":[0-9.e+-]+"#, options: .regularExpression))
        cache.replaceSubrange(range, with: "\"balance_gini\":1e19")
        try Data(cache.utf8).write(to: URL(fileURLWithPath: fx.cachePath))
        let index = HistoryIndex.load(logsDir: fx.logsDir)
        #expect(index.summaries.allSatisfy { (0...1).contains($0.balanceGini) })
        #expect(index.decodedCount == 2, "the cache was refused and the logs read again")
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
    func csvCellsThatLookLikeFormulasAreNeutralised(_ theme: String) {
        let cell = HistoryFormatting.csvField(theme)
        #expect(cell.hasPrefix("\"'"), "\(cell)")
        #expect(cell.hasSuffix("\""))
    }
}
