import Foundation
import RundeCore

/// The real storage of a meeting: the journal under the group folder while it runs; at the
/// end the anonymised log (atomic, 0600), the group file's rotation and agreements, and the
/// journal deleted. Each step is done once, so a retry after a failure picks up where it stopped.
public final class FileMeetingStorage: MeetingStorage {
    private let journal: Journal
    private let logs: LogStore
    private let groups: GroupStore
    private let slug: String
    private var writtenLogPath: String?
    private var groupUpdated = false
    /// Once the log is written and the journal deleted, later events (the clock ticking on the
    /// summary screen) are not journaled: there is nothing left to resume.
    private var finished = false

    /// The rules as the group rewrote them in this meeting (restored from the draft on a
    /// resume); the newest text, even when the disk refused to keep it.
    private var rulesDraft: String?

    /// - Parameters:
    ///   - rulesDraft: the draft restored with a resumed meeting (`Unfinished.rulesDraft`).
    ///   - guestNames: the guests' names restored with it (`Unfinished.guestNames`).
    public init(
        journal: Journal, location: DataLocation, slug: String, rulesDraft: String? = nil,
        guestNames: [Int: String] = [:]
    ) {
        self.journal = journal
        self.guestNames = guestNames
        logs = LogStore(location: location, slug: slug)
        groups = GroupStore(location: location)
        self.slug = slug
        self.rulesDraft = rulesDraft
    }

    public func keepRulesDraft(_ text: String) throws {
        if finished { return }
        rulesDraft = text
        do {
            try RulesDraft.write(
                text, journal: journal.path, meetingStart: journal.meetingStartedAt)
        } catch { throw StorageFault(error) }
    }

    /// Guests' names (restored on a resume): the theme is scrubbed of them too at the end.
    private var guestNames: [Int: String] = [:]

    public func keepGuestNames(_ names: [Int: String]) throws {
        if finished { return }
        guestNames = names
        do {
            try GuestNamesFile.write(
                names, journal: journal.path, meetingStart: journal.meetingStartedAt)
        } catch { throw StorageFault(error) }
    }

    public func record(_ event: MeetingEvent, onlyMovesTheClock: Bool) throws {
        if finished { return }
        do { try journal.record(event, onlyMovesTheClock: onlyMovesTheClock) } catch {
            throw StorageFault(error)
        }
    }

    public func finish(log: SessionLog, state: MeetingState) throws -> String {
        do {
            if writtenLogPath == nil {
                writtenLogPath = try existingLog(like: log) ?? logs.write(log)
            }
            if !groupUpdated {
                var group = try groups.load(slug: slug)
                group = Self.updated(
                    group, after: state, rules: rulesDraft, guests: Array(guestNames.values))
                try groups.save(group, slug: slug)
                groupUpdated = true
            }
        } catch {
            throw StorageFault(error)
        }
        journal.close()
        try? journal.delete()
        finished = true
        return writtenLogPath!
    }

    /// A log of this same meeting already on disk (same number, date and start): the log was
    /// written, then the process died before the journal was deleted. Never write it twice.
    private func existingLog(like log: SessionLog) -> String? {
        let prefix = DataLocation.logFileName(date: log.date, meetingNumber: log.meetingNumber)
            .replacingOccurrences(of: ".json", with: "")
        for id in logs.ids() where id.hasPrefix(prefix) {
            if let stored = try? logs.read(id: id), stored.log.startedAt == log.startedAt {
                return stored.path
            }
        }
        return nil
    }

    /// The group after a meeting: rotation, count, theme and date for next time, and what the
    /// group agreed about its life (`GroupLife.applyingAgreements`: once, even when retried).
    /// `rules`: the rules card as rewritten in the meeting, if it was.
    /// `guests`: the names of this meeting's guests, scrubbed from the theme like the roster's.
    public static func updated(
        _ g: GroupFile, after state: MeetingState, rules: String? = nil, guests: [String] = []
    ) -> GroupFile {
        var group = GroupLife.applyingAgreements(g, of: state, rules: rules)
        let suggested = Rotation.suggestNext(
            after: state.setup.leader, attendance: state.attendance)
        let chosen = state.next.leaderChosen ? state.next.leaderChoice : nil
        if state.setup.memberCount == group.members.count {
            group.nextLeader = chosen ?? suggested
        }
        group.meetingsHeld = max(group.meetingsHeld, state.setup.meetingNumber)
        if state.isFinished {
            // Scrubbed once more against the roster and the guests (DESIGN §2).
            let scrubber = NameScrubber(names: group.members + guests)
            let scrub = { (t: String) in scrubber.scrub(t) }
            group.nextTheme = scrub(state.next.theme)
            group.nextDate = state.next.date
            // Proposals not chosen join the backlog; the chosen theme leaves it.
            var backlog: [String] = []
            for p in group.themeBacklog.map(scrub) + state.next.proposals.map(scrub)
            where !backlog.contains(p) {
                backlog.append(p)
            }
            backlog.removeAll { $0 == group.nextTheme }
            group.themeBacklog = Array(backlog.suffix(50))
            // The group's life: a new member answered, farewells leave the rotation, the
            // starter's follow-up date (kept apart from the next meeting's date).
            group = GroupLife.afterMeeting(
                group, agenda: state.setup.agenda, number: state.setup.meetingNumber,
                date: state.setup.date, followUp: state.agreements.followUp)
        }
        return group
    }
}

/// A failed save as the meeting screen shows it on its one banner line: the reason first, then
/// the file, shortened to its group folder, so that the reason is never cut off at 80 columns.
public struct StorageFault: Error, CustomStringConvertible {
    public let underlying: any Error

    public init(_ underlying: any Error) { self.underlying = underlying }

    public var description: String {
        guard let e = underlying as? FileIOError else { return "\(underlying)" }
        return "\(e.reason) (\(e.operation) \(Self.shortened(e.path)))"
    }

    /// The last two components of a path (`torsdag/journal.jsonl`).
    static func shortened(_ path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }
}
