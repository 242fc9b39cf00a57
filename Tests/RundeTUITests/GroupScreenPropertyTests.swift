import RundeCore
import RundeText
import Testing

@testable import RundeTUI

/// Random keys on the group screen: whatever is pressed, the group it keeps is one the
/// loader and `group edit` accept, every frame draws, and `u` pressed enough times brings back
/// the group as it was loaded.
@Suite struct GroupScreenPropertyTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .enter, .escape, .backspace, .home, .end, .char("+"), .char("-"),
        .char("a"), .char("l"), .char("u"), .char("?"), .char("0"), .char("7"), .char("5"),
        .char(":"), .char("Z"), .char("x"), .ctrl("s"), .char("k"), .tab,
    ]

    @Test(arguments: 0..<8)
    func randomKeysKeepTheGroupValidAndUndoBringsItBack(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) + 1)
        let loaded = GroupFile(name: "Torsdag", members: ["Quixtamar", "Zorbulon", "Vexilda"])
        var s = GroupScreen(
            group: loaded, lang: seed % 2 == 0 ? .nb : .en,
            today: LocalDate(year: 2027, month: 1, day: 15))
        for _ in 0..<500 {
            let key = Self.keys.randomElement(using: &rng)!
            // start, back or quit: the loop would end; keep pressing
            if s.handle(key) != nil { continue }
            #expect(GroupValidation.numberProblem(s.group) == nil)
            #expect(GroupValidation.membersIssue(s.group.members) == nil)
            #expect(s.rows.indices.contains(s.cursor))
            #expect(s.group.members.indices.contains(s.group.nextLeader))
            for (w, h) in [(80, 24), (60, 16), (30, 10), (20, 5)] {
                _ = s.render(width: w, height: h)
            }
        }
        s.mode = .browsing
        s.showingHelp = false
        s.askingToAdd = false
        for _ in 0...s.undoStack.count { _ = s.handle(.char("u")) }
        #expect(s.group == loaded)
    }
}
