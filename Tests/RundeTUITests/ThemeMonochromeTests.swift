import Testing

@testable import RundeTUI

@Suite struct ThemeMonochromeTests {
    static var bundled: [Theme] {
        BundledThemes.all.compactMap { try? ThemeParser.parse(text: $0.text, source: $0.name) }
    }

    @Test func everyBundledThemeParsedForThisSuite() {
        #expect(Self.bundled.count == BundledThemes.all.count)
    }

    @Test(arguments: bundled)
    func fallbackDropsColourButKeepsStatesApart(theme: Theme) {
        let mono = theme.monochromeFallback()
        #expect(!mono.usesColor)
        #expect(mono.name == theme.name)
        #expect(Set(mono.styles.keys) == Set(StyleRole.allCases))
        let calm = mono.style(.calm)
        let warning = mono.style(.warning)
        let overtime = mono.style(.overtime)
        #expect(calm != warning && warning != overtime && calm != overtime, "\(theme.name)")
        #expect(
            mono.statusRolesDistinct,
            "\(theme.name): calm, warning, overtime, pause, alert, banner differ")
        #expect(mono.monochromeFallback() == mono, "applying it twice changes nothing")
    }

    @Test func monochromeThemeHasNoColourAndIsItsOwnFallback() throws {
        let mono = try ThemeParser.parse(
            text: try #require(BundledThemes.text(named: "monochrome")), source: "m")
        #expect(!mono.usesColor)
        #expect(mono.monochromeFallback() == mono)
        #expect(mono.style(.warning) != mono.style(.overtime))
    }

    @Test func defaultFallbackUsesTheFixedStatusStyles() {
        let mono = Theme.builtInDefault.monochromeFallback()
        #expect(mono.style(.calm) == RoleStyle(bold: true))
        #expect(mono.style(.warning) == RoleStyle(bold: true, underline: true))
        #expect(mono.style(.overtime) == RoleStyle(bold: true, reverse: true))
        #expect(mono.style(.pause) == RoleStyle(underline: true))
        // A background colour becomes reverse video, so the current speaker stays highlighted.
        #expect(mono.style(.stripCurrent) == RoleStyle(bold: true, reverse: true))
        #expect(mono.style(.muted) == RoleStyle(dim: true))
        #expect(mono.style(.speaker) == RoleStyle(bold: true))
    }

    @Test func colourOnlyThemeStillGetsDistinctStates() {
        var styles: [StyleRole: RoleStyle] = [:]
        for (i, role) in StyleRole.allCases.enumerated() {
            styles[role] = RoleStyle(fg: .indexed(i))
        }
        let mono = Theme(name: "c", styles: styles).monochromeFallback()
        #expect(mono.statusRolesDistinct)
        #expect(mono.style(.normal) == RoleStyle())
    }
}
