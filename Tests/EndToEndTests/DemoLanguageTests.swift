import Foundation
import RundeText
import Testing

/// The demo in the chosen language: its rules card is that language's (not the Norwegian
/// default in English), and its quit question says the rehearsal ends and nothing is saved,
/// never that the meeting can be resumed.
@Suite(
    "Demo in nb and en, in tmux",
    .enabled(
        if: Tmux.isAvailable,
        "tmux is not installed, so the end-to-end tests are skipped (apt-get install tmux)"),
    .serialized)
struct DemoLanguageTests {
    @Test(arguments: [(Lang.en, "nb_NO.UTF-8"), (Lang.nb, "C.UTF-8")])
    func theDemoSpeaksTheChosenLanguageAndPromisesNoResume(_ lang: Lang, _ otherLocale: String)
        throws
    {
        try #require(Tmux.rundeBinaryExists)
        let c = Catalog(lang)
        let other = Catalog(lang == .nb ? .en : .nb)
        let data = RunCLI.tempDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(
            [
                Tmux.rundeBinary, "--data-dir", data, "--lang", lang.rawValue, "demo", "--speed",
                "60",
            ],
            environment: ["LANG": otherLocale])
        defer { tmux.kill() }
        #expect(tmux.waitFor(text: c[.cliDemoTourTitle]), "\(tmux.capture())")
        tmux.sendKeys("Enter")
        #expect(tmux.waitFor(text: "DEMO"), "\(tmux.capture())")
        tmux.sendKeys("Enter")  // check-in confirmed: the rules card
        let firstRule = String(c[.groupDefaultRules].split(separator: "\n")[0].prefix(40))
        #expect(tmux.waitFor(text: firstRule), "\(tmux.capture())")
        #expect(
            !tmux.capture().contains(
                String(other[.groupDefaultRules].split(separator: "\n")[0].prefix(20))))
        tmux.sendKeys("q")
        let firstWords = c[.demoQuitBody].split(separator: " ").prefix(4).joined(separator: " ")
        #expect(tmux.waitFor(text: firstWords), "\(tmux.capture())")
        #expect(
            !tmux.capture().contains(
                c[.quitBody].split(separator: " ").prefix(5).joined(separator: " ")))
        tmux.sendKeys("y")
        #expect(tmux.waitFor(text: c[.demoOfferTitle]), "\(tmux.capture())")
        tmux.sendKeys("q")
        #expect(tmux.waitForExit(), "\(tmux.capture())")
        #expect(RunCLI.files(under: data).isEmpty, "the demo wrote \(RunCLI.files(under: data))")
    }
}
