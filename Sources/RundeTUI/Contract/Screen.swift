import RundeText

/// Whether a bound key does something now: offered, or not now with the reason in words.
public enum KeyOffer: Equatable, Sendable {
    case offered
    /// The key is bound on this screen but means nothing in this state; the reason is one
    /// whole sentence from the catalog, shown (or said) when the key is pressed.
    case notNow(String)

    public var isOffered: Bool { self == .offered }
}

/// One key of a screen, described once: the keys that press it, how the footer shows it
/// (`cap`, `label`), its line in `?` and in the manual (`help`, words only), and whether it is
/// offered now. The footer, `?`, plain help and `runde _keys` are all made from these.
public struct KeyBinding: Equatable, Sendable {
    /// A stable name (tests, plain mode).
    public var name: String
    public var keys: [Key]
    /// How the key is shown ("Enter", "s", "↑/↓").
    public var cap: String
    /// How plain mode says the cap, beside the drawn one ("pil opp og ned" for "↑/↓"); nil
    /// when the cap is said as it is (a letter, "Enter", "Esc").
    public var spokenCap: String?
    /// The footer's word for it.
    public var label: String
    /// One line in words for `?` and the manual; the cap is put before it, not written in it.
    public var help: String
    public var offer: KeyOffer

    public init(
        _ name: String, keys: [Key], cap: String, label: String, help: String,
        offer: KeyOffer = .offered, spokenCap: String? = nil
    ) {
        self.name = name
        self.keys = keys
        self.cap = cap
        self.spokenCap = spokenCap
        self.label = label
        self.help = help
        self.offer = offer
    }

    /// "s       stå over": the cap in a column of 7, then the words (as `?` lists them).
    public var helpLine: String { KeyBinding.helpLine(cap: cap, words: help) }

    /// The help line as plain mode says it: "Pil opp og ned: velg i lista." (the spoken cap,
    /// never the symbol a screen reader would spell out).
    public func spokenHelpLine(_ s: Catalog) -> String {
        let said = spokenCap ?? SpokenKeys.spoken(cap, s)
        let words = help.hasSuffix(".") ? String(help.dropLast()) : help
        return said.isEmpty ? words : s.f(.plainHelpKey, said, words)
    }

    /// "s stå over" in the footer.
    public var footerItem: String { label.isEmpty ? cap : cap + " " + label }

    /// A help line with the cap in its own column of 7 (a longer cap is followed by 2 spaces).
    public static func helpLine(cap: String, words: String) -> String {
        let width = Frame.textWidth(cap)
        return cap + String(repeating: " ", count: width < 6 ? 7 - width : 2) + words
    }
}

extension Array where Element == KeyBinding {
    /// The binding `key` belongs to, if any.
    public func binding(for key: Key) -> KeyBinding? { first { $0.keys.contains(key) } }
}

/// What the loop hands a screen.
public enum ScreenInput: Equatable, Sendable {
    case key(Key)
    /// The clock moved (the wait ran to its deadline), or the screen opened.
    case tick
    case resize(width: Int, height: Int)
    /// The loop is about to stop (a signal or a hang-up): keep what must be kept.
    case stopping(InputEvent)
}

/// What a screen asks the loop to do.
public enum ScreenEffect<Outcome> {
    case bell
    case flash
    /// The screen is done; the loop returns this.
    case finish(Outcome)
}

/// What a screen says in plain mode after a change: whole lines, and what was typed, so a
/// screen reader reads it back: either the whole text of the field being typed (`typed`: the
/// backend echoes what was added since the last time, or takes back what was removed) or the
/// characters to echo as they are (`echo`). A speaking backend echoes first, then says the lines.
public struct Speech: Equatable, Sendable {
    public var lines: [String]
    public var typed: String?
    public var echo: String?

    public init(_ lines: [String] = [], typed: String? = nil, echo: String? = nil) {
        self.lines = lines
        self.typed = typed
        self.echo = echo
    }
}

/// When a screen wants the loop to wake without a key: never, or on the second boundaries of
/// a clock that counts from `anchor` (see `Program.millisecondsToNextTick`).
public struct TickSchedule: Equatable, Sendable {
    /// The clock's reading now, in seconds.
    public var now: Double
    /// The instant whose whole periods the screen shows (0: the clock's own seconds).
    public var anchor: Double
    /// The period in seconds (1 for a live meeting, less for the sped-up demo).
    public var period: Double

    public init(now: Double, anchor: Double = 0, period: Double = 1) {
        self.now = now
        self.anchor = anchor
        self.period = period
    }
}

/// One screen a person can be on (DESIGN §3, the screen contract): the meeting, a prompt, the
/// new-group form, the group screen, history. It is a value with a keymap, `update`, `view`
/// and the lines it speaks in plain mode; `Program.run` runs any of them on any backend, and a
/// screen never knows which backend that is.
public protocol Screen {
    /// What the screen ends with (a route, a choice, a meeting's outcome).
    associatedtype Outcome

    /// Every key this screen binds in its present state, in the footer's order: the footer,
    /// `?`, plain help and the manual are made from it.
    var keymap: [KeyBinding] { get }

    /// One input: a key, a tick, a resize, or the loop stopping.
    mutating func update(_ input: ScreenInput) -> [ScreenEffect<Outcome>]

    /// The whole frame at this size.
    mutating func view(width: Int, height: Int) -> Frame

    /// What plain mode says now: after `input` took the screen from `old` (nil: the screen
    /// has just opened, say what it is).
    mutating func spoken(after old: Self?, input: ScreenInput?) -> Speech

    /// When to wake without a key; nil waits for a key.
    var ticks: TickSchedule? { get }
}

extension Screen {
    public var ticks: TickSchedule? { nil }
}

/// The generic answer to a key that is bound here but not offered now, for screens that show
/// it on a line of their own.
extension KeyBinding {
    /// The reason, when `key` is bound by one of `bindings` but not offered now.
    public static func reason(for key: Key, in bindings: [KeyBinding]) -> String? {
        guard let b = bindings.binding(for: key), case .notNow(let why) = b.offer else {
            return nil
        }
        return why
    }
}

/// Key caps drawn as symbols, in words for plain mode: the one table the key tables take
/// their spoken caps from (a screen reader would read "↑/↓" as "up slash down").
public enum SpokenKeys {
    /// A cap in words: "↑/↓" → "Pil opp og ned"; a cap of several ("←/→ +/-") part by part;
    /// a letter or a named key as it is.
    public static func spoken(_ cap: String, _ s: Catalog) -> String {
        if let one = word(cap, s) { return one }
        let parts = cap.split(separator: " ").map(String.init)
        guard parts.count > 1, parts.contains(where: { word($0, s) != nil }) else { return cap }
        let said = parts.map { word($0, s) ?? $0 }
        return ([said[0]] + said.dropFirst().map { $0.lowercased() }).joined(separator: ", ")
    }

    static func word(_ cap: String, _ s: Catalog) -> String? {
        switch cap {
        case "↑/↓", "↑↓": return s[.plainKeyArrows]
        case "↓": return s[.plainKeyDown]
        case "↑": return s[.plainKeyUp]
        case "←/→": return s[.plainKeyLeftRight]
        case "←/→/↑/↓": return s[.plainKeyAllArrows]
        case "␣": return s[.plainKeySpace]
        case "+/-": return s[.plainKeyPlusMinus]
        case "PgUp/PgDn": return s[.plainKeyPages]
        case "?": return s[.plainKeyQuestion]
        default: return nil
        }
    }

    /// A line that names keys by their symbols ("↑/↓ velg · ? hjelp"), with each symbol in
    /// words, for plain mode.
    public static func speakSymbols(_ line: String, _ s: Catalog) -> String {
        var t = line
        for symbol in ["←/→/↑/↓", "PgUp/PgDn", "↑/↓", "←/→", "+/-", "↓", "↑", "␣"] {
            guard t.contains(symbol), let said = word(symbol, s) else { continue }
            t = t.replacing(symbol, with: said.lowercased())
        }
        // "? hjelp" and "? says": the question mark as a key, at the start or after a separator.
        let q = s[.plainKeyQuestion].lowercased()
        if t.hasPrefix("? ") { t = q + t.dropFirst(1) }
        t = t.replacing(" ? ", with: " " + q + " ")
        // A sentence starts with a capital.
        if let first = t.first, first.isLowercase, line.first.map({ !$0.isLetter }) == true {
            t = first.uppercased() + t.dropFirst()
        }
        return t
    }
}
