import RundeText

/// The group's own file, `group.toml`: the only place names are ever stored.
public struct GroupFile: Equatable, Sendable {
    public var name: String
    /// Member labels in rotation order.
    public var members: [String]
    /// Index into `members` of who leads the next meeting.
    public var nextLeader: Int
    public var meetingsHeld: Int
    public var nextTheme: String
    public var nextDate: LocalDate?
    public var settings: GroupSettings
    public var rules: String
    /// "" (chosen from `meetings_held`), "first", "second", "regular" or "custom" (uses `agenda`).
    public var format: String
    /// The group's own agenda, used when `format` is "custom".
    public var agenda: [GroupAgendaStep]
    /// A number of meetings the group set itself, such as 12 ("møte 7 av 12").
    public var horizon: Int?
    /// How many meetings a starter (igangsetter) takes part in.
    public var starterMeetings: Int?
    /// Themes proposed but not chosen, kept for later (scrubbed of names).
    public var themeBacklog: [String]
    /// The follow-up date agreed at the starter's last meeting (`follow_up_date`), kept apart
    /// from the next meeting's date and shown at check-in once due.
    public var starterFollowUp: LocalDate?
    /// A member joined since the last meeting: the next meeting proposes the new-group format.
    public var newMemberPending: Bool = false
    /// Who joined since the last meeting (`new_members`), as their labels in `members`, so the
    /// proposal and the rules card can name them. Empty for a file that only says
    /// `new_member = true`: the format is still proposed, without a name. Like every name, only
    /// ever in group.toml.
    public var newMembers: [String] = []
    /// Members marked as leaving: their next meeting has a farewell round, after which they
    /// leave the rotation.
    public var leaving: [String] = []
    /// The date of the last meeting held (for noticing a long gap).
    public var lastMeetingDate: LocalDate?
    /// Besides the horizon meeting, propose an evaluation every N meetings (nil: only at the horizon).
    public var evaluationEvery: Int?
    /// The group's decisions at evaluations, with their dates: the only thing an evaluation stores.
    public var decisions: [HorizonDecision] = []
    /// Every change of the rules card, with its date and no names.
    public var ruleChanges: [RuleChange] = []

    public init(
        name: String, members: [String], nextLeader: Int = 0, meetingsHeld: Int = 0,
        nextTheme: String = "", nextDate: LocalDate? = nil,
        settings: GroupSettings = GroupSettings(), rules: String = GroupFile.defaultRules,
        format: String = "", agenda: [GroupAgendaStep] = [], horizon: Int? = nil,
        starterMeetings: Int? = nil, themeBacklog: [String] = [], starterFollowUp: LocalDate? = nil
    ) {
        self.name = name
        self.members = members
        self.nextLeader = nextLeader
        self.meetingsHeld = meetingsHeld
        self.nextTheme = nextTheme
        self.nextDate = nextDate
        self.settings = settings
        self.rules = rules
        self.format = format
        self.agenda = agenda
        self.horizon = horizon
        self.starterMeetings = starterMeetings
        self.themeBacklog = themeBacklog
        self.starterFollowUp = starterFollowUp
    }

    /// The default rules card in Norwegian (the group edits it to its own words).
    public static let defaultRules = defaultRules(.nb)

    /// The default rules card in a language, for a new group in that language.
    public static func defaultRules(_ lang: Lang) -> String { Catalog(lang)[.groupDefaultRules] }

    /// The rules card as a meeting in `lang` shows it. While the group's rules are still one
    /// language's untouched built-in text (a group made under an English `LANG`, met in
    /// Norwegian), they are shown in the meeting's language; once the group has edited them,
    /// they are the group's own words and shown as written.
    public static func rules(_ text: String, shownIn lang: Lang) -> String {
        func normal(_ s: String) -> [Substring] {
            s.split(separator: "\n", omittingEmptySubsequences: true).map {
                $0.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: {
                    $0 == " " || $0 == "\t" || $0 == "\r"
                }).reversed().reduce(into: Substring()) { $0.append($1) }
            }
        }
        let own = normal(text)
        let untouched = Lang.allCases.contains { normal(defaultRules($0)) == own }
        return untouched ? defaultRules(lang) : text
    }

    /// Folder-safe slug of a group name: lowercase ASCII letters, digits and dashes.
    public static func slug(for name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            switch ch {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            case "a"..."z", "0"..."9": out.append(ch)
            default:
                if !out.hasSuffix("-") { out += "-" }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        if !out.isEmpty { return out }
        // No Latin letter or digit (a name in Cyrillic, Greek, Arabic …): a stable hash of the
        // name tells such groups apart, so a second one is not refused as "already exists".
        var hash: UInt32 = 2_166_136_261
        for b in name.trimmingSpaces().lowercased().utf8 { hash = (hash ^ UInt32(b)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "gruppe-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Per-group settings (`[settings]` in group.toml).
public struct GroupSettings: Equatable, Sendable {
    public var plan: MeetingPlan
    public var bell: Bool
    /// "nb" or "en"; empty means follow LANG.
    public var language: String
    /// Theme name or path; empty means the default.
    public var theme: String
    /// Rhythm: the first `earlyMeetings` meetings are `earlyDays` apart, later ones `laterDays`.
    public var rhythm: Rhythm = Rhythm()

    public init(
        plan: MeetingPlan = .standard, bell: Bool = false, language: String = "", theme: String = ""
    ) {
        self.plan = plan
        self.bell = bell
        self.language = language
        self.theme = theme
    }
}

/// How often the group meets: weekly at first, then every 14 days (DESIGN §1, the group's life).
public struct Rhythm: Equatable, Sendable {
    public var earlyMeetings: Int
    public var earlyDays: Int
    public var laterDays: Int

    public init(earlyMeetings: Int = 4, earlyDays: Int = 7, laterDays: Int = 14) {
        self.earlyMeetings = earlyMeetings
        self.earlyDays = earlyDays
        self.laterDays = laterDays
    }

    /// Days from meeting `number` (1-based) to the next one.
    public func days(after number: Int) -> Int { number <= earlyMeetings ? earlyDays : laterDays }
}

/// What the group decided at an evaluation (`[[decisions]]` in group.toml).
public struct HorizonDecision: Equatable, Sendable {
    public enum Choice: String, CaseIterable, Sendable {
        /// Go on, with a new horizon.
        case goOn = "go_on"
        /// End the group; its history stays.
        case end
        /// Decide at the next meeting.
        case later
    }
    public var date: LocalDate
    public var choice: Choice
    /// The new horizon, for `goOn`.
    public var newHorizon: Int?

    public init(date: LocalDate, choice: Choice, newHorizon: Int? = nil) {
        self.date = date
        self.choice = choice
        self.newHorizon = newHorizon
    }
}

/// One change of the rules card: the date and the new text, never who changed it.
public struct RuleChange: Equatable, Sendable {
    public var date: LocalDate
    public var text: String

    public init(date: LocalDate, text: String) {
        self.date = date
        self.text = text
    }
}

extension GroupFile {
    /// The group decided to end at its last evaluation.
    public var hasEnded: Bool { decisions.last?.choice == .end }
}
