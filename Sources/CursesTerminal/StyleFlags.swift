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
    static func forCell(role style: RoleStyle, bold: Bool, reverse: Bool, color: Bool) -> StyleFlags
    {
        var f: StyleFlags = []
        if style.bold || bold { f.insert(.bold) }
        if style.reverse || reverse { f.insert(.reverse) }
        if style.underline { f.insert(.underline) }
        if style.dim { f.insert(.dim) }
        if !color, style.bg != .terminalDefault { f.insert(.reverse) }
        return f
    }
}
