/// The no-colour rule (NO_COLOR, `--no-color`): colours go, meaning stays in the attributes.
extension Theme {
    /// Roles whose differences carry meaning (how a turn's time stands, the pause, alerts),
    /// so they must stay distinguishable without colour.
    public static let statusRoles: [StyleRole] = [
        .calm, .warning, .overtime, .pause, .alert, .banner,
    ]

    /// The attributes the status roles get without colour when a theme's own attributes do
    /// not tell them apart: calm bold, warning bold + underline, overtime bold + reverse,
    /// pause underline, alert bold + reverse + underline, banner reverse.
    public static let monochromeStatusStyles: [StyleRole: RoleStyle] = [
        .calm: RoleStyle(bold: true),
        .warning: RoleStyle(bold: true, underline: true),
        .overtime: RoleStyle(bold: true, reverse: true),
        .pause: RoleStyle(underline: true),
        .alert: RoleStyle(bold: true, reverse: true, underline: true),
        .banner: RoleStyle(reverse: true),
    ]

    /// True when any role sets a colour.
    public var usesColor: Bool {
        styles.values.contains { $0.fg != .terminalDefault || $0.bg != .terminalDefault }
    }

    /// This theme with every colour dropped, for a terminal without colour. A role with a
    /// background colour becomes reverse video, so highlights stay highlights. When the
    /// status roles then look alike (or like `normal`), they take `monochromeStatusStyles`;
    /// a theme whose attributes already tell them apart (monochrome) keeps its own.
    public func monochromeFallback() -> Theme {
        var out = Theme(name: name, styles: [:])
        for role in StyleRole.allCases {
            var s = style(role)
            if s.bg != .terminalDefault { s.reverse = true }
            s.fg = .terminalDefault
            s.bg = .terminalDefault
            out.styles[role] = s
        }
        if !out.statusRolesDistinct {
            for (role, s) in Theme.monochromeStatusStyles { out.styles[role] = s }
        }
        return out
    }

    /// True when the status roles differ from each other and from `normal`.
    public var statusRolesDistinct: Bool {
        let looks = Theme.statusRoles.map(style) + [style(.normal)]
        return Set(looks).count == looks.count
    }
}
