import RundeCore
import RundeHistory
import RundeText

/// What a browser session leaves behind for the caller to report.
public struct HistoryBrowserResult: Equatable, Sendable {
    public var broken: [HistoryIndex.Broken]
    public var deleted: [String]
    /// The signal or hang-up that stopped the browser (nil: the leader quit with `q`).
    public var stopped: InputEvent? = nil
}

/// Runs the history browser on a terminal until `q`, a hangup or a signal (`Program.run`).
public func runHistoryBrowser(terminal: Terminal, logsDir: String, lang: Lang)
    -> HistoryBrowserResult
{
    var screen = HistoryBrowserScreen(logsDir: logsDir, lang: lang)
    let end = Program.run(&screen, on: terminal)
    var result = HistoryBrowserResult(broken: screen.index.broken, deleted: screen.deleted)
    if case .stopped(let event) = end { result.stopped = event }
    return result
}

/// The history browser under the screen contract. All file access (index, detail, delete)
/// happens here, as the effects of the pure reducer (`HistoryBrowser`); the views stay pure.
/// Plain mode reads it out with `PlainHistory`.
public struct HistoryBrowserScreen: Screen {
    public private(set) var state: HistoryBrowserState
    public private(set) var index: HistoryIndex
    public private(set) var deleted: [String] = []
    let logsDir: String
    let lang: Lang

    public init(logsDir: String, lang: Lang) {
        self.logsDir = logsDir
        self.lang = lang
        let strings = HistoryStrings(lang: lang)
        let index = HistoryIndex.load(logsDir: logsDir)
        self.index = index
        state = HistoryBrowserState(
            summaries: index.summaries,
            message: index.broken.first.map { strings.skipped(index.broken.count, $0.file) })
    }

    public var keymap: [KeyBinding] { HistoryBrowserScreen.keymap(state, Catalog(lang)) }

    /// Every key of the browser's present view, in the order `?` lists them and the footer
    /// shows those with a word (`footer`).
    public static func keymap(_ state: HistoryBrowserState, _ c: Catalog) -> [KeyBinding] {
        // The cap is made from the keys named first (the others are said in the words).
        func b(
            _ name: String, _ text: HistoryText, _ keys: [Key], cap: Int = 1,
            label: HistoryText? = nil
        ) -> KeyBinding {
            KeyBinding.words(
                name, keys: keys, capKeys: Array(keys.prefix(cap)),
                label: label.map { c[$0] } ?? "",
                help: c[text])
        }
        let help = b("help", .histHelpHelp, [.char("?"), .function(1)], label: .histKeyHelp)
        let quit = b("quit", .histHelpQuit, [.char("q"), .char("Q")], cap: 2, label: .histKeyQuit)
        let delete = b("delete", .histHelpDelete, [.char("d"), .delete], label: .histKeyDelete)
        let trends = b("trends", .histHelpTrends, [.char("t")], label: .histKeyTrends)
        switch state.screen {
        case .list:
            var out = [
                b(
                    "move", .histHelpMove, [.up, .down, .pageUp, .pageDown, .home, .end], cap: 2,
                    label: .histKeySelect),
                b("open", .histHelpOpen, [.enter, .right], label: .histKeyDetails),
                b("filter", .histHelpFilter, [.char("/")], label: .histKeyFilter),
            ]
            if !state.filter.isEmpty {
                out.append(b("escape", .histHelpClearFilter, [.escape], label: .histKeyClearFilter))
            } else {
                // The list is the first screen: Esc stays, and says that q quits.
                out.append(KeyBinding.words("escape", keys: [.escape], help: c[.promptHelpEscTop]))
            }
            return out + [trends, delete, help, quit]
        case .detail:
            return [
                b(
                    "move", .histHelpOther, [.up, .down, .home, .end], cap: 2,
                    label: .histKeyPrevNext),
                b("scroll", .histHelpScroll, [.pageDown, .pageUp], cap: 2, label: .histKeyScroll),
                b(
                    "escape", .histHelpBack, [.escape, .left, .backspace, .enter],
                    label: .histKeyBack),
                trends, delete, help, quit,
            ]
        case .trends:
            return [
                b(
                    "escape", .histHelpBack, [.escape, .left, .backspace, .enter],
                    label: .histKeyBack), help, quit,
            ]
        }
    }

    /// The footer's keys for the present view, as (cap, word): the keymap's bindings that have
    /// a word (PgDn only when the meeting does not fit), or Enter and Esc while a filter is typed.
    public static func footer(_ state: HistoryBrowserState, _ c: Catalog, scrolls: Bool = false)
        -> [(String, String)]
    {
        if state.screen == .list, state.editingFilter {
            return [
                (KeyBinding.cap([.enter]), c[.histKeyApply]),
                (KeyBinding.cap([.escape]), c[.histKeyClearFilter]),
            ]
        }
        return keymap(state, c).filter { !$0.label.isEmpty && ($0.name != "scroll" || scrolls) }
            .map { ($0.cap, $0.label) }
    }

    public mutating func update(_ input: ScreenInput) -> [ScreenEffect<Void>] {
        guard case .key(let key) = input else { return [] }
        let strings = HistoryStrings(lang: lang)
        let topEscape =
            key == .escape && state.screen == .list && state.filter.isEmpty
            && !state.editingFilter && !state.showingHelp && state.confirmingDelete == nil
        for effect in HistoryBrowser.reduce(&state, key) {
            switch effect {
            case .loadDetail(let id):
                switch HistoryLogFiles.load(id: id, logsDir: logsDir) {
                case .success(let log): state.detail = HistoryDetail(id: id, log: log)
                case .failure(let f):
                    state.screen = .list
                    state.message = f.message(strings.labels.catalog)
                }
            case .delete(let id):
                switch HistoryLogFiles.delete(id: id, logsDir: logsDir) {
                case .success:
                    deleted.append(id)
                    index = HistoryIndex.load(logsDir: logsDir)
                    HistoryBrowser.deleted(&state, id: id, summaries: index.summaries, lang: lang)
                case .failure(let f):
                    state.message = f.message(strings.labels.catalog)
                }
            }
        }
        // Esc on the list goes nowhere (there is no screen behind it): a quiet line says so.
        if topEscape { state.message = Catalog(lang)[.escTopHint] }
        return state.quit ? [.finish(())] : []
    }

    public mutating func view(width: Int, height: Int) -> Frame {
        HistoryBrowserView.render(state, width: width, height: height, lang: lang)
    }

    public mutating func spoken(after old: HistoryBrowserScreen?, input: ScreenInput?) -> Speech {
        let lines = PlainHistory.lines(from: old?.state, to: state, lang: lang)
        // The help has been said; there is no panel to close, so the next key acts.
        if state.showingHelp { state.showingHelp = false }
        return Speech(lines)
    }
}
