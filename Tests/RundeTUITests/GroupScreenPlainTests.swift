import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The group screen in screen-reader (plain) mode: the chosen line, its meaning and each
/// message are said, never whole screens; typed characters are echoed.
@Suite struct GroupScreenPlainTests {
    static func screen() -> GroupScreen {
        GroupScreen(
            group: GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon"]), lang: .nb,
            today: LocalDate(year: 2027, month: 1, day: 15))
    }

    /// Applies `key` and returns what plain mode says.
    static func press(_ s: inout GroupScreen, _ key: Key) -> (lines: [String], echo: String?) {
        let before = s
        _ = s.handle(key)
        return s.plainNarration(from: before, key: key)
    }

    @Test func theOpeningAndEachChosenLineAreSaid() {
        var s = Self.screen()
        #expect(
            s.plainOpening() == [
                "Gruppa «Torsdag»",
                "Gruppeskjermen. Pil opp og ned leser linjene én og én. Spørsmålstegn sier tastene.",
                "Start møtet nå",
                "Enter starter møtet nå. Du kan også starte det senere: q avslutter.",
                // The arrows and `?` in words: a screen reader would spell the symbols.
                "Enter start møtet nå · pil opp og ned velg · spørsmålstegn hjelp · Esc tilbake",
            ])
        let member = Self.press(&s, .down)
        #expect(member.lines.first == "1. Quixtamar, leder neste møte")
        for _ in 0..<4 { _ = Self.press(&s, .down) }
        let pause = Self.press(&s, .right)
        #expect(
            pause.lines == [
                "Pause: 20 min", "Pausen varer 20 minutter.", "Fra 0 til 120 minutter.",
                "Lagret. u angrer.",
            ])
    }

    @Test func typingIsEchoedAndARefusalSaid() {
        var s = Self.screen()
        s.cursor = s.rows.firstIndex(of: .setting(.rhythmDays))!
        let open = Self.press(&s, .enter)
        #expect(
            open.lines == [
                "Dager mellom møtene etterpå: 14 dager", "Skriv et tall. Fra 1 til 365 dager.",
                "Enter bruk · Esc avbryt (ingenting endres)",
            ])
        #expect(Self.press(&s, .char("0")).echo == "0")
        let refused = Self.press(&s, .enter)
        #expect(refused.lines == ["⚠ Ikke endret. Fra 1 til 365 dager."])
    }

    @Test func theRulesAreReadLineByLineWhenTheEditorOpens() {
        var s = Self.screen()
        s.group.rules = "Taushetsplikt.\nVi lytter."
        s.cursor = s.rows.firstIndex(of: .rules)!
        let open = Self.press(&s, .enter)
        #expect(
            open.lines == [
                "Rammene nå, linje for linje:", "Taushetsplikt.", "Vi lytter.",
                "Skriv. Enter gir ny linje. Esc når du er ferdig: da spør Runde om du vil lagre.",
                "Esc ferdig (spør om lagring) · Enter ny linje",
            ])
        #expect(Self.press(&s, .char("!")).echo == "!")
        #expect(Self.press(&s, .enter).lines == ["Vi lytter.!"])
    }
}
