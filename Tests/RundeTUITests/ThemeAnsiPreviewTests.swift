import Testing

@testable import RundeTUI

@Suite struct ThemeAnsiPreviewTests {
    static var bundled: [(Theme, String)] {
        BundledThemes.all.compactMap { entry in
            (try? ThemeParser.parseDocument(text: entry.text, source: entry.name)).map {
                ($0.theme, $0.description)
            }
        }
    }

    /// Every SGR parameter in the text.
    static func sgrParameters(_ s: String) -> [Int] {
        var out: [Int] = []
        var rest = Substring(s)
        while let start = rest.firstRange(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "m") else { break }
            out += rest[..<end].split(separator: ";").compactMap { Int($0) }
            rest = rest[rest.index(after: end)...]
        }
        return out
    }

    @Test func sgrCodes() {
        #expect(AnsiPreview.sgr(RoleStyle(), color: true) == "")
        #expect(AnsiPreview.sgr(RoleStyle(fg: .red), color: true) == "\u{1B}[0;31m")
        #expect(
            AnsiPreview.sgr(RoleStyle(fg: .indexed(9), bg: .indexed(12)), color: true)
                == "\u{1B}[0;91;104m")
        #expect(
            AnsiPreview.sgr(RoleStyle(fg: .indexed(208), bg: .indexed(17), bold: true), color: true)
                == "\u{1B}[0;1;38;5;208;48;5;17m")
        #expect(
            AnsiPreview.sgr(
                RoleStyle(bg: .cyan, bold: true, reverse: true, underline: true, dim: true),
                color: true)
                == "\u{1B}[0;1;2;4;7;46m")
        #expect(
            AnsiPreview.sgr(RoleStyle(fg: .red, bg: .blue, bold: true), color: false)
                == "\u{1B}[0;1m")
        #expect(AnsiPreview.sgr(RoleStyle(fg: .red), color: false) == "")
        #expect(
            AnsiPreview.styled("hei", RoleStyle(bold: true), color: true)
                == "\u{1B}[0;1mhei\u{1B}[0m")
        #expect(AnsiPreview.styled("hei", RoleStyle(), color: true) == "hei")
    }

    @Test(arguments: bundled.map(\.0))
    func withoutColourThereAreNoColourEscapes(theme: Theme) {
        for (t, mode) in [
            (theme.monochromeFallback(), AnsiPreview.Mode.attributesOnly), (theme, .attributesOnly),
            (theme, .words), (theme.monochromeFallback(), .words),
        ] {
            let out = AnsiPreview.render(
                theme: t, description: "d", source: "bundled", mode: mode, language: .nb)
            #expect(!out.contains("\u{1B}[3") && !out.contains("38;5") && !out.contains("48;5"))
            let colourCodes = Self.sgrParameters(out).filter {
                (30...49).contains($0) || (90...107).contains($0)
            }
            #expect(colourCodes.isEmpty)
            if mode == .words { #expect(!out.contains("\u{1B}")) }
        }
    }

    @Test func colourPreviewUsesColour() {
        let out = AnsiPreview.render(
            theme: .builtInDefault, description: "", source: "bundled", mode: .color,
            language: .nb)
        #expect(out.contains("\u{1B}[0;1;33m1 minutt igjen\u{1B}[0m"))
        // Overtime: a muted warm colour (173), not bold, not alarm red.
        #expect(out.contains("\u{1B}[0;38;5;173m+0:45 overtid\u{1B}[0m"))
    }

    @Test(arguments: PlainAnnouncer.Language.allCases)
    func samplesReadAsPlainText(language: PlainAnnouncer.Language) {
        let out = AnsiPreview.render(
            theme: .builtInDefault, description: "Dark", source: "bundled", mode: .words,
            language: language)
        let expected =
            language == .nb
            ? ["Kari har ordet 2:41", "1 minutt igjen", "+0:45 overtid", "Pause 14:59"]
            : ["Kari has the floor 2:41", "1 minute left", "+0:45 overtime", "Pause 14:59"]
        for line in expected { #expect(out.contains(line)) }
        #expect(out.hasPrefix("default  (bundled)\n  Dark\n"))
        #expect(out.contains("[warning: yellow, bold]"))
        #expect(out.contains("strip_current: black on cyan, bold"))
    }

    @Test func everyRoleAppearsInTheSamples() {
        let used = Set(AnsiPreview.sampleLines(.en).flatMap { $0.map(\.role) })
        #expect(used == Set(StyleRole.allCases))
    }

    @Test func namesFromFilesCannotInjectEscapes() {
        let theme = Theme(name: "evil\u{1B}[2J", styles: [:])
        let out = AnsiPreview.render(
            theme: theme, description: "x\u{1B}]0;title\u{07}", source: "/t/\u{1B}[31m.toml",
            mode: .words, language: .en)
        #expect(!out.contains("\u{1B}"))
        #expect(out.hasPrefix("evil  (/t/.toml)"))
    }

    @Test func describe() {
        #expect(AnsiPreview.describe(RoleStyle()) == "plain")
        #expect(
            AnsiPreview.describe(RoleStyle(fg: .indexed(130), bg: .indexed(9), underline: true))
                == "colour 130 on bright-red, underline")
        #expect(AnsiPreview.describe(RoleStyle(bg: .blue)) == "default on blue")
    }
}
