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
                    fail(.wrongType, ["roles"], "roles must be a table ([roles.<role>]), not \(Self.kind(value))")
                    continue
                }
                for (roleKey, roleValue) in roles {
                    if let (role, style) = readRole(roleKey, roleValue) { theme.styles[role] = style }
                }
            default:
                fail(.unknownKey, [key], "unknown key \(Self.quoted(key)); a theme file has "
                     + ThemeParser.topLevelKeys.joined(separator: ", "))
            }
        }
        return ThemeDocument(theme: theme, description: description)
    }

    private mutating func readRole(_ key: String, _ value: TOMLValueConvertible) -> (StyleRole, RoleStyle)? {
        let path = ["roles", key]
        guard let role = StyleRole(themeKey: key) else {
            fail(.unknownKey, path, "unknown role \(Self.quoted(key)); roles are "
                 + StyleRole.allCases.map(\.themeKey).joined(separator: ", "))
            return nil
        }
        guard let table = value.table else {
            fail(.wrongType, path, "roles.\(key) must be a table, not \(Self.kind(value))")
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
                    fail(.wrongType, at, "\(name) must be true or false, not \(Self.kind(v))")
                    continue
                }
                switch attribute {
                case "bold": style.bold = flag
                case "reverse": style.reverse = flag
                case "underline": style.underline = flag
                default: style.dim = flag
                }
            default:
                fail(.unknownKey, at, "unknown attribute \(Self.quoted(attribute)) in roles.\(key); attributes are "
                     + ThemeParser.attributeKeys.joined(separator: ", "))
            }
        }
        return (role, style)
    }

    private mutating func color(_ v: TOMLValueConvertible, at path: [String], name: String) -> ThemeColor? {
        let help = "use default, a colour name, bright-<name>, 0–255 or \"#rrggbb\""
        if let s = v.string {
            if let c = ThemeColor(themeText: s) { return c }
            fail(.badColor, path, "bad colour \(Self.quoted(s)) for \(name); \(help)")
        } else if let i = v.int {
            if (0...255).contains(i) { return .indexed(i) }
            fail(.badColor, path, "bad colour \(i) for \(name); \(help)")
        } else {
            fail(.wrongType, path, "\(name) must be a colour string or a number, not \(Self.kind(v))")
        }
        return nil
    }

    private mutating func safeString(_ v: TOMLValueConvertible, at path: [String]) -> String? {
        let key = path.joined(separator: ".")
        guard let s = v.string else {
            fail(.wrongType, path, "\(key) must be a string, not \(Self.kind(v))")
            return nil
        }
        if TextSafety.containsUnsafe(s) {
            fail(.badValue, path, "\(key) must not contain control characters")
            return nil
        }
        if key == "name" {
            if s.trimmingSpaces().isEmpty {
                fail(.badValue, path, "name must not be empty")
                return nil
            }
            if s.count > ThemeParser.maxNameLength {
                fail(.badValue, path, "name is longer than \(ThemeParser.maxNameLength) characters")
                return nil
            }
        }
        return s
    }

    private mutating func fail(_ kind: ThemeError.Kind, _ path: [String], _ message: String) {
        if locator == nil { locator = ThemeLineLocator(text: text) }
        errors.append(ThemeError(kind, source: source, line: locator?.line(of: path), message: message))
    }

    /// A value from the file, quoted and cut short, for a message.
    static func quoted(_ s: String) -> String {
        let clean = TextSafety.sanitize(s)
        return "\"" + (clean.count > 40 ? clean.prefix(40) + "…" : clean) + "\""
    }

    static func kind(_ v: TOMLValueConvertible) -> String {
        switch v.type {
        case .table: return "a table"
        case .array: return "an array"
        case .string: return "a string"
        case .int: return "a number"
        case .double: return "a decimal number"
        case .bool: return "true/false"
        case .date, .time, .dateTime: return "a date or time"
        }
    }
}
