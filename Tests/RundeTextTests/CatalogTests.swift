import RundeText
import Testing

@Suite struct CatalogTests {
    /// Every key has a text in both languages, and both use the same placeholders.
    @Test func everyKeyHasBothLanguagesWithTheSamePlaceholders() {
        for key in CatalogAreas.allKeys {
            let t = key.texts
            #expect(!t.nb.isEmpty, "nb lacks \(key)")
            #expect(!t.en.isEmpty, "en lacks \(key)")
            #expect(placeholders(t.nb) == placeholders(t.en), "placeholders differ in \(key)")
        }
    }

    @Test func languageChoosesTheText() {
        #expect(Catalog(.nb)[.quitTitle] == "Avslutte Runde?")
        #expect(Catalog(.en)[.quitTitle] == "Quit Runde?")
        #expect(Catalog(.nb).f(.meetingNumber, 7) == "Møte 7")
    }

    private func placeholders(_ s: String) -> Set<String> {
        var out = Set<String>()
        let chars = Array(s)
        for i in chars.indices.dropLast() where chars[i] == "%" && chars[i + 1].isNumber {
            out.insert("%\(chars[i + 1])")
        }
        return out
    }
}
