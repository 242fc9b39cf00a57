import RundeText
import Testing

@testable import RundeTUI

/// `%1` … `%9` are replaced in one pass; anything else is copied as it is.
@Suite struct StringsSubstituteTests {
    @Test(
        arguments: [
            ("Meeting time %1", ["0:42"], "Meeting time 0:42"),
            ("%1 of %2", ["3", "6"], "3 of 6"),
            ("%2 før %1", ["a", "b"], "b før a"),
            ("100% sikker", [], "100% sikker"),
            ("%", [], "%"),
            ("%1%", ["x"], "x%"),
            ("%3 stays", ["a"], "%3 stays"),
            ("ø %1 å", ["æ"], "ø æ å"),
            ("%%1", ["x"], "%x"),
            ("", ["x"], ""),
        ] as [(String, [String], String)])
    func substitutes(_ template: String, _ args: [String], _ expected: String) {
        #expect(Catalog.substitute(template, args) == expected)
    }

    @Test func formatsWithNumbersAndText() {
        let en = Catalog(.en)
        #expect(en.f(.turnOf, 2, 6) == "Turn 2 of 6")
    }
}
