// Generated from Themes/*.toml by ThemeBundleTests (RUNDE_REGENERATE_THEMES=1 swift test
// --filter ThemeBundleTests). Do not edit by hand: edit the .toml file and regenerate.

/// The theme files of `Themes/`, embedded so a lone binary has them; a test keeps them identical.
public enum BundledThemes {
    /// Every bundled theme as (name, file text), `default` first.
    public static let all: [(name: String, text: String)] = [
        ("default", defaultTOML),
        ("high-contrast", highContrastTOML),
        ("light", lightTOML),
        ("monochrome", monochromeTOML),
    ]

    /// The file text of a bundled theme, or nil.
    public static func text(named name: String) -> String? {
        all.first(where: { $0.name == name })?.text
    }

    static let defaultTOML = ###"""
        # Runde's default theme: colour on the terminal's own (dark) background.
        # It is also built into the binary (Theme.builtInDefault), so a lone binary runs;
        # a test keeps the two identical.
        #
        # One table per role. Colours: default, black, red, green, yellow, blue, magenta,
        # cyan, white, bright-<name>, 0-255, or "#rrggbb" (the nearest of 256 colours).
        # Attributes: bold, reverse, underline, dim (false when left out).
        # A role left out of a file is taken from this default.

        name = "default"
        description = "Dark terminal, colour on the default background"

        [roles.normal]

        [roles.muted]
        dim = true

        [roles.accent]
        fg = "cyan"

        [roles.title]
        fg = "cyan"
        bold = true

        [roles.speaker]
        fg = "white"
        bold = true

        [roles.calm]
        fg = "green"
        bold = true

        [roles.warning]
        fg = "yellow"
        bold = true

        [roles.overtime]
        # A muted warm colour (173, a soft orange), not alarm red, not bold: overtime counts calmly (+0:45).
        fg = 173

        [roles.pause]
        fg = "blue"
        bold = true

        [roles.strip_done]
        dim = true

        [roles.strip_current]
        fg = "black"
        bg = "cyan"
        bold = true

        [roles.strip_todo]

        [roles.footer]
        dim = true

        [roles.footer_key]
        fg = "cyan"
        bold = true

        [roles.selection]
        reverse = true

        [roles.alert]
        fg = "red"
        bold = true

        [roles.banner]
        fg = "black"
        bg = "yellow"
        bold = true

        """###

    static let highContrastTOML = ###"""
        # Maximum contrast: bright colours, bold text, nothing dimmed.
        # Time states use a coloured background as well as a colour, so they stand out at a glance.

        name = "high-contrast"
        description = "Bright colours and bold text, nothing dimmed"

        [roles.normal]
        fg = "bright-white"

        [roles.muted]
        fg = "white"

        [roles.accent]
        fg = "bright-cyan"
        bold = true

        [roles.title]
        fg = "bright-white"
        bold = true
        underline = true

        [roles.speaker]
        fg = "bright-white"
        bold = true

        [roles.calm]
        fg = "bright-green"
        bold = true

        [roles.warning]
        fg = "black"
        bg = "bright-yellow"
        bold = true

        [roles.overtime]
        # Readable without colour: underlined, with the sign and the word; no alarm red.
        fg = "bright-yellow"
        bold = true
        underline = true

        [roles.pause]
        fg = "black"
        bg = "bright-cyan"
        bold = true

        [roles.strip_done]
        fg = "white"

        [roles.strip_current]
        fg = "black"
        bg = "bright-white"
        bold = true

        [roles.strip_todo]
        fg = "bright-white"

        [roles.footer]
        fg = "bright-white"

        [roles.footer_key]
        fg = "bright-yellow"
        bold = true
        underline = true

        [roles.selection]
        reverse = true
        bold = true

        [roles.alert]
        fg = "bright-white"
        bg = "red"
        bold = true
        underline = true

        [roles.banner]
        fg = "black"
        bg = "bright-yellow"
        bold = true

        """###

    static let lightTOML = ###"""
        # For a light terminal background: dark text, no yellow on white.
        # Colours from the 256-colour palette so they look the same in most terminals.

        name = "light"
        description = "Light terminal, dark colours on the default background"

        [roles.normal]

        [roles.muted]
        fg = 244

        [roles.accent]
        fg = "#005faf"

        [roles.title]
        fg = "#005faf"
        bold = true

        [roles.speaker]
        fg = "black"
        bold = true

        [roles.calm]
        fg = "#005f00"
        bold = true

        [roles.warning]
        fg = "#af5f00"
        bold = true

        [roles.overtime]
        # A muted warm rose, not alarm red, not bold.
        fg = "#875f5f"

        [roles.pause]
        fg = "#5f00af"
        bold = true

        [roles.strip_done]
        fg = 244

        [roles.strip_current]
        fg = "white"
        bg = "#005faf"
        bold = true

        [roles.strip_todo]

        [roles.footer]
        fg = 240

        [roles.footer_key]
        fg = "#005faf"
        bold = true

        [roles.selection]
        reverse = true

        [roles.alert]
        fg = "#af0000"
        bold = true

        [roles.banner]
        fg = "black"
        bg = "#ffd75f"
        bold = true

        """###

    static let monochromeTOML = ###"""
        # No colours at all: only bold, reverse, underline and dim, so every state still
        # differs on a terminal without colour (it matches what NO_COLOR gives).
        #   calm = bold, warning = bold + underline, overtime = bold + reverse,
        #   pause = underline, alert = bold + reverse + underline, banner = reverse.

        name = "monochrome"
        description = "No colour: bold, reverse, underline and dim only"

        [roles.normal]

        [roles.muted]
        dim = true

        [roles.accent]
        underline = true

        [roles.title]
        bold = true

        [roles.speaker]
        bold = true

        [roles.calm]
        bold = true

        [roles.warning]
        bold = true
        underline = true

        [roles.overtime]
        bold = true
        reverse = true

        [roles.pause]
        underline = true

        [roles.strip_done]
        dim = true

        [roles.strip_current]
        bold = true
        reverse = true

        [roles.strip_todo]

        [roles.footer]
        dim = true

        [roles.footer_key]
        bold = true

        [roles.selection]
        reverse = true

        [roles.alert]
        bold = true
        reverse = true
        underline = true

        [roles.banner]
        reverse = true

        """###
}
