#if canImport(Glibc)
import Glibc
#endif
import RundeText
import RundeCore
import Testing
@testable import RundeTUI

/// Collects what a PlainTerminal writes.
final class PlainOutput: @unchecked Sendable {
    var text = ""
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
}

/// A PlainTerminal reading keys from a pipe that already holds `bytes` (then end of file,
/// unless `keepOpen`: then the caller closes `writeEnd`).
func plainTerminal(keys bytes: String, keepOpen: Bool = false) -> (PlainTerminal, PlainOutput, writeEnd: Int32) {
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
    init(_ t: Instant, step: Double, until: Instant, closing fd: Int32) { self.t = t; self.step = step; self.until = until; self.fd = fd }
    func now() -> Instant {
        t = t + step
        if t > until, !closed { close(fd); closed = true }
        return t
    }
}

@Suite struct PlainTerminalTests {
    @Test func decodesKeysFromTheInput() {
        let (t, _, _) = plainTerminal(keys: "\u{1B}[Ax \r\u{1B}[6~\t\u{7F}å\u{1B}OP")
        var keys: [Key] = []
        while case .key(let k) = t.nextInput(timeoutMs: 100) { keys.append(k) }
        #expect(keys == [.up, .char("x"), .char(" "), .enter, .pageDown, .tab, .backspace, .char("å"), .function(1)])
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

    @Test func framesAreSilentWhileAReaderSpeaks() {
        let (t, out, _) = plainTerminal(keys: "")
        var f = Frame(width: 20, height: 3)
        f.put("Tittel", x: 0, y: 0)
        f.put("Enter videre", x: 0, y: 2)
        t.mode = .silent
        t.draw(f)
        #expect(out.text.isEmpty)
        t.mode = .footerOnly
        t.draw(f)
        t.draw(f)
        #expect(out.lines == ["Enter videre"])
    }

    /// With the bell on, plain mode prints BEL when the full screen rings (a turn's time is up);
    /// with it off (the default), never.
    @Test(arguments: [BellMode.audible, .flash, .off]) func theBellRingsAtTheSameMoments(bell: BellMode) {
        let (t, out, writeEnd) = plainTerminal(keys: "\r\r", keepOpen: true)
        let clock = SteppingClock(PlainDriver.t0, step: 5, until: PlainDriver.t0 + 400, closing: writeEnd)
        let runtime = MeetingRuntime(terminal: t, clock: clock, model: PlainDriver(lang: .nb).model, storage: MemoryStorage(),
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
        let runtime = MeetingRuntime(terminal: t, clock: clock, model: d.model, storage: MemoryStorage())
        #expect(runtime.run() == .hangup)
        let expected: [String] = lang == .nb ? [
            "Torsdagsgruppa, møte 7.", "Møteleder i dag: Quixtamar.", "Tema i dag: Skam.", "Oppmøte: 4 medlemmer.",
            "Quixtamar: til stede.", "Zorbulon: til stede.", "Kari: til stede.", "Ola: til stede.",
            "Pil opp og ned velger person, mellomrom endrer status, Enter bekrefter oppmøtet.",
            "Trykk i for hvor møtet står, og spørsmålstegn for hjelp.",
            "Zorbulon: til stede.", "Zorbulon: meldt fravær.",
            "Oppmøte bekreftet: 3 av 4 til stede.", "Kort: Åpning – våre rammer.",
            "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.", "Enter: videre til Runde.",
            "Runde: Hvordan har jeg det her og nå?", "Hva har jeg tenkt siden sist?",
            "Quixtamar har ordet, 3 minutter 15 sekunder.", "Neste: Kari.",
            "Kari har ordet, 3 minutter 30 sekunder.", "Neste: Ola.",
            "Fase: Runde, tur 2 av 3.", "Kari har ordet: 3 minutter igjen av 3 minutter 30 sekunder.",
            "Møtetid 0 sekunder, 11 minutter foran planen.", "Enter: neste: Ola.",
            "Hjelp for Runde. Taster her:", "Enter: neste: Ola.", "s: stå over.", "p: pause.", "Pluss og minus: ±1 min.",
            "Mellomrom: hold.", "a: kom senere.", "c: avslutning.", "t: prat om gruppa.", "n: hopp over fase.",
            "i: hvor møtet står.", "Spørsmålstegn: denne hjelpen.", "q: avslutt, møtet kan gjenopptas.", "Esc lukker hjelpen.",
            "Hjelpen er lukket.",
        ] : [
            "Torsdagsgruppa, meeting 7.", "Leading today: Quixtamar.", "Today's theme: Skam.", "Check-in: 4 members.",
            "Quixtamar: present.", "Zorbulon: present.", "Kari: present.", "Ola: present.",
            "Up and Down choose a person, Space changes the status, Enter confirms check-in.",
            "Press i for where the meeting stands, and question mark for help.",
            "Zorbulon: present.", "Zorbulon: absent with notice.",
            "Check-in confirmed: 3 of 4 present.", "Card: Opening – our frame.",
            "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.", "Enter: on to Round.",
            "Round: How am I here and now?", "What have I thought about since last time?",
            "Quixtamar has the floor, 3 minutes 15 seconds.", "Next: Kari.",
            "Kari has the floor, 3 minutes 30 seconds.", "Next: Ola.",
            "Phase: Round, turn 2 of 3.", "Kari has the floor: 3 minutes left of 3 minutes 30 seconds.",
            "Meeting time 0 seconds, 11 minutes ahead of plan.", "Enter: next: Ola.",
            "Help for Round. Keys here:", "Enter: next: Ola.", "s: pass.", "p: pause.", "Plus and minus: ±1 min.",
            "Space: hold.", "a: arrived late.", "c: closing.", "t: talk about the group.", "n: skip phase.",
            "i: where the meeting stands.", "Question mark: this help.", "q: quit; the meeting can be resumed.", "Esc closes help.",
            "Help closed.",
        ]
        #expect(out.lines == expected)
        #expect(!out.text.contains("\u{1B}"))
    }
}
