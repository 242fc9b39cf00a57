import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// `Frame.isSimple` lets `Frame.put` and the terminal's row runs skip grapheme work for most of
/// what the views draw. Its promise, checked for every scalar it accepts: one cell wide, kept
/// as it is by sanitising, and never part of a grapheme with its neighbours.
@Suite struct SimpleScalarTests {
    static let accepted: [Unicode.Scalar] = (UInt32(0)...0x3_0000).compactMap {
        Frame.isSimple($0) ? Unicode.Scalar($0) : nil
    }

    @Test func everySimpleScalarIsOneCellWide() {
        #expect(Self.accepted.count > 2000)
        let wide = Self.accepted.filter { CharWidth.of($0) != 1 }
        #expect(
            wide.isEmpty, "not one cell wide: \(wide.map { String(format: "U+%04X", $0.value) })")
    }

    @Test func everySimpleScalarSurvivesSanitising() {
        let changed = Self.accepted.filter { TextSafety.sanitize(String($0)) != String($0) }
        #expect(
            changed.isEmpty,
            "changed by sanitise: \(changed.map { String(format: "U+%04X", $0.value) })")
    }

    @Test func everySimpleScalarIsAGraphemeOfItsOwn() {
        let neighbours: [Unicode.Scalar] = [
            "a", "█", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1F1F3}", "😀",
        ]
        var joined: [String] = []
        for s in Self.accepted {
            for n in neighbours {
                var before = String.UnicodeScalarView()
                before.append(n)
                before.append(s)
                var after = String.UnicodeScalarView()
                after.append(s)
                after.append(n)
                // A following mark may join the simple scalar (that is the mark's doing, and
                // `Frame.put` leaves such text to the long way); a simple scalar itself never
                // joins what comes before it, and nothing simple follows into it.
                if String(before).count != 2 {
                    joined.append(String(format: "U+%04X after U+%04X", s.value, n.value))
                }
                if Frame.isSimple(n.value), String(after).count != 2 {
                    joined.append(String(format: "U+%04X before U+%04X", s.value, n.value))
                }
            }
        }
        #expect(joined.isEmpty, "joins: \(joined.prefix(20))")
    }

    /// Was wrong before the table: emoji among the symbols were measured and drawn one wide.
    @Test func emojiAmongTheSymbolsAreDrawnTwoWide() {
        #expect(Frame.textWidth("Kaffe ☕") == 8)
        var f = Frame(width: 12, height: 1)
        #expect(f.put("⚡ Tid", x: 0, y: 0) == 6)
        #expect(f[1, 0].continuation)
        #expect(f.text == "⚡ Tid")
    }
}
