import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// Theme-shaped text built from random TOML tokens never crashes the parser (TOMLKit's
/// toml++ aborts on some malformed input; see TOMLKitGuard).
@Suite struct ThemeSoupFuzzTests {
    static let keys = [
        "name", "description", "roles", "speaker", "strip_current", "fg", "bg", "bold", "x",
        "\"q.k\"",
        "'lit'", "roles.calm", "roles.calm.fg", "1", "-", "_a", "a b", "",
    ]
    static let values = [
        "\"red\"", "'red'", "\"#ff0000\"", "208", "-1", "+0", "0x1F", "0o7", "0b1", "1e3", "1.5",
        "inf", "-nan", "true", "false", "tru", "1979-05-27", "07:32:00", "1979-05-27T07:32:00Z",
        "1979-05-27 07:32:00.999+01:00", "\"\"\"a\n\"\"\"", "'''b'''", "\"a\\u0041\\n\"", "\"\\x\"",
        "{ fg = \"red\" }", "{ bold = true, }", "{}", "[1, 2]", "[]", "[ [ ] ]", "_1", "1__2", "--",
        "\"unterminated", "'", "\"\"\"", "0_", "9999999999999999999999", "1979-13-45", "12:", "+",
        ".5",
    ]
    static let junk = [
        "[", "]", "[[", "]]", "{", "}", "=", ",", ".", "#", "\"", "'", "\\", "\n", "\r\n", "\r",
        " ", "\t",
        "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "é", "🎨",
        "_", ":",
        "+", "-", "z", "T", "e", "0",
    ]

    @Test func twoThousandSoupsNeverCrash() {
        let env = ProcessInfo.processInfo.environment
        let rounds = env["RUNDE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 2_000
        var rng = SeededGenerator(
            seed: env["RUNDE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x50_55_50_50_45)
        var parsed = 0
        for _ in 0..<rounds {
            let text = Self.soup(using: &rng)
            do {
                let theme = try ThemeParser.parse(text: text, source: "soup.toml")
                parsed += 1
                #expect(!TextSafety.containsUnsafe(theme.name))
            } catch {
                #expect(error.source == "soup.toml")
            }
        }
        #expect(parsed > 0)
    }

    static func soup(using rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0...2:
                let key = keys.randomElement(using: &rng)!
                text += Bool.random(using: &rng) ? "[roles.\(key)]" : "[\(key)]"
            case 3...7:
                text +=
                    "\(keys.randomElement(using: &rng)!) = \(values.randomElement(using: &rng)!)"
            case 8:
                text += "# " + junk.randomElement(using: &rng)!
            default:
                for _ in 0..<Int.random(in: 1...6, using: &rng) {
                    text += [junk, values, keys].randomElement(using: &rng)!.randomElement(
                        using: &rng)!
                }
            }
            if Int.random(in: 0..<8, using: &rng) == 0 { text += junk.randomElement(using: &rng)! }
            text += "\n"
        }
        return text
    }
}
