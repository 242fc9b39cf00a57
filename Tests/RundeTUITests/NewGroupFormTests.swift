import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// The new-group form on the welcome screen: each field is checked when Enter is pressed on
/// it, as `group create` checks it, and its problem is shown on its own step, where typing
/// goes on (a walkthrough once saw the members' problem on the name step and the members typed
/// into the name).
@Suite struct NewGroupFormTests {
    static func type(_ text: String, into form: inout NewGroupForm) {
        for c in text { #expect(form.handle(.char(c)) == nil) }
    }

    @Test(arguments: Lang.allCases)
    func anEmptyNameIsRefusedOnTheNameStep(_ lang: Lang) {
        let s = Catalog(lang)
        var form = NewGroupForm(s)
        #expect(form.handle(.enter) == nil)
        #expect(form.step == .name)
        #expect(form.name.error == s.words(.nameEmpty))
        #expect(form.render(width: 60, height: 16).text.contains("⚠ " + s.words(.nameEmpty)))
        Self.type("   ", into: &form)
        #expect(form.handle(.enter) == nil)
        #expect(form.step == .name, "spaces only are an empty name too")
    }

    @Test(arguments: Lang.allCases)
    func emptyMembersAreRefusedOnTheMembersStepAndTypingGoesThere(_ lang: Lang) {
        let s = Catalog(lang)
        var form = NewGroupForm(s)
        Self.type("Fredagsgruppa", into: &form)
        #expect(form.handle(.enter) == nil)
        #expect(form.step == .members && form.name.error == nil)
        #expect(form.handle(.enter) == nil)
        let problem = s.words(.tooFewMembers(min: 2, count: 0))
        #expect(form.step == .members, "the problem stays on the members step")
        #expect(form.members.error == problem)
        #expect(form.name.error == nil)
        for (w, h) in [(80, 24), (60, 16)] {
            let text = form.render(width: w, height: h).text
            #expect(text.contains("⚠ " + problem), "\(text)")
            #expect(text.contains(s[.createMembersLabel]), "\(text)")
            #expect(!text.contains("Fredagsgruppa"), "the name step is not shown: \(text)")
        }
        Self.type("Kari, Ola, Siri, Per, Nils, Vera", into: &form)
        #expect(form.name.input == "Fredagsgruppa", "nothing typed into the name")
        #expect(form.members.input == "Kari, Ola, Siri, Per, Nils, Vera")
        // "Per" is also an everyday word: said once, under the question; Enter again creates.
        #expect(form.handle(.enter) == nil)
        let note = s.f(.everydayWord, "Per")
        #expect(form.members.lines.last == note)
        #expect(form.render(width: 60, height: 16).text.contains(String(note.prefix(20))))
        #expect(
            form.handle(.enter)
                == .create(
                    name: "Fredagsgruppa", members: ["Kari", "Ola", "Siri", "Per", "Nils", "Vera"]))
    }

    @Test func membersAreCheckedAsGroupCreateChecksThem() {
        let s = Catalog(.nb)
        for (typed, problem) in [
            ("Kari", GroupProblem.tooFewMembers(min: 2, count: 1)),
            ("Kari, kari", .memberSame(2, as: 1)),
            ("Kari, , Ola", .memberEmpty(2)),
        ] {
            var form = NewGroupForm(s)
            Self.type("Fredag", into: &form)
            _ = form.handle(.enter)
            Self.type(typed, into: &form)
            #expect(form.handle(.enter) == nil)
            #expect(GroupValidation.membersIssue(GroupValidation.splitMembers(typed)) == problem)
            #expect(form.step == .members && form.members.error == s.words(problem), "\(typed)")
        }
    }

    @Test func escOnTheMembersGoesBackToTheNameAsTypedAndEscThereLeaves() {
        var form = NewGroupForm(Catalog(.nb))
        Self.type("Fredag", into: &form)
        _ = form.handle(.enter)
        _ = form.handle(.enter)
        #expect(form.members.error != nil)
        #expect(form.handle(.escape) == nil)
        #expect(form.step == .name && form.name.input == "Fredag" && form.members.error == nil)
        // The name has text in it: Esc asks first (a slip loses nothing), the second Esc leaves.
        #expect(form.handle(.escape) == nil)
        #expect(form.name.hint == Catalog(.nb)[.escTyped])
        #expect(form.handle(.escape) == .back)
    }

    @Test func aTakenNameIsShownOnTheNameStep() {
        var form = NewGroupForm(Catalog(.en))
        Self.type("Fredag", into: &form)
        _ = form.handle(.enter)
        Self.type("Kari, Ola", into: &form)
        // Two members: a calm hint that 5–8 usually works best; Enter again creates the group.
        #expect(form.handle(.enter) == nil)
        #expect(form.members.lines.contains(Catalog(.en).f(.sizeHint, 2)))
        #expect(form.members.error == nil)
        #expect(form.handle(.enter) == .create(name: "Fredag", members: ["Kari", "Ola"]))
        form.refuse("taken", onName: true)
        #expect(form.step == .name && form.name.error == "taken")
    }
}
