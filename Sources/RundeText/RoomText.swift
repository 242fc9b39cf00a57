/// The room view: a second screen that shows the room where the meeting is, and nothing private.
public enum RoomText: String, CaseIterable, CatalogKey {
    case roomLabel
    case roomWaitTitle
    case roomWaitText
    case roomGoneText
    case roomCheckIn
    case roomCardNote
    case roomNextMeeting
    case roomOverText
    case roomFooterClose
    case roomFooterWhat
    case roomHelpTitle
    case roomHelpWhat
    case roomHelpLeader
    case roomHelpQuit
    case roomHelpClose
    case roomEscHint

    public var texts: (nb: String, en: String) {
        switch self {
        // Beside the app's name in the header: what this window is.
        case .roomLabel: ("romvisning", "room view")
        case .roomWaitTitle: ("Venter på møtet", "Waiting for the meeting")
        case .roomWaitText:
            (
                "Når møtet begynner på denne maskinen, kommer klokka fram her av seg selv.",
                "When the meeting starts on this computer, its clock shows here by itself."
            )
        // The meeting stopped before its end (quit to resume later, or a crash).
        case .roomGoneText:
            (
                "Møtet er ikke åpent akkurat nå. Det kommer fram her igjen når det fortsetter.",
                "The meeting is not open just now. It shows here again when it goes on."
            )
        case .roomCheckIn: ("Møtet begynner snart.", "The meeting begins shortly.")
        // An opening card: read together from the leader's screen (its text is not shown here).
        case .roomCardNote: ("Vi leser kortet sammen.", "We read the card together.")
        case .roomNextMeeting:
            ("Gruppa avtaler neste møte.", "The group agrees on the next meeting.")
        case .roomOverText: ("Takk for i dag.", "Thank you for today.")
        case .roomFooterClose: ("lukk", "close")
        case .roomFooterWhat: ("hva er dette", "what is this")
        case .roomHelpTitle: ("Romvisningen", "The room view")
        case .roomHelpWhat:
            (
                "Dette er møtets klokke for en skjerm hele gruppa ser. Den viser aldri navn.",
                "This is the meeting's clock, for a screen the whole group sees. It never shows names."
            )
        case .roomHelpLeader:
            (
                "Møtelederen styrer møtet i sitt eget vindu. Ingenting du trykker her, endrer møtet.",
                "The person leading runs the meeting in their own window. Nothing pressed here changes the meeting."
            )
        case .roomHelpQuit: ("lukk romvisningen", "close the room view")
        case .roomHelpClose: ("lukk denne hjelpen", "close this help")
        case .roomEscHint:
            (
                "Esc gjør ingenting her. Trykk q for å lukke romvisningen.",
                "Esc does nothing here. Press q to close the room view."
            )
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: RoomText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: RoomText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
