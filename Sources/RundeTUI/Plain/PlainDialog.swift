import RundeCore
import RundeText

/// Any dialog drawn over the meeting, read in full: the panel the full screen draws (title and
/// every line inside its box), taken from the rendered frame. Plain mode uses it for dialogs
/// without words of their own, so a new dialog is never silent.
enum PlainDialog {
    /// The title and the lines of the dialog open in `model`, empty when none is drawn.
    static func lines(_ model: MeetingModel) -> [String] {
        let frame = MeetingView.render(model, width: 100, height: 40)
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        var base = model
        base.overlay = .none
        let under = MeetingView.render(base, width: 100, height: 40).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The panel is the box whose rows differ from the meeting underneath.
        guard
            let top = rows.indices.first(where: { i in
                rows[i] != (under.indices.contains(i) ? under[i] : "")
                    && rows[i].contains("╭")
            }),
            let bottom = rows.indices.dropFirst(top + 1).first(where: { rows[$0].contains("╰") })
        else { return [] }
        var out: [String] = []
        let title = rows[top].split(separator: "─").map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty && !$0.contains("╭") && !$0.contains("╮") }.joined(separator: " ")
        if !title.isEmpty { out.append(PlainPrompt.spoken(title)) }
        for row in rows[(top + 1)..<bottom] {
            guard let l = row.firstIndex(of: "│"), let r = row.lastIndex(of: "│"), l < r else {
                continue
            }
            let inner = PlainPrompt.spoken(String(row[row.index(after: l)..<r]))
            if !inner.isEmpty { out.append(inner) }
        }
        return out
    }

    /// What changed in a dialog that stayed open: the line now selected (`▸`), or else the
    /// lines that are new.
    static func changes(from old: MeetingModel, to new: MeetingModel) -> [String] {
        let before = lines(old)
        let after = lines(new)
        guard before != after else { return [] }
        let renderedNew = MeetingView.render(new, width: 100, height: 40).text
        if let selected = renderedNew.split(separator: "\n").first(where: { $0.contains("▸") }),
            let l = selected.firstIndex(of: "▸")
        {
            let rest = selected[selected.index(after: l)...]
            let text = PlainPrompt.spoken(String(rest.split(separator: "│").first ?? rest[...]))
            if !text.isEmpty { return [text] }
        }
        return after.filter { !before.contains($0) }
    }
}
