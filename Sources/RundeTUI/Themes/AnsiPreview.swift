import RundeCore
import RundeText

/// Renders theme previews for `runde themes`: ANSI SGR with colour, SGR attributes only, or
/// plain text with the styles in words. Pure, so it can be tested.
public enum AnsiPreview {
    /// How to show styles.
    public enum Mode: Equatable, Sendable {
        /// SGR escapes with colours and attributes.
        case color
        /// SGR escapes for bold/dim/underline/reverse only, never a colour (NO_COLOR on a tty).
        case attributesOnly
        /// No escapes at all; each sample names its styles in words (stdout is not a tty).
        case words
    }

    /// A run of text in one role.
    public struct Segment: Equatable, Sendable {
        public var role: StyleRole
        public var text: String

        public init(_ role: StyleRole, _ text: String) {
            self.role = role
            self.text = text
        }
    }

    /// The SGR escape that sets `style` (after a reset), or "" when the style is plain.
    /// Without `color`, colours are left out and only attributes are set.
    public static func sgr(_ style: RoleStyle, color: Bool) -> String {
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if color {
            if let fg = colorCode(style.fg, base: 30, brightBase: 90, extended: "38") {
                codes.append(fg)
            }
            if let bg = colorCode(style.bg, base: 40, brightBase: 100, extended: "48") {
                codes.append(bg)
            }
        }
        return codes.isEmpty ? "" : "\u{1B}[0;" + codes.joined(separator: ";") + "m"
    }

    /// Text in a style: SGR, the text, and a reset (only when an escape was written).
    public static func styled(_ text: String, _ style: RoleStyle, color: Bool) -> String {
        let start = sgr(style, color: color)
        let clean = TextSafety.sanitize(text)
        return start.isEmpty ? clean : start + clean + "\u{1B}[0m"
    }

    /// A style in words: `cyan on black, bold, reverse`, or `plain`.
    public static func describe(_ style: RoleStyle) -> String {
        var parts: [String] = []
        switch (style.fg, style.bg) {
        case (.terminalDefault, .terminalDefault): break
        case (let fg, .terminalDefault): parts.append(word(fg))
        case (let fg, let bg): parts.append("\(word(fg)) on \(word(bg))")
        }
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
    }

    /// The sample lines every theme is previewed with.
    public static func sampleLines(_ language: Lang) -> [[Segment]] {
        let c = Catalog(language)
        return [
            [
                Segment(.title, c[.themeSampleSharing]), Segment(.normal, " · "),
                Segment(.accent, c.f(.themeSampleMeeting, 7)),
            ],
            [
                Segment(.stripDone, "Ola"), Segment(.normal, " "), Segment(.stripCurrent, " Kari "),
                Segment(.normal, " "),
                Segment(.stripTodo, "Per"),
            ],
            [
                Segment(.speaker, c.f(.themeSampleFloor, "Kari")), Segment(.normal, " "),
                Segment(.calm, "2:41"),
            ],
            [Segment(.warning, c[.themeSampleMinuteLeft])],
            [Segment(.overtime, c.f(.themeSampleOvertime, "+0:45"))],
            [Segment(.pause, c[.phasePause] + " 14:59")],
            [
                Segment(.banner, c[.themeSamplePauseAsk]), Segment(.normal, " "),
                Segment(.alert, c[.themeSampleQuit]),
            ],
            [
                Segment(.selection, c.f(.themeSamplePresent, "Kari")), Segment(.normal, " "),
                Segment(.muted, c.f(.themeSampleAhead, 2)),
            ],
            [
                Segment(.footerKey, "Enter"), Segment(.footer, c[.themeSampleNext]),
                Segment(.footerKey, "p"),
                Segment(.footer, " " + c[.keyPause] + "  "), Segment(.footerKey, "?"),
                Segment(.footer, c[.themeSampleHelp]),
            ],
        ]
    }

    /// One sample line in a theme. In `.words` mode the roles' styles follow in brackets.
    public static func render(_ line: [Segment], theme: Theme, mode: Mode) -> String {
        switch mode {
        case .color, .attributesOnly:
            return line.map { styled($0.text, theme.style($0.role), color: mode == .color) }
                .joined()
        case .words:
            let text = line.map { TextSafety.sanitize($0.text) }.joined()
            var seen: [StyleRole] = []
            for s in line where s.role != .normal && !seen.contains(s.role) { seen.append(s.role) }
            let words = seen.map { "\($0.themeKey): \(describe(theme.style($0)))" }.joined(
                separator: "; ")
            return text + "   [" + words + "]"
        }
    }

    /// A theme's whole preview: a header (name, source, description) and the sample lines,
    /// each line ending in a newline. Without colour, pass `theme.monochromeFallback()`.
    public static func render(
        theme: Theme, description: String, source: String, mode: Mode,
        language: Lang
    ) -> String {
        var out = TextSafety.sanitize(theme.name) + "  (" + TextSafety.sanitize(source) + ")\n"
        if !description.isEmpty { out += "  " + TextSafety.sanitize(description) + "\n" }
        for line in sampleLines(language) {
            out += "    " + render(line, theme: theme, mode: mode) + "\n"
        }
        return out
    }

    private static func word(_ c: ThemeColor) -> String {
        if case .indexed(let i) = c, i >= 16 { return "colour \(i)" }
        return c.themeText
    }

    private static func colorCode(_ c: ThemeColor, base: Int, brightBase: Int, extended: String)
        -> String?
    {
        switch c {
        case .terminalDefault: return nil
        case .indexed(let i) where (0..<8).contains(i): return String(base + i)
        case .indexed(let i) where (8..<16).contains(i): return String(brightBase + i - 8)
        case .indexed(let i): return "\(extended);5;\(max(0, min(255, i)))"
        }
    }
}
