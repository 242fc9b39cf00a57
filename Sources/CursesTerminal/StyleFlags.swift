import RundeTUI

/// Video attributes of a cell, independent of ncurses' bit layout.
struct StyleFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = StyleFlags(rawValue: 1 << 0)
    static let reverse = StyleFlags(rawValue: 1 << 1)
    static let underline = StyleFlags(rawValue: 1 << 2)
    static let dim = StyleFlags(rawValue: 1 << 3)

    /// The attributes for a cell: the role's style plus the cell's own bold/reverse.
    /// Without colour, a role that relies on a background colour (a banner, the current
    /// strip item) is shown reversed, so it still stands out.
    static func forCell(role style: RoleStyle, bold: Bool, reverse: Bool, color: Bool) -> StyleFlags {
        var f: StyleFlags = []
        if style.bold || bold { f.insert(.bold) }
        if style.reverse || reverse { f.insert(.reverse) }
        if style.underline { f.insert(.underline) }
        if style.dim { f.insert(.dim) }
        if !color, style.bg != .terminalDefault { f.insert(.reverse) }
        return f
    }
}

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
    static func colorNumber(_ color: ThemeColor, colors: Int, defaultsAvailable: Bool,
                            defaultFallback: Int16) -> Int16 {
        switch color {
        case .terminalDefault:
            return defaultsAvailable ? -1 : defaultFallback
        case .indexed(let n):
            if n >= 0, n < colors { return Int16(n) }
            return Int16(((n % 8) + 8) % 8)
        }
    }
}
