/// A parsed theme file: the theme and the description shown by `runde themes`.
public struct ThemeDocument: Equatable, Sendable {
    public var theme: Theme
    public var description: String

    public init(theme: Theme, description: String) {
        self.theme = theme
        self.description = description
    }
}
