import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Resume, replay and set-aside, without a terminal: what `runde` does with an unfinished
/// meeting when it starts (DESIGN §4).
@Suite struct MeetingSessionTests {
    /// A group on disk with a meeting started at `t0`, driven by `events` and then stopped.
    struct Fixture {
        let root =
            NSTemporaryDirectory()
            + "runde-session-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let session: MeetingSession
        let group: GroupFile
        static let t0 = Instant(1_797_271_200)  // Monday 14 December 2026, 18:00 UTC

        init() throws {
            let loc = DataLocation(root: root)
            let slug = try GroupStore(location: loc).create(
                name: "Tirsdag", members: ["Quixtamar", "Zorbulon", "Siri"])
            group = try GroupStore(location: loc).load(slug: slug)
            session = MeetingSession(location: loc, slug: slug)
        }

        func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

        /// Starts the meeting and applies events (each after a tick a few seconds on) until
        /// `stop` holds; the journal is then left as a kill -9 would leave it.
        func stopped(where stop: (MeetingState) -> Bool) throws -> MeetingState {
            var (state, journal) = try session.start(group: group, at: Self.t0, utcOffsetSeconds: 0)
            var t = Self.t0
            for _ in 0..<40 where !stop(state) {
                t = t + 7
                for e in [MeetingEvent.tick(t), .advance] {
                    let effects = state.apply(e)
                    try journal.record(
                        e,
                        onlyMovesTheClock: effects.isEmpty
                            && { if case .tick = e { return true } else { return false } }())
                }
            }
            #expect(stop(state), "the fixture meeting never reached the step")
            journal.close()
            return state
        }

        func unfinished() throws -> MeetingSession.Unfinished {
            guard case .unfinished(let u) = session.find() else { throw Missing() }
            return u
        }
        struct Missing: Error {}
    }

    /// DESIGN §4 / issue 16 item 9: a turn resumed days later counts only the time the program
    /// ran (before, the first turn after a resume three days on lasted 259,209 s in the log).
    @Test func aResumedTurnNeverCountsTheTimeTheProgramWasNotRunning() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = try f.stopped { $0.turn != nil }
        let elapsed = try #require(before.turn).elapsed(at: before.now)
        let u = try f.unfinished()
        #expect(u.state == before, "the journal replays to the state it stopped in")
        let threeDaysOn = before.now + 3 * 86_400
        // What the launcher did before: tick to now and carry on. The turn then held 3 days.
        var naive = u.state
        _ = naive.apply(.tick(threeDaysOn))
        _ = naive.apply(.resumed)
        #expect(try #require(naive.turn).elapsed(at: naive.now) > 259_000)
        var (state, journal) = f.session.resume(u, at: threeDaysOn)
        let resumedState = state
        #expect(state.now == threeDaysOn, "the meeting clock is now")
        #expect(state.recovered)
        let turn = try #require(state.turn)
        #expect(!turn.isHeld, "the turn runs again")
        #expect(
            abs(turn.elapsed(at: state.now) - elapsed) < 0.001, "the turn goes on from where it was"
        )
        // Speak 30 s more, end the turn: the log's longest turn is short.
        _ = state.apply(.tick(threeDaysOn + 30))
        _ = state.apply(.advance)
        let log = SessionLogBuilder.build(from: state, rosterNames: f.group.members)
        #expect((log.speaking.perPersonS.max() ?? 0) < 600, "\(log.speaking.perPersonS)")
        // What was journaled replays to the resumed state.
        journal.close()
        #expect(try f.unfinished().state == resumedState)
    }

    /// Under 12 hours Enter resumes; past 12 hours it is the other way round: Enter saves the
    /// meeting as unfinished, and resuming takes `f` (nb) or `r` (en).
    @Test func anOldJournalIsOfferedTheOtherWayRound() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        _ = try f.stopped { $0.turn != nil }
        let u = try f.unfinished()
        let fresh = ResumeOffer(u, now: u.lastSeen + 11 * 3600, lang: .nb)
        #expect(!fresh.isOld)
        #expect(fresh.choice(for: .chose(0)) == .resume)
        #expect(fresh.choice(for: .key("n")) == .saveAndStartNew)
        #expect(fresh.choice(for: .cancelled) == .quit)
        #expect(fresh.prompt.footer == "Enter fortsett · n lagre som uferdig · q avslutt")
        let old = ResumeOffer(u, now: u.lastSeen + 13 * 3600, lang: .nb)
        #expect(old.isOld)
        #expect(old.choice(for: .chose(0)) == .saveAndStartNew)
        #expect(old.choice(for: .key("f")) == .resume)
        #expect(old.choice(for: .key("q")) == .quit)
        #expect(old.choice(for: .stop(.signal(15))) == .stop(.signal(15)))
        #expect(old.prompt.footer.hasPrefix("Enter lagre som uferdig"))
        #expect(!fresh.prompt.lines.contains(Catalog(.nb)[.resumeOld]))
        #expect(old.prompt.lines.contains(Catalog(.nb)[.resumeOld]))
        let oldEn = ResumeOffer(u, now: u.lastSeen + 13 * 3600, lang: .en)
        #expect(oldEn.choice(for: .key("r")) == .resume)
        #expect(oldEn.prompt.footer.contains("r resume anyway"))
    }

    /// `n` asks before it saves the meeting as unfinished: `j`/`y` says yes; Esc, `n`, `q` and
    /// Enter say no and leave the offer as it was (a stray second Enter does not do what `n`
    /// asked). `?` explains Enter and `n` in words, from the table that makes the footer.
    @Test(arguments: [Lang.nb, .en])
    func nAsksFirstAndHelpSaysEveryKey(_ lang: Lang) throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        _ = try f.stopped { $0.turn != nil }
        let u = try f.unfinished()
        let s = Catalog(lang)
        for isOld in [false, true] {
            let offer = ResumeOffer(u, now: u.lastSeen + (isOld ? 13 : 1) * 3600, lang: lang)
            let start = offer.prompt
            for no in [Key.escape, .enter, .char("n"), .char("q")] {
                var p = start
                #expect(
                    p.handle(.char("n"), letters: ResumeOffer.letters) == nil,
                    "n returns nothing before the answer")
                #expect(
                    p.question
                        == .init(
                            title: s[.askTitle],
                            body: s.f(.askSave, u.state.setup.meetingNumber)))
                let asked = p.render(width: 80, height: 24).text
                #expect(
                    asked.contains(DialogKeys.yesNo(s)) && asked.contains(s[.askTitle]),
                    "\(asked)")
                #expect(p.handle(no, letters: ResumeOffer.letters) == nil, "\(no) says no")
                #expect(p == start, "\(no) leaves the offer as it was")
            }
            for yes in ["j", "J", "y", "Y"] as [Character] {
                var p = start
                _ = p.handle(.char("N"), letters: ResumeOffer.letters)
                let handled = p.handle(.char(yes), letters: ResumeOffer.letters)
                let answer = try #require(handled)
                #expect(offer.choice(for: answer) == .saveAndStartNew)
                #expect(p.question == nil)
            }
            var help = start
            _ = help.handle(.char("?"), letters: ResumeOffer.letters)
            let lines = help.helpText()
            // The footer and `?` come from one key table: each key's words are in `?`, its
            // footer word in the footer.
            let table = ResumeOffer.offer(isOld: isOld, s)
            #expect(lines.contains { $0.hasPrefix("Enter") && $0.hasSuffix(table.enterHelp!) })
            #expect(start.footer.hasPrefix("Enter " + table.enterLabel!))
            for k in table.keys {
                #expect(lines.contains { $0.hasSuffix(k.words) }, "\(lines)")
                #expect(start.footer.contains(k.footerItem), "\(start.footer)")
            }
            #expect(lines.contains { $0.hasPrefix("Enter") }, "\(lines)")
            #expect(
                lines.contains { $0.hasPrefix(isOld ? (lang == .nb ? "f " : "r ") : "n ") },
                "\(lines)")
            let panel = help.render(width: 80, height: 24).text
            for word in table.enterHelp!.split(separator: " ").suffix(3) {
                #expect(panel.contains(word), "\(panel)")
            }
            #expect(!panel.contains("…"), "no help line is cut:\n\(panel)")
        }
    }

    /// Saving an old meeting as unfinished ends the log where the meeting was last seen.
    @Test func savingUnfinishedEndsWhereTheMeetingStopped() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = try f.stopped { $0.turn != nil }
        let path = try f.session.saveUnfinished(try f.unfinished(), group: f.group)
        let log = try SessionLogCodec.decode(try FileIO.readFile(path), file: path)
        #expect(!log.completed)
        #expect(
            log.durationS == Int((before.now - before.setup.startedAt).rounded(.down))
                || abs(log.durationS - Int(before.now - before.setup.startedAt)) <= 1)
        #expect(!FileIO.exists(f.session.journalPath))
        #expect(
            try GroupStore(location: f.session.location).load(slug: f.session.slug).meetingsHeld
                == 1)
        guard case .none = f.session.find() else {
            Issue.record("the journal is still there")
            return
        }
    }

    /// Issue 14 item 9: the offer names the step (the principles card, not "Åpning") and the
    /// date in the language's long form, not ISO.
    @Test func theOfferNamesTheStepAndTheLongDate() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = try f.stopped { $0.item.label == "principles" }
        #expect(before.phase == .opening)
        let u = try f.unfinished()
        let nb = ResumeOffer(u, now: u.lastSeen + 60, lang: .nb)
        let body = nb.prompt.lines[0]
        #expect(body.contains("«\(Catalog(.nb)[.itemPrinciples])»"), "\(body)")
        #expect(!body.contains(Catalog(.nb).phase(.opening)), "\(body)")
        #expect(body.contains("mandag 14. desember 2026"), "\(body)")
        #expect(!body.contains("2026-12-14"))
        let en = ResumeOffer(u, now: u.lastSeen + 60, lang: .en)
        #expect(en.prompt.lines[0].contains("Monday 14 December 2026"), "\(en.prompt.lines[0])")
        #expect(en.prompt.lines[0].contains("“\(Catalog(.en)[.itemPrinciples])”"))
    }

    /// An unreadable journal is named, and set aside (renamed, never deleted) on request.
    @Test func anUnreadableJournalIsSetAside() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        try FileIO.createFolder(FileIO.parent(of: f.session.journalPath))
        try FileIO.writeAtomically(
            Data("{\"schema\":\"runde.journal/9\"}\n".utf8), to: f.session.journalPath)
        guard case .unreadable(let error) = f.session.find() else {
            Issue.record("not found as unreadable")
            return
        }
        #expect(
            error as? JournalError
                == .unknownVersion(file: f.session.journalPath, schema: "runde.journal/9"))
        let message = Catalog(.nb).words(try #require(error as? JournalError))
        #expect(
            message.contains("journal.jsonl") && message.contains("nyere eller ukjent versjon"),
            "\(message)")
        let aside = try f.session.setAside(at: Instant(1_900_000_000))
        #expect(aside.hasSuffix("journal.jsonl.unreadable-1900000000"))
        #expect(FileIO.exists(aside))
        guard case .none = f.session.find() else {
            Issue.record("the journal is still in the way")
            return
        }
        let prompt = MeetingSession.unreadablePrompt(message, lang: .nb)
        #expect(prompt.title == Catalog(.nb)[.unreadableTitle])
    }
}
