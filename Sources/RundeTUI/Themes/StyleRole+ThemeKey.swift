/// The snake_case names of roles in theme files (`strip_current`, `footer_key`, …).
extension StyleRole {
    /// The role's key in a theme file's `[roles]` table.
    public var themeKey: String {
        var out = ""
        for ch in rawValue {
            if ch.isUppercase {
                out += "_" + ch.lowercased()
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// The role named by a theme-file key, or nil for an unknown key.
    public init?(themeKey: String) {
        guard let role = StyleRole.allCases.first(where: { $0.themeKey == themeKey }) else {
            return nil
        }
        self = role
    }
}
