import Foundation
import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

/// At the smallest size Runde supports (60×16) and at 80×24, in both languages, no text of the
/// catalog is cut in the middle of a word: it wraps, or says there is more and how to see it.
/// (A walkthrough found "…meldt fr", "har bekrefte", "ta vare på forslaget til se", and the
/// no-names warning of the theme step missing at 60×16.)
@Suite struct NarrowScreenTests {
    static let sizes = [(60, 16), (64, 18), (72, 20), (80, 24)]

    /// Every text the meeting and history screens draw, in `lang`, cut at its placeholders.
    static func pieces(_ lang: Lang) -> [String] { allPieces(lang).filter { $0.count >= 10 } }

    /// Every piece, short ones too, without closing punctuation: a prefix of one text that is
    /// another whole text ("Neste møte" of "Neste møteleder") is that text, not a cut.
    static func wholes(_ lang: Lang) -> Set<String> {
        Set(allPieces(lang).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " :.…")) })
    }

    static func allPieces(_ lang: Lang) -> [String] {
        var all: [(nb: String, en: String)] = []
        all += CommonText.allCases.map(\.texts)
        all += MeetingText.allCases.map(\.texts)
        all += CheckInText.allCases.map(\.texts)
        all += RoundText.allCases.map(\.texts)
        all += CardText.allCases.map(\.texts)
        all += NextMeetingText.allCases.map(\.texts)
        all += SummaryText.allCases.map(\.texts)
        all += HistoryText.allCases.map(\.texts)
        var out: [String] = []
        for t in all {
            let text = lang == .nb ? t.nb : t.en
            for line in text.split(separator: "\n") {
                var rest = Substring(line)
                // Split at %1 … %9.
                while let r = rest.range(of: "%") {
                    out.append(String(rest[..<r.lowerBound]))
                    rest = rest[r.upperBound...].drop { $0.isNumber }
                }
                out.append(String(rest))
            }
        }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Places in `rows` where a catalog piece stops in the middle of a word: the row holds the
    /// piece's first characters, matching up to a point between two letters of the piece, and
    /// then the row goes on with no letter (its end, a space, a border).
    static func cuts(_ rows: [String], _ pieces: [String], wholes: Set<String> = []) -> [String] {
        var found: [String] = []
        for row in rows {
            let r = Array(row)
            for piece in pieces {
                let p = Array(piece)
                let head = String(p.prefix(10))
                var search = row.startIndex
                while let m = row.range(of: head, range: search..<row.endIndex) {
                    search = m.upperBound
                    let start = row.distance(from: row.startIndex, to: m.lowerBound)
                    var k = 0
                    while k < p.count, start + k < r.count, r[start + k] == p[k] { k += 1 }
                    guard k < p.count, k > 0 else { continue }
                    // Cut by a width: after it only spaces up to the row's end or a box's border.
                    let after = r[(start + k)...].drop { $0 == " " }
                    let clipped = after.first.map { "│┃|".contains($0) } ?? true
                    if p[k - 1].isLetter, p[k].isLetter, clipped,
                        !wholes.contains(String(p.prefix(k)))
                    {
                        found.append("“\(piece)” cut to “\(String(p.prefix(k)))” in: \(row)")
                    }
                }
            }
        }
        return found
    }

    static func rows(_ f: Frame) -> [String] {
        f.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The frame card (the rules everyone acknowledges) as the first thing after check-in.
    static func frameCard(_ lang: Lang) -> MeetingModel {
        let agenda = [
            AgendaItem(.opening, "frame", acknowledge: true),
            AgendaItem(.openingRound, "here_and_now"),
            AgendaItem(.nextMeeting, "next"), AgendaItem(.summary, "summary"),
        ]
        let setup = MeetingSetup(
            memberCount: 6, leader: 0, meetingNumber: 1,
            date: LocalDate(year: 2027, month: 1, day: 15),
            utcOffsetSeconds: 3600, plan: .standard, startedAt: MeetingFixtures.t0, agenda: agenda)
        var m = MeetingState(setup: setup)
        _ = m.apply(.tick(MeetingFixtures.t0 + 60))
        _ = m.apply(.advance)
        return MeetingModel(
            meeting: m, roster: MeetingFixtures.roster, groupName: "Torsdagsgruppa",
            rules: GroupFile.defaultRules, lang: lang)
    }

    static func models(_ lang: Lang) -> [(String, MeetingModel)] {
        MeetingFixtures.Spot.allCases.map { ($0.rawValue, MeetingFixtures.model($0, lang: lang)) }
            + [("frame", frameCard(lang))]
    }

    @Test(arguments: [Lang.nb, .en])
    func noMeetingTextIsCutMidWord(_ lang: Lang) {
        let pieces = Self.pieces(lang)
        let wholes = Self.wholes(lang)
        for (name, model) in Self.models(lang) {
            for (w, h) in Self.sizes {
                let cuts = Self.cuts(
                    Self.rows(MeetingView.render(model, width: w, height: h)), pieces,
                    wholes: wholes)
                #expect(cuts.isEmpty, "\(name) \(lang) \(w)×\(h):\n\(cuts.joined(separator: "\n"))")
            }
        }
    }

    @Test(arguments: [Lang.nb, .en])
    func noHistoryTextIsCutMidWord(_ lang: Lang) {
        let pieces = Self.pieces(lang)
        let wholes = Self.wholes(lang)
        for screen in [HistoryBrowserState.Screen.list, .detail, .trends] {
            var s = HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
            s.screen = screen
            if screen != .list {
                s.selected = 1
                s.detail = HistoryTUIFixtures.detail("2026-10-22-004")
            }
            for (w, h) in Self.sizes {
                let f = HistoryBrowserView.render(s, width: w, height: h, lang: lang)
                let cuts = Self.cuts(Self.rows(f), pieces, wholes: wholes)
                #expect(
                    cuts.isEmpty,
                    "history \(screen) \(lang) \(w)×\(h):\n\(cuts.joined(separator: "\n"))")
                // `?` and `q` stay in the footer at every size.
                let footer = Self.rows(f).last ?? ""
                #expect(
                    footer.contains("? ") && footer.contains("q "),
                    "history \(screen) \(w)×\(h): \(footer)")
            }
        }
    }

    /// The privacy promise: the theme step always says not to write names, at every size.
    @Test(arguments: [Lang.nb, .en])
    func theThemeStepAlwaysWarnsAgainstNames(_ lang: Lang) {
        var model = MeetingFixtures.model(.nextTheme, lang: lang)
        let warning = "⚠ " + model.strings[.themeReminder]
        for backlog in [[], ["Grenser", "Skam", "Sorg og savn", "Å be om hjelp"]] {
            model.themeBacklog = backlog
            for w in stride(from: 60, through: 130, by: 7) {
                for h in 16...40 {
                    let text = MeetingView.render(model, width: w, height: h).text
                    #expect(
                        text.contains(warning),
                        "\(lang) \(w)×\(h) with \(backlog.count) proposals:\n\(text)")
                }
            }
        }
    }

    /// The frame card at 60×16 does not fit: it says so on its border, PgDn/PgUp scroll it
    /// (the footer and the help name them), and every line of it can be read.
    @Test(arguments: [Lang.nb, .en])
    func aCardTooLongForTheWindowScrolls(_ lang: Lang) {
        var model = Self.frameCard(lang)
        (model.screenWidth, model.screenHeight) = (60, 16)
        let s = model.strings
        let first = MeetingView.render(model, width: 60, height: 16)
        #expect(first.text.contains(s[.cardMoreBelow]))
        #expect(
            Self.rows(first).last?.contains(s[.capPages]) == true,
            "the footer names the scroll keys")
        #expect(
            s.f(.ackCount, 0, 6).split(separator: " ").allSatisfy { first.text.contains($0) },
            "the count whole")
        var seen = ""
        for _ in 0..<6 {
            seen += MeetingView.render(model, width: 60, height: 16).text
            _ = MeetingController.handle(.pageDown, model: &model)
        }
        let last = MeetingView.render(model, width: 60, height: 16)
        #expect(
            last.text.contains(s[.cardMoreAbove])
                && !last.text.contains(s[.cardMoreBelow]))
        let words = s[.cardFrameText].split(whereSeparator: { $0 == " " || $0 == "\n" })
        for word in words { #expect(seen.contains(word), "“\(word)” never shows") }
        model.overlay = .help
        let help = MeetingView.render(model, width: 60, height: 16).text
        #expect(
            help.contains(String(s[.helpCardScroll].prefix(20))),
            "the help names the scroll keys:\n\(help)")
        // Where the card fits, the keys are not offered.
        var roomy = Self.frameCard(lang)
        (roomy.screenWidth, roomy.screenHeight) = (120, 40)
        #expect(!MeetingView.render(roomy, width: 120, height: 40).text.contains(s[.capPages]))
    }

    /// The history detail at 60×16 shows that more follows, and PgDn reaches the last phase.
    @Test(arguments: [Lang.nb, .en])
    func theHistoryDetailScrollsToItsLastRow(_ lang: Lang) {
        var s = HistoryBrowserState(summaries: HistoryTUIFixtures.summaries)
        s.screen = .detail
        s.selected = 1
        s.detail = HistoryTUIFixtures.detail("2026-10-22-004")
        let c = Catalog(lang)
        let first = HistoryBrowserView.render(s, width: 60, height: 16, lang: lang).text
        #expect(first.contains(c[.cardMoreBelow]))
        var seen = first
        for _ in 0..<8 {
            _ = HistoryBrowser.reduce(&s, .pageDown)
            seen += HistoryBrowserView.render(s, width: 60, height: 16, lang: lang).text
        }
        #expect(
            s.screen == .detail && s.selected == 1, "PgDn scrolls; it does not change the meeting")
        let labels = HistoryLabels(lang: lang)
        for phase in s.detail!.phases {
            #expect(seen.contains(labels.phase(phase.kind)), "\(phase.kind) never shows")
        }
        #expect(
            HistoryBrowserView.render(s, width: 60, height: 16, lang: lang).text.contains(
                c[.cardMoreAbove]))
    }
}
