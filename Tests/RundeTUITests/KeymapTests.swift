import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The one keymap (DESIGN §3): for every phase situation and every key, the footer and the
/// help offer the key if and only if pressing it would make the reducer apply its event.
@Suite struct KeymapTests {
    /// Every situation of a meeting: each fixture spot, plus a held turn, a process talk, a
    /// card to acknowledge, check-in with nobody present, and the start with nothing to undo.
    static func situations() -> [(String, MeetingModel)] {
        var out: [(String, MeetingModel)] = []
        for spot in MeetingFixtures.Spot.allCases where ![.help, .quit, .late].contains(spot) {
            out.append((spot.rawValue, MeetingFixtures.model(spot, lang: .nb)))
        }
        var held = MeetingFixtures.model(.openingRound, lang: .nb)
        _ = held.meeting.apply(.toggleHold)
        out.append(("held", held))
        var talk = MeetingFixtures.model(.sharingOvertime, lang: .nb)
        _ = talk.meeting.apply(.startProcessTalk)
        out.append(("processTalk", talk))
        var nobody = MeetingFixtures.model(.checkIn, lang: .nb)
        for i in nobody.meeting.attendance.indices {
            _ = nobody.meeting.apply(.setAttendance(member: i, .absent))
        }
        out.append(("checkInNobody", nobody))
        var first = MeetingFixtures.setup()
        first.agenda = MeetingFormat.first.agenda
        var card = MeetingModel(
            meeting: MeetingState(setup: first), roster: MeetingFixtures.roster, groupName: "G",
            rules: "", lang: .nb)
        out.append(("firstCheckIn", card))
        while card.meeting.phase != .opening || !card.meeting.item.acknowledge {
            _ = card.meeting.apply(.advance)
            if card.meeting.isFinished { break }
        }
        out.append(("frameCard", card))
        var themeEmpty = MeetingFixtures.model(.nextTheme, lang: .nb)
        themeEmpty.themeInput = ""
        out.append(("themeEmpty", themeEmpty))
        return out
    }

    static let keys: [Key] = [
        .enter, .char("u"), .up, .down, .char(" "), .char("s"), .char("p"), .char("+"), .char("-"),
        .char("a"), .char("o"), .char("c"), .char("t"), .char("n"), .char(">"), .tab, .escape,
        .char("?"), .function(1), .char("q"),
    ]

    /// What pressing `key` does: the events it sends (through a confirmation, answered yes),
    /// and whether it changed the screen (a dialog, the cursor, the theme field) or asked to leave.
    static func press(_ key: Key, _ model: MeetingModel) -> (events: [MeetingEvent], screen: Bool) {
        var m = model
        var commands = MeetingController.handle(key, model: &m)
        if case .confirm = m.overlay { commands += MeetingController.handle(.char("j"), model: &m) }
        let events = commands.compactMap { c -> MeetingEvent? in
            if case .send(let e) = c { return e } else { return nil }
        }
        let leaves = commands.contains { $0 == .quit || $0 == .leave }
        // A key that is not offered says why on the banner (`hint`); that is an answer, not a
        // change of the screen. An offered key's hint (Esc asking before it clears a typed
        // theme) is.
        if !MeetingKeymap.offered(model).contains(where: { $0.keys.contains(key) }) {
            m.hint = nil
        }
        return (events, leaves || m != model)
    }

    @Test func theFooterOffersAKeyIffTheReducerWouldApplyIt() {
        for (name, model) in Self.situations() {
            let offered = MeetingKeymap.offered(model)
            for key in Self.keys {
                let isOffered = offered.contains {
                    $0.keys.contains(key) && $0.action(model, key) != nil
                }
                let (events, screen) = Self.press(key, model)
                // Applied in order on a copy, as the runtime does: did the meeting change?
                var state = model.meeting
                var applied = false
                for e in events {
                    if state.canApply(e) { applied = true }
                    _ = state.apply(e)
                }
                if events.isEmpty {
                    // Screen-only keys (help, quit, a dialog, the cursor): offered ones do something;
                    // ↑/↓ may sit at the end of a list, so only the others are held to it.
                    if isOffered && key != .up && key != .down {
                        #expect(screen, "\(name): \(key) is offered but does nothing")
                    }
                    // (Typing in the theme field is not a key of the keymap: letters go into the field.)
                    if !isOffered && !MeetingKeymap.typingTheme(model) {
                        #expect(
                            !screen || key == .up || key == .down,
                            "\(name): \(key) does something but is not offered")
                    }
                } else {
                    #expect(
                        isOffered == applied,
                        "\(name): \(key) offered \(isOffered), applies \(applied)")
                }
            }
            // The footer shows what the keymap offers, in its order (less what does not fit).
            let footer = FooterKeys.items(model).map(\.0)
            for cap in footer {
                #expect(offered.contains { $0.cap(model) == cap }, "\(name): footer shows \(cap)")
            }
        }
    }

    @Test func theHelpListsTheOfferedKeysOfThisScreenOnly() {
        for (name, model) in Self.situations() {
            let lines = Overlays.helpLines(model, width: 60).map(\.0)
            let caps = MeetingKeymap.offered(model).map {
                MeetingKeymap.helpCap($0.cap(model), model.strings)
            }
            let heads = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
            for cap in caps { #expect(heads.contains(cap), "\(name): help lacks \(cap)") }
            // Keys of other screens are not explained here.
            if model.meeting.phase != .checkIn {
                #expect(!lines.contains { $0.contains(model.strings[.helpCycle]) }, "\(name)")
            }
        }
    }

    /// `u` stands beside Enter after a step, and stays there for as long as it works.
    @Test func undoIsOfferedRightAfterAStepBesideEnter() {
        var model = MeetingFixtures.model(.openingRound, lang: .nb)
        _ = model.meeting.apply(.advance)
        #expect(FooterKeys.items(model).dropFirst().first?.0 == "u")
        _ = model.meeting.apply(.tick(model.meeting.now + FooterKeys.freshUndoSeconds + 1))
        #expect(FooterKeys.items(model).dropFirst().first?.0 == "u")
        let start = MeetingModel(
            meeting: MeetingState(setup: MeetingFixtures.setup()), roster: MeetingFixtures.roster,
            groupName: "G", rules: "", lang: .nb)
        #expect(!FooterKeys.items(start).contains { $0.0 == "u" })
    }

    /// `n` then Esc changes nothing; `n` then `j` skips; Enter in the question says no.
    @Test func skippingAsksFirst() {
        var model = MeetingFixtures.model(.openingRound, lang: .nb)
        let before = model
        #expect(MeetingController.handle(.char("n"), model: &model).isEmpty)
        #expect(model.overlay == .confirm(.skipPhase))
        #expect(MeetingController.handle(.escape, model: &model).isEmpty)
        #expect(model == before)
        _ = MeetingController.handle(.char("c"), model: &model)
        #expect(MeetingController.handle(.enter, model: &model).isEmpty)
        #expect(model == before)
        _ = MeetingController.handle(.char("n"), model: &model)
        #expect(MeetingController.handle(.char("j"), model: &model) == [.send(.skipPhase)])
    }

    /// After a late arrival on the open floor the selection stays on the same person.
    @Test func aLateArrivalKeepsTheOpenFloorSelection() {
        var model = MeetingFixtures.model(.sharingOpen, lang: .nb)
        let selected = model.floorSelection
        let absent = model.lateCandidates
        #expect(!absent.isEmpty)
        model.overlay = .late(cursor: 0, guestName: nil)
        let commands = MeetingController.handle(.enter, model: &model)
        for case .send(let e) in commands { _ = model.meeting.apply(e) }
        #expect(model.floorSelection == selected)
    }

    /// Plain mode and others can read the table: every binding has a name, keys and words.
    @Test func theTableIsData() {
        let model = MeetingFixtures.model(.openingRound, lang: .en)
        let names = MeetingKeymap.bindings.map(\.name)
        #expect(Set(names).count == names.count)
        for b in MeetingKeymap.bindings {
            #expect(!b.keys.isEmpty)
            #expect(!b.help(model).isEmpty && !b.label(model).isEmpty && !b.cap(model).isEmpty)
        }
    }
}
