import RundeCore

/// A small multi-line text editor, shared by the rules card in a meeting and on the group
/// screen: typing inserts at the cursor, Enter starts a new line, Backspace and Delete remove,
/// ←/→/↑/↓, Home and End move. Typed text is stripped of control characters (TextSafety).
/// Pure: the owner decides what Esc, saving and drawing mean.
public struct MultiLineEditor: Equatable, Sendable {
    /// The longest rules card kept (characters), as `--rules-file` reads.
    public static let maxLength = 4000
    /// The most lines a rules card can have.
    public static let maxLines = 30

    /// The text as typed so far.
    public private(set) var text: String
    /// The cursor, counted in characters from the start (0…text.count).
    public private(set) var cursor: Int

    /// An editor on `text` with the cursor at its end (or at `cursor`).
    public init(text: String, cursor: Int? = nil) {
        let clean = TextSafety.sanitizeKeepingLines(text)
        self.text = clean
        self.cursor = min(max(0, cursor ?? clean.count), clean.count)
    }

    /// Applies an editing key. Returns false when the key is not one the editor uses (Esc,
    /// Tab, function keys, Ctrl-letters), so its owner can act on it.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            let clean = TextSafety.sanitize(String(c))
            guard !clean.isEmpty else { return true }
            guard chars.count < Self.maxLength else { return true }
            chars.insert(contentsOf: clean, at: cursor)
            cursor += clean.count
        case .paste(let pasted):
            // One edit: each line break as Enter, within the same limits as typing.
            for c in PastedText.lines(pasted) { handle(c == "\n" ? .enter : .char(c)) }
            return true
        case .enter:
            guard chars.count < Self.maxLength, lineCount(chars) < Self.maxLines else {
                return true
            }
            chars.insert("\n", at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = lineStart(chars, cursor)
        case .end: cursor = lineEnd(chars, cursor)
        case .up:
            let start = lineStart(chars, cursor)
            guard start > 0 else {
                cursor = 0
                return true
            }
            let column = cursor - start
            let previous = lineStart(chars, start - 1)
            cursor = min(previous + column, start - 1)
        case .down:
            let end = lineEnd(chars, cursor)
            guard end < chars.count else {
                cursor = chars.count
                return true
            }
            let column = cursor - lineStart(chars, cursor)
            cursor = min(end + 1 + column, lineEnd(chars, end + 1))
        default:
            return false
        }
        text = String(chars)
        return true
    }

    /// The text wrapped to `width` with a cursor mark (▏) where the next character goes, and
    /// the index of the row holding the cursor, so the owner can scroll to it.
    public func rows(width: Int) -> (rows: [String], cursorRow: Int) {
        let mark: Character = "▏"
        var chars = Array(text)
        chars.insert(mark, at: cursor)
        var rows: [String] = []
        var cursorRow = 0
        for line in String(chars).split(separator: "\n", omittingEmptySubsequences: false) {
            let wrapped = Wrap.lines(String(line), width: max(1, width))
            let lineRows = wrapped.isEmpty ? [""] : wrapped
            if let i = lineRows.firstIndex(where: { $0.contains(mark) }) {
                cursorRow = rows.count + i
            }
            rows += lineRows
        }
        return (rows, cursorRow)
    }

    private func lineCount(_ chars: [Character]) -> Int { chars.filter { $0 == "\n" }.count + 1 }

    private func lineStart(_ chars: [Character], _ at: Int) -> Int {
        var i = at
        while i > 0 && chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(_ chars: [Character], _ at: Int) -> Int {
        var i = at
        while i < chars.count && chars[i] != "\n" { i += 1 }
        return i
    }
}

extension TextSafety {
    /// Sanitises each line of a multi-line text and keeps the line breaks.
    static func sanitizeKeepingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
