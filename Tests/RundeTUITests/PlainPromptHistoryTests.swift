import LineTerminal
import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

/// Plain mode outside the meeting: prompt screens (welcome, group chooser, resume) and the
/// history browser, exact lines in nb and en.
@Suite struct PlainPromptHistoryTests {
    @Test func theWelcomeScreenIsReadOnceThenTheChoiceUnderTheCursor() {
        for lang in Lang.allCases {
            var p = PromptScreen.welcome(Catalog(lang))
            let opened = PlainPrompt.lines(from: nil, to: p, lang: lang)
            let old = p
            p.cursor = 1
            let moved = PlainPrompt.lines(from: old, to: p, lang: lang)
            if lang == .nb {
                #expect(
                    opened == [
                        "Velkommen til Runde", "Det finnes ingen gruppe ennå.",
                        "g  lag en gruppe, 1 av 3.",
                        "d  prøv en demo (lagrer ingenting), 2 av 3.", "q  avslutt, 3 av 3.",
                        "Pil opp og ned velger, Enter bekrefter.",
                    ])
                #expect(moved == ["d  prøv en demo (lagrer ingenting), 2 av 3."])
            } else {
                #expect(
                    opened == [
                        "Welcome to Runde", "There is no group yet.", "g  create a group, 1 of 3.",
                        "d  try the demo (saves nothing), 2 of 3.", "q  quit, 3 of 3.",
                        "Up and Down choose, Enter confirms.",
                    ])
                #expect(moved == ["d  try the demo (saves nothing), 2 of 3."])
            }
        }
    }

    @Test func theChooserSaysItsOwnLettersAndNotEsc() {
        let p = PromptScreen.chooser(names: ["Torsdag"], Catalog(.nb))
        #expect(
            PlainPrompt.lines(from: nil, to: p, lang: .nb) == [
                "Velg gruppe", "Torsdag, 1 av 1.", "Pil opp og ned velger, Enter bekrefter.",
                "g  se og endre gruppa", "q  avslutt",
            ])
    }

    @Test func theResumePromptReadsItsKeysInWords() {
        let s = Catalog(.nb)
        let stopped = s.f(.resumeStopped, 7, "fredag 15. januar 2027", "Samtale")
        var p = ResumeOffer.offer(isOld: false, s)
        p.title = s[.resumeTitle]
        p.lines = [stopped]
        p.strings = s
        p.isTopScreen = true
        #expect(
            PlainPrompt.lines(from: nil, to: p, lang: .nb) == [
                "Et møte ble ikke avsluttet",
                "Møte 7, fredag 15. januar 2027, stoppet ved «Samtale».",
                "Enter fortsett, n lagre som uferdig, q avslutt",
            ])
        var field = PromptScreen(
            title: "New group", lines: ["What is the group called?"], fieldLabel: "Name")
        #expect(
            PlainPrompt.lines(from: nil, to: field, lang: .en) == [
                "New group", "What is the group called?", "Name: type and press Enter.",
            ])
        let before = field
        field.error = "a group called \"X\" exists"
        #expect(
            PlainPrompt.lines(from: before, to: field, lang: .en) == [
                "Problem: a group called \"X\" exists"
            ])
    }

    /// Plain mode's resume offer: `?` says every key in words and closes by itself (the next
    /// Enter is not swallowed); `n` reads its question, and `n` again says no and reads the keys.
    @Test(arguments: [Lang.nb, .en])
    func theResumeOfferSaysItsHelpAndAsksBeforeSaving(_ lang: Lang) throws {
        let f = try MeetingSessionTests.Fixture()
        defer { f.cleanUp() }
        _ = try f.stopped { $0.turn != nil }
        let u = try f.unfinished()
        let s = Catalog(lang)
        var offer = ResumeOffer(u, now: u.lastSeen + 60, lang: lang).prompt
        let (t, out, _) = plainTerminal(keys: "?nn\r")
        #expect(
            offer.run(on: t, letters: ResumeOffer.letters) == .chose(0),
            "Enter after ? and a no resumes")
        let said = out.lines
        // Each key by its spoken name, then its words ("Enter: fortsett møtet …").
        for binding in offer.keymap {
            #expect(said.contains(PlainPrompt.spoken(binding.spokenHelpLine(s))), "\(said)")
        }
        let question = PlainPrompt.spoken(s.f(.askSave, u.state.setup.meetingNumber))
        let asked = try #require(said.firstIndex(of: question), "\(said)")
        #expect(said[asked + 1] == PlainPrompt.spoken(DialogKeys.yesNo(s)))
        #expect(
            said[asked + 2] == PlainPrompt.spoken(offer.footer),
            "the no reads the offer's keys again")
    }

    static func summaries() -> [HistorySummary] {
        [
            HistorySummary(
                id: "2027-01-01-006", date: "2027-01-01", meetingNumber: 6,
                attendance: .init(
                    members: 6, present: 5, notifiedAbsent: 1, absent: 0, late: 0, guests: 0),
                durationS: 7100, plannedMinutes: 120, overrunS: 0, pauseTaken: true,
                balanceGini: 0.2, completed: true, recovered: false, nextTheme: "Skam",
                nextDate: "2027-01-15"),
            HistorySummary(
                id: "2027-01-15-007", date: "2027-01-15", meetingNumber: 7,
                attendance: .init(
                    members: 6, present: 4, notifiedAbsent: 1, absent: 1, late: 1, guests: 1),
                durationS: 7500, plannedMinutes: 120, overrunS: 300, pauseTaken: false,
                balanceGini: 0.3, completed: false, recovered: true, nextTheme: "", nextDate: nil),
        ]
    }

    @Test func historyListAndTrendsAsSentences() {
        var state = HistoryBrowserState(summaries: Self.summaries())
        #expect(
            PlainHistory.lines(from: nil, to: state, lang: .nb) == [
                "Historikk: 2 møter.",
                "Pil opp og ned blar, Enter viser detaljer, t trender, skråstrek filter, d sletter, q avslutter.",
                "Møte 7, fredag 15. januar 2027: uferdig, 4 av 6 til stede, 2 timer 5 minutter.",
            ])
        var old = state
        _ = HistoryBrowser.reduce(&state, .down)
        #expect(
            PlainHistory.lines(from: old, to: state, lang: .en) == [
                "Meeting 6, Friday 1 January 2027: 5 of 6 present, 1 hour 58 minutes."
            ])
        old = state
        _ = HistoryBrowser.reduce(&state, .char("t"))
        #expect(
            PlainHistory.lines(from: old, to: state, lang: .nb) == [
                "Trender over 2 møter.", "Oppmøte i snitt: 75 prosent.",
                "Ferdig i tide: 1 av 1 møte.",
                "Pause tatt: 1 av 2 møter.", "Jevnhet i taletid i snitt: 0,25 (0 er helt jevnt).",
                "Overtid i snitt: 5 minutter.",
                "Esc tilbake til listen.",
            ])
        old = state
        _ = HistoryBrowser.reduce(&state, .escape)
        _ = HistoryBrowser.reduce(&state, .char("d"))
        #expect(
            PlainHistory.lines(from: old, to: state, lang: .en) == [
                "Delete meeting 6? This cannot be undone. y deletes, any other key cancels."
            ])
        old = state
        _ = HistoryBrowser.reduce(&state, .char("n"))
        #expect(PlainHistory.lines(from: old, to: state, lang: .nb) == ["Avbrutt."])
    }

    @Test func historyDetailAsSentences() {
        let log = SessionLog(
            schema: "runde.session/1", appVersion: "0.1.0", meetingNumber: 7, date: "2027-01-15",
            startedAt: "2027-01-15T18:00:00+01:00", endedAt: "2027-01-15T19:55:00+01:00",
            durationS: 6900, completed: true,
            recovered: false, plan: .standard,
            attendance: .init(
                members: 6, present: 5, notifiedAbsent: 1, absent: 0, late: 1, guests: 1),
            phases: [
                .init(kind: "check_in", startS: 0, endS: 120),
                .init(
                    kind: "opening_round", startS: 120, endS: 1320,
                    turns: .init(
                        count: 6, passes: 1, totalS: 1200, minS: 30, medianS: 200, maxS: 300,
                        overruns: 1)),
                .init(kind: "pause", startS: 3660, endS: 4560),
            ],
            speaking: .init(perPersonS: [900, 300], balanceGini: 0.25),
            pause: .init(taken: true, startMinute: 61, lengthS: 900),
            overrunS: 0, next: .init(theme: "Grenser", date: "2027-01-29", leaderChosen: true))
        var state = HistoryBrowserState(summaries: [HistorySummary(id: "2027-01-15-007", log: log)])
        let old = state
        _ = HistoryBrowser.reduce(&state, .enter)
        state.detail = HistoryDetail(id: "2027-01-15-007", log: log)
        let lines = PlainHistory.lines(from: old, to: state, lang: .nb)
        #expect(
            lines == [
                "Møte 7, fredag 15. januar 2027.",
                "Varighet: 1 time 55 minutter, planlagt 2 timer.",
                "Oppmøte: 5 av 6, 1 meldt fravær, 0 fravær, 1 kom senere, 1 gjest.",
                "Pause ved minutt 61, 15 minutter.",
                "Oppmøte: 2 minutter, planlagt 5 minutter.",
                "Runde: 20 minutter, planlagt 15 minutter, 6 turer, 1 stod over.",
                "Pause: 15 minutter, planlagt 15 minutter.",
                "Taletid: lengst 15 minutter, kortest 5 minutter, jevnhet 0,25 (0 er helt jevnt).",
                "Tema til neste gang: Grenser.",
                "Pil opp og ned: forrige og neste møte, Esc tilbake til listen.",
            ])
    }
}
