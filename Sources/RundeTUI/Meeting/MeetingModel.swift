import RundeCore
import RundeText

/// Everything the meeting screen shows: the domain state plus what only the screen knows
/// (names, cursors, the text being typed, dialogs). Names live here and in group.toml only.
public struct MeetingModel: Equatable, Sendable {
    public var meeting: MeetingState
    /// Roster labels from group.toml, in rotation order.
    public var roster: [String]
    /// Guests' names, as typed. Never in the journal, a log or the group file: only in the
    /// meeting's own `journal.guests` (`GuestNamesFile`), deleted with the journal.
    public var guestNames: [Int: String]
    public var groupName: String
    public var rules: String
    public var todayTheme: String
    public var strings: Catalog
    public var cursor: Int
    public var themeInput: String
    public var overlay: Overlay
    /// A problem to show on the banner line (for example a disk that cannot be written).
    public var notice: String?
    /// A quiet line on the banner until the next key: why a key that is bound did nothing.
    public var hint: String? = nil
    /// Where the final log went, once written.
    public var logPath: String?
    /// True when the meeting is over and its log could not be written (a full disk): Enter
    /// tries again, `q` quits with the meeting kept resumable, and the screen says so.
    public var logNotSaved = false
    /// Shown in the header during a rehearsal.
    public var demo: Bool
    /// Titles and texts of the group's own agenda steps ("custom-N.title", "custom-N.text").
    public var customTexts: [String: String]
    /// Themes proposed at earlier meetings and not chosen yet.
    public var themeBacklog: [String]
    /// Which backlog entry ↑/↓ last put into the theme field.
    public var backlogCursor: Int?
    /// "Meeting 7 of 12", when the group set a horizon.
    public var horizon: Int?
    /// How many meetings the starter (igangsetter) takes part in, if the group has one.
    public var starterMeetings: Int?
    /// Members marked leaving (group.toml): the farewell round names them.
    public var leaving: [String] = []
    /// Members who joined since the last meeting (group.toml's `new_members`): the rules card
    /// they acknowledge welcomes those present by name. Never journaled.
    public var newMembers: [String] = []
    /// Why Runde proposed today's format (the group's life), said once at check-in.
    public var lifeNotes: [String] = []
    /// The blind-alley card the leader picked for this process talk (nil: none, the open question).
    public var processCard: Int?
    /// The rules card as the group rewrote it in this meeting: kept in the rules draft beside
    /// the journal as it is typed (restored on a resume), saved when the meeting finishes.
    public var editedRules: String?
    /// On the evaluation's decision card: how many more meetings "go on" proposes (+/-).
    public var decisionHorizon: Int = 12
    /// The first help line shown when the help does not fit (↑/↓ scroll it).
    public var helpScroll: Int
    /// The first line of an opening card shown when the card does not fit (PgDn/PgUp scroll it).
    public var cardScroll: Int = 0
    /// The screen size the meeting is drawn at (0 before the first drawing): what fits decides
    /// whether a card scrolls.
    public var screenWidth: Int = 0
    public var screenHeight: Int = 0

    public init(
        meeting: MeetingState, roster: [String], groupName: String, rules: String,
        todayTheme: String = "", lang: Lang, demo: Bool = false
    ) {
        self.meeting = meeting
        self.roster = roster.map { TextSafety.sanitize($0) }
        guestNames = [:]
        self.groupName = TextSafety.sanitize(groupName)
        self.rules = rules
        self.todayTheme = TextSafety.sanitize(todayTheme)
        strings = Catalog(lang)
        cursor = 0
        themeInput = ""
        overlay = .none
        notice = nil
        logPath = nil
        self.demo = demo
        customTexts = [:]
        themeBacklog = []
        backlogCursor = nil
        horizon = nil
        starterMeetings = nil
        helpScroll = 0
    }

    /// Backlog themes and today's proposals, as ↑/↓ offers them in the theme field.
    public var themeSuggestions: [String] {
        var out: [String] = []
        for t in themeBacklog + meeting.next.proposals where !out.contains(t) { out.append(t) }
        return out
    }

    /// Text for a card or a custom step, sanitised line by line.
    public func customText(_ label: String, _ part: String) -> String? {
        customTexts[label + "." + part]
    }

    /// Dialogs drawn over the meeting.
    public enum Overlay: Equatable, Sendable {
        case none
        case help
        case quitConfirm
        /// The frame card shown once to a guest who arrived after it (or in a meeting without it).
        case guestFrame(guest: Int)
        /// Process talk: the blind-alley prompt cards, one to pick or none.
        case processCards(cursor: Int)
        /// The rules card being rewritten together: the text so far.
        case rulesEditor(MultiLineEditor)
        /// Late arrival: `cursor` over absent members, then the guest entry; `guestName` while typing.
        case late(cursor: Int, guestName: String?)
        /// Before a guest is named: the group decides together (one line; `j`/`y` go on, Esc
        /// back to the list). `cursor` is the late list's, to go back to.
        case guestAsk(cursor: Int)
        /// A jump that skips people, asked first (`j`/`y` yes, Esc no).
        case confirm(Confirm)
    }

    /// The jumps that ask first (DESIGN §1 "Slips are cheap").
    public enum Confirm: Equatable, Sendable {
        /// `n`: the rest of the phase.
        case skipPhase
        /// `c`: straight to the closing round.
        case closing
        /// `t` while someone has the floor: the turn would end, so it asks first.
        case processTalk
        /// Enter on a card to acknowledge while someone present has not ticked it.
        case leaveFrame

        public var event: MeetingEvent {
            switch self {
            case .skipPhase: return .skipPhase
            case .closing: return .goToClosing
            case .processTalk: return .startProcessTalk
            case .leaveFrame: return .advance
            }
        }
    }

    /// The label shown for a participant.
    public func name(_ p: Participant) -> String {
        switch p {
        case .member(let i): return roster.indices.contains(i) ? roster[i] : "#\(i + 1)"
        case .guest(let g):
            if let n = guestNames[g], !n.isEmpty { return n }
            return strings.f(.guest, g + 1)
        }
    }

    /// Roster positions of the members who joined since the last meeting and are here today.
    public var newcomersPresent: [Int] {
        meeting.attendance.indices.filter { i in
            meeting.attendance[i] == .present && roster.indices.contains(i)
                && newMembers.contains { TextSafety.sanitize($0) == roster[i] }
        }
    }

    /// Members not present, who can be added as late arrivals.
    public var lateCandidates: [Int] {
        meeting.attendance.indices.filter { meeting.attendance[$0] != .present }
    }

    /// The participant under the cursor on the open floor.
    public var floorSelection: Participant? {
        let order = meeting.presentOrder
        guard !order.isEmpty else { return nil }
        return order[min(max(0, cursor), order.count - 1)]
    }
}
