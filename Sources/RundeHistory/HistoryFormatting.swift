import RundeCore

/// Text helpers for the history formats: times, decimals, padding, CSV and Markdown escaping.
public enum HistoryFormatting {
    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `TextSafety.sanitize`, skipped when a quick byte scan shows nothing it could remove
    /// (no C0/C1 control, DEL, nor any lead byte of the bidi / zero-width ranges).
    public static func safe(_ s: String) -> String {
        var prev: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || b == 0xD8 || b == 0xE2 || b == 0xEF
                || (prev == 0xC2 && b < 0xA0)
            {
                return TextSafety.sanitize(s)
            }
            prev = b
        }
        return s
    }

    /// Seconds as `h:mm:ss`, always with the hours ("0:03:05", "1:47:12"), so a duration is
    /// never read as hours and minutes.
    public static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        return "\(s / 3600):\(two((s / 60) % 60)):\(two(s % 60))"
    }

    /// A signed difference in seconds, `+0:04:12` / `-0:00:30`; `±0:00:00` for zero.
    public static func signedClock(_ seconds: Int) -> String {
        if seconds == 0 { return "±0:00:00" }
        return (seconds > 0 ? "+" : "-") + clock(abs(seconds))
    }

    /// A fixed-point decimal with `places` digits after the point ("0.22").
    public static func fixed(_ x: Double, places: Int) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * scale).rounded())
        let whole = n / Int(scale)
        let frac = n % Int(scale)
        var f = String(frac)
        while f.count < places { f = "0" + f }
        let sign = x < 0 && n != 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(f)"
    }

    /// Display width of a string (1 per character, 2 for wide characters).
    public static func width(_ s: String) -> Int {
        var w = 0
        for c in s {
            guard let v = c.unicodeScalars.first?.value else { continue }
            w +=
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                    || (0xAC00...0xD7A3).contains(v)
                    || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
                    || (0x1F300...0x1FAFF).contains(v)
                    || (0x20000...0x3FFFD).contains(v) ? 2 : 1
        }
        return w
    }

    /// Text cut to a display width, ending in "…" when it had to be cut.
    public static func clip(_ text: String, _ maxWidth: Int) -> String {
        guard width(text) > maxWidth else { return text }
        guard maxWidth > 1 else { return maxWidth == 1 ? "…" : "" }
        var out = ""
        var w = 0
        for c in text {
            let cw = width(String(c))
            if w + cw > maxWidth - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    /// Pads on the right (or the left, with `right: true`) to a display width.
    public static func pad(_ s: String, _ w: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, w - width(s)))
        return right ? fill + s : s + fill
    }

    /// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (or edge
    /// spaces), with quotes doubled.
    public static func csvField(_ text: String) -> String {
        // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
        // apostrophe and quotes, as OWASP advises against CSV injection (issue 16).
        var s = text
        if let f = s.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(f) {
            s = "'" + s
            return "\""
                + s.split(separator: "\"", omittingEmptySubsequences: false).joined(
                    separator: "\"\"") + "\""
        }
        let u = s.utf8
        let needs =
            u.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
            || u.first == 0x20 || u.last == 0x20
        guard needs else { return s }
        var out = "\""
        for c in s {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out + "\""
    }

    /// Escapes text for a Markdown table cell or paragraph (pipes, emphasis, links, HTML).
    public static func markdown(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#", "~":
                out.append("\\")
                out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A horizontal bar of `value / max` over `width` cells, with eighth-block precision.
    public static func bar(_ value: Double, max maxValue: Double, width: Int) -> String {
        guard maxValue > 0, width > 0, value > 0 else { return "" }
        let eighths = Int((min(value, maxValue) / maxValue * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    /// A sparkline (▁▂▃▄▅▆▇█) of the values, scaled between `lo` and `hi` (their min and max
    /// when not given).
    public static func sparkline(_ values: [Double], lo: Double? = nil, hi: Double? = nil) -> String
    {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        guard let mn = lo ?? values.min(), let mx = hi ?? values.max() else { return "" }
        return String(
            values.map { v -> Character in
                guard mx > mn else { return blocks[0] }
                let k = Int(((min(max(v, mn), mx) - mn) / (mx - mn) * 7).rounded())
                return blocks[k]
            })
    }
}
