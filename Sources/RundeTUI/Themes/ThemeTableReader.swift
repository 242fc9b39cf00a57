import RundeCore
import TOMLKit

/// Reads a parsed TOML table into a theme, collecting every problem with its line.
struct ThemeTableReader {
    let source: String
    let text: String
    private(set) var errors: [ThemeError] = []
    private var locator: ThemeLineLocator?

    init(source: String, text: String) {
        self.source = source
        self.text = text
    }

    mutating func read(_ root: TOMLTable, base: Theme, defaultName: String) -> ThemeDocument {
        var theme = Theme(name: defaultName, styles: base.styles)
        var description = ""
        for (key, value) in root {
            switch key {
            case "name":
                if let name = safeString(value, at: ["name"]) { theme.name = name }
            case "description":
                if let d = safeString(value, at: ["description"]) { description = d }
            case "roles":
                guard let roles = value.table else {
                    fail(
                        .wrongType, ["roles"],
                        .wrongType(key: "roles", expected: .table, found: TOMLValueKind(value.type))
                    )
                    continue
                }
                for (roleKey, roleValue) in roles {
                    if let (role, style) = readRole(roleKey, roleValue) {
                        theme.styles[role] = style
                    }
                }
            default:
                fail(.unknownKey, [key], .unknownKey(key, allowed: ThemeParser.topLevelKeys))
            }
        }
        return ThemeDocument(theme: theme, description: description)
    }

    private mutating func readRole(_ key: String, _ value: TOMLValueConvertible) -> (
        StyleRole, RoleStyle
    )? {
        let path = ["roles", key]
        guard let role = StyleRole(themeKey: key) else {
            fail(.unknownKey, path, .unknownRole(key, allowed: StyleRole.allCases.map(\.themeKey)))
            return nil
        }
        guard let table = value.table else {
            fail(
                .wrongType, path,
                .wrongType(key: "roles.\(key)", expected: .table, found: TOMLValueKind(value.type)))
            return nil
        }
        var style = RoleStyle()
        for (attribute, v) in table {
            let at = path + [attribute]
            let name = "roles.\(key).\(attribute)"
            switch attribute {
            case "fg", "bg":
                guard let color = color(v, at: at, name: name) else { continue }
                if attribute == "fg" { style.fg = color } else { style.bg = color }
            case "bold", "reverse", "underline", "dim":
                guard let flag = v.bool else {
                    fail(
                        .wrongType, at,
                        .wrongType(key: name, expected: .trueFalse, found: TOMLValueKind(v.type)))
                    continue
                }
                switch attribute {
                case "bold": style.bold = flag
                case "reverse": style.reverse = flag
                case "underline": style.underline = flag
                default: style.dim = flag
                }
            default:
                fail(
                    .unknownKey, at,
                    .unknownAttribute(attribute, role: key, allowed: ThemeParser.attributeKeys))
            }
        }
        return (role, style)
    }

    private mutating func color(_ v: TOMLValueConvertible, at path: [String], name: String)
        -> ThemeColor?
    {
        if let s = v.string {
            if let c = ThemeColor(themeText: s) { return c }
            fail(.badColor, path, .badColor(value: s, key: name))
        } else if let i = v.int {
            if (0...255).contains(i) { return .indexed(i) }
            fail(.badColor, path, .badColor(value: String(i), key: name))
        } else {
            fail(
                .wrongType, path,
                .wrongType(key: name, expected: .colour, found: TOMLValueKind(v.type)))
        }
        return nil
    }

    private mutating func safeString(_ v: TOMLValueConvertible, at path: [String]) -> String? {
        let key = path.joined(separator: ".")
        guard let s = v.string else {
            fail(
                .wrongType, path,
                .wrongType(key: key, expected: .string, found: TOMLValueKind(v.type)))
            return nil
        }
        if TextSafety.containsUnsafe(s) {
            fail(.badValue, path, .controlCharacters(key: key))
            return nil
        }
        if key == "name" {
            if s.trimmingSpaces().isEmpty {
                fail(.badValue, path, .emptyName)
                return nil
            }
            if s.count > ThemeParser.maxNameLength {
                fail(.badValue, path, .nameTooLong(max: ThemeParser.maxNameLength))
                return nil
            }
        }
        return s
    }

    private mutating func fail(_ kind: ThemeError.Kind, _ path: [String], _ problem: ThemeProblem) {
        if locator == nil { locator = ThemeLineLocator(text: text) }
        errors.append(
            ThemeError(kind, source: source, line: locator?.line(of: path), problem: problem))
    }
}
