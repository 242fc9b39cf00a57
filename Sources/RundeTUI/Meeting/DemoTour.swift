import RundeCore
import RundeText

/// The rehearsal's guided tour: one calm line on the banner for the moment the leader is in
/// (check-in, a card, a round, the pause, the closing, next time), from the catalog. Only in
/// the demo, and only when the banner has nothing more important to say.
public enum DemoTour {
    /// The hint for where the rehearsal stands, or nil (not a rehearsal, a dialog is open).
    public static func hint(_ model: MeetingModel) -> String? {
        guard model.demo, model.overlay == .none else { return nil }
        let m = model.meeting
        let s = model.strings
        switch m.phase {
        case .checkIn: return s[.tourCheckIn]
        case .opening:
            if m.item.acknowledge { return s[.tourAcknowledge] }
            return model.rulesEditable ? s[.tourRules] : s[.tourCard]
        case .openingRound:
            return m.setup.format == MeetingFormat.first.rawValue
                ? s[.tourRoundFirstMeeting] : s[.tourRound]
        case .sharing: return s[.tourSharing]
        case .pause: return s[.tourPause]
        case .closingRound: return s[.tourClosing]
        case .nextMeeting: return s[.tourNext]
        case .summary: return s[.tourSummary]
        case .processTalk: return nil
        }
    }
}
