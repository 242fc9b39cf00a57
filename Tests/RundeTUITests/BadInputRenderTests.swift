import Foundation
import RundeCore
import Testing

@testable import RundeTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Names and themes from the bad-input corpus (`Tests/Corpus`), and hostile names given to the
/// model directly, render safely: no control character or escape in any cell, no crash at any
/// size, and every cell as wide as a terminal will draw it (checked against glibc's wcwidth).
@Suite("Bad input: rendering and themes")
struct BadInputRenderTests {
    static let corpus = ThemeTestSupport.repoRoot.appendingPathComponent("Tests/Corpus").path

    static func corpusNames(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus + "/" + folder)) ?? [])
            .sorted()
    }

    /// Rosters from the accepted group files of the corpus.
    static func corpusRosters() -> [[String]] {
        corpusNames("groups").filter { $0.hasPrefix("ok-") }.compactMap { name in
            let path = corpus + "/groups/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return try? GroupFileTOML.decode(text, file: path).members
        }
    }

    /// Names that never pass group-file validation, given to the model as they are (as a
    /// hand-built model or a typed guest name might hold them).
    static let hostile = [
        "\u{1B}[31mRød\u{1B}[0m", "\u{1B}]0;title\u{7}Osc", "Ka\u{200B}ri", "\u{202E}evil",
        "Tab\tName\n2", "\u{9B}31mC1",
        String(repeating: "W", count: 200), String(repeating: "美", count: 120),
        "e\u{301}\u{301}\u{301}", "Zoë",
    ]

    /// A meeting at one of several moments, with `roster` and a guest named `guest`.
    static func models(roster: [String], guest: String) -> [(String, MeetingModel)] {
        let t0 = Instant(1_800_000_000)
        let setup = MeetingSetup(
            memberCount: roster.count, leader: 0, meetingNumber: 3,
            date: LocalDate(year: 2027, month: 1, day: 15),
            utcOffsetSeconds: 3600, plan: .standard, startedAt: t0)
        var m = MeetingState(setup: setup)
        var out: [(String, MeetingModel)] = []
        func snap(_ label: String, _ edit: (inout MeetingModel) -> Void = { _ in }) {
            var model = MeetingModel(
                meeting: m, roster: roster, groupName: roster.first ?? "",
                rules: roster.joined(separator: " "),
                todayTheme: roster.last ?? "", lang: .en)
            model.guestNames = [0: guest]
            edit(&model)
            out.append((label, model))
        }
        _ = m.apply(.tick(t0 + 30))
        _ = m.apply(.setAttendance(member: roster.count - 1, .notifiedAbsent))
        snap("checkIn")
        _ = m.apply(.advance)
        _ = m.apply(.advance)
        _ = m.apply(.guestArrival)
        _ = m.apply(.tick(t0 + 100))
        snap("openingRound")
        snap("late") { $0.overlay = .late(cursor: 0, guestName: guest) }
        snap("lateList") { $0.overlay = .late(cursor: 0, guestName: nil) }
        while m.phase == .openingRound { _ = m.apply(.advance) }
        _ = m.apply(.setSharingMode(.open))
        _ = m.apply(.giveFloor(.guest(0)))
        _ = m.apply(.tick(t0 + 300))
        snap("openFloor")
        _ = m.apply(.goToClosing)
        while m.phase != .nextMeeting && !m.isFinished { _ = m.apply(.advance) }
        snap("nextLeader")
        return out
    }

    /// Problems with a frame: unsafe characters in cells, or cells whose width differs from
    /// what wcwidth says the terminal will draw.
    static func problems(in frame: Frame) -> [String] {
        setlocale(LC_CTYPE, "C.UTF-8")
        var found: [String] = []
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.continuation { continue }
                let s = String(cell.char)
                if TextSafety.containsUnsafe(s) {
                    found.append("(\(x),\(y)) unsafe \(s.debugDescription)")
                    continue
                }
                let widths = s.unicodeScalars.map { Int(glibcWcwidth(Int32(bitPattern: $0.value))) }
                let drawn = widths.contains { $0 < 0 } ? -1 : widths.reduce(0, +)
                let reserved = x + 1 < frame.width && frame[x + 1, y].continuation ? 2 : 1
                if drawn != reserved {
                    found.append(
                        "(\(x),\(y)) \(s.debugDescription) is drawn \(drawn) wide, given \(reserved)"
                    )
                }
            }
        }
        return found
    }

    static let sizes = [(80, 24), (60, 16), (120, 40), (59, 15), (1, 1)]

    @Test func corpusNamesAndHostileNamesRenderSafely() {
        var rosters = Self.corpusRosters()
        #expect(rosters.count >= 8, "rosters from the corpus: \(rosters.count)")
        rosters.append(Self.hostile)
        for roster in rosters {
            for guest in ["\u{1B}[2J\u{1B}[HGjest", String(repeating: "G", count: 40)] {
                for (label, model) in Self.models(roster: roster, guest: guest) {
                    for (w, h) in Self.sizes {
                        let frame = MeetingView.render(model, width: w, height: h)
                        let bad = Self.problems(in: frame)
                        #expect(
                            bad.isEmpty,
                            "\(label) \(w)x\(h) \(roster.first!.debugDescription): \(bad.prefix(3))"
                        )
                        #expect(!frame.text.contains("\u{1B}"))
                    }
                }
            }
        }
    }

    /// Bug (view layer, `Frame.charWidth`): a grapheme of several spacing scalars (an emoji
    /// with a skin-tone modifier, a flag, a lone combining mark) is given the width of its
    /// first scalar, but ncurses draws each scalar with its own wcwidth, so the rest of the row
    /// shifts right on screen.
    @Test(arguments: ["👩🏽", "🏳️‍🌈", "\u{301}lone", "🇳🇴"])
    func multiScalarGraphemesAreDrawnAsWideAsReserved(_ name: String) {
        for (label, model) in Self.models(roster: [name, "Ola", "Siri"], guest: name) {
            let frame = MeetingView.render(model, width: 80, height: 24)
            #expect(
                Self.problems(in: frame).isEmpty, "\(label): \(Self.problems(in: frame).prefix(3))")
        }
    }

    @Test(arguments: BadInputRenderTests.corpusNames("themes"))
    func themeFile(_ name: String) {
        let path = Self.corpus + "/themes/" + name
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        do {
            let document = try ThemeParser.parseDocument(bytes: bytes, source: path)
            #expect(name.hasPrefix("ok-"), "\(name) was accepted")
            #expect(
                !TextSafety.containsUnsafe(document.theme.name)
                    && !TextSafety.containsUnsafe(document.description))
            #expect(document.theme.name.count <= ThemeParser.maxNameLength)
        } catch {
            #expect(name.hasPrefix("bad-"), "\(name) was refused: \(error)")
            #expect(error.description.hasPrefix(path), "names the file: \(error)")
            #expect(
                !TextSafety.containsUnsafe(error.description),
                "\(error.description.debugDescription)")
        }
    }

    @Test func hugeThemeFilesAreRefusedQuickly() {
        let huge = [UInt8](("name = \"" + String(repeating: "x", count: 5 << 20) + "\"\n").utf8)
        #expect(throws: ThemeError.self) {
            try ThemeParser.parseDocument(bytes: huge, source: "huge.toml")
        }
        let deep = [UInt8](("x = " + String(repeating: "{a=", count: 100_000)).utf8)
        #expect(throws: ThemeError.self) {
            try ThemeParser.parseDocument(bytes: deep, source: "deep.toml")
        }
    }
}

/// glibc's wcwidth(3), which the Glibc module does not export (wchar_t is 32 bits on Linux).
@_silgen_name("wcwidth")
private func glibcWcwidth(_ c: Int32) -> Int32
