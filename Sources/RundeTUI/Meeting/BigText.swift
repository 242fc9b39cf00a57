import RundeCore

/// A five-row block font for the turn timer and the pause countdown.
public enum BigText {
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        "-": ["   ", "   ", "███", "   ", "   "],
    ]

    public static let height = 5

    /// The rows of `text` in the block font (unknown characters become blanks).
    public static func rows(_ text: String) -> [String] {
        var rows = Array(repeating: "", count: height)
        for (i, ch) in text.enumerated() {
            let g = glyphs[ch] ?? Array(repeating: "   ", count: height)
            for r in 0..<height { rows[r] += (i > 0 ? " " : "") + g[r] }
        }
        return rows
    }

    public static func width(_ text: String) -> Int { rows(text).first.map { Frame.textWidth($0) } ?? 0 }
}

extension Frame {
    /// Draws `text` in the block font centred at row `y`, twice as large when there is room
    /// (a big window seen from across the room), else falls back to one bold line when it does
    /// not fit. Returns the rows used.
    @discardableResult
    public mutating func putBig(_ text: String, centreX: Int, y: Int, role: StyleRole, maxHeight: Int) -> Int {
        let rows = BigText.rows(text)
        let w = BigText.width(text)
        if maxHeight >= BigText.height * 2 + 4, w * 2 <= width - 8, height >= 36 {
            let x = centreX - w
            for (r, row) in rows.enumerated() {
                let doubled = String(row.flatMap { [$0, $0] })
                put(doubled, x: x, y: y + 2 * r, role: role, bold: true)
                put(doubled, x: x, y: y + 2 * r + 1, role: role, bold: true)
            }
            return BigText.height * 2
        }
        if maxHeight >= BigText.height, w <= width - 2 {
            let x = centreX - w / 2
            for (r, row) in rows.enumerated() { put(row, x: x, y: y + r, role: role, bold: true) }
            return BigText.height
        }
        put(text, x: centreX - Frame.textWidth(text) / 2, y: y, role: role, bold: true)
        return 1
    }

    /// Centred text on a row.
    @discardableResult
    public mutating func putCentred(_ text: String, y: Int, role: StyleRole = .normal, bold: Bool = false,
                                    reverse: Bool = false) -> Int {
        let w = min(Frame.textWidth(TextSafety.sanitize(text)), width)
        return put(text, x: max(0, (width - w) / 2), y: y, role: role, bold: bold, reverse: reverse, maxWidth: width)
    }

    /// A rounded box outline.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole = .muted) {
        guard w >= 2, h >= 2 else { return }
        put("╭" + String(repeating: "─", count: w - 2) + "╮", x: x, y: y, role: role)
        for r in 1..<(h - 1) {
            put("│", x: x, y: y + r, role: role)
            put("│", x: x + w - 1, y: y + r, role: role)
        }
        put("╰" + String(repeating: "─", count: w - 2) + "╯", x: x, y: y + h - 1, role: role)
    }
}
