import Testing

@testable import RundeTUI

@Suite struct ThemeColorTests {
    @Test(arguments: [
        ("default", ThemeColor.terminalDefault), ("black", .black), ("white", .white),
        ("RED", .red),
        ("bright-red", .indexed(9)), ("bright-white", .indexed(15)), ("0", .indexed(0)),
        ("208", .indexed(208)),
        ("255", .indexed(255)), ("#ff0000", .indexed(196)), ("#000000", .indexed(16)),
        ("#FFFFFF", .indexed(231)),
        ("#808080", .indexed(244)), ("#5f87af", .indexed(67)), ("#080808", .indexed(232)),
        ("#eeeeee", .indexed(255)),
    ])
    func parses(text: String, color: ThemeColor) {
        #expect(ThemeColor(themeText: text) == color)
    }

    @Test(arguments: [
        "", "purple-ish", "bright-", "bright-pink", "256", "-1", "+5", "1000", "#12345", "#1234567",
        "#gg0000", "#-12345", "٣", " red", "0x10",
    ])
    func refuses(text: String) {
        #expect(ThemeColor(themeText: text) == nil)
    }

    @Test func spellingRoundTrips() {
        for i in 0...255 {
            #expect(ThemeColor(themeText: ThemeColor.indexed(i).themeText) == .indexed(i))
        }
        #expect(ThemeColor(themeText: ThemeColor.terminalDefault.themeText) == .terminalDefault)
    }

    @Test func nearestColourIsAlwaysInTheExtendedRange() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let i = ThemeColor.nearest256(
                red: Int.random(in: 0...255, using: &rng),
                green: Int.random(in: 0...255, using: &rng),
                blue: Int.random(in: 0...255, using: &rng))
            #expect((16...255).contains(i))
        }
    }
}
