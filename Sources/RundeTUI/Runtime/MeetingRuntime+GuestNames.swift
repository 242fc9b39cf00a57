import RundeCore

/// Keeping guests' names (`MeetingStorage.keepGuestNames`) as soon as one is typed, before the
/// arrival reaches the journal, so a resumed meeting calls the guest by name again and still
/// takes the name out of the theme (DESIGN §2). A refusal is offered again on the next key.
struct GuestNamesKeeper {
    /// The names last handed to the storage successfully.
    private(set) var kept: [Int: String]
    /// The storage's refusal, while it lasts.
    private(set) var problem: String?

    init(restored: [Int: String]) { kept = restored }

    /// Hands the names to the storage when they changed; a refusal is shown on the banner
    /// line until a later try succeeds.
    mutating func keep(_ model: inout MeetingModel, storage: MeetingStorage) {
        guard model.guestNames != kept else { return }
        let shown = problem.map { model.strings.f(.storageProblem, $0) }
        do {
            try storage.keepGuestNames(model.guestNames)
            kept = model.guestNames
            problem = nil
            if let shown, model.notice == shown { model.notice = nil }
        } catch {
            problem = "\(error)"
            model.notice = model.strings.f(.storageProblem, "\(error)")
        }
    }
}
