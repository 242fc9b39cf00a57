/// Why a group's file may not be changed now (DESIGN §4: edits refuse while a meeting is open
/// or unfinished). An unfinished meeting's journal refers to the members by their place in
/// the group file (and the resumed meeting reads the file's names, rules and settings again),
/// so any change there would put the wrong names on people, or leave someone out.
public enum GroupEditRefusal: Error, Equatable, Sendable {
    /// A meeting of the group is open in a process (on this computer or another).
    case meetingOpen(MeetingLockError)
    /// A meeting was left unfinished: its journal is in the group's folder. The number is nil
    /// when the journal's first line cannot be read.
    case meetingUnfinished(meetingNumber: Int?)
}

extension GroupStore {
    /// Why the group in `slug` may not be changed now, or nil when it may. The lock is asked
    /// first: an open meeting has a journal too, and "close that meeting" is what to say then.
    public func editRefusal(slug: String) -> GroupEditRefusal? {
        if let holder = MeetingLock.currentHolder(at: location.lockFile(slug)) {
            return .meetingOpen(holder)
        }
        let journal = location.journalFile(slug)
        guard FileIO.exists(journal) else { return nil }
        return .meetingUnfinished(
            meetingNumber: (try? Journal.read(path: journal))?.setup.meetingNumber)
    }
}
