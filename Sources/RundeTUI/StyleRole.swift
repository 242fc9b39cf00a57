/// Semantic style of a cell; a `Theme` maps roles to colours and attributes.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
    case normal, muted, accent, title, speaker
    case calm, warning, overtime, pause
    case stripDone, stripCurrent, stripTodo
    case footer, footerKey, selection, alert, banner

    /// The roles by ordinal.
    static let byOrdinal: [StyleRole] = allCases

    /// The role's position in `allCases`, without building that array or searching it (a
    /// terminal looks its style up for every run it draws).
    public var ordinal: Int {
        switch self {
        case .normal: return 0
        case .muted: return 1
        case .accent: return 2
        case .title: return 3
        case .speaker: return 4
        case .calm: return 5
        case .warning: return 6
        case .overtime: return 7
        case .pause: return 8
        case .stripDone: return 9
        case .stripCurrent: return 10
        case .stripTodo: return 11
        case .footer: return 12
        case .footerKey: return 13
        case .selection: return 14
        case .alert: return 15
        case .banner: return 16
        }
    }
}
