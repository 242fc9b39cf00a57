import RundeTUI
import Testing

@testable import CursesTerminal

/// The pure get_wch → Key table (no ncurses is called).
@Suite("Key translation")
struct KeyTranslationTests {
    @Test(
        "controls become named keys",
        arguments: [
            (UInt32(10), Key.enter), (13, .enter), (127, .backspace), (8, .backspace),
            (9, .tab), (27, .escape),
        ])
    func controls(value: UInt32, key: Key) {
        #expect(KeyTranslation.character(value) == key)
    }

    @Test("Ctrl-letters")
    func ctrlLetters() {
        #expect(KeyTranslation.character(1) == .ctrl("a"))
        #expect(KeyTranslation.character(3) == .ctrl("c"))
        #expect(KeyTranslation.character(26) == .ctrl("z"))
    }

    @Test("printable and Norwegian characters pass through")
    func characters() {
        #expect(KeyTranslation.character(0x71) == .char("q"))
        #expect(KeyTranslation.character(0x20) == .char(" "))
        #expect(KeyTranslation.character(0xE6) == .char("æ"))
        #expect(KeyTranslation.character(0xF8) == .char("ø"))
        #expect(KeyTranslation.character(0xC5) == .char("Å"))
        #expect(KeyTranslation.character(0x1F600) == .char("😀"))
    }

    @Test("C1 controls and invalid scalars are dropped")
    func dropped() {
        #expect(KeyTranslation.character(0x9B) == nil)
        #expect(KeyTranslation.character(0xD800) == nil)
        #expect(KeyTranslation.character(0x1C) == nil)
    }

    // X/Open curses key codes as ncurses defines them (octal in <curses.h>).
    @Test(
        "key codes",
        arguments: [
            (Int32(0o403), Key.up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o406, .home), (0o550, .end), (0o523, .pageUp), (0o522, .pageDown),
            (0o527, .enter), (0o407, .backspace), (0o512, .delete),
            (0o411, .function(1)), (0o424, .function(12)),
            (0o534, .home), (0o537, .end), (0o552, .home), (0o601, .end),
        ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyTranslation.keyCode(code) == key)
    }

    @Test("resize and unknown codes are not keys")
    func notKeys() {
        #expect(KeyTranslation.keyCode(KeyTranslation.resizeCode) == nil)
        #expect(KeyTranslation.resizeCode == 0o632)
        #expect(KeyTranslation.keyCode(0o541) == nil)  // back-tab
        #expect(KeyTranslation.keyCode(0o777) == nil)
    }
}
