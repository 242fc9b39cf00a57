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

    /// Every key of the browser's present view, in the order `?` lists them.
    public static func keymap(_ state: HistoryBrowserState, _ c: Catalog) -> [KeyBinding] {
        // The cap is made from the keys named first (the others are said in the words).
        func b(_ name: String, _ text: HistoryText, _ keys: [Key], cap: Int = 1) -> KeyBinding {
            KeyBinding.words(name, keys: keys, capKeys: Array(keys.prefix(cap)), help: c[text])
        }
        let help = b("help", .histHelpHelp, [.char("?"), .function(1)])
        let quit = b("quit", .histHelpQuit, [.char("q"), .char("Q")], cap: 2)
        let delete = b("delete", .histHelpDelete, [.char("d"), .delete])
        let trends = b("trends", .histHelpTrends, [.char("t")])
        switch state.screen {
        case .list:
            var out = [
                b("move", .histHelpMove, [.up, .down, .pageUp, .pageDown, .home, .end], cap: 2),
                b("open", .histHelpOpen, [.enter, .right]),
                b("filter", .histHelpFilter, [.char("/")]),
            ]
            if !state.filter.isEmpty {
                out.append(b("escape", .histHelpClearFilter, [.escape]))
            } else {
                // The list is the first screen: Esc stays, and says that q quits.
                out.append(KeyBinding.words("escape", keys: [.escape], help: c[.promptHelpEscTop]))
            }
            return out + [delete, trends, help, quit]
        case .detail:
            return [
                b("move", .histHelpOther, [.up, .down, .home, .end], cap: 2),
                b("scroll", .histHelpScroll, [.pageDown, .pageUp], cap: 2),
                b("escape", .histHelpBack, [.escape, .left, .backspace, .enter]),
                delete, trends, help, quit,
            ]
        case .trends:
            return [
                b("escape", .histHelpBack, [.escape, .left, .backspace, .enter]), help, quit,
            ]
        }
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
