import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// Random damage to valid theme files never crashes the parser: each mutant either parses
/// into a complete, safe theme or is refused with a ThemeError naming the file.
@Suite struct ThemeFuzzTests {
    static let interesting: [UInt8] =
        Array("[]=\"'#.{},\n\t \\-_0123456789abcdefrtu".utf8) + [0, 0x1B, 0x7F, 0xC3, 0xFF]

    /// 2,000 rounds with a fixed seed; `RUNDE_FUZZ_ROUNDS` and `RUNDE_FUZZ_SEED` run a longer hunt.
    @Test func twoThousandMutationsNeverCrash() {
        let env = ProcessInfo.processInfo.environment
        let rounds = env["RUNDE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 2_000
        var rng = SeededGenerator(
            seed: env["RUNDE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x52_55_4E_44_45)
        let originals = BundledThemes.all.map { Array($0.text.utf8) }
        var parsed = 0
        var refused = 0
        for round in 0..<rounds {
            var bytes = originals[round % originals.count]
            for _ in 0..<Int.random(in: 1...4, using: &rng) { Self.mutate(&bytes, using: &rng) }
            let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            do {
                let document = try ThemeParser.parseDocument(bytes: bytes, source: "fuzz.toml")
                parsed += 1
                #expect(Set(document.theme.styles.keys) == Set(StyleRole.allCases))
                #expect(!TextSafety.containsUnsafe(document.theme.name))
                #expect(!TextSafety.containsUnsafe(document.description))
            } catch {
                refused += 1
                #expect(error.source == "fuzz.toml")
                #expect(error.description.hasPrefix("fuzz.toml:"))
                if let line = error.line {
                    #expect((1...lineCount).contains(line), "round \(round): line \(line)")
                }
            }
        }
        #expect(parsed + refused == rounds)
        #expect(parsed > 0 && refused > 0, "the mutations should produce both outcomes")
    }

    static func mutate(_ bytes: inout [UInt8], using rng: inout SeededGenerator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0 where !bytes.isEmpty:  // flip one bit
            bytes[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
        case 1 where !bytes.isEmpty:  // replace with a random or interesting byte
            bytes[at] =
                Bool.random(using: &rng)
                ? UInt8.random(in: 0...255, using: &rng)
                : interesting.randomElement(using: &rng)!
        case 2:  // truncate
            bytes = Array(bytes.prefix(at))
        case 3:  // insert a few bytes
            let n = Int.random(in: 1...3, using: &rng)
            bytes.insert(
                contentsOf: (0..<n).map { _ in interesting.randomElement(using: &rng)! }, at: at)
        case 4 where !bytes.isEmpty:  // delete a short range
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng)))
        default:  // duplicate a line-sized chunk somewhere else
            let chunk = Array(
                bytes[at..<min(bytes.count, at + Int.random(in: 1...20, using: &rng))])
            bytes.insert(contentsOf: chunk, at: Int.random(in: 0...bytes.count, using: &rng))
        }
    }

    /// Inputs that abort toml++ 3.4 in `parse_key()`; TOMLHeaderGuard refuses them first.
    @Test(arguments: [
        "[[[1]]]", "[[[a]]]", "[[[]]", "[[=", "[=]", "[\n", "[", "  [ =x]\n", "\u{FEFF}[=]",
        "[[ =", "[\r\n", "x = 1\n\t[[\t.a]]\n", "[.a]", "[#]", "[\u{00A0}a]",
    ])
    func headersThatCrashTOMLKitAreRefused(text: String) {
        do {
            _ = try ThemeParser.parse(text: text, source: "h.toml")
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.line != nil)
            #expect(error.message.contains("table header"))
        }
    }

    @Test func guardLetsGoodFilesThrough() {
        let good = [
            #"[roles.calm]"#, #"  [ roles . calm ] # [x]"#, #"["roles".'calm]']"#, "[[a]]",
            "[ [a]]", "[]",
            "\u{FEFF}[roles]", #"name = "[x] = [" # ["#, "d = '''\n[=\n'''",
            #"d = """a\"""[\n"""""#,
            #"d = "a\"[""#, #"x = { fg = "red" }"#,
        ]
        for ok in good {
            #expect(TOMLKitGuard.firstProblem(in: ok) == nil, "\(ok.debugDescription)")
        }
        #expect(TOMLKitGuard.firstProblem(in: "a = 1\n\n[=]\n")?.line == 3)
        #expect(TOMLKitGuard.firstProblem(in: "a = 1\nb = [1]\n")?.line == 2)
        #expect(TOMLKitGuard.firstProblem(in: "d = \"\"\"\n\"\"\"\nb = [}")?.line == 3)
        #expect(
            TOMLKitGuard.firstProblem(in: "d = '''a''''\nb = [1]")?.line == 2,
            "a quote of content, then the end")
        #expect(TOMLKitGuard.firstProblem(in: "d = '''a'''''[x'''\nb = 1")?.line == 1)
    }

    @Test(arguments: [
        "x = [}", "x = [1, }", "x = [\u{2028}]", "x = [\u{85}]", "x = [\u{2029}", "x = { a = [} }",
    ])
    func arraysThatCrashTOMLKitAreRefused(text: String) {
        #expect(throws: ThemeError.self) { try ThemeParser.parse(text: text, source: "a.toml") }
    }
}
