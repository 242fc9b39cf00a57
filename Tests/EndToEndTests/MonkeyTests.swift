import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A seeded monkey (issue 16): thousands of random keys (printable, arrows, function keys, Esc
/// sequences, UTF-8; never Ctrl-C or Ctrl-Z) through whole meetings, with random resizes and
/// two kill -9s. Nothing may crash, every log must be valid `runde.session/1`, and no roster
/// name may be found in any file but group.toml. Every failure names the seed:
/// `RUNDE_MONKEY_SEED=<seed> swift test --filter MonkeyTests` replays it (`RUNDE_MONKEY_KEYS`
/// sets the number of keys; 5,000 by default).
@Suite(
    "Monkey, end to end",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct MonkeyTests {
    static let roster = ["Quixtamar", "Zorbulon", "Bjørnulf", "Vexandra", "Klimtova"]

    /// SplitMix64: small, fast, and the same on every machine.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    }

    /// One random key: tmux key names, or literal text (`-l`).
    enum Stroke {
        case named(String)
        case text(String)
    }

    static let named =
        [
            "Enter", "Enter", "Enter", "Enter", "Up", "Down", "Left", "Right", "Tab", "BTab",
            "BSpace",
            "Escape", "Home", "End", "PageUp", "PageDown", "DC", "IC", "Space", "Space",
        ]
        + (1...12).map { "F\($0)" }
    static let letters = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +-?!.,:'\"/<>()[]{}#%&*=_|~`^$@"
    )
    .map(String.init)
    static let meetingKeys = [
        "s", "p", "+", "-", "a", "c", "u", "n", "o", "t", "?", "q", "y", "<", ">",
    ]
    static let utf8 = [
        "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "ß", "你", "好", "😀", "👍🏽", "\u{301}", "ﬁ", "א", "ع",
    ]
    static let escapes = [
        "\u{1b}[A", "\u{1b}[1;5C", "\u{1b}OP", "\u{1b}[15~", "\u{1b}[200~x\u{1b}[201~",
        "\u{1b}[<0;10;5M",
        "\u{1b}]0;title\u{7}", "\u{1b}[?1049l", "\u{1b}", "\u{1b}x", "\u{1b}[999;999R",
    ]

    static func stroke(_ rng: inout Rng) -> Stroke {
        switch rng.below(20) {
        case 0..<7: return .named(rng.pick(named))
        case 7..<12: return .text(rng.pick(meetingKeys))
        case 12..<16: return .text(rng.pick(letters))
        case 16, 17: return .text(rng.pick(utf8))
        case 18: return .text(rng.pick(escapes))
        default: return .text(rng.pick(roster))  // a name typed anywhere: a theme, a guest, a menu
        }
    }

    /// Lets runde catch up: waits (2 s at most) until the screen is the same at two polls in a
    /// row, so keys are not piling up unseen and a crash shows at the batch that caused it.
    static func settle(_ tmux: Tmux) {
        var last: String?
        tmux.waitUntil(timeout: 2) {
            if tmux.isPaneDead { return true }
            let now = tmux.capture()
            defer { last = now }
            return now == last
        }
    }

    @Test func thousandsOfRandomKeysThroughWholeMeetings() throws {
        try #require(Tmux.rundeBinaryExists, "runde is not built at \(Tmux.rundeBinary)")
        let env = ProcessInfo.processInfo.environment
        let seed =
            env["RUNDE_MONKEY_SEED"].flatMap(UInt64.init)
            ?? UInt64.random(in: 1...UInt64(UInt32.max))
        let total = env["RUNDE_MONKEY_KEYS"].flatMap(Int.init) ?? 5_000
        let tag = "monkey seed \(seed) (replay: RUNDE_MONKEY_SEED=\(seed))"
        print("\(tag), \(total) keys")
        var rng = Rng(state: seed)
        let bed = try FaultBed(members: Self.roster)
        defer { bed.remove() }

        var kills = Set([
            total / 3 + rng.below(max(1, total / 6)), 2 * total / 3 + rng.below(max(1, total / 6)),
        ])
        var tmux = try bed.startMeeting()
        defer { tmux.kill() }
        var runs = 1
        var sent = 0
        var killed = 0
        var batches = 0
        while sent < total {
            if tmux.isPaneDead {
                let status = tmux.exitStatus ?? -1
                #expect(
                    status == 0,
                    "\(tag): runde exited with \(status) after \(sent) keys:\n\(tmux.capture(includingHistory: true))"
                )
                if status != 0 { return }
                tmux.kill()
                tmux = try bed.startMeeting()
                runs += 1
            }
            if kills.contains(sent) {
                kills.remove(sent)
                Self.settle(tmux)
                if !tmux.isPaneDead { try tmux.signalProgram(SIGKILL) }
                #expect(tmux.waitForExit(), "\(tag): no exit after kill -9")
                tmux.kill()
                tmux = try bed.startMeeting()
                runs += 1
                killed += 1
            }
            if rng.below(60) == 0 {
                let sizes = [
                    (80, 24), (60, 16), (120, 40), (100, 30), (40, 10), (200, 60), (61, 17),
                ]
                let (w, h) = rng.pick(sizes)
                tmux.resize(width: w, height: h)
            }
            // A few keys per tmux command (chained send-keys), each kept whole.
            var args: [String] = []
            for _ in 0..<(1 + rng.below(8)) where sent < total && !kills.contains(sent) {
                if !args.isEmpty { args.append(";") }
                switch Self.stroke(&rng) {
                case .named(let k): args += ["send-keys", "-t", tmux.target, k]
                case .text(let t): args += ["send-keys", "-t", tmux.target, "-l", "--", t]
                }
                sent += 1
            }
            if !args.isEmpty { _ = try? tmux.command(args) }
            if batches % 4 == 0 { Self.settle(tmux) }
            batches += 1
        }
        // Leave the last run: quit if it is still going, and it must go cleanly.
        if !tmux.isPaneDead {
            tmux.sendKeys("Escape", "Escape", "q")
            tmux.sendText("y")
            tmux.sendKeys("Enter")
            _ = tmux.waitForExit(timeout: 10)
        }
        if let status = tmux.exitStatus {
            #expect(
                status == 0 || status == 129,
                "\(tag): the last run exited with \(status):\n\(tmux.capture(includingHistory: true))"
            )
        }
        tmux.kill()
        #expect(killed == 2 && kills.isEmpty, "\(tag): \(killed) kills")

        // Every log is a valid runde.session/1; no roster name outside group.toml.
        let logs = ((try? FileManager.default.contentsOfDirectory(atPath: bed.logsDir)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        for name in logs {
            let path = bed.logsDir + "/" + name
            #expect(throws: Never.self, "\(tag): \(name)") {
                let log = try SessionLogCodec.decode(
                    try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
                #expect(log.schema == SessionLog.schemaID, "\(tag): \(name)")
            }
        }
        let spellings =
            Self.roster + Self.roster.map { $0.lowercased() } + Self.roster.map { $0.uppercased() }
        // A guest typed with such a name is kept, while the meeting is unfinished, in
        // journal.guests only (DESIGN §2): 0600, deleted with the journal.
        for name in spellings {
            let files = bed.filesContaining(name).filter { !$0.hasSuffix("/journal.guests") }
            #expect(files.isEmpty, "\(tag): \(name) in \(files)")
        }
        let guests = bed.groupDir + "/journal.guests"
        if FileManager.default.fileExists(atPath: guests) {
            #expect(
                FileManager.default.fileExists(atPath: bed.journal), "\(tag): guests, no journal")
            #expect(FileIO.mode(of: guests).map { $0 & 0o777 } == 0o600, "\(tag)")
        }
        print("\(tag): \(runs) runs, \(logs.count) logs, \(killed) kills")
    }
}
