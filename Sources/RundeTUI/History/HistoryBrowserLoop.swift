import RundeCore
import RundeHistory
import RundeText

/// What a browser session leaves behind for the caller to report.
public struct HistoryBrowserResult: Equatable, Sendable {
    public var broken: [HistoryIndex.Broken]
    public var deleted: [String]
}

/// Runs the history browser on a terminal until `q`, a hangup or a signal. All file access
/// (index, detail, delete) happens here; the reducer and the views stay pure.
public func runHistoryBrowser(terminal: Terminal, logsDir: String, lang: Lang)
    -> HistoryBrowserResult
{
    let strings = HistoryStrings(lang: lang)
    var index = HistoryIndex.load(logsDir: logsDir)
    var state = HistoryBrowserState(
        summaries: index.summaries,
        message: index.broken.first.map { strings.skipped(index.broken.count, $0.file) })
    var deleted: [String] = []
    // Plain mode reads the browser out instead of drawing it (see PlainHistory).
    let plain = terminal as? PlainTerminal
    var said: HistoryBrowserState?

    func redraw() {
        if let plain {
            plain.say(PlainHistory.lines(from: said, to: state, lang: lang))
            said = state
            return
        }
        let size = terminal.size
        terminal.draw(
            HistoryBrowserView.render(state, width: size.width, height: size.height, lang: lang))
    }

    redraw()
    while !state.quit {
        switch terminal.nextInput(timeoutMs: -1) {
        case .key(let key):
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
                        HistoryBrowser.deleted(
                            &state, id: id, summaries: index.summaries, lang: lang)
                    case .failure(let f):
                        state.message = f.message(strings.labels.catalog)
                    }
                }
            }
        case .resize, .timeout:
            break
        case .hangup, .signal:
            state.quit = true
        }
        if !state.quit { redraw() }
    }
    return HistoryBrowserResult(broken: index.broken, deleted: deleted)
}
