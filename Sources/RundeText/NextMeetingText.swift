/// The next-meeting step: who leads next time, the theme, the date and the follow-up.
public enum NextMeetingText: String, CaseIterable, CatalogKey {
    case followUpLine
    case followUpLater
    case keyFollowUp
    case helpFollowUp
    case nextLeaderLabel
    case followUpEarlier
    case themeLabel
    case themeReminder
    case dateLabel
    case dateHint
    case nobodyChosen
    case enterAcceptLeader
    case enterAcceptTheme
    case enterAcceptDate
    case keySkipLeader
    case keyDate
    case themeProposeHint
    case themeProposals
    case keyPropose
    case keyBacklog
    case themePreview

    public var texts: (nb: String, en: String) {
        switch self {
        case .followUpLine:
            (
                "Oppfølging med igangsetteren: %1 (egen dato, ikke neste møte)",
                "Follow-up with the starter: %1 (its own date, not the next meeting)"
            )
        case .followUpLater: ("oppfølging en uke senere", "follow-up a week later")
        case .keyFollowUp: ("oppfølging senere/tidligere", "follow-up later/earlier")
        case .helpFollowUp:
            (
                "Flytt datoen for oppfølging med igangsetteren en uke senere (f) eller tidligere (F).",
                "Move the follow-up date with the starter a week later (f) or earlier (F)."
            )
        case .nextLeaderLabel: ("Neste møteleder", "Next to lead")
        case .followUpEarlier: ("en uke tidligere", "a week earlier")
        case .themeLabel: ("Tema til neste gang", "Theme for next time")
        case .themeReminder: ("Ikke skriv navn i temaet.", "Do not write names.")
        case .dateLabel: ("Neste møte", "Next meeting")
        case .dateHint: ("↑/↓ én dag · PgUp/PgDn én uke", "↑/↓ one day · PgUp/PgDn one week")
        case .nobodyChosen: ("(ingen valgt)", "(nobody chosen)")
        case .enterAcceptLeader: ("godta møteleder", "accept leader")
        case .enterAcceptTheme: ("godta tema", "accept theme")
        case .enterAcceptDate: ("godta dato", "accept date")
        case .keySkipLeader: ("hopp over", "skip")
        case .keyDate: ("endre dato", "change date")
        case .themeProposeHint:
            (
                "Tab: ta vare på forslaget til senere · ↑/↓ tidligere forslag",
                "Tab: keep the proposal for later · ↑/↓ earlier proposals"
            )
        case .themeProposals: ("Forslag: %1", "Proposals: %1")
        case .keyPropose: ("ta vare på forslag", "keep proposal")
        case .keyBacklog: ("tidligere forslag", "earlier proposals")
        case .themePreview: ("Lagres som: %1", "Will be saved as: %1")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: NextMeetingText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: NextMeetingText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
