import RundeCore
import RundeHistory
import RundeText

/// State of the history browser: the meetings, the filter, the selection and the screen.
public struct HistoryBrowserState: Equatable, Sendable {
    /// Which view is showing.
    public enum Screen: Equatable, Sendable { case list, detail, trends }

    /// All readable meetings, oldest first.
    public private(set) var all: [HistorySummary]
    /// Indices into `all` that pass the filter, newest first.
    public private(set) var visible: [Int]
    public private(set) var filter: String
    public var editingFilter: Bool
    /// Position in `visible`.
    public var selected: Int
    public var screen: Screen
    /// The detail of the selected meeting, once the shell has loaded it.
    public var detail: HistoryDetail?
    /// The id waiting for `y` to be deleted.
    public var confirmingDelete: String?
    public var message: String?
    public var quit: Bool
    /// `?`: the keys of the screen in words, over it, until Esc, `?`, Enter or `q`.
    public var showingHelp = false
    /// The first row of the detail shown when the meeting does not fit the window (PgDn/PgUp;
    /// clamped when drawn).
    public var detailScroll = 0

    public init(summaries: [HistorySummary], message: String? = nil) {
        all = summaries
        visible = []
        filter = ""
        editingFilter = false
        selected = 0
        screen = .list
        detail = nil
        confirmingDelete = nil
        self.message = message
        quit = false
        refilter()
    }

    /// The selected meeting, if any.
    public var current: HistorySummary? {
        visible.indices.contains(selected) ? all[visible[selected]] : nil
    }

    public var visibleSummaries: [HistorySummary] { visible.map { all[$0] } }

    /// Replaces the meetings (after a delete), keeping the filter and a valid selection.
    public mutating func replace(summaries: [HistorySummary]) {
        all = summaries
        refilter()
    }

    mutating func setFilter(_ text: String) {
        filter = text
        refilter()
        selected = 0
    }

    mutating func refilter() {
        let needle = filter.lowercased()
        var out: [Int] = []
        out.reserveCapacity(all.count)
        for i in all.indices.reversed() {
            let s = all[i]
            if needle.isEmpty || s.date.contains(needle) || s.id.lowercased().contains(needle)
                || s.theme.lowercased().contains(needle)
                || s.nextTheme.lowercased().contains(needle)
            {
                out.append(i)
            }
        }
        visible = out
        selected = min(max(0, selected), max(0, visible.count - 1))
    }
}

/// What the browser asks its shell to do (the reducer itself does no I/O).
public enum HistoryBrowserEffect: Equatable, Sendable {
    case loadDetail(id: String)
    case delete(id: String)
}

/// The browser's pure reducer over keys.
public enum HistoryBrowser {
    public static let pageSize = 10

    public static func reduce(_ s: inout HistoryBrowserState, _ key: Key) -> [HistoryBrowserEffect]
    {
        if let id = s.confirmingDelete {
            s.confirmingDelete = nil
            if [.char("y"), .char("Y"), .char("j"), .char("J")].contains(key) {
                return [.delete(id: id)]
            }
            return []
        }
        if s.showingHelp {
            if [.escape, .char("?"), .enter, .char("q"), .char("Q"), .function(1)].contains(key) {
                s.showingHelp = false
            }
            return []
        }
        if s.editingFilter { return reduceFilter(&s, key) }
        if key == .char("?") || key == .function(1) {
            s.showingHelp = true
            return []
        }
        s.message = nil
        switch s.screen {
        case .list: return reduceList(&s, key)
        case .detail: return reduceDetail(&s, key)
        case .trends:
            switch key {
            case .escape, .left, .backspace, .char("t"), .enter: s.screen = .list
            case .char("q"), .char("Q"): s.quit = true
            default: break
            }
            return []
        }
    }

    static func move(_ s: inout HistoryBrowserState, _ key: Key) -> Bool {
        let last = max(0, s.visible.count - 1)
        switch key {
        case .up, .char("k"): s.selected = max(0, s.selected - 1)
        case .down, .char("j"): s.selected = min(last, s.selected + 1)
        case .pageUp: s.selected = max(0, s.selected - pageSize)
        case .pageDown: s.selected = min(last, s.selected + pageSize)
        case .home: s.selected = 0
        case .end: s.selected = last
        default: return false
        }
        return true
    }

    static func reduceList(_ s: inout HistoryBrowserState, _ key: Key) -> [HistoryBrowserEffect] {
        if move(&s, key) { return [] }
        switch key {
        case .enter, .right:
            guard let cur = s.current else { return [] }
            s.screen = .detail
            s.detail = nil
            s.detailScroll = 0
            return [.loadDetail(id: cur.id)]
        case .char("/"):
            s.editingFilter = true
        case .escape:
            if !s.filter.isEmpty { s.setFilter("") }
        default: meetingKey(&s, key)
        }
        return []
    }

    /// The keys the list and the detail share: delete the meeting, trends, quit.
    static func meetingKey(_ s: inout HistoryBrowserState, _ key: Key) {
        switch key {
        case .char("d"), .delete: s.confirmingDelete = s.current?.id
        case .char("t"): s.screen = .trends
        case .char("q"), .char("Q"): s.quit = true
        default: break
        }
    }

    static func reduceDetail(_ s: inout HistoryBrowserState, _ key: Key) -> [HistoryBrowserEffect] {
        switch key {
        case .pageDown:
            // Never past what a detail can hold (its facts, phases and speakers), however narrow.
            let rows = 16 + (s.detail?.phases.count ?? 0) + (s.detail?.perPersonS.count ?? 0)
            s.detailScroll = min(s.detailScroll + 5, rows)
            return []
        case .pageUp:
            s.detailScroll = max(0, s.detailScroll - 5)
            return []
        default: break
        }
        let before = s.selected
        if move(&s, key) {
            guard s.selected != before, let cur = s.current else { return [] }
            s.detail = nil
            s.detailScroll = 0
            return [.loadDetail(id: cur.id)]
        }
        switch key {
        case .escape, .left, .backspace, .enter:
            s.screen = .list
        default: meetingKey(&s, key)
        }
        return []
    }

    static func reduceFilter(_ s: inout HistoryBrowserState, _ key: Key) -> [HistoryBrowserEffect] {
        switch key {
        case .enter:
            s.editingFilter = false
        case .escape:
            s.editingFilter = false
            s.setFilter("")
        case .backspace, .delete:
            if !s.filter.isEmpty { s.setFilter(String(s.filter.dropLast())) }
        case .char(let c):
            let clean = TextSafety.sanitize(String(c))
            if !clean.isEmpty, s.filter.count < 40 { s.setFilter(s.filter + clean) }
        case .paste(let text):
            let clean = PastedText.oneLine(text, limit: 40 - s.filter.count)
            if !clean.isEmpty { s.setFilter(s.filter + clean) }
        default: break
        }
        return []
    }

    /// After a successful delete: the new meetings, back to the list, and a note.
    public static func deleted(
        _ s: inout HistoryBrowserState, id: String, summaries: [HistorySummary], lang: Lang
    ) {
        s.replace(summaries: summaries)
        s.screen = .list
        s.detail = nil
        s.message = HistoryStrings(lang: lang).deleted(id)
    }
}
