import Foundation
import RundeText
import Testing

@testable import RundeCore

/// The rules card follows the meeting's language while it is the untouched built-in text, and
/// the log names each step by its agenda label (never by any text), so history can too.
@Suite struct NativeRulesAndLabelsTests {
    @Test func untouchedBuiltInRulesAreShownInTheMeetingsLanguage() {
        let english = GroupFile.defaultRules(.en)
        let norwegian = GroupFile.defaultRules(.nb)
        #expect(GroupFile.rules(english, shownIn: .nb) == norwegian)
        #expect(GroupFile.rules(norwegian, shownIn: .en) == english)
        #expect(GroupFile.rules(english, shownIn: .en) == english)
        // As a TOML file gives them back: a trailing newline, spaces at the ends of lines.
        let reread = english.split(separator: "\n").map { $0 + "  " }.joined(separator: "\n") + "\n"
        #expect(GroupFile.rules(reread, shownIn: .nb) == norwegian)
    }

    @Test func rulesTheGroupEditedAreItsOwnWords() {
        let edited = GroupFile.defaultRules(.en) + "\nWe bring coffee in turn."
        #expect(GroupFile.rules(edited, shownIn: .nb) == edited)
        let own = "Taushetsplikt.\nVi møtes hver torsdag."
        #expect(GroupFile.rules(own, shownIn: .en) == own)
    }

    @Test func theLogNamesTheFirstMeetingsStepsByLabel() throws {
        let (state, _) = FormatTests.walk(FormatTests.setup(.first))
        let log = SessionLogBuilder.build(from: state, rosterNames: ["Quixtamar"])
        let labels = log.phases.compactMap(\.label)
        #expect(labels.contains("presentation_round"))
        #expect(labels.contains("expectations_round"))
        #expect(labels.contains("use_group"))
        for p in log.phases where p.kind == "opening_round" {
            #expect(p.label != nil)
        }
        #expect(log.decision == nil && log.newHorizon == nil)
        let json = String(decoding: try SessionLogCodec.encode(log), as: UTF8.self)
        #expect(json.contains("\"label\" : \"use_group\""))
        #expect(!json.contains("Quixtamar"))
        #expect(try SessionLogCodec.decode(Data(json.utf8), file: "x.json") == log)
    }
}
