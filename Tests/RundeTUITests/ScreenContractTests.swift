import Foundation
import RundeCore
import RundeHistory
import RundeText
import Testing

@testable import RundeTUI

/// One screen under test, type-erased: a fresh copy each time (`make`), then keys.
final class ContractProbe {
    let keymap: () -> [KeyBinding]
    /// Hands the screen an input; true when the screen finished.
    let update: (ScreenInput) -> Bool
    let view: (Int, Int) -> Frame
    /// What plain mode says about the last update.
    let spoken: () -> Speech

    final class Box<S: Screen> {
        var screen: S
        var old: S?
        var last: ScreenInput?
        init(_ s: S) { screen = s }
    }

    init<S: Screen>(_ screen: S) {
        let box = Box(screen)
        // What it says on opening is said; what follows is said about each change.
        _ = box.screen.update(.tick)
        _ = box.screen.spoken(after: nil, input: nil)
        box.old = box.screen
        keymap = { box.screen.keymap }
        update = { input in
            box.old = box.screen
            box.last = input
            return box.screen.update(input).contains {
                if case .finish = $0 { return true } else { return false }
            }
        }
        view = { box.screen.view(width: $0, height: $1) }
        spoken = { box.screen.spoken(after: box.old, input: box.last) }
    }
}

/// A state of a screen the contract walks: how to make the screen, and the keys that reach
/// the state from there.
struct ContractState: CustomTestStringConvertible, @unchecked Sendable {
    let screen: String
    let state: String
    let lang: Lang
    let make: (Lang) -> ContractProbe
    let keys: [Key]
    /// Text typed in a field in this state (Esc must keep it or ask).
    var typed: String? = nil

    var testDescription: String { "\(screen) · \(state) · \(lang)" }

    /// The screen in this state, afresh.
    func probe() -> ContractProbe {
        let p = make(lang)
        for k in keys { _ = p.update(.key(k)) }
        return p
    }
}

/// The registry of screens the contract test walks: every screen reachable from `runde`
/// (welcome, new group, chooser, resume offer, the format proposal), `runde demo` (its tour,
/// the rehearsal, the offer after it), the meeting in each phase a script reaches and its
/// dialogs, the group screen and history. A new screen is added here, once, and gets every
/// check below.
enum ContractRegistry {
    static let t0 = Instant(2_000_000_000.4)
    static let typedName = "Quixtamar"

    static func typing(_ text: String) -> [Key] { text.map { .char($0) } }

    static func meeting(_ lang: Lang, demo: Bool = false) -> ContractProbe {
        let clock = FakeClock(t0)
        var model = RuntimeTests.model(clock: clock)
        model.strings = Catalog(lang)
        model.demo = demo
        model.roster = ["Quixtamar", "Zorbulon", "Vexilda"]
        let runtime = MeetingRuntime(
            terminal: FakeTerminal(clock: clock, script: []), clock: clock, model: model,
            storage: MemoryStorage())
        return ContractProbe(runtime)
    }

    static func prompt(_ make: @escaping (Catalog) -> PromptScreen) -> (Lang) -> ContractProbe {
        { ContractProbe(make(Catalog($0))) }
    }

    static let logsDir: String = {
        let dir = NSTemporaryDirectory() + "runde-contract-\(getpid())/logs"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (id, log) in HistoryTUIFixtures.logs {
            _ = FileManager.default.createFile(
                atPath: "\(dir)/\(id).json", contents: try! SessionLogCodec.encode(log))
        }
        return dir
    }()

    static func groupScreen(_ lang: Lang) -> ContractProbe {
        let g = GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda"])
        return ContractProbe(
            GroupScreenSession(screen: GroupScreen(group: g, lang: lang), save: { _ in nil }))
    }

    static func proposal(_ s: Catalog) -> PromptScreen {
        PromptScreen.proposal(
            lines: [s.f(.proposalBody, "X")],
            choices: [s[.proposalAccept], s.f(.proposalUsual, "Y")], s)
    }

    static func demoTour(_ s: Catalog) -> PromptScreen {
        var tour = PromptScreen(
            title: s[.cliDemoTourTitle], lines: [s[.cliDemoTour1], s.f(.cliDemoTour2, 10)],
            enterLabel: s[.demoTourEnter])
        tour.strings = s
        tour.isTopScreen = true
        tour.enterHelp = s[.demoTourEnter]
        return tour
    }

    static func resumeOffer(_ lang: Lang) -> ContractProbe {
        let f = try! MeetingSessionTests.Fixture()
        defer { f.cleanUp() }
        _ = try! f.stopped { $0.turn != nil }
        guard case .unfinished(let u) = f.session.find(lang: lang) else {
            fatalError("the fixture leaves an unfinished meeting")
        }
        var prompt = ResumeOffer(u, now: MeetingSessionTests.Fixture.t0 + 60, lang: lang).prompt
        prompt.letters = ResumeOffer.letters
        return ContractProbe(prompt)
    }

    /// Every screen state, in both languages.
    static var states: [ContractState] {
        var out: [ContractState] = []
        func add(
            _ screen: String, _ state: String, _ make: @escaping (Lang) -> ContractProbe,
            _ keys: [Key] = [], typed: String? = nil
        ) {
            for lang in [Lang.nb, .en] {
                out.append(
                    ContractState(
                        screen: screen, state: state, lang: lang, make: make, keys: keys,
                        typed: typed))
            }
        }
        add("welcome", "first", prompt { PromptScreen.welcome($0) })
        add("welcome", "second choice", prompt { PromptScreen.welcome($0) }, [.down])
        add(
            "chooser", "two groups",
            prompt { PromptScreen.chooser(names: ["Torsdag", "Fredag"], $0) })
        add("new group", "name", { ContractProbe(NewGroupForm(Catalog($0))) })
        add(
            "new group", "name typed", { ContractProbe(NewGroupForm(Catalog($0))) },
            typing(typedName), typed: typedName)
        add(
            "new group", "members typed", { ContractProbe(NewGroupForm(Catalog($0))) },
            typing("Torsdag") + [.enter] + typing(typedName), typed: typedName)
        add("resume offer", "recent", resumeOffer)
        add("format proposal", "first", prompt(proposal))
        add("demo", "tour", prompt(demoTour))
        add("demo", "rehearsal check-in", { meeting($0, demo: true) })
        add("meeting", "check-in", { meeting($0) })
        add("meeting", "check-in, one absent", { meeting($0) }, [.down, .char(" ")])
        add("meeting", "opening", { meeting($0) }, [.enter])
        add("meeting", "opening round", { meeting($0) }, [.enter, .enter])
        add("meeting", "second speaker", { meeting($0) }, [.enter, .enter, .enter])
        add(
            "meeting", "sharing", { meeting($0) },
            [.enter, .enter] + Array(repeating: .enter, count: 3))
        add("meeting", "pause", { meeting($0) }, [.enter, .enter, .enter, .char("p")])
        add("meeting", "quit question", { meeting($0) }, [.char("q")])
        add("meeting", "closing question", { meeting($0) }, [.enter, .enter, .char("c")])
        add("meeting", "late arrival", { meeting($0) }, [.enter, .enter, .char("a")])
        add("meeting", "help", { meeting($0) }, [.char("?")])
        add("group screen", "start row", groupScreen)
        add("group screen", "a member", groupScreen, [.down])
        add("group screen", "after a change", groupScreen, [.down, .char("+")])
        add(
            "group screen", "adding a member", groupScreen,
            [.char("a"), .char("j")] + typing(typedName),
            typed: typedName)
        add("history", "list", { ContractProbe(HistoryBrowserScreen(logsDir: logsDir, lang: $0)) })
        add(
            "history", "detail",
            { ContractProbe(HistoryBrowserScreen(logsDir: logsDir, lang: $0)) },
            [.enter])
        add(
            "history", "trends",
            { ContractProbe(HistoryBrowserScreen(logsDir: logsDir, lang: $0)) },
            [.char("t")])
        return out
    }
}

/// The screen contract (DESIGN §3), held on every screen of the registry, in nb and en, at
/// 60×16 and 80×24, on the test terminal (no curses).
@Suite struct ScreenContractTests {
    static let sizes = [(60, 16), (80, 24)]

    /// Whether pressing `key` in this state changes anything a person sees or hears.
    static func doesSomething(_ state: ContractState, _ key: Key, size: (Int, Int)) -> Bool {
        let p = state.probe()
        let before = p.view(size.0, size.1).text
        if p.update(.key(key)) { return true }
        return p.view(size.0, size.1).text != before || !p.spoken().lines.isEmpty
    }

    /// Every key the footer offers does something.
    @Test(arguments: ContractRegistry.states)
    func everyOfferedKeyDoesSomething(state: ContractState) {
        for size in Self.sizes {
            for b in state.probe().keymap() where b.offer.isOffered && !b.keys.isEmpty {
                // A detail that fits the window has nothing to scroll (the footer then shows no
                // PgDn; the keymap does not know the window).
                if b.name == "scroll" && size == (80, 24) { continue }
                #expect(
                    b.keys.contains { Self.doesSomething(state, $0, size: size) },
                    "\(b.name) (\(b.cap)) does nothing at \(size)")
            }
        }
    }

    /// A key the screen binds but does not offer now answers with its reason on one line.
    @Test(arguments: ContractRegistry.states)
    func aKeyNotOfferedSaysWhy(state: ContractState) {
        let keymap = state.probe().keymap()
        for b in keymap {
            guard case .notNow(let why) = b.offer,
                let key = b.keys.first(where: { k in
                    !keymap.contains { $0.offer.isOffered && $0.keys.contains(k) }
                })
            else { continue }
            #expect(!why.isEmpty)
            #expect(!why.contains("\n"))
            let p = state.probe()
            _ = p.update(.key(key))
            let shown = p.view(80, 24).text.replacingOccurrences(of: "\n", with: " ")
            let said = p.spoken().lines.joined(separator: " ")
            // The key may be bound twice (PgDn scrolls a list or a card): either reason will do.
            let reasons = keymap.compactMap { b -> String? in
                guard b.keys.contains(key), case .notNow(let why) = b.offer else { return nil }
                return String(why.prefix(20))
            }
            #expect(
                reasons.contains { shown.contains($0) || said.contains($0) },
                "\(b.name): «\(why)» is neither shown nor said")
        }
    }

    /// `?` lists the keys the screen binds: each offered key's words are in its help, shown
    /// and said; and it says nothing else than key lines, a title and how to close it.
    @Test(arguments: ContractRegistry.states)
    func helpListsTheBoundKeys(state: ContractState) {
        let bindings = state.probe().keymap()
        guard let help = bindings.first(where: { $0.name == "help" }), help.offer.isOffered
        else { return }
        let p = state.probe()
        let before = p.view(80, 24).text
        _ = p.update(.key(help.keys.contains(.char("?")) ? .char("?") : .function(1)))
        #expect(p.view(80, 24).text != before, "? shows nothing")
        let said = p.spoken().lines.joined(separator: " ").lowercased()
        for b in bindings where b.offer.isOffered && b.name != "help" && !b.help.isEmpty {
            let firstWord = b.help.split(separator: " ").first.map(String.init) ?? ""
            #expect(said.contains(firstWord.lowercased()), "? does not say «\(b.help)»")
        }
    }

    /// Esc never throws away what was typed without asking: the text is still there after
    /// Esc (kept, or a question or a line says how to leave without it).
    @Test(arguments: ContractRegistry.states.filter { $0.typed != nil })
    func escapeKeepsTypedText(state: ContractState) throws {
        let typed = try #require(state.typed)
        for size in Self.sizes {
            let p = state.probe()
            #expect(p.view(size.0, size.1).text.contains(typed))
            let finished = p.update(.key(.escape))
            #expect(!finished, "Esc left the screen with «\(typed)» typed")
            #expect(
                p.view(size.0, size.1).text.contains(typed), "Esc dropped «\(typed)» at \(size)")
        }
    }

    /// `u`, where offered, takes back exactly the last step: the screen is as it was before
    /// it (the message lines aside).
    @Test(arguments: ContractRegistry.states.filter { !$0.keys.isEmpty })
    func undoRevertsOneStep(state: ContractState) {
        let p = state.probe()
        guard let u = p.keymap().first(where: { $0.keys.contains(.char("u")) }),
            u.offer.isOffered
        else { return }
        var previous = state
        previous = ContractState(
            screen: state.screen, state: state.state, lang: state.lang, make: state.make,
            keys: Array(state.keys.dropLast()))
        let before = previous.probe()
        _ = p.update(.key(.char("u")))
        func body(_ f: Frame) -> [String] {
            Array(f.text.split(separator: "\n").dropLast(4).map(String.init))
        }
        #expect(body(p.view(80, 24)) == body(before.view(80, 24)))
    }

    /// No catalog text is cut mid-word: every word on screen is a whole word of some catalog
    /// text, a name, or a number.
    @Test(arguments: ContractRegistry.states)
    func noTextIsCutMidWord(state: ContractState) {
        for size in Self.sizes {
            let text = state.probe().view(size.0, size.1).text
            // A theme typed by the group may be shortened with "…" in a table column: it is
            // not a catalog text.
            let catalogText = text.split(separator: "\n").map {
                $0.split(separator: " ").filter { !$0.hasSuffix("…") }.joined(separator: " ")
            }.joined(separator: "\n")
            for word in Self.words(catalogText) where !Self.dictionary.contains(word) {
                Issue.record("«\(word)» at \(size) is not a whole word:\n\(text)")
                break
            }
        }
    }

    /// Plain mode speaks each change once: the same thing is not said again on the next
    /// tick, nor on a resize.
    @Test(arguments: ContractRegistry.states)
    func plainSpeaksEachChangeOnce(state: ContractState) {
        let p = state.probe()
        let keys = p.keymap().filter { $0.offer.isOffered && !$0.keys.isEmpty }.map { $0.keys[0] }
        for key in keys.prefix(3) {
            let q = state.probe()
            if q.update(.key(key)) { continue }
            let said = q.spoken().lines
            _ = q.update(.tick)
            let again = q.spoken().lines
            #expect(Set(said).isDisjoint(with: again), "said twice after \(key): \(again)")
            _ = q.update(.resize(width: 60, height: 16))
            #expect(q.spoken().lines.isEmpty || q.spoken().lines != said)
        }
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map { String($0).lowercased() }.filter {
            $0.count >= 3
        }
    }

    /// Every whole word of every catalog text in both languages, the names and themes of the
    /// fixtures, the month and day names.
    static let dictionary: Set<String> = {
        var out: Set<String> = []
        for key in CatalogAreas.allKeys {
            out.formUnion(words(key.texts.nb))
            out.formUnion(words(key.texts.en))
        }
        for (_, log) in HistoryTUIFixtures.logs { out.formUnion(words(log.theme ?? "")) }
        out.formUnion(words("Quixtamar Zorbulon Vexilda Torsdag Fredag Kari Ola Siri Regel"))
        out.formUnion(words(GroupFile.defaultRules(.nb)))
        out.formUnion(words(GroupFile.defaultRules(.en)))
        return out
    }()
}
