/// The room view (`runde room`): the name-free clock on a screen the whole circle sees, its
/// waiting screen, its help, and its command line.
public enum RoomText: String, CaseIterable, CatalogKey {
    case roomLabel, roomWaitTitle, roomWaitText, roomGoneText
    case roomCheckIn, roomCardNote, roomNextMeeting, roomOverText
    case roomFooter, roomHelpTitle, roomHelpWhat, roomHelpLeader, roomHelpQuit, roomHelpClose
    case roomEscHint
    case cliRoomAbstract, cliRoomDiscussion

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
        case .roomFooter: ("q lukk · ? hva er dette", "q close · ? what is this")
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
        case .roomHelpQuit: ("q      lukk romvisningen", "q      close the room view")
        case .roomHelpClose: ("Esc ?  lukk denne hjelpen", "Esc ?  close this help")
        case .roomEscHint:
            (
                "Esc gjør ingenting her. Trykk q for å lukke romvisningen.",
                "Esc does nothing here. Press q to close the room view."
            )
        case .cliRoomAbstract:
            (
                "Vis møtets klokke, uten navn, på en skjerm for hele gruppa.",
                "Show the meeting's clock, without names, on a screen for the whole group."
            )
        case .cliRoomDiscussion:
            (
                "Åpne romvisningen i et eget vindu (for eksempel på en TV eller en projektor) mens møtet går i et annet på samme maskin. Den viser steget, tiden for turen med store tall, runden og pausen, men aldri et navn eller et tema. Den venter rolig når ingen møter går, og kobler seg på igjen av seg selv.",
                "Open the room view in a window of its own (on a TV or a projector, say) while the meeting runs in another on the same computer. It shows the step, the turn's time in big digits, the round and the pause, but never a name or a theme. It waits calmly when no meeting runs, and connects again by itself."
            )
        }
    }
}

extension Catalog {
    /// A room view text in this catalog's language.
    public subscript(_ key: RoomText) -> String { text(key) }
    /// A room view text with `%1`, `%2`, … replaced.
    public func f(_ key: RoomText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
