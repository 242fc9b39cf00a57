import ArgumentParser
import Foundation
import RundeCore
import RundeText

/// `runde group …`: create, list, show and delete groups.
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Create, list, show, edit and delete groups.",
        subcommands: [GroupCreate.self, GroupList.self, GroupShow.self, GroupEdit.self, GroupDelete.self]
    )
}

/// A runtime failure with a message that is safe to print (exit code 1).
private struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// `runde group create NAME --members "A,B,C"`.
struct GroupCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a group with its members in rotation order.",
        discussion: """
            Member labels are first names, nicknames or initials, separated by commas, in the \
            order the leader role rotates. They are stored only in the group's file (mode 0600).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The group's name.")
    var name: String

    @Option(name: .long, help: ArgumentHelp("Members in rotation order, separated by commas.", valueName: "A,B,C"))
    var members: String

    func run() throws {
        let labels = GroupValidation.splitMembers(members)
        let store = GroupStore(location: global.location)
        do {
            let slug = try store.create(name: name, members: labels)
            let group = try store.load(slug: slug)
            print("Created the group \"\(TextSafety.sanitize(group.name))\" with \(group.members.count) members.")
            print("Group file: \(TextSafety.sanitize(global.location.groupFile(slug)))")
        } catch let GroupStoreError.invalid(problem) {
            throw usageError(problem)
        }
    }
}

/// `runde group list`.
struct GroupList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the groups in the data folder.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let listing = GroupStore(location: global.location).list()
        // A group whose file cannot be read is still listed, naming the file and the problem,
        // so it can be repaired (issue 16).
        for problem in listing.problems { print(TextSafety.sanitize(problem)) }
        if !listing.problems.isEmpty {
            print(Catalog(Lang.resolve(flag: global.lang, environment: ProcessInfo.processInfo.environment))[.robustBadGroupHint])
        }
        if listing.entries.isEmpty && listing.problems.isEmpty {
            print("No groups yet. Create one with: runde group create NAME --members \"A,B,C\"")
            return
        }
        for e in listing.entries {
            var line = "\(TextSafety.sanitize(e.group.name))  (\(e.slug)): \(e.group.members.count) members, "
            line += "\(e.group.meetingsHeld) meetings held"
            if let d = e.group.nextDate, !e.group.hasEnded { line += ", next \(d.iso)" }
            if e.group.hasEnded, let d = e.group.decisions.last?.date { line += ", ended \(d.iso) (history kept)" }
            print(line)
        }
    }
}

/// `runde group show NAME`.
struct GroupShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a group's members, settings and rules.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The group's name or folder name.", completion: Completions.groups)
    var name: String

    func run() throws {
        let entry = try GroupStore(location: global.location).find(name)
        let g = entry.group
        let s = g.settings
        func safe(_ t: String) -> String { TextSafety.sanitize(t) }
        print("Group: \(safe(g.name))")
        print("Folder: \(safe(global.location.groupDir(entry.slug)))")
        print("Members, in rotation order:")
        for (i, m) in g.members.enumerated() {
            print("  \(i + 1). \(safe(m))\(i == g.nextLeader ? "   <- leads next time" : "")")
        }
        print("Meetings held: \(g.meetingsHeld)")
        print("Next theme: \(g.nextTheme.isEmpty ? "(none)" : safe(g.nextTheme))")
        print("Next date: \(g.nextDate?.iso ?? "(not set)")")
        print("Settings:")
        print("  meeting_minutes: \(s.plan.meetingMinutes)")
        print("  pause_minutes: \(s.plan.pauseMinutes)")
        print("  pause_at_minute: \(s.plan.pauseAtMinute)")
        print("  turn_seconds: \(s.plan.turnSeconds)")
        print("  closing_turn_seconds: \(s.plan.closingTurnSeconds)")
        print("  bell: \(s.bell ? "on" : "off")")
        print("  language: \(s.language.isEmpty ? "(from LANG)" : safe(s.language))")
        print("  theme: \(s.theme.isEmpty ? "(default)" : safe(s.theme))")
        print("Format: \(g.format.isEmpty ? "auto (\(g.effectiveFormat.rawValue) next)" : safe(g.format))")
        for (i, step) in g.agenda.enumerated() {
            print("  \(i + 1). \(safe(step.kind)): \(safe(step.title))\(step.minutes.map { " (\($0) min)" } ?? "")")
        }
        if let h = g.horizon { print("Horizon: \(h) meetings") }
        if let s = g.starterMeetings { print("Starter takes part in: \(s) meetings") }
        if let d = g.starterFollowUp { print("Follow-up with the starter: \(d.iso)") }
        if !g.leaving.isEmpty { print("Leaving (a farewell round at the next meeting): \(g.leaving.map(safe).joined(separator: ", "))") }
        if g.newMemberPending { print("A new member joined: the next meeting proposes the new-group format.") }
        let r = s.rhythm
        print("Rhythm: every \(r.earlyDays) days for the first \(r.earlyMeetings) meetings, then every \(r.laterDays) days")
        if let n = g.evaluationEvery { print("Evaluation every \(n) meetings") }
        for d in g.decisions {
            let what = d.choice == .goOn ? "go on\(d.newHorizon.map { " (\($0) more meetings)" } ?? "")"
                : d.choice == .end ? "end the group" : "decide next time"
            print("Decision \(d.date.iso): \(what)")
        }
        if !g.themeBacklog.isEmpty { print("Themes proposed for later: \(g.themeBacklog.map(safe).joined(separator: "; "))") }
        print("Rules:")
        for line in g.rules.split(separator: "\n", omittingEmptySubsequences: false) {
            print("  \(safe(String(line)))")
        }
        if !g.ruleChanges.isEmpty {
            print("Changes to the rules:")
            for c in g.ruleChanges {
                print("  \(c.date.iso):")
                for line in c.text.split(separator: "\n", omittingEmptySubsequences: false) { print("    \(safe(String(line)))") }
            }
        }
    }
}

/// `runde group delete NAME [--yes]`.
struct GroupDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a group for good: its file, all its logs, and any unfinished meeting.",
        discussion: "Asks for confirmation on a terminal. Without a terminal, --yes is required."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The group's name or folder name.", completion: Completions.groups)
    var name: String

    @Flag(name: [.short, .long], help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry = try store.find(name)
        let location = global.location
        let lockPath = location.lockFile(entry.slug)
        if let holder = MeetingLock.currentHolder(at: lockPath) {
            throw CommandFailure("\(holder); close that meeting first")
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw usageError("not deleting without --yes when not on a terminal")
            }
            let logs = LogStore(location: location, slug: entry.slug).ids().count
            print("Delete the group \"\(TextSafety.sanitize(entry.group.name))\" and its \(logs) logs for good? "
                  + "This cannot be undone. [y/N] ", terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingSpaces().lowercased()
            guard ["y", "yes", "j", "ja"].contains(answer) else {
                print("Nothing was deleted.")
                return
            }
        }
        try store.delete(slug: entry.slug)
        print("Deleted the group \"\(TextSafety.sanitize(entry.group.name))\".")
    }
}

/// Prints "Error: …" on standard error and gives the bad-usage exit code (64).
private func usageError(_ message: String) -> ExitCode {
    printError("Error: \(message)")
    return ExitCode.validationFailure
}

/// Prints a line on standard error.
private func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
