/// The check-in screen, and who comes late: members, guests, and the group deciding together.
public enum CheckInText: String, CaseIterable, CatalogKey {
    case guestAskTitle
    case guestAskLine
    case keyGoOn
    case plainGuestAskKeys
    case present
    case notifiedAbsent
    case absent
    case guest
    case checkInHint
    case checkInCount
    case enterConfirmCheckIn
    case keyLate
    case helpLate
    case helpCheckIn
    case lateTitle
    case lateChoose
    case lateAdd
    case lateGuestPrompt
    case lateGuestNote
    case lateNobody

    public var texts: (nb: String, en: String) {
        switch self {
        // `a`, then the guest entry: one calm line, and the leader goes on (it never blocks).
        case .guestAskTitle: ("En gjest i gruppa", "A guest in the group")
        case .guestAskLine:
            (
                "En gjest er bare med når gruppa i fellesskap har bestemt det.",
                "A guest joins only when the group has decided it together."
            )
        case .keyGoOn: ("fortsett", "go on")
        case .plainGuestAskKeys:
            ("j fortsetter, Esc går tilbake.", "y goes on, Esc goes back.")
        case .present: ("til stede", "present")
        case .notifiedAbsent: ("meldt fravær", "absent with notice")
        case .absent: ("fravær", "absent")
        case .guest: ("Gjest %1", "Guest %1")
        case .checkInHint:
            (
                "↑/↓ velg person · Mellomrom endrer: til stede → meldt fravær → fravær",
                "↑/↓ choose a person · Space changes: present → absent with notice → absent"
            )
        case .checkInCount: ("%1 til stede av %2", "%1 present of %2")
        case .enterConfirmCheckIn: ("bekreft oppmøte", "confirm check-in")
        case .keyLate: ("for sent / gjest", "late / guest")
        case .helpLate:
            (
                "noen kom senere (eller en gjest)",
                "someone arrived late (or a guest)"
            )
        case .helpCheckIn:
            (
                "Oppmøte: ↑/↓ velg, Mellomrom endrer status",
                "Check-in: ↑/↓ choose, Space changes status"
            )
        case .lateTitle: ("Kom for sent / gjest", "Arrived late / guest")
        case .lateChoose: ("velg", "choose")
        case .lateAdd: ("legg til", "add")
        case .lateGuestPrompt:
            ("Gjest (navn vises bare på skjermen)", "Guest (the name is only shown on screen)")
        case .lateGuestNote: ("Gjesters navn lagres aldri.", "Guests' names are never stored.")
        case .lateNobody: ("Alle i gruppa er til stede.", "Everyone in the group is here.")
        }
    }
}

extension Catalog {
    /// A text of this area in this catalog's language.
    public subscript(_ key: CheckInText) -> String { text(key) }
    /// A text of this area with `%1`, `%2`, … replaced.
    public func f(_ key: CheckInText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
