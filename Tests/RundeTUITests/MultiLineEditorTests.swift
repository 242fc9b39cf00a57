import RundeCore
import Testing

@testable import RundeTUI

/// The shared multi-line editor of the rules card (meeting and group screen): whole state
/// after each key.
@Suite struct MultiLineEditorTests {
    @Test func typingInsertsAtTheCursorAndEnterStartsALine() {
        var e = MultiLineEditor(text: "Vi er her")
        #expect(e.cursor == 9)
        e.handle(.enter)
        for c in "Vi kommer" { e.handle(.char(c)) }
        #expect(e == MultiLineEditor(text: "Vi er her\nVi kommer", cursor: 19))
        e.handle(.home)
        #expect(e.cursor == 10)
        e.handle(.up)
        #expect(e.cursor == 0)
        e.handle(.end)
        #expect(e.cursor == 9)
        e.handle(.backspace)
        #expect(e == MultiLineEditor(text: "Vi er he\nVi kommer", cursor: 8))
        e.handle(.down)
        #expect(e.cursor == 17)
        e.handle(.left)
        e.handle(.delete)
        #expect(e == MultiLineEditor(text: "Vi er he\nVi kommr", cursor: 16))
        e.handle(.right)
        #expect(e.cursor == 17)
    }

    @Test func controlCharactersAreNeverKeptAndLimitsHold() {
        var e = MultiLineEditor(text: "A\u{1B}[31mB\nC")
        #expect(e.text == "AB\nC")
        e.handle(.char("\u{7}"))
        #expect(e.text == "AB\nC")
        let usedEsc = e.handle(.escape)
        let usedCtrlS = e.handle(.ctrl("s"))
        #expect(!usedEsc && !usedCtrlS)
        var long = MultiLineEditor(text: String(repeating: "x", count: MultiLineEditor.maxLength))
        long.handle(.char("y"))
        #expect(long.text.count == MultiLineEditor.maxLength)
        var lines = MultiLineEditor(
            text: Array(repeating: "l", count: MultiLineEditor.maxLines).joined(separator: "\n"))
        lines.handle(.enter)
        #expect(lines.text.split(separator: "\n").count == MultiLineEditor.maxLines)
    }

    @Test func rowsWrapAndShowTheCursor() {
        let e = MultiLineEditor(text: "Taushetsplikt gjelder alle\nVi kommer", cursor: 3)
        let (rows, row) = e.rows(width: 14)
        #expect(rows == ["Tau▏shetsplikt", "gjelder alle", "Vi kommer"])
        #expect(row == 0)
        #expect(MultiLineEditor(text: "a\n\nb").rows(width: 10).cursorRow == 2)
    }
}
