import RundeTUI
import Testing

@testable import CursesTerminal

/// Theme role → attributes and colour pairs (pure; no ncurses is called).
@Suite("Style mapping")
struct StyleMappingTests {
    @Test("role attributes and cell bold/reverse combine")
    func attributes() {
        let style = RoleStyle(fg: .cyan, underline: true, dim: true)
        #expect(
            StyleFlags.forCell(role: style, bold: false, reverse: false, color: true) == [
                .underline, .dim,
            ])
        #expect(
            StyleFlags.forCell(role: style, bold: true, reverse: true, color: true)
                == [.bold, .reverse, .underline, .dim])
        #expect(
            StyleFlags.forCell(
                role: RoleStyle(bold: true, reverse: true), bold: false, reverse: false,
                color: true) == [.bold, .reverse])
    }

    @Test("without colour, a role with a background colour is reversed to stand out")
    func monochromeBackground() {
        let banner = Theme.builtInDefault.style(.banner)
        #expect(
            StyleFlags.forCell(role: banner, bold: false, reverse: false, color: true) == [.bold])
        #expect(
            StyleFlags.forCell(role: banner, bold: false, reverse: false, color: false) == [
                .bold, .reverse,
            ])
        let accent = Theme.builtInDefault.style(.accent)  // foreground colour only
        #expect(StyleFlags.forCell(role: accent, bold: false, reverse: false, color: false) == [])
    }

    @Test("every role has its own pair, never pair 0")
    func pairs() {
        let pairs = StyleRole.allCases.map(ColorPlan.pair(for:))
        #expect(Set(pairs).count == StyleRole.allCases.count)
        #expect(pairs.allSatisfy { $0 >= 1 })
    }

    @Test("colour numbers")
    func colorNumbers() {
        #expect(
            ColorPlan.colorNumber(
                .terminalDefault, colors: 256, defaultsAvailable: true, defaultFallback: 7) == -1)
        #expect(
            ColorPlan.colorNumber(
                .terminalDefault, colors: 256, defaultsAvailable: false, defaultFallback: 7) == 7)
        #expect(
            ColorPlan.colorNumber(
                .indexed(208), colors: 256, defaultsAvailable: true, defaultFallback: 7) == 208)
        #expect(
            ColorPlan.colorNumber(
                .indexed(208), colors: 8, defaultsAvailable: true, defaultFallback: 7) == 0)
        #expect(
            ColorPlan.colorNumber(
                .indexed(9), colors: 8, defaultsAvailable: true, defaultFallback: 7) == 1)
    }
}
