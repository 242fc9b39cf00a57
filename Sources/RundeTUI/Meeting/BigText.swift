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
    static let widths: [Int] = glyphs.map { $0[0].count }
    /// Each glyph row as bits, the leftmost column in bit `width - 1` (what `putGlyphs` draws).
    static let bits: [[UInt8]] = glyphs.map { rows in
        rows.map { row in row.reduce(UInt8(0)) { $0 << 1 | ($1 == " " ? 0 : 1) } }
    }

    public static let height = 5

    /// The most rows `putBig` can use with `maxHeight` rows in a frame `frameHeight` high,
    /// whatever the text: the doubled font, the plain one, or one line.
    static func rowsAtMost(maxHeight: Int, frameHeight: Int) -> Int {
        if maxHeight >= height * 2 + 4, frameHeight >= 36 { return height * 2 }
        return maxHeight >= height ? height : 1
    }

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

    /// Columns the glyphs of `text` take in the block font, one column apart.
    static func width(of text: String) -> Int {
        var w = -1
        for u in text.unicodeScalars { w += widths[glyph(u)] + 1 }
        return max(0, w)
    }
}

extension Frame {
    /// Draws `text` in the block font centred at row `y`, twice as large when there is room
    /// (a big window seen from across the room), else falls back to one bold line when it does
    /// not fit. Returns the rows used. Draws glyph by glyph (this runs every second).
    @discardableResult
    public mutating func putBig(
        _ text: String, centreX: Int, y: Int, role: StyleRole, maxHeight: Int
    ) -> Int {
        let w = BigText.width(of: text)
        // The conditions of `BigText.rowsAtMost`, and the width.
        if maxHeight >= BigText.height * 2 + 4, w * 2 <= width - 8, height >= 36 {
            putGlyphs(text, scale: 2, x: centreX - w, y: y, role: role)
            return BigText.height * 2
        }
        if maxHeight >= BigText.height, w <= width - 2 {
            putGlyphs(text, scale: 1, x: centreX - w / 2, y: y, role: role)
            return BigText.height
        }
        put(text, x: centreX - Frame.textWidth(text) / 2, y: y, role: role, bold: role != .overtime)
        return 1
    }

    /// Glyph rows side by side with one blank column between them; with `scale` 2 every glyph
    /// cell is drawn as 2 × 2 cells. Cells are written straight from the glyphs' bits (this runs
    /// every second): a block or a blank, bold, in `role`; cells outside the frame are skipped.
    private mutating func putGlyphs(_ text: String, scale: Int, x: Int, y: Int, role: StyleRole) {
        // Overtime is drawn calm: its muted colour, never bold (bold brightens it in many terminals).
        let block = Cell(scalar: "█", role: role, bold: role != .overtime, reverse: false)
        let blank = Cell(scalar: " ", role: role, bold: role != .overtime, reverse: false)
        let (width, height) = (self.width, self.height)
        withCells { cells in
            for r in 0..<BigText.height {
                for row in (y + r * scale)..<(y + (r + 1) * scale) where row >= 0 && row < height {
                    let base = row * width
                    var gx = x
                    func put(_ cell: Cell) {
                        for _ in 0..<scale {
                            if gx >= 0 && gx < width { cells[base + gx] = cell }
                            gx += 1
                        }
                    }
                    var first = true
                    for u in text.unicodeScalars {
                        let id = BigText.glyph(u)
                        if !first { put(blank) }
                        first = false
                        let w = BigText.widths[id]
                        let bits = BigText.bits[id][r]
                        for c in stride(from: w - 1, through: 0, by: -1) {
                            put(bits >> c & 1 == 1 ? block : blank)
                        }
                    }
                }
            }
        }
    }

    /// Centred text on a row.
    @discardableResult
    public mutating func putCentred(
        _ text: String, y: Int, role: StyleRole = .normal, bold: Bool = false,
        reverse: Bool = false
    ) -> Int {
        let w = min(Frame.textWidth(TextSafety.sanitize(text)), width)
        return put(
            text, x: max(0, (width - w) / 2), y: y, role: role, bold: bold, reverse: reverse,
            maxWidth: width)
    }

    /// A rounded box outline.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole = .muted)
    {
        guard w >= 2, h >= 2 else { return }
        put("╭" + String(repeating: "─", count: w - 2) + "╮", x: x, y: y, role: role)
        for r in 1..<(h - 1) {
            put("│", x: x, y: y + r, role: role)
            put("│", x: x + w - 1, y: y + r, role: role)
        }
        put("╰" + String(repeating: "─", count: w - 2) + "╯", x: x, y: y + h - 1, role: role)
    }
}
