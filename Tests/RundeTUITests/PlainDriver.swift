import RundeCore
import RundeText

@testable import RundeTUI

/// Plays keys and ticks on a meeting the way the runtime does, and collects what plain mode
/// says after each step (the narrator's lines), for the plain-mode tests.
struct PlainDriver {
    var model: MeetingModel
    var narrator = PlainMeetingNarrator()
    static let t0 = Instant(1_800_000_000)
    static let roster = ["Quixtamar", "Zorbulon", "Kari", "Ola"]

    init(
        lang: Lang, roster: [String] = PlainDriver.roster, agenda: [AgendaItem]? = nil,
        plan: MeetingPlan = .standard
    ) {
        let setup = MeetingSetup(
            memberCount: roster.count, leader: 0, meetingNumber: 7,
            date: LocalDate(year: 2027, month: 1, day: 15), utcOffsetSeconds: 3600,
            plan: plan, startedAt: Self.t0, agenda: agenda ?? MeetingFormat.regular.agenda)
        model = MeetingModel(
            meeting: MeetingState(setup: setup), roster: roster, groupName: "Torsdagsgruppa",
            rules: "Taushetsplikt: det som blir sagt her, blir her.\nSi ikke mer enn du vil.",
            todayTheme: "Skam", lang: lang)
    }

    /// The opening lines.
    func start(warnings: [String] = []) -> [String] { narrator.start(model, warnings: warnings) }

    /// Presses a key: ticks to `at` seconds first (as the runtime does), then the controller
    /// and the reducer; returns what plain mode says.
    @discardableResult
    mutating func press(_ key: Key, at seconds: Double? = nil) -> [String] {
        let before = model
        if let seconds { _ = model.meeting.apply(.tick(Self.t0 + seconds)) }
        for c in MeetingController.handle(key, model: &model) {
            if case .send(let e) = c { _ = model.meeting.apply(e) }
        }
        return narrator.changed(from: before, to: model, key: key)
    }

    /// Presses keys in turn and returns every line said.
    @discardableResult
    mutating func press(_ keys: [Key], at seconds: Double? = nil) -> [String] {
        keys.flatMap { press($0, at: seconds) }
    }

    /// Types text, one character per key.
    @discardableResult
    mutating func type(_ text: String) -> [String] { text.flatMap { press(.char($0)) } }

    /// Lets the clock run to `seconds` after the start; returns what plain mode says.
    @discardableResult
    mutating func tick(_ seconds: Double) -> [String] {
        let before = model
        _ = model.meeting.apply(.tick(Self.t0 + seconds))
        return narrator.changed(from: before, to: model, key: nil)
    }
}
