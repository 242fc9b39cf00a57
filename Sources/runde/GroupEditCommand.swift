import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

/// `runde group edit NAME …`: members and rotation order, settings, rules, format and agenda.
struct GroupEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a group: members and rotation order, settings, rules, format and agenda.",
        discussion: """
            Examples:
              runde group edit Torsdag --add-member Mari --move-member Mari --to 2
              runde group edit Torsdag --remove-member Per --next-leader Siri
              runde group edit Torsdag --set meeting_minutes=90 --set horizon=12 --set starter_meetings=3
              runde group edit Torsdag --format regular --rules-file regler.txt
              runde group edit Torsdag --agenda-file agenda.toml   (its [[agenda]] steps; the format becomes custom)
            Settings: meeting_minutes, pause_minutes, pause_at_minute, turn_seconds, closing_turn_seconds,
            bell (on/off), language (nb/en/auto), theme, horizon, starter_meetings, evaluation_every (0 removes them),
            rhythm_early_meetings, rhythm_early_days, rhythm_days (weekly at first, then every 14 days), follow_up_date.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The group's name.", completion: Completions.groups)
    var name: String

    @Option(name: .customLong("add-member"), help: "Add a member at the end of the rotation (repeatable).")
    var addMembers: [String] = []

    @Option(name: .customLong("remove-member"), help: "Remove a member (repeatable).")
    var removeMembers: [String] = []

    @Option(name: .customLong("leaving"), help: "Mark a member as leaving: their next meeting has a farewell round, then they leave the rotation (repeatable).")
    var leaving: [String] = []

    @Option(name: .customLong("move-member"), help: "Move a member to the position given by --to.")
    var moveMember: String?

    @Option(help: "The new position (1 = first) for --move-member.")
    var to: Int?

    @Option(name: .customLong("next-leader"), help: "Who leads next time (skips others in the rotation).")
    var nextLeader: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting, KEY=VALUE (repeatable).", valueName: "KEY=VALUE"))
    var settings: [String] = []

    @Option(help: "The rules card's text (use \\n for new lines).")
    var rules: String?

    @Option(name: .customLong("rules-file"), help: "Read the rules card's text from a file.")
    var rulesFile: String?

    @Option(help: "first, second, regular, custom, or auto (chosen by how many meetings were held).",
            completion: Completions.meetingFormats)
    var format: String?

    @Option(name: .customLong("agenda-file"), help: "A TOML file with [[agenda]] steps (kind, title, text, minutes).")
    var agendaFile: String?

    func validate() throws {
        if (moveMember == nil) != (to == nil) { throw ValidationError("--move-member and --to go together") }
        if let f = format, !["first", "second", "regular", "custom", "auto"].contains(f) {
            throw ValidationError("--format must be first, second, regular, custom or auto")
        }
        if rules != nil && rulesFile != nil { throw ValidationError("give --rules or --rules-file, not both") }
    }

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry: GroupEntry
        do { entry = try store.find(name) } catch { fail(.runtime("\(error)")) }
        if let holder = MeetingLock.currentHolder(at: global.location.lockFile(entry.slug)) {
            fail(.runtime("\(holder); close that meeting first"))
        }
        var g = entry.group
        var changes: [String] = []
        do {
            try GroupEditor.apply(self, to: &g, changes: &changes)
        } catch let e as RundeFailure { fail(e) }
        if g.rules != entry.group.rules {
            // Every change of the rules is kept with its date, never with who made it.
            g.ruleChanges.append(RuleChange(date: LocalDate(instant: BootClock().now(), utcOffsetSeconds: BootClock.utcOffsetSeconds()),
                                            text: g.rules))
        }
        let file = global.location.groupFile(entry.slug)
        // The loader's own rules, so an edit never writes a file the loader refuses.
        do { try GroupFileTOML.validate(g, file: file) } catch { fail(.usage("\(error)")) }
        if g.settings.theme != entry.group.settings.theme, !g.settings.theme.isEmpty {
            let catalog = ThemeCatalog(userThemesDir: global.location.themesDir)
            do { _ = try catalog.resolve(g.settings.theme).result.get() } catch { fail(.usage("theme: \(error)")) }
        }
        guard !changes.isEmpty else { print("Nothing to change."); return }
        do { try store.save(g, slug: entry.slug) } catch { fail(.runtime("\(error)")) }
        for c in changes { print(c) }
    }
}

/// The edits of `runde group edit`, applied to a group in memory.
enum GroupEditor {
    static func index(of label: String, in g: GroupFile) throws -> Int {
        let want = label.trimmingSpaces().lowercased()
        if let i = g.members.firstIndex(where: { $0.lowercased() == want }) { return i }
        throw RundeFailure.usage(TextSafety.containsUnsafe(label) ? "that member label contains control characters"
                                                                 : "no member called \"\(TextSafety.sanitize(label))\"")
    }

    static func apply(_ e: GroupEdit, to g: inout GroupFile, changes: inout [String]) throws {
        let leader: String? = g.members.indices.contains(g.nextLeader) ? g.members[g.nextLeader] : nil
        for m in e.addMembers {
            let label = m.trimmingSpaces()
            if let p = GroupValidation.membersProblem(g.members + [label]) { throw RundeFailure.usage(p) }
            g.members.append(label)
            g.newMemberPending = true
            changes.append("Added a member at position \(g.members.count); the next meeting proposes the new-group format.")
        }
        for m in e.removeMembers {
            let i = try index(of: m, in: g)
            guard g.members.count > 2 else { throw RundeFailure.usage("a group needs at least 2 members") }
            g.leaving.removeAll { $0 == g.members[i] }
            g.members.remove(at: i)
            changes.append("Removed the member who was at position \(i + 1).")
        }
        for m in e.leaving {
            let i = try index(of: m, in: g)
            if !g.leaving.contains(g.members[i]) { g.leaving.append(g.members[i]) }
            changes.append("The member at position \(i + 1) is leaving: their next meeting has a farewell round.")
        }
        if let m = e.moveMember, let to = e.to {
            let i = try index(of: m, in: g)
            guard (1...g.members.count).contains(to) else {
                throw RundeFailure.usage("--to must be between 1 and \(g.members.count)")
            }
            let label = g.members.remove(at: i)
            g.members.insert(label, at: to - 1)
            changes.append("Moved a member from position \(i + 1) to \(to).")
        }
        // Keep the same person due to lead, wherever the edits moved them.
        if let leader, let i = g.members.firstIndex(of: leader) { g.nextLeader = i } else {
            g.nextLeader = min(g.nextLeader, g.members.count - 1)
        }
        if let m = e.nextLeader {
            g.nextLeader = try index(of: m, in: g)
            changes.append("Next leader set to position \(g.nextLeader + 1).")
        }
        for kv in e.settings { try set(kv, in: &g, changes: &changes) }
        if let r = e.rules {
            g.rules = r.replacingOccurrences(of: "\\n", with: "\n")
            changes.append("Rules updated.")
        }
        if let path = e.rulesFile {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RundeFailure.runtime("\(TextSafety.sanitize(path)): cannot read it as UTF-8 text")
            }
            g.rules = String(text.prefix(4000))
            changes.append("Rules updated from \(TextSafety.sanitize(path)).")
        }
        if let f = e.format {
            g.format = f == "auto" ? "" : f
            changes.append("Format: \(f).")
        }
        if let path = e.agendaFile {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RundeFailure.runtime("\(TextSafety.sanitize(path)): cannot read it as UTF-8 text")
            }
            // Parse the steps through the group-file reader, so they get the same checks.
            let probe = String("name = \"x\"\nmembers = [\"a\", \"b\"]\n") + String(text)
            do {
                let parsed = try GroupFileTOML.decode(probe, file: path)
                guard !parsed.agenda.isEmpty else { throw RundeFailure.usage("\(TextSafety.sanitize(path)): no [[agenda]] steps") }
                g.agenda = parsed.agenda
                g.format = "custom"
                changes.append("Agenda: \(parsed.agenda.count) steps; the format is now custom.")
            } catch let f as RundeFailure { throw f } catch {
                throw RundeFailure.usage("\(error)")
            }
        }
    }

    static func set(_ kv: String, in g: inout GroupFile, changes: inout [String]) throws {
        let parts = kv.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
        guard parts.count == 2 else { throw RundeFailure.usage("--set needs KEY=VALUE, not \"\(TextSafety.sanitize(kv))\"") }
        let (key, value) = (parts[0], parts[1])
        func int() throws -> Int {
            guard let n = Int(value) else { throw RundeFailure.usage("\(key) must be a whole number") }
            return n
        }
        switch key {
        case "meeting_minutes": g.settings.plan.meetingMinutes = try int()
        case "pause_minutes": g.settings.plan.pauseMinutes = try int()
        case "pause_at_minute": g.settings.plan.pauseAtMinute = try int()
        case "turn_seconds": g.settings.plan.turnSeconds = try int()
        case "closing_turn_seconds": g.settings.plan.closingTurnSeconds = try int()
        case "bell":
            guard ["on", "off", "true", "false"].contains(value) else { throw RundeFailure.usage("bell must be on or off") }
            g.settings.bell = value == "on" || value == "true"
        case "language":
            guard ["nb", "en", "auto", ""].contains(value) else { throw RundeFailure.usage("language must be nb, en or auto") }
            g.settings.language = value == "auto" ? "" : value
        case "theme":
            if TextSafety.containsUnsafe(value) { throw RundeFailure.usage("theme contains control characters") }
            g.settings.theme = value
        case "horizon":
            let n = try int()
            g.horizon = n == 0 ? nil : n
        case "starter_meetings":
            let n = try int()
            g.starterMeetings = n == 0 ? nil : n
        case "evaluation_every":
            let n = try int()
            g.evaluationEvery = n == 0 ? nil : n
        case "rhythm_early_meetings": g.settings.rhythm.earlyMeetings = try int()
        case "rhythm_early_days": g.settings.rhythm.earlyDays = try int()
        case "rhythm_days": g.settings.rhythm.laterDays = try int()
        case "follow_up_date":
            guard let d = LocalDate(iso: value) else { throw RundeFailure.usage("follow_up_date must be a date written YYYY-MM-DD") }
            g.starterFollowUp = d
        default:
            throw RundeFailure.usage("unknown setting \"\(TextSafety.sanitize(key))\"")
        }
        changes.append("\(key) = \(TextSafety.sanitize(value))")
    }
}
