import Testing

@testable import RundeCore

/// DESIGN §2 (revised), finding by finding: invisible characters, look-alikes and keyboard
/// spellings, ordinary words, names that cannot be told apart from text, everyday words.
@Suite("The name rule")
struct NameRuleTests {
    // MARK: 1. Invisible characters

    @Test(arguments: [
        "\u{00AD}", "\u{2060}", "\u{180E}", "\u{2062}", "\u{2063}", "\u{200B}", "\u{200C}",
        "\u{200D}", "\u{FEFF}", "\u{FE0F}", "\u{E0041}", "\u{034F}", "\u{115F}", "\u{3164}",
        "\u{2064}", "\u{17B4}", "\u{1D173}", "\u{E01EF}",
    ])
    func anInvisibleCharacterDoesNotHideAName(_ invisible: String) {
        let text = "Zor" + invisible + "bulon sin sak"
        #expect(TextSafety.scrub(text, names: ["Zorbulon"]) == "… sin sak")
    }

    @Test func invisibleCharactersAreRemovedFromWhatIsSaved() {
        let saved = TextSafety.scrub("Gren\u{00AD}ser og\u{2060} sorg\u{200B}", names: ["Zorbulon"])
        #expect(saved == "Grenser og sorg")
        #expect(!saved.unicodeScalars.contains { $0.properties.isDefaultIgnorableCodePoint })
    }

    @Test func aNameInTheRosterWithAnInvisibleCharacterStillMatches() {
        #expect(TextSafety.scrub("Zorbulons sak", names: ["Zor\u{2063}bulon"]) == "… sak")
    }

    // MARK: 2. Look-alikes and keyboard spellings

    @Test(arguments: [
        ("Ｚｏｒｂｕｌｏｎ", "fullwidth"),
        ("Zоrbulоn", "Cyrillic о"),
        ("ZОRBULОN", "Cyrillic О, upper case"),
        ("𝐙𝐨𝐫𝐛𝐮𝐥𝐨𝐧", "mathematical bold"),
        ("𝘡𝘰𝘳𝘣𝘶𝘭𝘰𝘯", "mathematical sans-serif italic"),
        ("Ζοrbulοn", "Greek Ζ and ο"),
        ("ᴢᴏʀʙᴜʟᴏɴ", "small capitals"),
        ("Ⓩⓞⓡⓑⓤⓛⓞⓝ", "circled"),
        ("🇿🇴🇷🇧🇺🇱🇴🇳", "regional indicators"),
        ("Zörbülon", "diacritics"),
    ])
    func aLookAlikeSpellingIsTheName(_ spelled: String, _ how: String) {
        #expect(
            TextSafety.scrub(spelled + " sin sak", names: ["Zorbulon"]) == "… sin sak", "\(how)")
    }

    @Test(arguments: [
        ("Soeren", "Søren"), ("Soren", "Søren"), ("SÖREN", "Søren"), ("Søren", "Soeren"),
        ("Aasmund", "Åsmund"), ("Asmund", "Åsmund"), ("Åsmund", "Aasmund"),
        ("Kaethe", "Kæthe"), ("Kæthe", "Kaethe"), ("Soerens", "Søren"),
    ])
    func nordicSpellingsAreOne(_ typed: String, _ roster: String) {
        #expect(TextSafety.scrub("Takk til " + typed, names: [roster]) == "Takk til …")
    }

    @Test func anEmojiNameIsMatched() {
        #expect(TextSafety.scrub("🦊 og sorg", names: ["🦊"]) == "… og sorg")
        #expect(TextSafety.scrub("🦊🏽 og sorg", names: ["🦊"]) == "… og sorg")
        #expect(TextSafety.scrub("Sorg 🌸", names: ["Quixtamar 🌸"]) == "Sorg …")
        // An emoji that is nobody's name stays.
        #expect(TextSafety.scrub("Sorg 🌸", names: ["🦊"]) == "Sorg 🌸")
    }

    @Test func aNewMemberWithNoLettersOrDigitsIsRefused() {
        for label in ["🦊", "...", "—", "\u{00AD}", "❤️"] {
            #expect(
                GroupValidation.membersIssue(["Quixtamar", label])
                    == .memberNoLetters(2, label: label), "\(label)")
        }
        #expect(GroupValidation.membersIssue(["Quixtamar", "Z."]) == nil)
        #expect(GroupValidation.membersIssue(["Quixtamar", "7"]) == nil)
    }

    @Test func aGroupThatAlreadyHasSuchANameStillOpens() {
        #expect(GroupValidation.membersIssue(["Quixtamar", "🦊"], newFrom: 2) == nil)
        #expect(
            GroupValidation.membersIssue(["Quixtamar", "🦊", "…"], newFrom: 2)
                == .memberNoLetters(3, label: "…"))
        let toml = "name = \"G\"\nmembers = [\"Quixtamar\", \"🦊\"]\n"
        #expect(throws: Never.self) { try GroupFileTOML.decode(toml, file: "group.toml") }
    }

    // MARK: 3. Ordinary words survive

    @Test func theIssuesSentenceSurvives() {
        let text = "Livet etter skilsmisse, persienner og perspektiv"
        #expect(TextSafety.scrub(text, names: ["Liv", "Per"]) == text)
    }

    @Test(arguments: [
        ("våren", ["Vår"], "våren"),
        ("solnedgang", ["Sol"], "solnedgang"),
        ("Vårs mor", ["Vår"], "… mor"),
        ("Per-saken", ["Per"], "…"),
        ("Pers sak", ["Per"], "… sak"),
        ("Per's og Liv’s", ["Per", "Liv"], "… og …"),
        ("superquixtamar", ["Quixtamar"], "…"),
        ("Quixtamarsaken", ["Quixtamar"], "…"),
        ("hverdagen", ["Dag"], "hverdagen"),
        ("dagbok", ["Dag"], "dagbok"),
        ("Takk, Dag!", ["Dag"], "Takk, …!"),
        ("Sol: ja", ["Sol"], "…: ja"),
    ])
    func aWordIsANameOnlyByTheRule(_ text: String, _ roster: [String], _ saved: String) {
        #expect(TextSafety.scrub(text, names: roster) == saved)
    }

    @Test func everydayWordsAreKnown() {
        for name in ["Liv", "Per", "Dag", "Mor", "Sol", "Vår", "Rune", "bjørn", "Joe", "Per Olav"] {
            #expect(EverydayNames.isEverydayWord(name), "\(name)")
        }
        for name in ["Quixtamar", "Zorbulon", "Kari", "Søren"] {
            #expect(!EverydayNames.isEverydayWord(name), "\(name)")
        }
        #expect(EverydayNames.among(["Quixtamar", "Liv", "Zorbulon", "Sol"]) == ["Liv", "Sol"])
    }
}
