import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Plain mode, screen by screen: the exact lines a screen reader gets, in nb and en.
@Suite struct PlainMeetingScreenTests {
    /// A driver past check-in (Zorbulon absent with notice) and the rules card, in the round.
    static func inRound(_ lang: Lang) -> PlainDriver {
        var d = PlainDriver(lang: lang)
        d.press([.down, .char(" ")])
        d.press(.enter, at: 60)
        d.press(.enter, at: 120)
        return d
    }

    @Test func startSaysGroupMeetingLeaderThemeWarningsAndTheList() {
        let warning = "groups/x/group.toml: line 3 is not valid"
        #expect(
            PlainDriver(lang: .nb).start(warnings: [warning]) == [
                "Torsdagsgruppa, møte 7.", "Møteleder i dag: Quixtamar.", "Tema i dag: Skam.",
                "Advarsel: groups/x/group.toml: line 3 is not valid",
                "Oppmøte: 4 medlemmer.", "Quixtamar: til stede.", "Zorbulon: til stede.",
                "Kari: til stede.", "Ola: til stede.",
                "Pil opp og ned velger person, mellomrom endrer status, Enter bekrefter oppmøtet.",
                "Trykk i for hvor møtet står, og spørsmålstegn for hjelp.",
            ])
        var en = PlainDriver(lang: .en)
        en.model.horizon = 12
        en.model.demo = true
        #expect(
            en.start() == [
                "Rehearsal: nothing is saved.", "Torsdagsgruppa, meeting 7 of 12.",
                "Leading today: Quixtamar.", "Today's theme: Skam.",
                "Check-in: 4 members.", "Quixtamar: present.", "Zorbulon: present.",
                "Kari: present.", "Ola: present.",
                "Up and Down choose a person, Space changes the status, Enter confirms check-in.",
                "Press i for where the meeting stands, and question mark for help.",
            ])
    }

    @Test func checkInNamesThePersonAndStatusAndCountsOnConfirming() {
        var nb = PlainDriver(lang: .nb)
        #expect(nb.press(.down) == ["Zorbulon: til stede."])
        #expect(nb.press(.char(" ")) == ["Zorbulon: meldt fravær."])
        #expect(nb.press(.char(" ")) == ["Zorbulon: fravær."])
        #expect(nb.press(.up) == ["Quixtamar: til stede."])
        #expect(nb.press(.enter, at: 60).prefix(1) == ["Oppmøte bekreftet: 3 av 4 til stede."])
        var en = PlainDriver(lang: .en)
        #expect(
            en.press([.down, .char(" ")]) == [
                "Zorbulon: present.", "Zorbulon: absent with notice.",
            ])
        #expect(en.press(.enter, at: 60).prefix(1) == ["Check-in confirmed: 3 of 4 present."])
    }

    @Test func nobodyPresentIsSaidWhenEnterCannotConfirm() {
        var d = PlainDriver(lang: .nb, roster: ["Quixtamar"])
        d.press(.char(" "))
        #expect(d.press(.enter) == ["Ingen er til stede. Sett minst én til stede med mellomrom."])
    }

    @Test func helpReadsTheKeysOfTheScreenAndClosing() {
        var nb = PlainDriver(lang: .nb)
        #expect(
            nb.press(.char("?")) == [
                "Hjelp for Oppmøte. Taster her:", "Enter: Bekreft oppmøte.",
                "Pil opp og ned: Flytt valget opp og ned i lista.",
                "Mellomrom: Endre oppmøte for den valgte: til stede, meldt fravær, fravær.",
                "n: Hopp over resten av denne fasen (spør først).",
                ">: Flytt neste fase ett steg senere.",
                "Spørsmålstegn: Vis eller lukk denne hjelpen.",
                "q: Avslutt Runde (spør først). Møtet kan fortsettes neste gang.",
                "i: Si hvor møtet står: fasen, hvem som har ordet, tiden igjen og møteklokka.",
                "Esc lukker hjelpen.",
            ])
        #expect(nb.press(.escape) == ["Hjelpen er lukket."])
        var en = Self.inRound(.en)
        #expect(
            en.press(.char("?")) == [
                "Help for Round. Keys here:",
                "Enter: Give the floor to the next in the round: Kari.",
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
            ])
    }

    @Test func theRulesCardIsReadInFull() {
        var nb = PlainDriver(lang: .nb)
        #expect(
            nb.press(.enter, at: 60) == [
                "Oppmøte bekreftet: 4 av 4 til stede.", "Kort: Våre rammer.",
                "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.",
                "Enter: videre til Runde.",
            ])
        var en = PlainDriver(lang: .en)
        #expect(
            en.press(.enter, at: 60) == [
                "Check-in confirmed: 4 of 4 present.", "Card: Our rules.",
                "Taushetsplikt: det som blir sagt her, blir her.", "Si ikke mer enn du vil.",
                "Enter: on to Round.",
            ])
    }

    @Test func theFrameCardCountsAcknowledgements() {
        let agenda = [
            AgendaItem(.opening, "frame", acknowledge: true),
            AgendaItem(.openingRound, "here_and_now"),
        ]
        var nb = PlainDriver(lang: .nb, agenda: agenda)
        #expect(
            nb.press(.enter, at: 60) == [
                "Oppmøte bekreftet: 4 av 4 til stede.", "Kort: Taushetsplikt og faste rammer.",
                "Taushetsplikt: det som blir sagt her, blir her.",
                "Meldeplikt: gi beskjed hvis du ikke kan komme.",
                "Tid: vi møtes til avtalt tid, og slutter til avtalt tid.",
                "Pauser og servering: vi tar en pause midt i møtet.",
                "Hver av oss bekrefter taushetserklæringen.", "0 av 4 har bekreftet.",
                "Pil opp og ned velger person, mellomrom bekrefter taushetserklæringen.",
                "Enter: videre til Runde.",
            ])
        #expect(nb.press(.char(" ")) == ["Quixtamar: har bekreftet.", "1 av 4 har bekreftet."])
        #expect(nb.press(.down) == ["Zorbulon: har ikke bekreftet."])
        #expect(nb.press(.char(" ")) == ["Zorbulon: har bekreftet.", "2 av 4 har bekreftet."])
        #expect(nb.press(.char(" ")) == ["Zorbulon: har ikke bekreftet.", "1 av 4 har bekreftet."])
        var en = PlainDriver(lang: .en, agenda: agenda)
        en.press(.enter, at: 60)
        #expect(
            en.press(.char(" ")) == ["Quixtamar: has acknowledged.", "1 of 4 have acknowledged."])
    }

    @Test func turnsPassesAndTheEndOfTheRound() {
        var nb = PlainDriver(lang: .nb)
        nb.press([.down, .char(" ")])
        nb.press(.enter, at: 60)
        #expect(
            nb.press(.enter, at: 120) == [
                "Runde: Hvordan har jeg det her og nå?", "Hva har jeg tenkt siden sist?",
                "Quixtamar har ordet, 3 minutter 15 sekunder.", "Neste: Kari.",
            ])
        #expect(
            nb.press(.char("s"), at: 200) == [
                "Quixtamar står over.", "Kari har ordet, 3 minutter 15 sekunder.", "Neste: Ola.",
            ])
        #expect(
            nb.press(.enter, at: 400) == [
                "Ola har ordet, 3 minutter 15 sekunder.", "Ola er sist i runden.",
            ])
        #expect(
            nb.press(.enter, at: 500) == [
                "Runden er ferdig.", "Samtale – etter tur.",
                "Quixtamar har ordet, 29 minutter 30 sekunder.", "Neste: Kari.",
            ])
        var en = Self.inRound(.en)
        #expect(
            en.press(.char("s"), at: 200) == [
                "Quixtamar passes.", "Kari has the floor, 3 minutes 15 seconds.", "Next: Ola.",
            ])
    }

    @Test func nearlyTimeAndOverTimeComeOnceEach() {
        for (lang, nearly, over) in [
            (Lang.nb, "Snart slutt.", "Over tiden."), (.en, "Nearly time.", "Over time."),
        ] {
            var d = Self.inRound(lang)
            let target = Double(d.model.meeting.turn!.targetSeconds)
            #expect(d.tick(120 + target - 60).isEmpty)
            #expect(d.tick(120 + target - 45) == [nearly])
            #expect(d.tick(120 + target - 30).isEmpty)
            #expect(d.tick(120 + target + 1) == [over])
            #expect(d.tick(120 + target + 2).isEmpty)
            d.press(.char("+"))
            #expect(d.tick(120 + target + 50).isEmpty, "said again after a minute more")
            #expect(d.tick(120 + target + 70).isEmpty)
        }
    }

    @Test func holdAndMinutesOnTheTurn() {
        var nb = Self.inRound(.nb)
        #expect(nb.press(.char(" ")) == ["Tiden står."])
        #expect(nb.press(.char(" ")) == ["Tiden går igjen."])
        #expect(nb.press(.char("+")) == ["Turen er nå 4 minutter 15 sekunder."])
        var en = Self.inRound(.en)
        #expect(en.press(.char("-")) == ["The turn is now 2 minutes 15 seconds."])
        #expect(en.press(.char("x")) == ["x does nothing here. Question mark gives help."])
    }

    @Test func theOpenFloorNamesWhoMayBeGivenTheFloor() {
        var nb = Self.inRound(.nb)
        nb.press([.enter, .enter, .enter], at: 500)
        #expect(
            nb.press(.char("o"), at: 600) == [
                "Ordet er fritt: pil opp og ned velger hvem som får ordet, Enter gir ordet.",
                "Quixtamar, har hatt ordet. Enter gir ordet.",
            ])
        #expect(nb.press(.down) == ["Kari. Enter gir ordet."])
        #expect(nb.press(.enter) == ["Kari har ordet, 43 minutter 30 sekunder."])
        #expect(nb.press(.up) == ["Quixtamar, har hatt ordet. Enter gir ordet."])
        #expect(nb.press(.down) == ["Kari har ordet. Enter avslutter turen."])
        #expect(nb.press(.enter) == ["Ordet er fritt.", "Kari, har hatt ordet. Enter gir ordet."])
        var en = Self.inRound(.en)
        en.press([.enter, .enter, .enter], at: 500)
        en.press(.char("o"), at: 600)
        #expect(en.press(.down) == ["Kari. Enter gives the floor."])
    }

    @Test func thePauseStartsWithItsLengthTellsTimeOnRequestAndEnds() {
        var nb = Self.inRound(.nb)
        #expect(nb.press(.char("p"), at: 300) == ["Pause: 15 minutter. Enter avslutter pausen."])
        #expect(
            nb.press(.char("i"), at: 400) == [
                "Fase: Pause.", "13 minutter igjen av pausen.",
                "Møtetid 7 minutter, 6 minutter før skjema.", "Enter: avslutt pausen.",
            ])
        #expect(nb.tick(300 + 15 * 60 + 1) == ["Pausen er over. Enter når alle er tilbake."])
        #expect(
            nb.press(.enter, at: 1300) == [
                "Runde fortsetter.", "Kari har ordet, 3 minutter 15 sekunder.", "Neste: Ola.",
            ])
        var en = Self.inRound(.en)
        #expect(en.press(.char("p"), at: 300) == ["Pause: 15 minutes. Enter ends the pause."])
        #expect(en.tick(300 + 15 * 60 + 1) == ["The pause is over. Enter when everyone is back."])
    }

    @Test func aLateArrivalAndAGuest() {
        var nb = Self.inRound(.nb)
        #expect(
            nb.press(.char("a")) == [
                "Kom for sent eller gjest: pil opp og ned velger, Enter legger til, Esc avbryter.",
                "Zorbulon, meldt fravær.",
            ])
        #expect(nb.press(.enter) == ["Zorbulon er kommet."])
        nb.press(.char("a"))
        // First one calm line: the group decides together; j goes on, Esc goes back.
        #expect(
            nb.press(.enter) == [
                "En gjest er bare med når gruppa i fellesskap har bestemt det.",
                "j fortsetter, Esc går tilbake.",
            ])
        #expect(nb.press(.escape).first?.hasPrefix("Kom for sent eller gjest") == true)
        nb.press(.enter)
        #expect(
            nb.press(.char("j")) == ["Gjest: skriv navnet og trykk Enter. Navnet lagres aldri."])
        #expect(nb.type("Vera").isEmpty)
        // A guest who arrives after the frame card is shown the group's own rules card (a
        // dialog, read in full), named as typed.
        #expect(
            nb.press(.enter) == [
                "Vera er kommet.", "Våre rammer – for Vera",
                "Taushetsplikt: det som blir sagt her, blir her.",
                "Si ikke mer enn du vil.", "Enter når Vera har lest og bekrefter rammene, Esc lukk",
            ])
        #expect(nb.press(.enter) == ["Tilbake til møtet."])
        nb.press(.char("a"))
        #expect(nb.press(.escape) == ["Avbrutt."])
        var en = Self.inRound(.en)
        #expect(
            en.press(.char("a")) == [
                "Arrived late or a guest: Up and Down choose, Enter adds, Esc cancels.",
                "Zorbulon, absent with notice.",
            ])
        #expect(en.press(.down) == ["A new guest."])
    }

    @Test func quitSaysWhatItConfirms() {
        var nb = Self.inRound(.nb)
        #expect(
            nb.press(.char("q")) == [
                "Avslutte Runde? Møtet er ikke ferdig, og kan gjenopptas neste gang.",
                "j avslutter, Esc fortsetter møtet.",
            ])
        #expect(nb.press(.escape) == ["Møtet fortsetter."])
        var en = Self.inRound(.en)
        #expect(
            en.press(.char("q")) == [
                "Quit Runde? The meeting is not finished, and can be resumed next time.",
                "y quits, Esc goes back to the meeting.",
            ])
    }

    /// Drives a meeting to the next-meeting phase (leader step).
    static func atNextMeeting(_ lang: Lang) -> (PlainDriver, [String]) {
        var d = inRound(lang)
        d.press(.char("c"), at: 5000)
        d.press(.char("j"), at: 5000)  // c asks first (issue 14)
        var said: [String] = []
        for k in 0..<3 { said = d.press(.enter, at: 5100 + Double(k) * 60) }
        return (d, said)
    }

    @Test func theNextMeetingLeaderThemeAndDate() {
        var (nb, said) = Self.atNextMeeting(.nb)
        #expect(
            said == [
                "Runden er ferdig.", "Neste møte: møteleder, tema og dato.",
                "Neste møteleder: Kari.",
                "Pil opp og ned velger en annen, s hopper over, Enter godtar.",
            ])
        #expect(nb.press(.down) == ["Neste møteleder: Ola."])
        #expect(nb.press(.char("s")) == ["Neste møteleder: Kari."])
        #expect(
            nb.press(.enter) == [
                "Tema til neste gang: skriv det og trykk Enter, tomt er lov. Ikke skriv navn."
            ])
        #expect(nb.type("Grenser Kari").isEmpty)
        #expect(nb.press(.char(" ")) == ["Lagres som: Grenser …"])
        #expect(nb.type("og skam").isEmpty, "no preview while nothing new is taken out")
        #expect(
            nb.press(.enter) == [
                "Tema til neste gang: Grenser … og skam.", "Neste møte: fredag 29. januar 2027.",
                "Pil opp og ned én dag, Page Up og Page Down én uke, Enter godtar.",
            ])
        // ↓ goes on in time, ↑ back.
        #expect(nb.press(.up) == ["Neste møte: torsdag 28. januar 2027."])
        #expect(nb.press(.pageDown) == ["Neste møte: torsdag 4. februar 2027."])
        var (en, _) = Self.atNextMeeting(.en)
        #expect(en.press(.down) == ["Next to lead: Ola."])
        en.press(.enter)
        #expect(
            en.press(.enter) == [
                "Theme for next time: none.", "Next meeting: Friday 29 January 2027.",
                "Up and Down one day, Page Up and Page Down one week, Enter accepts.",
            ])
    }

    @Test func theThemeFieldOffersEarlierProposals() {
        var (en, _) = Self.atNextMeeting(.en)
        en.model.themeBacklog = ["Shame"]
        #expect(
            en.press(.enter) == [
                "Theme for next time: type it and press Enter; empty is allowed. Do not write names.",
                "There are earlier proposals: Up and Down bring them, Tab keeps a new one.",
            ])
        #expect(en.press(.down) == ["Earlier proposal: Shame."])
        // Esc asks first (what is in the field is not lost by a slip), then clears it.
        #expect(en.press(.escape) == [Catalog(.en)[.escTyped]])
        #expect(en.press(.escape) == ["The theme field is cleared."])
        en.type("Anger")
        #expect(en.press(.tab) == ["Proposal kept for later: Anger."])
    }

    @Test func theSummarySaysDurationLeaderThemeDateAndTheLogWithoutAPath() {
        for lang in Lang.allCases {
            var (d, _) = Self.atNextMeeting(lang)
            d.press(.enter)
            d.type("Grenser")
            d.press(.enter)
            let said = d.press(.enter, at: 6600)
            let expected =
                lang == .nb
                ? [
                    "Møtet er ferdig.", "Varighet: 1 time 50 minutter, planlagt 2 timer.",
                    "Pausen ble ikke tatt.", "Neste møteleder: Kari.",
                    "Tema til neste gang: Grenser.", "Neste møte: fredag 29. januar 2027.",
                    "Neste møteleder er en annen: gruppa kan gis videre med runde handover export.",
                    "Noe å ta tilbake? u går tilbake inn i møtet så lenge Runde er åpen.",
                    "Enter avslutter Runde.",
                ]
                : [
                    "The meeting is over.", "Duration: 1 hour 50 minutes, planned 2 hours.",
                    "The pause was not taken.", "Next to lead: Kari.",
                    "Theme for next time: Grenser.", "Next meeting: Friday 29 January 2027.",
                    "Someone else leads next: hand the group over with runde handover export.",
                    "Something to take back? u goes back into the meeting while Runde is open.",
                    "Enter leaves Runde.",
                ]
            #expect(said == expected)
            var after = d.model
            after.logPath =
                "/home/x/.local/share/runde/groups/torsdagsgruppa/logs/2027-01-15-007.json"
            let logLine = d.narrator.changed(from: d.model, to: after, key: nil)
            #expect(
                logLine == [
                    lang == .nb
                        ? "Anonym logg lagret i gruppas mappe."
                        : "Anonymous log saved in the group's folder."
                ])
            #expect(!logLine.joined().contains("/"))
        }
    }

    @Test func timeOnRequestSaysPhaseSpeakerTimeLeftAndTheClock() {
        var nb = Self.inRound(.nb)
        #expect(
            nb.press(.char("i"), at: 130) == [
                "Fase: Runde, tur 1 av 3.",
                "Quixtamar har ordet: 3 minutter igjen av 3 minutter 15 sekunder.",
                "Møtetid 2 minutter, 6 minutter før skjema.", "Enter: neste: Kari.",
            ])
        let over = nb.press(.char("i"), at: 400)
        // The tick before the key crossed the end of the turn: that is said first.
        #expect(
            Array(over.prefix(3)) == [
                "Over tiden.", "Fase: Runde, tur 1 av 3.",
                "Quixtamar har ordet: 1 minutt 25 sekunder over tiden.",
            ])
        #expect(over.last == "Enter: neste: Kari.")
        var en = Self.inRound(.en)
        #expect(
            en.press(.char("i"), at: 130) == [
                "Phase: Round, turn 1 of 3.",
                "Quixtamar has the floor: 3 minutes left of 3 minutes 15 seconds.",
                "Meeting time 2 minutes, 6 minutes ahead of plan.", "Enter: next: Kari.",
            ])
    }

    @Test func thePauseSuggestionIsSaidOnce() {
        var nb = Self.inRound(.nb)
        #expect(nb.tick(3601).contains("Tid for pause. Trykk p når det passer."))
        #expect(!nb.tick(3700).contains("Tid for pause. Trykk p når det passer."))
    }
}
