import RundeTUI

/// Colour-pair numbers and colour indices for a theme.
enum ColorPlan {
    /// Pair number of a role: its position in `StyleRole.allCases` plus one (pair 0 is fixed).
    static func pair(for role: StyleRole) -> Int16 {
        Int16(role.ordinal + 1)
    }

    /// The curses colour number for a theme colour: -1 for the terminal default (needs
    /// `use_default_colors`), the index when the terminal has it, else the basic colour
    /// `index % 8`. `defaultFallback` is used for `.terminalDefault` when default colours
    /// are unavailable.
    static func colorNumber(
        _ color: ThemeColor, colors: Int, defaultsAvailable: Bool,
        defaultFallback: Int16
    ) -> Int16 {
        switch color {
        case .terminalDefault:
            return defaultsAvailable ? -1 : defaultFallback
        case .indexed(let n):
            if n >= 0, n < colors { return Int16(n) }
            return Int16(((n % 8) + 8) % 8)
        }
    }
}
