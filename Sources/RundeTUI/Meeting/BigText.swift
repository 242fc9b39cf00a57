import RundeCore

/// A five-row block font for the turn timer and the pause countdown.
public enum BigText {
    /// Rows of each glyph: the digits, then `:`, `+`, `-`, and a blank for anything else.
    static let glyphs: [[String]] = [
        ["███", "█ █", "█ █", "█ █", "███"],
        [" █ ", "██ ", " █ ", " █ ", "███"],
        ["███", "  █", "███", "█  ", "███"],
        ["███", "  █", "███", "  █", "███"],
        ["█ █", "█ █", "███", "  █", "  █"],
        ["███", "█  ", "███", "  █", "███"],
        ["███", "█  ", "███", "█ █", "███"],
        ["███", "  █", "  █", "  █", "  █"],
        ["███", "█ █", "███", "█ █", "███"],
        ["███", "█ █", "███", "  █", "███"],
        [" ", "█", " ", "█", " "],
        ["   ", " █ ", "███", " █ ", "   "],
        ["   ", "   ", "███", "   ", "   "],
        ["   ", "   ", "   ", "   ", "   "],
    ]
    /// The same glyphs twice as wide, for big windows.
    static let doubled: [[String]] = glyphs.map { $0.map { String($0.flatMap { [$0, $0] }) } }
    static let widths: [Int] = glyphs.map { $0[0].count }

    public static let height = 5

    /// The glyph of a character (unknown characters are blank).
    static func glyph(_ u: Unicode.Scalar) -> Int {
        switch u {
        case "0"..."9": return Int(u.value - 0x30)
        case ":": return 10
        case "+": return 11
        case "-": return 12
        default: return 13
        }
    }

    static func glyphs(of text: String) -> [Int] { text.unicodeScalars.map(glyph) }

    /// Columns the glyphs take in the block font, one column apart.
    static func width(_ ids: [Int]) -> Int { ids.isEmpty ? 0 : ids.reduce(ids.count - 1) { $0 + widths[$1] } }
}

extension Frame {
    /// Draws `text` in the block font centred at row `y`, twice as large when there is room
    /// (a big window seen from across the room), else falls back to one bold line when it does
    /// not fit. Returns the rows used. Draws glyph by glyph (this runs every second).
    @discardableResult
    public mutating func putBig(_ text: String, centreX: Int, y: Int, role: StyleRole, maxHeight: Int) -> Int {
        let ids = BigText.glyphs(of: text)
        let w = BigText.width(ids)
        if maxHeight >= BigText.height * 2 + 4, w * 2 <= width - 8, height >= 36 {
            putGlyphs(ids, font: BigText.doubled, scale: 2, x: centreX - w, y: y, role: role)
            return BigText.height * 2
        }
        if maxHeight >= BigText.height, w <= width - 2 {
            putGlyphs(ids, font: BigText.glyphs, scale: 1, x: centreX - w / 2, y: y, role: role)
            return BigText.height
        }
        put(text, x: centreX - Frame.textWidth(text) / 2, y: y, role: role, bold: true)
        return 1
    }

    /// Glyph rows side by side with one blank column between them; with `scale` 2 every glyph
    /// row is drawn twice as wide and on two screen rows.
    private mutating func putGlyphs(_ ids: [Int], font: [[String]], scale: Int, x: Int, y: Int, role: StyleRole) {
        let gap = String(repeating: " ", count: scale)
        for r in 0..<BigText.height {
            for row in (y + r * scale)..<(y + (r + 1) * scale) {
                var gx = x
                for (i, id) in ids.enumerated() {
                    if i > 0 { gx += put(gap, x: gx, y: row, role: role, bold: true) }
                    put(font[id][r], x: gx, y: row, role: role, bold: true)
                    gx += BigText.widths[id] * scale
                }
            }
        }
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
