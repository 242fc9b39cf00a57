import Foundation
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The newcomer by name (DESIGN §1, "a member joins"): the proposal and the check-in say who
/// joined, the rules card everyone acknowledges welcomes the newcomers present by name and marks
/// them in the list, and after the meeting nothing of the name is left outside group.toml.
@Suite struct NewcomerViewTests {
    static func joined(_ names: [String] = ["Quixtamar"]) throws -> GroupFile {
        var g = GroupFile(
            name: "Torsdag", members: ["Zorbulon", "Vexilda", "Prundle", "Klimbor"],
            meetingsHeld: 5)
        g.lastMeetingDate = GroupLifeViewTests.date.adding(days: -14)
        for n in names { g = try GroupEditor.addingMember(n, to: g) }
        return g
    }

    static func rulesCard(_ g: GroupFile, lang: Lang) -> MeetingModel {
        var model = GroupLifeViewTests.model(g, at: "rules", lang: lang)
        model.newMembers = g.newMembers
        return model
    }

    // MARK: the proposal and the check-in

    @Test(arguments: [Lang.nb, Lang.en])
    func theProposalNamesTheNewcomer(lang: Lang) throws {
        let s = Catalog(lang)
        let g = try Self.joined()
        let why = s.lifeReason(.newMember, followUp: nil, newMembers: g.newMembers)
        #expect(
            why
                == (lang == .nb
                    ? "Quixtamar er nytt medlem: gruppa starter på nytt, med presentasjon og gruppas egne rammer."
                    : "Quixtamar is a new member: the group starts afresh, with introductions and the group's own rules.")
        )
        let proposal = PromptScreen.proposal(
            lines: [s.f(.proposalBody, s.formatName(.newGroup)), why],
            choices: [s[.proposalAccept], s.f(.proposalUsual, s.formatName(.regular))], s)
        let size = lang == .nb ? (80, 24) : (60, 16)
        let frame = proposal.render(width: size.0, height: size.1)
        assertSnapshot(frame, named: "newcomer-proposal-\(lang.rawValue)-\(size.0)x\(size.1)")
        #expect(frame.text.contains("Quixtamar"))
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func twoOrMoreNewcomersAreNamedInOneSentence(lang: Lang) {
        let s = Catalog(lang)
        let two = s.lifeReason(.newMember, followUp: nil, newMembers: ["Quixtamar", "Ploribet"])
        let three = s.lifeReason(
            .newMember, followUp: nil, newMembers: ["Quixtamar", "Ploribet", "Vexilda"])
        if lang == .nb {
            #expect(two.hasPrefix("Quixtamar og Ploribet er nye medlemmer: gruppa starter på nytt"))
            #expect(three.hasPrefix("Quixtamar, Ploribet og Vexilda er nye medlemmer:"))
        } else {
            #expect(two.hasPrefix("Quixtamar and Ploribet are new members: the group starts"))
            #expect(three.hasPrefix("Quixtamar, Ploribet and Vexilda are new members:"))
        }
        // A file from before names were kept: the sentence without a name.
        #expect(s.lifeReason(.newMember, followUp: nil) == s[.reasonNewMember])
        // A name is drawn without control characters.
        #expect(
            !s.lifeReason(.newMember, followUp: nil, newMembers: ["Quix\u{1B}[2Jtamar"]).contains(
                "\u{1B}"))
    }

    @Test func theCheckInSaysWhoJoinedWhole() throws {
        var g = try Self.joined()
        g.leaving = ["Zorbulon"]
        var model = GroupLifeViewTests.checkInModel(g, lang: .nb)
        model.lifeNotes = GroupLife.propose(for: g, today: GroupLifeViewTests.date).reasons.map {
            model.strings.lifeReason($0, followUp: nil, newMembers: g.newMembers)
        }
        let frame = MeetingView.render(model, width: 80, height: 24)
        assertSnapshot(frame, named: "newcomer-checkin-nb-80x24")
        // The note wraps rather than lose its end.
        #expect(frame.text.contains("egne rammer."))
        #expect(frame.text.contains("Quixtamar er nytt medlem"))
    }

    // MARK: the rules card

    @Test(arguments: [Lang.nb, Lang.en])
    func theRulesCardWelcomesTheNewcomerByName(lang: Lang) throws {
        var model = Self.rulesCard(try Self.joined(), lang: lang)
        #expect(model.meeting.item.acknowledge)
        _ = model.meeting.apply(.acknowledge(member: 4))
        let size = lang == .nb ? (80, 24) : (60, 16)
        let frame = MeetingView.render(model, width: size.0, height: size.1)
        assertSnapshot(frame, named: "newcomer-rules-\(lang.rawValue)-\(size.0)x\(size.1)")
        let text = frame.text
        #expect(
            text.contains(
                lang == .nb
                    ? "Våre rammer – velkommen, Quixtamar" : "Our rules – welcome, Quixtamar"))
        #expect(text.contains(lang == .nb ? "✓ Quixtamar (ny)" : "✓ Quixtamar (new)"))
        // Everyone present acknowledges: the count is of all five.
        #expect(text.contains(lang == .nb ? "1 av 5" : "1 of 5"))
        // The group's own rules, not the built-in frame.
        #expect(!text.contains(Catalog(lang)[.cardFrameTitle]))
    }

    @Test(arguments: [Lang.nb, Lang.en])
    func twoNewcomersAreBothWelcomedAndManyAtOnceWhenTheLineIsFull(lang: Lang) throws {
        let s = Catalog(lang)
        let two = Self.rulesCard(try Self.joined(["Quixtamar", "Ploribet"]), lang: lang)
        let both = s.f(.rulesWelcomeTitle, s.f(.namesTwo, "Quixtamar", "Ploribet"))
        #expect(MeetingView.render(two, width: 80, height: 24).text.contains(both))
        #expect(MeetingView.render(two, width: 60, height: 16).text.contains(both))
        let four = ["Quixtamar", "Ploribet", "Snorvaldine", "Trellinor"]
        let many = Self.rulesCard(try Self.joined(four), lang: lang)
        let wide = MeetingView.render(many, width: 80, height: 24).text
        #expect(
            wide.contains(
                s.f(.rulesWelcomeTitle, s.namesList(four))))
        // Too long for 60 columns: a welcome to all of them, each still marked in the list.
        let narrow = MeetingView.render(many, width: 60, height: 16).text
        #expect(narrow.contains(s[.rulesWelcomeTitleMany]), "\(narrow)")
        #expect(narrow.contains(s.f(.ackNewMember, "Quixtamar")))
    }

    @Test func theAcknowledgementListScrollsToANewcomerAtItsEnd() throws {
        var model = Self.rulesCard(
            try Self.joined(["Quixtamar", "Ploribet", "Snorvaldine", "Trellinor"]), lang: .en)
        model.cursor = 7
        let small = MeetingView.render(model, width: 60, height: 16)
        assertSnapshot(small, named: "newcomer-rules-scrolled-en-60x16")
        #expect(small.text.contains("Trellinor (new)"), "the last one is on screen")
        #expect(small.text.contains("▲ 3 above"))
        model.cursor = 0
        let top = MeetingView.render(model, width: 60, height: 16).text
        #expect(top.contains("▼ 3 more"))
        #expect(!top.contains("Trellinor (new)"))
        // With room, the whole list and no arrows.
        let big = MeetingView.render(model, width: 80, height: 24).text
        #expect(big.contains("Trellinor (new)") && !big.contains("▼"))
    }

    @Test func anAbsentNewcomerIsNotWelcomed() throws {
        let g = try Self.joined()
        var model = Self.rulesCard(g, lang: .nb)
        model.meeting.attendance[4] = .notifiedAbsent
        let text = MeetingView.render(model, width: 80, height: 24).text
        #expect(!text.contains("velkommen"))
        #expect(text.contains("Våre rammer"))
    }

    @Test func theUsualRulesCardDoesNotWelcome() throws {
        // The group chose its usual format: the rules are read, not acknowledged, and nobody
        // is singled out.
        var g = try Self.joined()
        g.format = "regular"
        let model = Self.rulesCard(g, lang: .nb)
        #expect(!model.meeting.item.acknowledge)
        #expect(!MeetingView.render(model, width: 80, height: 24).text.contains("velkommen"))
    }

    // MARK: after the meeting

    @Test func afterTheMeetingTheNameIsOnlyInTheRoster() throws {
        let root =
            NSTemporaryDirectory()
            + "runde-newcomer-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let loc = DataLocation(root: root)
        let store = GroupStore(location: loc)
        let slug = try store.create(
            name: "Tirsdag", members: ["Zorbulon", "Vexilda", "Prundle", "Klimbor"])
        var g = try store.load(slug: slug)
        g.meetingsHeld = 5
        g = try GroupEditor.addingMember("Quixtamar", to: g)
        try store.save(g, slug: slug)
        let groupPath = loc.groupDir(slug) + "/group.toml"
        #expect(try String(contentsOfFile: groupPath, encoding: .utf8).contains("new_members"))

        let t0 = Instant(1_797_271_200)
        let session = MeetingSession(location: loc, slug: slug)
        let loaded = try store.load(slug: slug)
        #expect(loaded.newMembers == ["Quixtamar"])
        let proposal = GroupLife.propose(
            for: loaded, today: LocalDate(instant: t0, utcOffsetSeconds: 0))
        #expect(proposal.format == .newGroup)
        let started = try session.start(
            group: loaded, proposal: proposal, at: t0, utcOffsetSeconds: 0)
        var state = started.state
        let journal = started.journal
        let storage = FileMeetingStorage(journal: journal, location: loc, slug: slug)
        var t = t0
        var journalText = ""
        for _ in 0..<120 where !state.isFinished {
            t = t + 5
            for e in [MeetingEvent.tick(t), .advance] {
                let before = state
                _ = state.apply(e)
                if state != before { try storage.record(e, onlyMovesTheClock: false) }
            }
            if state.item.label == "rules" {
                journalText = try String(contentsOfFile: session.journalPath, encoding: .utf8)
            }
        }
        #expect(state.isFinished)
        #expect(!journalText.isEmpty, "the journal was read at the rules card")
        #expect(!journalText.contains("Quixtamar"), "never in the journal")
        let log = SessionLogBuilder.build(from: state, rosterNames: loaded.members)
        let path = try storage.finish(log: log, state: state)
        journal.close()
        let logText = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!logText.contains("Quixtamar"))
        #expect(!logText.lowercased().contains("new_members"))
        // Nothing else in the group's folder but group.toml names the newcomer.
        let dir = loc.groupDir(slug)
        let files = FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []
        for file in files where file != "group.toml" {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir + "/" + file, isDirectory: &isDir)
            if isDir.boolValue { continue }
            let text = (try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? ""
            #expect(!text.contains("Quixtamar"), "\(file)")
        }
        // The meeting that followed has cleared who was new; the roster keeps the member.
        let after = try store.load(slug: slug)
        #expect(!after.newMemberPending)
        #expect(after.newMembers.isEmpty)
        #expect(after.members.contains("Quixtamar"))
        #expect(!(try String(contentsOfFile: groupPath, encoding: .utf8)).contains("new_member"))
    }
}
