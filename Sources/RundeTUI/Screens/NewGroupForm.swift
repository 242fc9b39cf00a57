import RundeCore
import RundeText

/// The two steps of making a group on the welcome screen: the name, then the members. Each
/// field is checked when Enter is pressed on it, with the rules of `group create`
/// (`GroupValidation`); a refused value stays in its field with the problem under it, so what
/// the leader types next goes on in that field. Esc on the members goes back to the name
/// (kept as typed), Esc on the name leaves the form.
public struct NewGroupForm: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case name, members }

    /// What the form ended with.
    public enum Outcome: Equatable, Sendable {
        /// Both fields were accepted: create the group.
        case create(name: String, members: [String])
        /// Esc on the name: back to the screen before.
        case back
        /// A signal or a hang-up.
        case stop(InputEvent)
    }

    public private(set) var step: Step
    public var name: PromptScreen
    public var members: PromptScreen
    let strings: Catalog

    public init(_ s: Catalog) {
        strings = s
        step = .name
        name = PromptScreen(
            title: s[.createNameTitle], lines: [s[.createNameBody]],
            fieldLabel: s[.createNameLabel], enterLabel: s[.createEnter])
        members = PromptScreen(
            title: s[.createNameTitle], lines: [s[.createMembersBody]],
            fieldLabel: s[.createMembersLabel], enterLabel: s[.createEnter])
        name.strings = s
        members.strings = s
    }

    /// The screen of the step the form is on.
    public var current: PromptScreen { step == .name ? name : members }

    public func render(width: Int, height: Int) -> Frame {
        current.render(width: width, height: height)
    }

    /// The member labels typed, split and trimmed as `group create --members` does; a field
    /// with nothing in it has no members (so the problem says "at least 2, not 0").
    public static func labels(_ typed: String) -> [String] {
        typed.trimmingSpaces().isEmpty ? [] : GroupValidation.splitMembers(typed)
    }

    /// One key on the current step; the outcome when the form is done.
    public mutating func handle(_ k: Key) -> Outcome? {
        var screen = current
        let result = screen.handle(k)
        if step == .name { name = screen } else { members = screen }
        return result.flatMap { take($0) }
    }

    /// What a finished prompt of the current step means for the form.
    mutating func take(_ result: PromptScreen.Result) -> Outcome? {
        switch result {
        case .submitted(let typed):
            switch step {
            case .name:
                if let p = GroupValidation.nameIssue(typed.trimmingSpaces()) {
                    name.error = strings.words(p)
                    return nil
                }
                name.error = nil
                step = .members
                return nil
            case .members:
                let list = Self.labels(typed)
                if let p = GroupValidation.membersIssue(list) {
                    members.error = strings.words(p)
                    return nil
                }
                members.error = nil
                // A name that is also an everyday word is said once, under the question, and
                // so is a size other than 5–8 (a calm hint, never a refusal: the group owns
                // its size); the next Enter creates the group as typed.
                var notes = EverydayNames.among(list).map {
                    strings.f(.everydayWord, TextSafety.sanitize($0))
                }
                if let hint = GroupSizeHint.text(members: list.count, strings) {
                    notes += [hint, strings[.sizeHintEnter]]
                }
                if !notes.isEmpty, Array(members.lines.dropFirst()) != notes {
                    members.lines = Array(members.lines.prefix(1)) + notes
                    return nil
                }
                return .create(name: name.input.trimmingSpaces(), members: list)
            }
        case .cancelled:
            if step == .members {
                members.error = nil
                step = .name
                return nil
            }
            return .back
        case .stop(let e):
            return .stop(e)
        default:
            return nil
        }
    }

    /// Creating the group failed after both fields were accepted (the name is taken, say):
    /// the problem is shown on the step it concerns, and the leader goes on from there.
    public mutating func refuse(_ problem: String, onName: Bool) {
        if onName {
            step = .name
            name.error = problem
        } else {
            members.error = problem
        }
    }

    /// Runs the form on a terminal (drawn, or read out in plain mode) until it is done.
    public mutating func run(on terminal: Terminal) -> Outcome {
        switch Program.run(&self, on: terminal) {
        case .finished(let outcome): return outcome
        case .stopped(let event): return .stop(event)
        }
    }
}

/// The form under the screen contract: the keys, the frame and the speech of its current step.
extension NewGroupForm: Screen {
    public var keymap: [KeyBinding] { current.keymap }

    public mutating func update(_ input: ScreenInput) -> [ScreenEffect<Outcome>] {
        guard case .key(let k) = input else { return [] }
        return handle(k).map { [.finish($0)] } ?? []
    }

    public mutating func view(width: Int, height: Int) -> Frame {
        render(width: width, height: height)
    }

    public mutating func spoken(after old: NewGroupForm?, input: ScreenInput?) -> Speech {
        var screen = current
        let speech = screen.spoken(after: old?.current, input: input)
        if step == .name { name = screen } else { members = screen }
        return speech
    }
}
