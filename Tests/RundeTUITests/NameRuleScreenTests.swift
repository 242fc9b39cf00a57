import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The name rule where members are added on screen: a name with no letters or digits is
/// refused, naming it; a name that is also an everyday word is said once, in place of "saved".
@Suite struct NameRuleScreenTests {
    static func adding(_ label: String, _ lang: Lang) -> GroupScreen {
        var s = GroupScreen(
            group: GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "🦊"]),
            lang: lang, today: LocalDate(year: 2027, month: 1, day: 15))
        s.cursor = s.rows.firstIndex(of: .addMember)!
        _ = s.handle(.enter)
        // The group decides together: go on with `j`.
        _ = s.handle(.char("j"))
        for c in label { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        return s
    }

    @Test func aMemberWithNoLettersIsRefusedNamingIt() {
        let s = Self.adding("...", .nb)
        #expect(
            s.error
                == "Ikke lagt til: medlem 4 («...») har verken bokstaver eller tall: skriv et navn, et kallenavn eller en forbokstav."
        )
        #expect(s.group.members.count == 3, "the group's own older 🦊 does not block adding")
        let ok = Self.adding("Klimbor", .en)
        #expect(ok.error == nil && ok.group.members.last == "Klimbor")
    }

    @Test func anEverydayWordIsSaidOnceWhenAdded() {
        let s = Self.adding("Sol", .nb)
        #expect(s.group.members.last == "Sol")
        #expect(
            s.notice
                == "«Sol» er også et vanlig ord. Runde tar det ordet ut av temaene, som alle navn.")
        let en = Self.adding("Klimbor", .en)
        #expect(en.notice == Catalog(.en)[.screenSaved])
    }
}
