import RundeCore
import RundeHistory
import RundeText

/// The whole browser screen for a state: list, detail or trends, with status and footer.
public enum HistoryBrowserView {
    public static func render(_ state: HistoryBrowserState, width: Int, height: Int, lang: Lang)
        -> Frame
    {
        var f = Frame(width: width, height: height)
        let s = HistoryStrings(lang: lang)
        guard width >= HistoryViewParts.minWidth, height >= HistoryViewParts.minHeight else {
            HistoryViewParts.tooSmall(&f, s)
            return f
        }
        switch state.screen {
        case .list:
            HistoryListView.render(state, into: &f, lang: lang)
            HistoryViewParts.footer(&f, state.editingFilter ? s.filterKeys : s.listKeys)
        case .detail:
            let scrolls = HistoryDetailView.render(state, into: &f, lang: lang)
            HistoryViewParts.footer(&f, s.detailKeys(scrolls: scrolls))
        case .trends:
            HistoryTrendsView.render(state, into: &f, lang: lang)
            HistoryViewParts.footer(&f, s.trendKeys)
        }
        if state.showingHelp { help(&f, state, lang: lang) }
        return f
    }

    /// The lines of `?` for the screen the browser shows, in words.
    static func helpLines(_ state: HistoryBrowserState, _ c: Catalog) -> [String] {
        HistoryBrowserScreen.keymap(state, c).map(\.helpLine)
    }

    static func help(_ f: inout Frame, _ state: HistoryBrowserState, lang: Lang) {
        let c = Catalog(lang)
        let lines =
            helpLines(state, c).map { ($0, StyleRole.normal) } + [
                ("", .normal), (c[.helpFooter], .muted),
            ]
        Overlays.panel(&f, title: c[.historyHelpTitle], lines: lines, width: 60)
    }

    /// The line above the footer: a delete confirmation, the filter being typed, or a message.
    static func drawStatus(
        _ state: HistoryBrowserState, into f: inout Frame, strings s: HistoryStrings
    ) {
        let y = f.height - 2
        f.fill(x: 0, y: y, width: f.width, height: 1, with: .blank)
        if let id = state.confirmingDelete {
            HistoryViewParts.status(&f, s.confirmDelete(id), role: .alert)
        } else if state.editingFilter {
            HistoryViewParts.status(&f, s.filterEditing(state.filter), role: .accent)
        } else if !state.filter.isEmpty {
            HistoryViewParts.status(&f, s.filterShown(state.filter), role: .muted)
        } else if let m = state.message {
            HistoryViewParts.status(&f, m, role: .muted)
        }
    }
}
