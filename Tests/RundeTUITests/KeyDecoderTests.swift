import RundeCore
import Testing

@testable import RundeTUI

/// Bytes a terminal (or a hostile clipboard) sends, decoded the way both backends decode them.
@Suite struct KeyDecoderTests {
    /// Every key in `bytes`, as if they all came in one read and then nothing more.
    func keys(_ bytes: [UInt8]) -> [Key] {
        var d = KeyDecoder()
        d.append(bytes)
        var out: [Key] = []
        while let k = d.next() { out.append(k) }
        if let k = d.flush() { out.append(k) }
        while let k = d.next() { out.append(k) }
        return out
    }

    func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    @Test func plainTypingAndControls() {
        #expect(keys("ab\r\u{7F}\t") == [.char("a"), .char("b"), .enter, .backspace, .tab])
        #expect(keys("æø") == [.char("æ"), .char("ø")])
        #expect(keys("\u{1}") == [.ctrl("a")])
    }

    @Test func arrowsAndEditingKeysInTheirUsualEncodings() {
        #expect(keys("\u{1B}[A\u{1B}OB\u{1B}[1;5C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(
            keys("\u{1B}[1~\u{1B}[4~\u{1B}[5~\u{1B}[6~\u{1B}[3~") == [
                .home, .end, .pageUp, .pageDown, .delete,
            ])
        #expect(keys("\u{1B}OP\u{1B}[11~\u{1B}[[A") == [.function(1), .function(1), .function(1)])
    }

    @Test func aLoneEscIsEscOnlyWhenNothingFollows() {
        #expect(keys("\u{1B}") == [.escape])
        var d = KeyDecoder()
        d.append(Array("\u{1B}".utf8))
        #expect(d.next() == nil)
        #expect(d.isIncomplete, "an Esc may begin a sequence: wait for more first")
        #expect(d.flush() == .escape)
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
    }

    @Test func aPasteIsOneKeyWithItsLineBreaks() {
        #expect(
            keys("\u{1B}[200~Grenser\r\nog skam\u{1B}[201~x") == [
                .paste("Grenser\nog skam"), .char("x"),
            ])
        #expect(keys("\u{1B}[200~a\rb\u{1B}[201~") == [.paste("a\nb")])
    }

    @Test func aPasteThatComesInPiecesIsStillOne() {
        var d = KeyDecoder()
        let whole = Array("\u{1B}[200~Tema for i kveld\u{1B}[201~".utf8)
        var got: [Key] = []
        for b in whole {
            d.append([b])
            if let k = d.next() { got.append(k) }
        }
        #expect(got == [.paste("Tema for i kveld")])
        #expect(d.isEmpty)
    }

    @Test func escapesInsideAPasteAreDroppedNotTyped() {
        #expect(keys("\u{1B}[200~a\u{1B}[31mb\u{1B}]52;c;eA==\u{7}c\u{1B}[201~") == [.paste("abc")])
    }

    @Test func unknownSequencesAreDroppedWhole() {
        // OSC 52 (a clipboard write), with BEL and with ST.
        #expect(keys("a\u{1B}]52;c;UXVpeHRhbWFy\u{7}b") == [.char("a"), .char("b")])
        #expect(keys("a\u{1B}]52;c;UXVpeHRhbWFy\u{1B}\\b") == [.char("a"), .char("b")])
        // DCS, APC.
        #expect(
            keys("a\u{1B}P1$r0m\u{1B}\\b\u{1B}_x\u{1B}\\c") == [.char("a"), .char("b"), .char("c")])
        // Mouse reports: X10 (three raw bytes after ESC [ M) and SGR.
        #expect(
            keys("a\u{1B}[M !!b\u{1B}[<0;12;5Mc\u{1B}[<0;12;5md") == [
                .char("a"), .char("b"), .char("c"), .char("d"),
            ])
        // CSI with finals Runde does not use, and focus reports.
        #expect(keys("a\u{1B}[2Jb\u{1B}[Ic\u{1B}[Z") == [.char("a"), .char("b"), .char("c")])
        // ESC and one character (Alt+key, ESC c): neither an Esc nor typed.
        #expect(keys("a\u{1B}cb") == [.char("a"), .char("b")])
    }

    @Test func anUnfinishedSequenceWaitsAndThenIsDropped() {
        var d = KeyDecoder()
        d.append(Array("\u{1B}]52;c;abc".utf8))
        #expect(d.next() == nil)
        #expect(d.isIncomplete)
        d.append(Array("def\u{7}x".utf8))
        #expect(d.next() == .char("x"))
        var e = KeyDecoder()
        e.append(Array("\u{1B}[12".utf8))
        #expect(e.next() == nil)
        #expect(e.flush() == nil, "a cut-off sequence is never an Esc")
    }

    @Test func invalidUTF8CostsOnlyItsOwnBytes() {
        #expect(keys([0xFF, UInt8(ascii: "a"), UInt8(ascii: "b")]) == [.char("a"), .char("b")])
        #expect(keys([0xC3, UInt8(ascii: "a"), UInt8(ascii: "b")]) == [.char("a"), .char("b")])
        #expect(keys([0xE2, 0x82, UInt8(ascii: "q")]) == [.char("q")])
        #expect(keys([0x80, 0xBF, 0xC3, 0xB8]) == [.char("ø")])
        // An overlong encoding is no character.
        #expect(keys([0xC0, 0xAF, UInt8(ascii: "z")]) == [.char("z")])
    }

    @Test func aPasteInAOneLineFieldHasNoLineBreaks() {
        #expect(PastedText.oneLine("Grenser\nog\tskam\u{7}") == "Grenser og skam")
        #expect(PastedText.oneLine("abcdef", limit: 3) == "abc")
        #expect(PastedText.lines("a\tb\nc") == "a b\nc")
    }

    /// Random bytes never crash the decoder, never yield a control character as `.char`, and
    /// always drain.
    @Test func randomBytesAlwaysDrain() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let n = Int.random(in: 0..<80, using: &rng)
            let bytes = (0..<n).map { _ in
                Bool.random(using: &rng) ? UInt8(0x1B) : UInt8.random(in: 0...255, using: &rng)
            }
            var d = KeyDecoder()
            d.append(bytes)
            var guardCount = 0
            while d.next() != nil || d.flush() != nil {
                guardCount += 1
                if guardCount > 1000 { break }
            }
            #expect(guardCount <= n + 1)
            #expect(d.isEmpty)
            for k in keys(bytes) {
                if case .char(let c) = k {
                    let controls = c.unicodeScalars.filter {
                        $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                    }
                    #expect(controls.isEmpty, "typed \(c.unicodeScalars.map(\.value))")
                }
            }
        }
    }
}
