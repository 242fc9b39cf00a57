import Foundation
import Testing

@testable import RundeCore

/// The log's own `theme` (issue 14 #10): this meeting's theme, scrubbed of names like the theme
/// for next time, left out when there is none, and optional for readers of older logs.
@Suite struct SessionLogThemeTests {
    @Test func theMeetingsOwnThemeIsScrubbedOfNames() throws {
        let (state, _) = FormatTests.walk(FormatTests.setup(.regular))
        let log = SessionLogBuilder.build(
            from: state, rosterNames: ["Quixtamar", "Zorbulon"],
            theme: "Sorg hos quixtamar og Zorbulon")
        #expect(log.theme == "Sorg hos … og …")
        let json = String(decoding: try SessionLogCodec.encode(log), as: UTF8.self)
        #expect(json.contains("\"theme\" : \"Sorg hos … og …\""))
        #expect(!json.lowercased().contains("quixtamar") && !json.contains("Zorbulon"))
        #expect(try SessionLogCodec.decode(Data(json.utf8), file: "x.json") == log)
    }

    @Test func noThemeIsLeftOutAndOlderLogsStillRead() throws {
        let (state, _) = FormatTests.walk(FormatTests.setup(.regular))
        let log = SessionLogBuilder.build(from: state, rosterNames: [])
        #expect(log.theme == nil)
        let data = try SessionLogCodec.encode(log)
        let json = String(decoding: data, as: UTF8.self)
        #expect(!json.contains("\n  \"theme\""), "no top-level theme key when there was none")
        #expect(try SessionLogCodec.decode(data, file: "x.json").theme == nil)
    }
}
