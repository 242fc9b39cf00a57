/// A terminal colour: the terminal's default, one of the 8 basic colours, or a 256-colour index.
public enum ThemeColor: Equatable, Hashable, Sendable {
    case terminalDefault
    case indexed(Int)

    public static let black = ThemeColor.indexed(0), red = ThemeColor.indexed(1),
        green = ThemeColor.indexed(2)
    public static let yellow = ThemeColor.indexed(3), blue = ThemeColor.indexed(4),
        magenta = ThemeColor.indexed(5)
    public static let cyan = ThemeColor.indexed(6), white = ThemeColor.indexed(7)
}

/// How one semantic role looks.
public struct RoleStyle: Equatable, Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault, bold: Bool = false,
        reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

/// A colour theme: a style for every semantic role.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// The built-in dark theme; `Themes/default.toml` matches it.
    public static let builtInDefault = Theme(
        name: "default",
        styles: [
            .normal: RoleStyle(),
            .muted: RoleStyle(dim: true),
            .accent: RoleStyle(fg: .cyan),
            .title: RoleStyle(fg: .cyan, bold: true),
            .speaker: RoleStyle(fg: .white, bold: true),
            .calm: RoleStyle(fg: .green, bold: true),
            .warning: RoleStyle(fg: .yellow, bold: true),
            .overtime: RoleStyle(fg: .indexed(173)),
            .pause: RoleStyle(fg: .blue, bold: true),
            .stripDone: RoleStyle(dim: true),
            .stripCurrent: RoleStyle(fg: .black, bg: .cyan, bold: true),
            .stripTodo: RoleStyle(),
            .footer: RoleStyle(dim: true),
            .footerKey: RoleStyle(fg: .cyan, bold: true),
            .selection: RoleStyle(reverse: true),
            .alert: RoleStyle(fg: .red, bold: true),
            .banner: RoleStyle(fg: .black, bg: .yellow, bold: true),
        ])
}
