import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One character cell of a frame. A wide character occupies its cell plus a `continuation`.
///
/// Plain data in 16 bytes: the character is kept as its UTF-8 bytes inline (up to 12; a
/// longer grapheme keeps the scalars that fit), then their count, the role and the flags. So
/// frames are copied and compared as bytes, and a 80×24 frame is 30 KB: the live loop
/// redraws, compares and reads part of a frame every second, with cold caches.
public struct Cell: Equatable, Sendable {
    /// Bytes 0…11: UTF-8 in memory order; 12: their count; 13: the role's ordinal;
    /// 14: flags (bold 1, reverse 2, continuation 4); 15: zero.
    private var bytes: (UInt64, UInt64)

    static let utf8Capacity = 12
    private static let countByte = 12, roleByte = 13, flagsByte = 14
    private static let boldFlag: UInt8 = 1, reverseFlag: UInt8 = 2, continuationFlag: UInt8 = 4

    public init(
        _ char: Character = " ", role: StyleRole = .normal, bold: Bool = false,
        reverse: Bool = false, continuation: Bool = false
    ) {
        bytes = Cell.pack(char)
        setStyle(role: role, bold: bold, reverse: reverse, continuation: continuation)
    }

    /// A cell holding one scalar (the common case; no `Character` is made).
    init(scalar: Unicode.Scalar, role: StyleRole, bold: Bool, reverse: Bool) {
        bytes = Cell.pack(scalar: scalar.value)
        setStyle(role: role, bold: bold, reverse: reverse, continuation: false)
    }

    public static let blank = Cell()

    public static func == (a: Cell, b: Cell) -> Bool {
        a.bytes.0 == b.bytes.0 && a.bytes.1 == b.bytes.1
    }

    private func byte(_ i: Int) -> UInt8 {
        var b = bytes
        return withUnsafeBytes(of: &b) { $0[i] }
    }

    private mutating func setByte(_ i: Int, _ v: UInt8) {
        withUnsafeMutableBytes(of: &bytes) { $0[i] = v }
    }

    private mutating func setStyle(role: StyleRole, bold: Bool, reverse: Bool, continuation: Bool) {
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw[Cell.roleByte] = UInt8(role.ordinal)
            raw[Cell.flagsByte] =
                (bold ? Cell.boldFlag : 0) | (reverse ? Cell.reverseFlag : 0)
                | (continuation ? Cell.continuationFlag : 0)
        }
    }

    private func flag(_ f: UInt8) -> Bool { byte(Cell.flagsByte) & f != 0 }

    private mutating func setFlag(_ f: UInt8, _ on: Bool) {
        let old = byte(Cell.flagsByte)
        setByte(Cell.flagsByte, on ? old | f : old & ~f)
    }

    public var role: StyleRole {
        get { StyleRole.byOrdinal[Int(byte(Cell.roleByte))] }
        set { setByte(Cell.roleByte, UInt8(newValue.ordinal)) }
    }

    public var bold: Bool {
        get { flag(Cell.boldFlag) }
        set { setFlag(Cell.boldFlag, newValue) }
    }

    public var reverse: Bool {
        get { flag(Cell.reverseFlag) }
        set { setFlag(Cell.reverseFlag, newValue) }
    }

    public var continuation: Bool {
        get { flag(Cell.continuationFlag) }
        set { setFlag(Cell.continuationFlag, newValue) }
    }

    /// The character in the cell.
    public var char: Character {
        get {
            var b = bytes
            let text = withUnsafeBytes(of: &b) { raw in
                String(decoding: raw.prefix(Int(raw[Cell.countByte])), as: UTF8.self)
            }
            return text.first ?? " "
        }
        set {
            // The new text and its count; the role and flags stay.
            var p = Cell.pack(newValue)
            withUnsafeMutableBytes(of: &bytes) { raw in
                withUnsafeBytes(of: &p) { src in
                    for i in 0...Cell.countByte { raw[i] = src[i] }
                }
            }
        }
    }

    /// The scalar value when the cell holds exactly one scalar, else nil.
    public var onlyScalar: UInt32? {
        var b = bytes
        return withUnsafeBytes(of: &b) { raw -> UInt32? in
            let n = Int(raw[Cell.countByte])
            guard n > 0 else { return nil }
            let b0 = UInt32(raw[0])
            let need = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
            guard need == n else { return nil }
            switch n {
            case 1: return b0
            case 2: return (b0 & 0x1F) << 6 | UInt32(raw[1] & 0x3F)
            case 3: return (b0 & 0x0F) << 12 | UInt32(raw[1] & 0x3F) << 6 | UInt32(raw[2] & 0x3F)
            default:
                return (b0 & 0x07) << 18 | UInt32(raw[1] & 0x3F) << 12 | UInt32(raw[2] & 0x3F) << 6
                    | UInt32(raw[3] & 0x3F)
            }
        }
    }

    /// The text bytes and their count; role and flags zero.
    private static func pack(scalar v: UInt32) -> (UInt64, UInt64) {
        var bytes: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw[countByte] = UInt8(append(v, to: raw, at: 0))
        }
        return bytes
    }

    /// The grapheme's scalars that fit in 12 bytes (a grapheme's prefix is still one grapheme);
    /// role and flags zero.
    private static func pack(_ c: Character) -> (UInt64, UInt64) {
        var bytes: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            var n = 0
            for s in c.unicodeScalars {
                guard n + UTF8.width(s) <= utf8Capacity else { break }
                n += append(s.value, to: raw, at: n)
            }
            raw[countByte] = UInt8(n)
        }
        return bytes
    }

    /// Writes `v` as UTF-8 at `i`; returns the number of bytes.
    private static func append(_ v: UInt32, to raw: UnsafeMutableRawBufferPointer, at i: Int) -> Int
    {
        switch v {
        case ..<0x80:
            raw[i] = UInt8(v)
            return 1
        case ..<0x800:
            raw[i] = UInt8(0xC0 | v >> 6)
            raw[i + 1] = UInt8(0x80 | v & 0x3F)
            return 2
        case ..<0x10000:
            raw[i] = UInt8(0xE0 | v >> 12)
            raw[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            raw[i + 2] = UInt8(0x80 | v & 0x3F)
            return 3
        default:
            raw[i] = UInt8(0xF0 | v >> 18)
            raw[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            raw[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
            raw[i + 3] = UInt8(0x80 | v & 0x3F)
            return 4
        }
    }
}

/// A grid of cells: what a view renders and what a `Terminal` draws.
public struct Frame: Equatable, Sendable {
    /// Equal sizes and equal cells. The runtime compares each new frame with the last one
    /// every second, so whole rows are first compared as bytes (see `sameCells`).
    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && sameCells(a.cells[...], b.cells[...])
    }

    /// Cells compared as raw bytes: a cell is plain data with every byte defined, so equal
    /// bytes and equal cells are the same thing.
    static func sameCells(_ a: ArraySlice<Cell>, _ b: ArraySlice<Cell>) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { pa in
            b.withUnsafeBytes { pb in
                pa.count == pb.count
                    && (pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
            }
        }
    }

    public let width: Int
    public let height: Int
    /// Any change to the cells drops `serial` and `sinceHint`: they only ever describe the very
    /// cells the renderer gave.
    public private(set) var cells: [Cell] {
        didSet {
            serial = 0
            sinceHint = nil
        }
    }

    /// Set by `MeetingRenderer` alone on a second in which only the clock moved: this frame
    /// differs from the renderer's frame numbered `after` in `rows` at most, so `ScreenDiff`
    /// compares only those rows when that frame is the one on the screen. No view sets or
    /// reads it; it is not part of the frame's value (`==` ignores it).
    struct SinceHint {
        var after: UInt64
        var rows: [Range<Int>]
    }
    var sinceHint: SinceHint?
    /// The renderer's number for this frame (0: not from a `MeetingRenderer`).
    var serial: UInt64 = 0
    /// The parts drawn into this frame that change with the clock alone, noted by their own
    /// drawing (`LivePart.note`) for `MeetingRenderer`; views pass nothing along for them.
    var liveParts: [LivePart] = []
    /// False once the renderer has read `liveParts`, so its redraws note nothing again.
    var notesLiveParts = true

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Runs `body` on the cells in row-major order, without a uniqueness check per cell (the
    /// views that run every second write their cells through this).
    mutating func withCells<R>(_ body: (inout UnsafeMutableBufferPointer<Cell>) -> R) -> R {
        cells.withUnsafeMutableBufferPointer(body)
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
        if total == 1 || total == 2, widths.first == total { return [(ch, total)] }
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
    public static func textWidth(_ s: String) -> Int {
        if let n = simpleScalarCount(s) { return n }
        return s.reduce(0) { $0 + charWidth($1) }
    }

    /// A scalar that is one whole character of width 1, that `TextSafety.sanitize` keeps, and
    /// that never joins its neighbours into one grapheme: printable ASCII, Latin-1 and Latin
    /// Extended, and from general punctuation to dingbats whatever is assigned, one cell wide
    /// (`CharWidth`) and not a mark or format character (`simpleSymbols`). Views draw almost
    /// only these, so text and terminal rows made of them skip all grapheme work.
    @inline(__always)
    public static func isSimple(_ v: UInt32) -> Bool {
        if v >= 0x20 && v <= 0x7E { return true }
        if v < 0xA0 { return false }
        if v <= 0x2FF { return true }
        guard v >= 0x2000 && v < 0x2800 else { return false }
        let i = Int(v - 0x2000)
        return simpleSymbols[i >> 6] >> UInt64(i & 63) & 1 == 1
    }

    /// U+2000…U+27FF as bits (1: simple): general punctuation, super- and subscripts,
    /// currency, letterlike symbols, arrows, mathematical operators, technical symbols, box
    /// drawing, blocks, geometric shapes, symbols and dingbats, less the unassigned, the
    /// marks, format characters and separators, and the emoji that terminals draw two wide.
    static let simpleSymbols: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x800 / 64)
        let candidates = [0x2010...0x2027, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x27BF]
        for range in candidates {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)), CharWidth.of(s) == 1 else { continue }
                switch s.properties.generalCategory {
                case .unassigned, .format, .control, .nonspacingMark, .spacingMark, .enclosingMark,
                    .lineSeparator, .paragraphSeparator, .privateUse, .surrogate:
                    continue
                default:
                    let i = v - 0x2000
                    bits[i >> 6] |= 1 << UInt64(i & 63)
                }
            }
        }
        return bits
    }()

    /// The number of scalars when every one is simple (so each is one cell), else nil.
    static func simpleScalarCount(_ s: String) -> Int? {
        var n = 0
        for u in s.unicodeScalars {
            guard isSimple(u.value) else { return nil }
            n += 1
        }
        return n
    }

    /// Writes text at (x, y), clipped to the frame and to `maxWidth`; returns the width used.
    /// Control characters and escape sequences are stripped first.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, role: StyleRole = .normal,
        bold: Bool = false, reverse: Bool = false, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        // Fast path, same result: while every scalar is simple there is nothing to sanitise and
        // one cell per scalar. It stops at the limit once the next scalar is simple too (so it
        // cannot join the last one drawn); a scalar that is not sends the text the long way,
        // which draws over the same cells from x.
        let base = y * width
        let fast = withCells { cells -> Int? in
            var cx = x
            for u in text.unicodeScalars {
                guard Frame.isSimple(u.value) else { return nil }
                if cx >= limit { break }
                if cx >= 0 {
                    cells[base + cx] = Cell(scalar: u, role: role, bold: bold, reverse: reverse)
                }
                cx += 1
            }
            return cx - x
        }
        if let fast { return fast }
        var cx = x
        for ch in TextSafety.sanitize(text) {
            for (piece, w) in Frame.cells(for: ch) {
                if cx + w > limit { return cx - x }
                if cx >= 0 {
                    self[cx, y] = Cell(piece, role: role, bold: bold, reverse: reverse)
                    if w == 2 {
                        self[cx + 1, y] = Cell(
                            " ", role: role, bold: bold, reverse: reverse, continuation: true)
                    }
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

    /// The columns of row `y` that differ from the same row of `other` (same size), widened
    /// so no wide character is cut in two, old or new; nil when the row is unchanged.
    public func changedSpan(row y: Int, since other: Frame) -> Range<Int>? {
        guard other.width == width, other.height == height, y >= 0, y < height else {
            return 0..<width
        }
        let base = y * width
        if Frame.sameCells(cells[base..<base + width], other.cells[base..<base + width]) {
            return nil
        }
        var lo = 0
        var hi = width
        while lo < hi, cells[base + lo] == other.cells[base + lo] { lo += 1 }
        while hi > lo, cells[base + hi - 1] == other.cells[base + hi - 1] { hi -= 1 }
        while lo > 0, cells[base + lo].continuation || other.cells[base + lo].continuation {
            lo -= 1
        }
        while hi < width, cells[base + hi].continuation || other.cells[base + hi].continuation {
            hi += 1
        }
        return lo..<hi
    }

    /// Whether `rows` hold the same cells in both frames (false if the sizes differ).
    public func sameRows(_ rows: [Range<Int>], as other: Frame) -> Bool {
        guard other.width == width, other.height == height else { return false }
        for r in rows {
            let lo = max(0, r.lowerBound) * width
            let hi = min(height, r.upperBound) * width
            if lo < hi, !Frame.sameCells(cells[lo..<hi], other.cells[lo..<hi]) { return false }
        }
        return true
    }

    /// Rows whose cells differ from `other` (all rows if the sizes differ).
    public func changedRows(since other: Frame?) -> [Int] {
        guard let other, other.width == width, other.height == height else {
            return Array(0..<height)
        }
        var rows: [Int] = []
        for y in 0..<height {
            let a = y * width
            let b = a + width
            if !Frame.sameCells(cells[a..<b], other.cells[a..<b]) { rows.append(y) }
        }
        return rows
    }
}
