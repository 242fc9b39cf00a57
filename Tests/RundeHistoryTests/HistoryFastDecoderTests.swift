import Foundation
import Testing

@testable import RundeCore
@testable import RundeHistory

@Suite("HistoryFastDecoder")
struct HistoryFastDecoderTests {
    static func fast(_ data: Data) -> SessionLog? {
        Array(data).withUnsafeBufferPointer { FastLogDecoder.decode($0) }
    }

    static func codec(_ data: Data) -> SessionLog? {
        try? SessionLogCodec.decode(data, file: "x.json")
    }

    @Test func agreesWithTheCodecOnGeneratedLogs() throws {
        var gen = SampleLogGenerator(seed: 11)
        for n in 1...200 {
            let data = try SessionLogCodec.encode(gen.log(number: n))
            let f = Self.fast(data)
            #expect(f != nil)
            #expect(f == Self.codec(data))
        }
        let compact = try JSONEncoder().encode(
            HistoryFixture.exampleLog(theme: "Å \"si\" nei\\ja\n"))
        #expect(Self.fast(compact) == HistoryFixture.exampleLog(theme: "Å \"si\" nei\\ja\n"))
    }

    /// Whatever the fast path accepts, the codec accepts with the same value.
    @Test(arguments: [
        ("duplicate key", #""meeting_number":7,"meeting_number":8,"#),
        ("float for int", #""meeting_number":7.0,"#),
        ("exponent", #""meeting_number":7e0,"#),
        ("negative zero", #""meeting_number":-0,"#),
        ("huge", #""meeting_number":123456789012345678901234,"#),
        ("escaped key", #""meeting\u005fnumber":7,"#),
        ("null required", #""meeting_number":null,"#),
        ("string for int", #""meeting_number":"7","#),
        (
            "unknown nested",
            #""meeting_number":7,"extra":{"a":[1,2,{"b":null}],"c":"\ud83d\ude00"},"#
        ),
        ("lone surrogate", #""meeting_number":7,"extra":"\ud83d","#),
        ("bad escape", #""meeting_number":7,"extra":"\x","#),
        ("leading zero", #""meeting_number":07,"#),
        ("trailing comma", #""meeting_number":7,,"#),
        ("control char", "\"meeting_number\":7,\"extra\":\"a\u{01}b\","),
    ])
    func neverMoreLenientThanTheCodec(_ name: String, _ fragment: String) throws {
        var log = HistoryFixture.exampleLog()
        log.meetingNumber = 1
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]  // "meeting_number" is then always followed by a comma
        let base = String(decoding: try enc.encode(log), as: UTF8.self)
        let text = base.replacingOccurrences(of: #""meeting_number":1,"#, with: fragment)
        #expect(text != base, "\(name)")
        let data = Data(text.utf8)
        if let f = Self.fast(data) {
            #expect(f == Self.codec(data), "\(name)")
        }
    }

    @Test func refusesWhatIsNotJSON() {
        let bad = [
            "", "{", "{\"a\":1,}", "[1 2]", "{\"a\":01}", "\"abc", "{\"a\":tru}", "{} {}",
            "{\"a\":\"\u{7}\"}",
            "{\"a\":1e}", "{\"a\":-}", "{\"a\":.5}",
        ]
        for text in bad {
            let ok = Array(text.utf8).withUnsafeBufferPointer { JSONTape($0) != nil }
            #expect(!ok, "\(text)")
        }
        let invalidUTF8: [UInt8] = Array("{\"a\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        #expect(invalidUTF8.withUnsafeBufferPointer { JSONTape($0) } == nil)
        let good = [
            "{}", "[]", " {\"a\" : [1, -2.5e+3, true, false, null, \"x\\u00e5\"]} ", "0", "\"æøå\"",
        ]
        for text in good {
            let ok = Array(text.utf8).withUnsafeBufferPointer { JSONTape($0) != nil }
            #expect(ok, "\(text)")
        }
    }

    @Test func escapesAreDecoded() {
        let text = #"{"s":"a\"b\\c\/d\n\t\u00e5\ud83d\ude00"}"#
        let value: String? = Array(text.utf8).withUnsafeBufferPointer { buf in
            guard let t = JSONTape(buf), let i = t.required(0, "s") else { return nil }
            return t.string(i)
        }
        #expect(value == "a\"b\\c/d\n\tå😀")
    }

    @Test func cacheRoundTripsAndStaysPlainJSON() throws {
        var summaries: [HistoryCache.Entry] = []
        var gen = SampleLogGenerator(seed: 5)
        for n in 1...30 {
            let log = gen.log(number: n)
            let name = DataLocation.logFileName(date: log.date, meetingNumber: n)
            summaries.append(
                .init(
                    file: name,
                    stat: LogFileStat(
                        size: Int64(n * 100), mtimeNs: 1_700_000_000_123_456_789,
                        inode: UInt64(n)),
                    summary: HistorySummary(id: HistoryIndex.logID(name), log: log), error: nil))
        }
        summaries[3].summary?.nextDate = nil
        summaries[4].summary?.nextTheme = "Tab\there, \"quotes\" and \u{1}"
        summaries.append(
            .init(
                file: "bad.json", stat: LogFileStat(size: 0, mtimeNs: 1, inode: 2), summary: nil,
                error: ReadProblem.empty.code))
        let data = HistoryCache.encode(summaries)
        let fast = Array(data).withUnsafeBufferPointer { HistoryCache.fastEntries($0) }
        #expect(fast == summaries)
        // The cache stays plain JSON that any reader accepts.
        let any = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(any?["schema"] as? String == HistoryCache.schema)
        #expect((any?["entries"] as? [Any])?.count == summaries.count)
    }
}
