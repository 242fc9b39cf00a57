import RundeCore

/// Turns the bytes a terminal sends into `Key`s, the same way for the full screen and for
/// `--plain`. Pure: the caller feeds bytes and asks for keys.
///
/// - A bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`) is one `.paste`, its line breaks kept
///   as `\n`; what a field does with them is the field's business.
/// - Arrows, Home/End, Page Up/Down, Delete and F1 are read in their usual encodings.
/// - Every other escape sequence (CSI with another final byte, SS3, OSC such as a clipboard
///   write, DCS, APC, PM, SOS, mouse reports) is dropped whole: never typed, never an Esc.
/// - Invalid UTF-8 costs only its own bytes; the keys after it arrive as typed.
public struct KeyDecoder: Sendable {
    /// The longest paste kept, in bytes; the rest of a longer one is dropped.
    public static let maxPasteBytes = 64 * 1024
    /// The longest escape sequence waited for; a longer one is dropped as it stands.
    static let maxSequenceBytes = 4096

    private var pending: [UInt8] = []
    /// Bytes of a paste that have been taken out of `pending` (a long paste comes in pieces).
    private var paste: [UInt8]?
    /// True while the rest of an over-long paste is dropped.
    private var pasteOverflow = false

    public init() {}

    /// Adds bytes that were read.
    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        pending.append(contentsOf: bytes)
    }

    /// True when nothing is waiting.
    public var isEmpty: Bool { pending.isEmpty && paste == nil }

    /// True when what waits is the start of something (an Esc that may begin a sequence, part
    /// of a character, a paste not yet ended): wait a moment for more, then `flush()`.
    public var isIncomplete: Bool { paste != nil || !pending.isEmpty }

    /// True while a paste has begun and not ended: the terminal is still sending it.
    public var inPaste: Bool { paste != nil }

    /// The next whole key, or nil when nothing whole is waiting (see `isIncomplete`).
    public mutating func next() -> Key? {
        while true {
            switch step() {
            case .key(let key): return key
            case .skipped: continue
            case .incomplete: return nil
            }
        }
    }

    private enum Step {
        case key(Key)
        case skipped, incomplete
    }

    /// One key, one dropped sequence or character, or nothing whole yet.
    private mutating func step() -> Step {
        if paste != nil {
            return continuePaste().map { .key($0) } ?? .incomplete
        }
        guard let b = pending.first else { return .incomplete }
        let before = pending.count
        let key = b == 0x1B ? escape() : plain(b)
        if let key { return .key(key) }
        if pending.count == before && paste == nil { return .incomplete }
        return .skipped
    }

    /// No more is coming for now: a lone Esc is the Esc key, a paste that never ended is
    /// given as it stands, and a cut-off sequence or character is dropped.
    public mutating func flush() -> Key? {
        if let key = next() { return key }
        if paste != nil {
            let bytes = paste ?? []
            paste = nil
            pasteOverflow = false
            let text = Self.text(of: bytes + pending)
            pending.removeAll()
            return .paste(text)
        }
        guard let b = pending.first else { return nil }
        if b == 0x1B && pending.count == 1 {
            pending.removeAll()
            return .escape
        }
        pending.removeAll()
        return nil
    }

    // MARK: - One key

    private mutating func plain(_ b: UInt8) -> Key? {
        switch b {
        case 10, 13:
            pending.removeFirst()
            return .enter
        case 8, 127:
            pending.removeFirst()
            return .backspace
        case 9:
            pending.removeFirst()
            return .tab
        case 0:
            pending.removeFirst()
            return .ctrl("@")
        case 1...26:
            pending.removeFirst()
            return .ctrl(Character(Unicode.Scalar(b + 0x60)))
        case 28...31:
            pending.removeFirst()
            return nil
        default:
            switch Self.scalarLength(pending[...]) {
            case .incomplete: return nil
            case .invalid:
                pending.removeFirst()
                return nil
            case .length(let n):
                let bytes = pending.prefix(n)
                pending.removeFirst(n)
                guard let s = String(validating: bytes, as: UTF8.self), let c = s.first,
                    let scalar = s.unicodeScalars.first, !(0x80..<0xA0).contains(scalar.value)
                else { return nil }
                return .char(c)
            }
        }
    }

    /// How many bytes the UTF-8 character at the start takes.
    enum ScalarLength: Equatable {
        case length(Int)
        case incomplete, invalid
    }

    static func scalarLength(_ bytes: ArraySlice<UInt8>) -> ScalarLength {
        guard let b = bytes.first else { return .incomplete }
        let n: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch b {
        case 0x00...0x7F: return .length(1)
        case 0xC2...0xDF: n = 2
        case 0xE0:
            n = 3
            secondRange = 0xA0...0xBF
        case 0xED:
            n = 3
            secondRange = 0x80...0x9F
        case 0xE1...0xEF: n = 3
        case 0xF0:
            n = 4
            secondRange = 0x90...0xBF
        case 0xF4:
            n = 4
            secondRange = 0x80...0x8F
        case 0xF1...0xF3: n = 4
        default: return .invalid
        }
        for i in 1..<n {
            let at = bytes.startIndex + i
            guard at < bytes.endIndex else { return .incomplete }
            let range: ClosedRange<UInt8> = i == 1 ? secondRange : 0x80...0xBF
            if !range.contains(bytes[at]) { return .invalid }
        }
        return .length(n)
    }

    // MARK: - Escape sequences

    /// An ESC at the start: a key, a dropped sequence (nil, bytes consumed), a paste begun
    /// (nil, `paste` set) or not yet whole (nil, nothing consumed).
    private mutating func escape() -> Key? {
        guard pending.count >= 2 else { return nil }
        switch pending[1] {
        case UInt8(ascii: "["): return csi()
        case UInt8(ascii: "O"):
            guard pending.count >= 3 else { return nil }
            let final = pending[2]
            pending.removeFirst(3)
            if let key = Self.cursorKey(final) { return key }
            switch final {
            case UInt8(ascii: "P"): return .function(1)
            case UInt8(ascii: "Q"): return .function(2)
            case UInt8(ascii: "R"): return .function(3)
            case UInt8(ascii: "S"): return .function(4)
            case UInt8(ascii: "M"): return .enter  // keypad Enter
            default: return nil
            }
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"),
            UInt8(ascii: "X"):
            return controlString()
        case 0x1B:
            // Esc pressed twice in a row: the first is a key of its own.
            pending.removeFirst()
            return .escape
        case 0...0x1F, 0x7F:
            pending.removeFirst()
            return .escape
        default:
            // ESC and one character (Alt+key on some terminals, or an ESC 7 / ESC c from a
            // hostile paste): dropped, so a field is neither cleared nor typed into.
            let after = pending[1...]
            switch Self.scalarLength(after) {
            case .incomplete: return nil
            case .invalid: pending.removeFirst(2)
            case .length(let n): pending.removeFirst(1 + n)
            }
            return nil
        }
    }

    /// `ESC [` parameters, intermediates and a final byte.
    private mutating func csi() -> Key? {
        var i = 2
        // The Linux console's F1–F5: ESC [ [ A … E.
        if pending.count > 2 && pending[2] == UInt8(ascii: "[") {
            guard pending.count >= 4 else { return nil }
            let f = pending[3]
            pending.removeFirst(4)
            if (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(f) {
                return .function(Int(f - UInt8(ascii: "A")) + 1)
            }
            return nil
        }
        while i < pending.count, (0x20...0x3F).contains(pending[i]) { i += 1 }
        guard i < pending.count else {
            if pending.count > Self.maxSequenceBytes { pending.removeAll() }
            return nil
        }
        let final = pending[i]
        let params = Array(pending[2..<i])
        guard (0x40...0x7E).contains(final) else {
            // Not a CSI after all (a control or a character inside): drop the ESC [ and what
            // was read of it; the byte that broke it is read as itself.
            pending.removeFirst(i)
            return nil
        }
        if final == UInt8(ascii: "M") && params.isEmpty {
            // An X10 mouse report: ESC [ M and three bytes.
            guard pending.count >= i + 4 else { return nil }
            pending.removeFirst(i + 4)
            return nil
        }
        pending.removeFirst(i + 1)
        if let key = Self.cursorKey(final) { return key }
        guard final == UInt8(ascii: "~") else { return nil }
        let first = String(decoding: params.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self)
        switch first {
        case "1", "7": return .home
        case "4", "8": return .end
        case "5": return .pageUp
        case "6": return .pageDown
        case "3": return .delete
        case "11": return .function(1)
        case "12": return .function(2)
        case "13": return .function(3)
        case "14": return .function(4)
        case "200":
            paste = []
            return nil
        default: return nil
        }
    }

    /// OSC, DCS, APC, PM and SOS run to BEL (OSC only) or the string terminator ESC \.
    private mutating func controlString() -> Key? {
        let isOSC = pending[1] == UInt8(ascii: "]")
        var i = 2
        while i < pending.count {
            let c = pending[i]
            if isOSC && c == 0x07 {
                pending.removeFirst(i + 1)
                return nil
            }
            if c == 0x1B {
                guard i + 1 < pending.count else { return nil }
                // ESC \ ends the string; any other ESC ends it too, and starts what follows.
                pending.removeFirst(pending[i + 1] == UInt8(ascii: "\\") ? i + 2 : i)
                return nil
            }
            i += 1
        }
        if pending.count > Self.maxSequenceBytes { pending.removeAll() }
        return nil
    }

    /// The arrow, Home or End key a sequence's final byte names (`ESC [ A`, `ESC [ 1 ; 5 A` …).
    private static func cursorKey(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: nil
        }
    }

    // MARK: - Paste

    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// Moves what has come of a paste out of `pending`; the whole paste once its end is here.
    private mutating func continuePaste() -> Key? {
        if let end = Self.find(Self.pasteEnd, in: pending) {
            take(pending[..<end])
            pending.removeFirst(end + Self.pasteEnd.count)
            let text = Self.text(of: paste ?? [])
            paste = nil
            pasteOverflow = false
            return .paste(text)
        }
        // Keep a tail that may be the start of the end marker.
        let keep = min(pending.count, Self.pasteEnd.count - 1)
        take(pending[..<(pending.count - keep)])
        pending.removeFirst(pending.count - keep)
        return nil
    }

    private mutating func take(_ bytes: ArraySlice<UInt8>) {
        guard !pasteOverflow else { return }
        let room = Self.maxPasteBytes - (paste?.count ?? 0)
        if bytes.count > room {
            paste?.append(contentsOf: bytes.prefix(room))
            pasteOverflow = true
        } else {
            paste?.append(contentsOf: bytes)
        }
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count)
        where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    /// The text of a paste: valid UTF-8 only, CR LF and CR as `\n`, escape sequences and other
    /// controls out (tabs kept for the field to turn into spaces).
    static func text(of bytes: [UInt8]) -> String {
        var inner = KeyDecoder()
        inner.append(bytes)
        var out = ""
        var lastWasCR = false
        while !inner.pending.isEmpty {
            let b = inner.pending[0]
            if b == 13 {
                inner.pending.removeFirst()
                out.append("\n")
                lastWasCR = true
                continue
            }
            if b == 10 {
                inner.pending.removeFirst()
                if !lastWasCR { out.append("\n") }
                lastWasCR = false
                continue
            }
            lastWasCR = false
            if b == 9 {
                inner.pending.removeFirst()
                out.append("\t")
                continue
            }
            let step = inner.step()
            if case .key(.char(let c)) = step { out.append(c) }
            // A paste marker inside a paste is not a paste of its own, just dropped.
            inner.paste = nil
            // Cut off at the end (an ESC or part of a character): dropped.
            if case .incomplete = step { break }
        }
        return out
    }
}

/// What a paste (`Key.paste`) becomes in a text field.
public enum PastedText {
    /// For a one-line field: line breaks and tabs become spaces (a paste never acts as
    /// Enter), other controls go, and at most `limit` characters are kept.
    public static func oneLine(_ text: String, limit: Int = .max) -> String {
        var spaced = ""
        for c in text {
            spaced.append(c == "\n" || c == "\r\n" || c == "\r" || c == "\t" ? " " : c)
        }
        return String(TextSafety.sanitize(spaced).prefix(max(0, limit)))
    }

    /// For a multi-line field: line breaks stay (CR LF and CR as `\n`), tabs become spaces,
    /// other controls go.
    public static func lines(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\r\n", "\r": out.append("\n")
            case "\t": out.append(" ")
            default: out.append(c)
            }
        }
        return TextSafety.sanitizeKeepingLines(out)
    }
}
