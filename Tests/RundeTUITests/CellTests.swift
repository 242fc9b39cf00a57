import Testing

@testable import RundeTUI

/// A cell is plain data holding its character's UTF-8 bytes; what goes in comes out.
@Suite struct CellTests {
    @Test func aCellIsPlainDataWithNoPadding() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        #expect(MemoryLayout<Cell>.size == 16)
    }

    @Test func styleSurvivesANewCharacter() {
        for role in StyleRole.allCases {
            var cell = Cell("a", role: role, bold: true, reverse: false, continuation: true)
            cell.char = "界"
            #expect(
                cell.role == role && cell.bold && !cell.reverse && cell.continuation
                    && cell.char == "界")
            cell.reverse = true
            cell.bold = false
            #expect(cell.role == role && !cell.bold && cell.reverse && cell.continuation)
        }
    }

    @Test(
        arguments: [
            "a", " ", "é", "e\u{301}", "ø", "─", "█", "◉", "界", "😀", "👍🏽", "🇳🇴", "👨‍💻", "\u{0}",
        ] as [Character])
    func charactersRoundTrip(_ c: Character) {
        var cell = Cell(c, role: .accent, bold: true)
        #expect(cell.char == c)
        #expect(cell.role == .accent && cell.bold && !cell.reverse && !cell.continuation)
        #expect(
            cell.onlyScalar == (c.unicodeScalars.count == 1 ? c.unicodeScalars.first!.value : nil))
        cell.char = "x"
        #expect(cell.char == "x" && cell.onlyScalar == 0x78)
    }

    @Test func aLongGraphemeKeepsTheScalarsThatFit() {
        let zalgo = Character("a" + String(repeating: "\u{301}", count: 20))
        let cell = Cell(zalgo)
        #expect(cell.char.unicodeScalars.first == "a")
        #expect(cell.char.unicodeScalars.count == 6)  // 1 + 5 × 2 bytes = 11 of 12
        #expect(cell.onlyScalar == nil)
    }

    @Test func equalityIsByBytesAndStyle() {
        #expect(Cell("a") == Cell("a"))
        #expect(Cell("a") != Cell("b"))
        #expect(Cell("a") != Cell("a", bold: true))
        #expect(Cell(" ", continuation: true) != Cell.blank)
        #expect(Cell(scalar: "ø", role: .normal, bold: false, reverse: false) == Cell("ø"))
    }
}

@Suite struct StyleRoleOrdinalTests {
    @Test func ordinalsFollowAllCases() {
        for (i, role) in StyleRole.allCases.enumerated() { #expect(role.ordinal == i, "\(role)") }
    }
}
