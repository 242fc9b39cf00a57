import LineTerminal
import RundeCore
import RundeText
import Testing

@testable import RundeTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Collects what a PlainTerminal writes.
final class PlainOutput: @unchecked Sendable {
    var text = ""
    var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
            !$0.isEmpty
        }
    }
}

/// A PlainTerminal reading keys from a pipe that already holds `bytes` (then end of file,
/// unless `keepOpen`: then the caller closes `writeEnd`).
func plainTerminal(keys bytes: String, keepOpen: Bool = false) -> (
    PlainTerminal, PlainOutput, writeEnd: Int32
) {
    var fds: [Int32] = [0, 0]
    _ = pipe(&fds)
    _ = bytes.utf8CString.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count - 1) }
    if !keepOpen { close(fds[1]) }
    let out = PlainOutput()
    let t = PlainTerminal(input: fds[0], output: { out.text += $0 })
    return (t, out, fds[1])
}

/// A clock that moves `step` seconds each time it is read, and closes `fd` (ending the input)
/// once it passes `until`.
final class SteppingClock: MeetingClock, @unchecked Sendable {
    var t: Instant
    let step: Double, until: Instant, fd: Int32
    var closed = false
    init(_ t: Instant, step: Double, until: Instant, closing fd: Int32) {
        self.t = t
        self.step = step
        self.until = until
        self.fd = fd
    }
    func now() -> Instant {
        t = t + step
        if t > until, !closed {
            close(fd)
            closed = true
        }
        return t
    }
}

@Suite struct PlainTerminalTests {
    @Test func decodesKeysFromTheInput() {
        let (t, _, _) = plainTerminal(keys: "\u{1B}[Ax \r\u{1B}[6~\t\u{7F}å\u{1B}OP")
        var keys: [Key] = []
        while case .key(let k) = t.nextInput(timeoutMs: 100) { keys.append(k) }
        #expect(
            keys == [
                .up, .char("x"), .char(" "), .enter, .pageDown, .tab, .backspace, .char("å"),
                .function(1),
            ])
    }

    /// Home/End in their `~` forms and a modified arrow leave no stray character behind.
    @Test func longerSequencesAreReadWhole() {
        let (t, _, _) = plainTerminal(keys: "\u{1B}[4~a\u{1B}[1~\u{1B}[1;5Cb\u{1B}[2~c\u{1B}[11~")
        var keys: [Key] = []
        while case .key(let k) = t.nextInput(timeoutMs: 100) { keys.append(k) }
        #expect(keys == [.end, .char("a"), .home, .right, .char("b"), .char("c"), .function(1)])
    }

    @Test func saysWholeLinesEchoesTypingAndNeverWritesEscapes() {
        let (t, out, _) = plainTerminal(keys: "")
        t.say("Kari har ordet.\u{1B}[31m")
        t.echo("Gren")
        t.echo("ser")
        t.erase(1)
        t.say("Neste: Ola.")
        t.bell()
        t.flash()
        #expect(out.text == "Kari har ordet.\nGrenser\u{8} \u{8}\nNeste: Ola.\n\u{7}\u{7}")
        #expect(!out.text.contains("\u{1B}"))
    }

    /// Bracketed paste is switched on only where the terminal acts on the switch; a dumb
    /// terminal (or none named) would print it, and a screen reader would read it out.
    @Test func bracketedPasteOnlyWhereTheTerminalTakesTheSwitch() {
        for term in ["xterm-256color", "linux", "screen", "tmux-256color", "eterm-color"] {
            #expect(PlainTerminal.takesBracketedPaste(term: term), "\(term)")
        }
        for term in [nil, "", "dumb", "dumb-emacs-ansi"] {
            #expect(!PlainTerminal.takesBracketedPaste(term: term), "\(term ?? "unset")")
        }
    }

    /// A speaking backend never prints a frame: it says what the screen says about its
    /// change, echoing a field's new text first (only what was added since the last time).
    @Test func framesAreNeverPrintedSpeechIs() {
        let (t, out, _) = plainTerminal(keys: "")
        var f = Frame(width: 20, height: 3)
        f.put("Tittel", x: 0, y: 0)
        f.put("Enter videre", x: 0, y: 2)
        t.draw(f)
        #expect(out.text.isEmpty)
        #expect(t.speaks)
        t.speak(Speech(["Navn: skriv og trykk Enter."], typed: ""))
        t.speak(Speech([], typed: "Gr"))
        t.speak(Speech(["Neste: Ola."], typed: nil))
        #expect(out.text == "Navn: skriv og trykk Enter.\nGr\nNeste: Ola.\n")
    }

    /// With the bell on, plain mode prints BEL when the full screen rings (a turn's time is up);
    /// with it off (the default), never.
    @Test(arguments: [BellMode.audible, .flash, .off]) func theBellRingsAtTheSameMoments(
        bell: BellMode
    ) {
        let (t, out, writeEnd) = plainTerminal(keys: "\r\r", keepOpen: true)
        let clock = SteppingClock(
            PlainDriver.t0, step: 5, until: PlainDriver.t0 + 400, closing: writeEnd)
        let runtime = MeetingRuntime(
            terminal: t, clock: clock, model: PlainDriver(lang: .nb).model,
            storage: MemoryStorage(),
            bell: bell, tickMs: 20)
        #expect(runtime.run() == .hangup)
        #expect(out.text.contains("Over tiden."))
        #expect(out.text.filter { $0 == "\u{7}" }.count == (bell == .off ? 0 : 1))
    }

    /// The whole loop on a PlainTerminal: the runtime reads the meeting out, nothing else is
    /// printed, and no escape sequence reaches the output.
    @Test(arguments: [Lang.nb, Lang.en]) func theRuntimeReadsAMeetingOut(lang: Lang) {
        let (t, out, _) = plainTerminal(keys: "\u{1B}[B \r\r\ri?\u{1B}")
        let clock = FakeClock(PlainDriver.t0)
        let d = PlainDriver(lang: lang)
        let runtime = MeetingRuntime(
            terminal: t, clock: clock, model: d.model, storage: MemoryStorage())
        #expect(runtime.run() == .hangup)
        let expected: [String] =
            lang == .nb
            ? [
                "Torsdagsgruppa, møte 7.", "Møteleder i dag: Quixtamar.", "Tema i dag: Skam.",
                "Oppmøte: 4 medlemmer.",
                "Quixtamar: til stede.", "Zorbulon: til stede.", "Kari: til stede.",
                "Ola: til stede.",
                "Pil opp og ned velger person, mellomrom endrer status, Enter bekrefter oppmøtet.",
                "Trykk i for hvor møtet står, og spørsmålstegn for hjelp.",
                "Zorbulon: til stede.", "Zorbulon: meldt fravær.",
                "Oppmøte bekreftet: 3 av 4 til stede.", "Kort: Våre rammer.",
                "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.",
                "Enter: videre til Runde.",
                "Runde: Hvordan har jeg det her og nå?", "Hva har jeg tenkt siden sist?",
                "Quixtamar har ordet, 3 minutter 15 sekunder.", "Neste: Kari.",
                "Kari har ordet, 3 minutter 15 sekunder.", "Neste: Ola.",
                "Fase: Runde, tur 2 av 3.",
                "Kari har ordet: 3 minutter igjen av 3 minutter 15 sekunder.",
                "Møtetid 0 sekunder, 11 minutter før skjema.", "Enter: neste: Ola.",
                "Hjelp for Runde. Taster her:", "Enter: Gi ordet til den neste i runden: Ola.",
                "u: Angre det siste steget (neste person, stå over, hopp over, fase, kom senere). Trykk igjen for å gå lenger tilbake.",
                "s: Den som har ordet står over denne gangen. Ingen merknad.",
                "Mellomrom: Stopp tiden for turen et øyeblikk; trykk igjen for å fortsette.",
                "p: Start pausen nå.",
                "Pluss og minus: Ett minutt mer (+) eller mindre (-) på turen eller pausen.",
                "a: Noen kom senere, eller en gjest kom: legg dem til.",
                "c: Gå rett til avslutningsrunden (spør først).",
                "t: Stopp opp og snakk om hvordan gruppa fungerer, så tilbake hit.",
                "n: Hopp over resten av denne fasen (spør først).",
                ">: Flytt neste fase ett steg senere.",
                "Spørsmålstegn: Vis eller lukk denne hjelpen.",
                "q: Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
                "i: Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka.",
                "Esc lukker hjelpen.",
                "Hjelpen er lukket.",
            ]
            : [
                "Torsdagsgruppa, meeting 7.", "Leading today: Quixtamar.", "Today's theme: Skam.",
                "Check-in: 4 members.",
                "Quixtamar: present.", "Zorbulon: present.", "Kari: present.", "Ola: present.",
                "Up and Down choose a person, Space changes the status, Enter confirms check-in.",
                "Press i for where the meeting stands, and question mark for help.",
                "Zorbulon: present.", "Zorbulon: absent with notice.",
                "Check-in confirmed: 3 of 4 present.", "Card: Our rules.",
                "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.",
                "Enter: on to Round.",
                "Round: How am I here and now?", "What have I thought about since last time?",
                "Quixtamar has the floor, 3 minutes 15 seconds.", "Next: Kari.",
                "Kari has the floor, 3 minutes 15 seconds.", "Next: Ola.",
                "Phase: Round, turn 2 of 3.",
                "Kari has the floor: 3 minutes left of 3 minutes 15 seconds.",
                "Meeting time 0 seconds, 11 minutes ahead of plan.", "Enter: next: Ola.",
                "Help for Round. Keys here:",
                "Enter: Give the floor to the next in the round: Ola.",
                "u: Undo the last step (next person, pass, skip, phase, late arrival). Press again to go further back.",
                "s: The person with the floor passes this time. No remark.",
                "Space: Hold the turn's timer for a moment; press again to resume.",
                "p: Start the pause now.",
                "Plus and minus: One minute more (+) or less (-) on the turn or the pause.",
                "a: Someone arrived late, or a guest came: add them.",
                "c: Go straight to the closing round (asks first).",
                "t: Stop and talk about how the group is working, then back here.",
                "n: Skip the rest of this phase (asks first).",
                ">: Move the next phase one step later.",
                "Question mark: Show or close this help.",
                "q: Quit Runde (asks first). The meeting can be resumed next time.",
                "i: Say where the meeting stands: the phase, who has the floor, the time left and the meeting clock.",
                "Esc closes help.",
                "Help closed.",
            ]
        #expect(out.lines == expected)
        #expect(!out.text.contains("\u{1B}"))
    }
}
