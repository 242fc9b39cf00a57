import RundeCore

extension MeetingModel {
    /// The rules text as the group is rewriting it: the editor's text while it is open (once it
    /// differs from the card, or the card was already rewritten today), else the card as
    /// rewritten today; nil when the card has not been touched.
    public var rulesInProgress: String? {
        if case .rulesEditor(let editor) = overlay, editedRules != nil || editor.text != rules {
            return editor.text
        }
        return editedRules
    }
}

/// Keeping the rules draft (`MeetingStorage.keepRulesDraft`) while the group rewrites its rules:
/// at once when the editor closes or typing pauses (the loop's next wake-up, within a second),
/// and at most once a second while keys keep coming, so a crash loses at most about the last
/// second of typing, like the journal.
struct RulesDraftKeeper {
    /// The text last handed to the storage successfully.
    private(set) var kept: String?
    private var keptAt: Instant?
    /// The storage's refusal, while it lasts.
    private(set) var problem: String?

    init(restored: String?) { kept = restored }

    /// Hands the text in progress to the storage when it changed (`force`: even within the second).
    mutating func keep(
        _ model: MeetingModel, storage: MeetingStorage, now: Instant, force: Bool = false
    ) {
        guard let text = model.rulesInProgress, text != kept else { return }
        if !force, case .rulesEditor = model.overlay, let at = keptAt, now - at < 1 { return }
        do {
            try storage.keepRulesDraft(text)
            kept = text
            keptAt = now
            problem = nil
        } catch {
            keptAt = now
            problem = model.strings.problem(error)
        }
    }
}
