import RundeCore
import RundeHistory

/// Drawing pieces shared by the history views: title, footer, bars and the small-window screen.
enum HistoryViewParts {
    static let minWidth = 60, minHeight = 16

    static func title(_ f: inout Frame, _ text: String, right: String = "") {
        f.put(text, x: 1, y: 0, role: .title, bold: true, maxWidth: f.width - 2)
        if !right.isEmpty {
            let w = Frame.textWidth(right)
            f.put(right, x: max(1, f.width - 1 - w), y: 0, role: .muted)
        }
    }

    /// Key hints on the last row, as "key action" pairs. The first key and the closing `?` and
    /// `q` always show; the ones between give way, from the last, when the row is short.
    static func footer(_ f: inout Frame, _ keys: [(String, String)]) {
        let y = f.height - 1
        // Three spaces between keys; two when that lets every key show.
        func width(_ list: [(String, String)], gap: Int) -> Int {
            list.reduce(0) { $0 + Frame.textWidth($1.0) + 1 + Frame.textWidth($1.1) } + max(
                0, list.count - 1) * gap
        }
        let gap = width(keys, gap: 3) <= f.width - 2 ? 3 : 2
        func width(_ list: [(String, String)]) -> Int { width(list, gap: gap) }
        let tailCount = keys.suffix(2).filter { $0.0 == "?" || $0.0 == "q" }.count
        let head = Array(keys.prefix(1))
        let tail = Array(keys.suffix(tailCount))
        var middle: [(String, String)] = []
        for item in keys.dropFirst().dropLast(tailCount)
        where width(head + middle + [item] + tail) <= f.width - 2 {
            middle.append(item)
        }
        var x = 1
        for (k, action) in head + middle + tail {
            x += f.put(k, x: x, y: y, role: .footerKey, bold: true)
            x += 1
            x += f.put(action, x: x, y: y, role: .footer)
            x += gap
        }
    }

    /// A status or confirmation line just above the footer.
    static func status(_ f: inout Frame, _ text: String, role: StyleRole) {
        f.put(text, x: 1, y: f.height - 2, role: role, maxWidth: f.width - 2)
    }

    static func tooSmall(_ f: inout Frame, _ s: HistoryStrings) {
        let lines = [s.tooSmall, s.tooSmallDetail, "\(f.width) × \(f.height)"]
        let top = max(0, f.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let w = Frame.textWidth(line)
            f.put(
                line, x: max(0, (f.width - w) / 2), y: top + i, role: i == 0 ? .alert : .muted,
                bold: i == 0)
        }
    }

    /// Text cut to a display width, with "…" when it had to be cut.
    static func clip(_ text: String, _ width: Int) -> String {
        guard Frame.textWidth(text) > width else { return text }
        guard width > 1 else { return String(repeating: "…", count: max(0, width)) }
        var out = ""
        var w = 0
        for c in text {
            let cw = Frame.charWidth(c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    /// A bar of `cells` eighths-precise cells, drawn from x; returns the cells used.
    @discardableResult
    static func bar(
        _ f: inout Frame, x: Int, y: Int, value: Double, max mx: Double, width: Int, role: StyleRole
    ) -> Int {
        let text = HistoryFormatting.bar(value, max: mx, width: width)
        return f.put(text, x: x, y: y, role: role, maxWidth: width)
    }
}
