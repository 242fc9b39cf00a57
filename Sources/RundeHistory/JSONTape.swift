import RundeCore

/// A strict, validating JSON reader that records values on a flat tape without allocating per
/// value. It is the history's fast path: whatever it cannot read with certainty it refuses
/// (returns nil), and the caller then falls back to `JSONDecoder`.
struct JSONTape {
    enum Kind: UInt8 { case object, array, string, number, bool, null }

    struct Token {
        var kind: Kind
        /// Strings: holds an escape. Numbers: has a fraction or exponent. Bools: true.
        var flag: Bool
        var start: Int32
        var end: Int32
        /// Index of the token after this value and everything inside it.
        var next: Int32
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [Token] = []

    /// Parses a whole document; nil when it is not valid JSON (or deeper than 64 levels).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, capacityHint: Int = 256) {
        self.bytes = bytes
        tokens.reserveCapacity(capacityHint)
        var i = 0
        var high = false
        guard parseValue(&i, depth: 0, high: &high) else { return nil }
        skipSpace(&i)
        guard i == bytes.count else { return nil }
        if high && !JSONTape.validUTF8(bytes) { return nil }
    }

    private func skipSpace(_ i: inout Int) {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { break }
        }
    }

    private mutating func push(_ kind: Kind, _ flag: Bool, _ start: Int, _ end: Int) -> Int {
        tokens.append(
            Token(
                kind: kind, flag: flag, start: Int32(start), end: Int32(end),
                next: Int32(tokens.count + 1)))
        return tokens.count - 1
    }

    private mutating func parseValue(_ i: inout Int, depth: Int, high: inout Bool) -> Bool {
        guard depth < 64 else { return false }
        skipSpace(&i)
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            let me = push(.object, false, i, i)
            i += 1
            skipSpace(&i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                tokens[me].next = Int32(tokens.count)
                return true
            }
            while true {
                skipSpace(&i)
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), parseString(&i, high: &high)
                else { return false }
                skipSpace(&i)
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return false }
                i += 1
                guard parseValue(&i, depth: depth + 1, high: &high) else { return false }
                skipSpace(&i)
                guard i < bytes.count else { return false }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    break
                }
                return false
            }
            tokens[me].next = Int32(tokens.count)
            return true
        case UInt8(ascii: "["):
            let me = push(.array, false, i, i)
            i += 1
            skipSpace(&i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                tokens[me].next = Int32(tokens.count)
                return true
            }
            while true {
                guard parseValue(&i, depth: depth + 1, high: &high) else { return false }
                skipSpace(&i)
                guard i < bytes.count else { return false }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    break
                }
                return false
            }
            tokens[me].next = Int32(tokens.count)
            return true
        case UInt8(ascii: "\""):
            return parseString(&i, high: &high)
        case UInt8(ascii: "t"): return literal(&i, "true", .bool, true)
        case UInt8(ascii: "f"): return literal(&i, "false", .bool, false)
        case UInt8(ascii: "n"): return literal(&i, "null", .null, false)
        default:
            return parseNumber(&i)
        }
    }

    private mutating func literal(_ i: inout Int, _ word: StaticString, _ kind: Kind, _ flag: Bool)
        -> Bool
    {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        _ = push(kind, flag, i, i + n)
        i += n
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isHex(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    private mutating func parseNumber(_ i: inout Int) -> Bool {
        let start = i
        var float = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, JSONTape.isDigit(bytes[i]) else { return false }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < bytes.count, JSONTape.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            float = true
            i += 1
            guard i < bytes.count, JSONTape.isDigit(bytes[i]) else { return false }
            while i < bytes.count, JSONTape.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            float = true
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                i += 1
            }
            guard i < bytes.count, JSONTape.isDigit(bytes[i]) else { return false }
            while i < bytes.count, JSONTape.isDigit(bytes[i]) { i += 1 }
        }
        _ = push(.number, float, start, i)
        return true
    }

    /// At an opening quote: validates the string and pushes its contents (without quotes).
    private mutating func parseString(_ i: inout Int, high: inout Bool) -> Bool {
        i += 1
        let start = i
        var escaped = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                _ = push(.string, escaped, start, i)
                i += 1
                return true
            }
            if b < 0x20 { return false }
            if b >= 0x80 { high = true }
            if b == UInt8(ascii: "\\") {
                escaped = true
                i += 1
                guard i < bytes.count else { return false }
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    guard i + 4 < bytes.count else { return false }
                    for k in 1...4 where !JSONTape.isHex(bytes[i + k]) { return false }
                    i += 4
                default: return false
                }
            }
            i += 1
        }
        return false
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF).
    static func validUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 >= 0xA0 { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 >= 0x90 { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    // MARK: reading values

    /// The value of `key` in the object at `obj`; nil when absent, when the object is not an
    /// object, or when the key is ambiguous (duplicated, or written with escapes).
    /// `.some(nil)`-style absence is signalled by `found == false` in `lookup`.
    func lookup(_ obj: Int, _ key: StaticString) -> (found: Bool, index: Int, ok: Bool) {
        guard tokens[obj].kind == .object else { return (false, 0, false) }
        let keyLen = key.utf8CodeUnitCount
        let kp = key.utf8Start
        var c = obj + 1
        let end = Int(tokens[obj].next)
        var hit = -1
        while c < end {
            let k = tokens[c]
            if k.flag { return (false, 0, false) }  // escaped key: could spell anything
            if Int(k.end - k.start) == keyLen {
                var same = true
                let s = Int(k.start)
                for j in 0..<keyLen where bytes[s + j] != kp[j] {
                    same = false
                    break
                }
                if same {
                    if hit >= 0 { return (false, 0, false) }
                    hit = c + 1
                }
            }
            c = Int(tokens[c + 1].next)
        }
        return hit >= 0 ? (true, hit, true) : (false, 0, true)
    }

    /// Like `lookup`, for trusted files written in a known key order: starts at member `hint`
    /// (a token index, updated to the next member), wraps around, and does not check duplicates.
    func member(_ obj: Int, _ key: StaticString, hint: inout Int) -> Int? {
        guard tokens[obj].kind == .object else { return nil }
        let keyLen = key.utf8CodeUnitCount
        let kp = key.utf8Start
        let end = Int(tokens[obj].next)
        if hint <= obj || hint >= end { hint = obj + 1 }
        let first = hint
        var c = hint
        var wrapped = false
        while true {
            if c >= end {
                if wrapped || first == obj + 1 { return nil }
                c = obj + 1
                wrapped = true
            }
            if wrapped && c >= first { return nil }
            let k = tokens[c]
            let next = Int(tokens[c + 1].next)
            if !k.flag, Int(k.end - k.start) == keyLen {
                var same = true
                let st = Int(k.start)
                for j in 0..<keyLen where bytes[st + j] != kp[j] {
                    same = false
                    break
                }
                if same {
                    hint = next
                    return tokens[c + 1].kind == .null ? nil : c + 1
                }
            }
            c = next
        }
    }

    /// A required member: its index, or nil when absent, null or ambiguous.
    func required(_ obj: Int, _ key: StaticString) -> Int? {
        let r = lookup(obj, key)
        guard r.ok, r.found, tokens[r.index].kind != .null else { return nil }
        return r.index
    }

    func int(_ t: Int) -> Int? {
        let tok = tokens[t]
        guard tok.kind == .number, !tok.flag else { return nil }
        var i = Int(tok.start)
        let end = Int(tok.end)
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        // "-0" and numbers near the limits are left to JSONDecoder.
        guard end > i, end - i <= 19, !(negative && bytes[i] == UInt8(ascii: "0")) else {
            return nil
        }
        var v = 0
        while i < end {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
            if o1 || o2 { return nil }
            v = a
            i += 1
        }
        return negative ? -v : v
    }

    func double(_ t: Int) -> Double? {
        let tok = tokens[t]
        guard tok.kind == .number else { return nil }
        if !tok.flag, let i = int(t) { return Double(i) }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[Int(tok.start)..<Int(tok.end)]),
            as: UTF8.self)
        guard let d = Double(text), d.isFinite else { return nil }
        return d
    }

    func bool(_ t: Int) -> Bool? { tokens[t].kind == .bool ? tokens[t].flag : nil }

    func string(_ t: Int) -> String? {
        let tok = tokens[t]
        guard tok.kind == .string else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[Int(tok.start)..<Int(tok.end)])
        if !tok.flag { return String(decoding: slice, as: UTF8.self) }
        return JSONTape.unescape(slice)
    }

    /// Decodes escapes; nil on a lone surrogate.
    static func unescape(_ s: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = s[at + k]
                v = v << 4 | UInt32(c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10)
            }
            return v
        }
        while i < s.count {
            let b = s[i]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            let e = s[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(i)
                i += 4
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    guard i + 6 <= s.count, s[i] == UInt8(ascii: "\\"),
                        s[i + 1] == UInt8(ascii: "u")
                    else { return nil }
                    let low = hex4(i + 2)
                    guard low >= 0xDC00 && low <= 0xDFFF else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    return nil
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: UTF8.encode(u)!)
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Indices of the elements of the array at `arr`; nil when it is not an array.
    func elements(_ arr: Int) -> [Int]? {
        guard tokens[arr].kind == .array else { return nil }
        var out: [Int] = []
        var c = arr + 1
        let end = Int(tokens[arr].next)
        while c < end {
            out.append(c)
            c = Int(tokens[c].next)
        }
        return out
    }
}
