/// The two languages Runde speaks.
public enum Lang: String, CaseIterable, Sendable {
    case nb, en

    /// `nb`, `nn` and `no` give Norwegian (bokmål); `en` English; anything else nil.
    public init?(code: String) {
        switch code.lowercased() {
        case "nb", "nn", "no": self = .nb
        case "en": self = .en
        default: return nil
        }
    }

    /// From `--lang`, else the group setting, else `LANG`/`LC_ALL`: nb, nn or no give Norwegian.
    public static func resolve(
        flag: String?, groupSetting: String? = nil, environment: [String: String]
    ) -> Lang {
        for candidate in [flag, groupSetting] {
            if let c = candidate?.lowercased(), !c.isEmpty {
                return ["nb", "nn", "no"].contains(where: { c.hasPrefix($0) }) ? .nb : .en
            }
        }
        let env =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let l = env.lowercased()
        return ["nb", "nn", "no"].contains(where: { l.hasPrefix($0) }) ? .nb : .en
    }
}
