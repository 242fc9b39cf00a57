import RundeCore
import RundeText

/// Meeting-screen helpers on the one catalog: phase and agenda-item titles.
extension Catalog {
    public func phase(_ k: PhaseKind) -> String {
        switch k {
        case .checkIn: return self[.phaseCheckIn]
        case .opening: return self[.phaseOpening]
        case .openingRound: return self[.phaseOpeningRound]
        case .sharing: return self[.phaseSharing]
        case .pause: return self[.phasePause]
        case .closingRound: return self[.phaseClosing]
        case .nextMeeting: return self[.phaseNext]
        case .summary: return self[.phaseSummary]
        case .processTalk: return self[.phaseProcessTalk]
        }
    }

    /// A short title for an agenda item, for the phase strip: each step named for what it shows
    /// (the rules card is "Våre rammer" wherever it stands, never "Åpning").
    public func itemTitle(_ item: AgendaItem, custom: [String: String] = [:]) -> String {
        switch item.label {
        case "presentation_round": return self[.itemPresentation]
        case "expectations_round": return self[.itemExpectations]
        case "frame": return self[.itemFrame]
        case "principles": return self[.itemPrinciples]
        case "since_last": return self[.itemSinceLast]
        case "here_and_now": return self[.itemRound]
        case "rules": return self[.itemRules]
        case "eval_rules": return self[.itemEvalRules]
        default:
            if let life = lifeItemTitle(item.label) { return life }
            if item.label.hasPrefix("custom-"), let text = custom[item.label + ".title"],
                !text.isEmpty
            {
                return text
            }
            return phase(item.kind)
        }
    }
}
