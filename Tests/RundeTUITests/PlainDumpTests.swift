import RundeText
import RundeCore
import Testing
@testable import RundeTUI

@Suite struct PlainDumpTests {
    @Test(arguments: [Lang.nb, Lang.en]) func dump(lang: Lang) {
        var d = PlainDriver(lang: lang)
        var log: [String] = []
        func note(_ label: String, _ l: [String]) { log.append("## \(label)"); log += l }
        note("start", d.start(warnings: ["group.toml line 3"]))
        note("down", d.press(.down))
        note("space", d.press(.char(" ")))
        note("space2", d.press(.char(" ")))
        note("help", d.press(.char("?")))
        note("esc", d.press(.escape))
        note("enter", d.press(.enter, at: 60))
        note("enter2", d.press(.enter, at: 120))
        note("i", d.press(.char("i"), at: 130))
        note("s", d.press(.char("s"), at: 200))
        note("tick", d.tick(200 + Double(d.model.meeting.turn!.targetSeconds) - 50))
        note("tick", d.tick(200 + Double(d.model.meeting.turn!.targetSeconds) - 40))
        note("tick", d.tick(200 + Double(d.model.meeting.turn!.targetSeconds) + 1))
        note("space", d.press(.char(" ")))
        note("plus", d.press(.char("+")))
        note("x", d.press(.char("x")))
        note("enter", d.press(.enter, at: 1200))
        note("enter", d.press(.enter, at: 1300))
        note("o", d.press(.char("o"), at: 1400))
        note("down", d.press(.down))
        note("enter", d.press(.enter))
        note("p", d.press(.char("p"), at: 1500))
        note("i", d.press(.char("i"), at: 1600))
        note("a", d.press(.char("a")))
        note("down", d.press(.down))
        note("enter", d.press(.enter))
        note("type", d.type("Vera"))
        note("enter", d.press(.enter))
        note("tick", d.tick(1500 + 15 * 60 + 1))
        note("enter", d.press(.enter, at: 2500))
        note("q", d.press(.char("q")))
        note("esc", d.press(.escape))
        note("c", d.press(.char("c"), at: 5000))
        for k in 0..<5 { note("enter", d.press(.enter, at: 5100 + Double(k) * 60)) }
        note("down", d.press(.down))
        note("enter", d.press(.enter))
        note("type", d.type("Grenser Kari "))
        note("type", d.type("og"))
        note("enter", d.press(.enter))
        note("up", d.press(.up))
        note("enter", d.press(.enter, at: 6600))
        print(log.joined(separator: "\n"))
    }
}
