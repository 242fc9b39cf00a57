import RundeCore

/// Semantic style of a cell; a `Theme` maps roles to colours and attributes.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
    case normal, muted, accent, title, speaker
    case calm, warning, overtime, pause
    case stripDone, stripCurrent, stripTodo
    case footer, footerKey, selection, alert, banner
}

/// One character cell of a frame. A wide character occupies its cell plus a `continuation`.
public struct Cell: Equatable, Sendable {
    public var char: Character
    public var role: StyleRole
    public var bold: Bool
    public var reverse: Bool
    public var continuation: Bool

    public init(_ char: Character = " ", role: StyleRole = .normal, bold: Bool = false,
                reverse: Bool = false, continuation: Bool = false) {
        self.char = char; self.role = role; self.bold = bold; self.reverse = reverse
        self.continuation = continuation
    }

    public static let blank = Cell()
}

/// A grid of cells: what a view renders and what a `Terminal` draws.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Display width of a character, as the terminal draws it (the sum of its scalars).
    public static func charWidth(_ c: Character) -> Int { CharWidth.of(c) }

    /// How a grapheme fills cells. Usually one cell of width 1 or 2. A grapheme whose scalars
    /// are drawn side by side (an emoji with a skin tone, a flag) is split into one cell per
    /// spacing scalar, with zero-width scalars kept on the cell before them, so what the
    /// terminal draws always matches what the frame reserved. Zero-width graphemes vanish.
    static func cells(for ch: Character) -> [(Character, Int)] {
        let widths = ch.unicodeScalars.map(CharWidth.of)
        let total = widths.reduce(0, +)
        if total == 0 { return [] }
        if (total == 1 || total == 2), widths.first == total { return [(ch, total)] }
        var out: [(Character, Int)] = []
        var current = String.UnicodeScalarView()
        var width = 0
        for (s, w) in zip(ch.unicodeScalars, widths) {
            if w > 0 {
                if !current.isEmpty { out.append((Character(String(current)), width)) }
                current = String.UnicodeScalarView([s])
                width = w
            } else if !current.isEmpty {
                current.append(s)
            }
        }
        if !current.isEmpty { out.append((Character(String(current)), width)) }
        return out.filter { $0.1 == 1 || $0.1 == 2 }
    }

    /// Display width of a string.
    public static func textWidth(_ s: String) -> Int { s.reduce(0) { $0 + charWidth($1) } }

    /// Writes text at (x, y), clipped to the frame and to `maxWidth`; returns the width used.
    /// Control characters and escape sequences are stripped first.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal,
                             bold: Bool = false, reverse: Bool = false, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var cx = x
        for ch in TextSafety.sanitize(text) {
            for (piece, w) in Frame.cells(for: ch) {
                if cx + w > limit { return cx - x }
                if cx >= 0 {
                    self[cx, y] = Cell(piece, role: role, bold: bold, reverse: reverse)
                    if w == 2 { self[cx + 1, y] = Cell(" ", role: role, bold: bold, reverse: reverse, continuation: true) }
                }
                cx += w
            }
        }
        return cx - x
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { self[xx, yy] = cell }
        }
    }

    /// The frame as plain text, one line per row, trailing spaces trimmed.
    public var text: String {
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let c = self[x, y]
                if !c.continuation { line.append(c.char) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Rows whose cells differ from `other` (all rows if the sizes differ).
    public func changedRows(since other: Frame?) -> [Int] {
        guard let other, other.width == width, other.height == height else { return Array(0..<height) }
        var rows: [Int] = []
        for y in 0..<height {
            let a = y * width, b = a + width
            if cells[a..<b] != other.cells[a..<b] { rows.append(y) }
        }
        return rows
    }
}
