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
        case .checkIn: return s[.nativeTourCheckIn]
        case .opening:
            if m.item.acknowledge { return s[.nativeTourAcknowledge] }
            return model.rulesEditable ? s[.nativeTourRules] : s[.nativeTourCard]
        case .openingRound:
            return m.setup.format == MeetingFormat.first.rawValue
                ? s[.nativeTourRoundFirstMeeting] : s[.nativeTourRound]
        case .sharing: return s[.nativeTourSharing]
        case .pause: return s[.nativeTourPause]
        case .closingRound: return s[.nativeTourClosing]
        case .nextMeeting: return s[.nativeTourNext]
        case .summary: return s[.nativeTourSummary]
        case .processTalk: return nil
        }
    }
}
