import ArgumentParser
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// `runde group edit NAME …`: members and rotation order, settings, rules, format and agenda.
struct GroupEdit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "edit", abstract: cli[.cliEditAbstract],
            discussion: cli[.cliEditDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgGroupName]), completion: Completions.groups)
    var name: String

    @Option(name: .customLong("add-member"), help: ArgumentHelp(cli[.cliOptAddMember]))
    var addMembers: [String] = []

    @Option(name: .customLong("remove-member"), help: ArgumentHelp(cli[.cliOptRemoveMember]))
    var removeMembers: [String] = []

    @Option(name: .customLong("leaving"), help: ArgumentHelp(cli[.lifeCliOptLeaving]))
    var leaving: [String] = []

    @Option(name: .customLong("move-member"), help: ArgumentHelp(cli[.cliOptMoveMember]))
    var moveMember: String?

    @Option(help: ArgumentHelp(cli[.cliOptTo]))
    var to: Int?

    @Option(name: .customLong("next-leader"), help: ArgumentHelp(cli[.cliOptNextLeader]))
    var nextLeader: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(cli[.cliOptSet], valueName: "KEY=VALUE"))
    var settings: [String] = []

    @Option(help: ArgumentHelp(cli[.cliOptRules]))
    var rules: String?

    @Option(name: .customLong("rules-file"), help: ArgumentHelp(cli[.cliOptRulesFile]))
    var rulesFile: String?

    @Option(
        help: ArgumentHelp(cli[.cliOptFormat]),
        completion: Completions.meetingFormats)
    var format: String?

    @Option(name: .customLong("agenda-file"), help: ArgumentHelp(cli[.cliOptAgendaFile]))
    var agendaFile: String?

    @Option(name: .customLong("next-theme"), help: ArgumentHelp(cli[.scrubOptNextTheme]))
    var nextTheme: String?

    /// The values `--format` takes (also offered by the shell completions).
    static let formats = ["first", "second", "regular", "custom", "auto"]

    func validate() throws {
        if (moveMember == nil) != (to == nil) { throw ValidationError(cli[.cliMoveNeedsTo]) }
        if let f = format, !Self.formats.contains(f) {
            throw ValidationError(cli[.cliBadFormat])
        }
        if rules != nil && rulesFile != nil { throw ValidationError(cli[.cliRulesTwice]) }
    }

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry = try store.find(name)
        let lang = global.language(groupSetting: entry.group.settings.language)
        let c = Catalog(lang)
        try inLanguage(lang) {
            // No change while a meeting is open, or unfinished: its journal counts the members
            // by their place in group.toml, and the resumed meeting reads the file again.
            switch store.editRefusal(slug: entry.slug) {
            case .meetingOpen(let holder)?:
                throw CommandError.runtime(.cliCloseMeetingFirst, ErrorReport.message(holder, c))
            case .meetingUnfinished(let number?)?:
                throw CommandError.runtime(.cliEditUnfinished, number, entry.slug)
            case .meetingUnfinished(nil)?:
                throw CommandError.runtime(.cliEditUnfinishedUnnumbered, entry.slug)
            case nil: break
            }
            var g = entry.group
            var changes: [String] = []
            try GroupEditor.apply(self, to: &g, changes: &changes, catalog: c)
            if g.rules != entry.group.rules {
                // Every change of the rules is kept with its date, never with who made it.
                g.ruleChanges.append(
                    RuleChange(
                        date: LocalDate(
                            instant: BootClock().now(),
                            utcOffsetSeconds: BootClock.utcOffsetSeconds()),
                        text: g.rules))
            }
            let file = global.location.groupFile(entry.slug)
            // The loader's own rules, so an edit never writes a file the loader refuses.
            do { try GroupFileTOML.validate(g, file: file) } catch { throw AsUsage(error: error) }
            if g.settings.theme != entry.group.settings.theme, !g.settings.theme.isEmpty {
                let catalog = ThemeCatalog.forRunde(userThemesDir: global.location.themesDir)
                do { _ = try catalog.resolve(g.settings.theme).result.get() } catch {
                    throw CommandError.usage(.cliThemeProblem, TextSafety.sanitize("\(error)"))
                }
            }
            guard !changes.isEmpty else {
                print(c[.cliNothingToChange])
                return
            }
            try store.save(g, slug: entry.slug)
            for line in changes { print(line) }
        }
    }
}

/// The edits of `runde group edit`, applied to a group in memory.
enum GroupEditor {
    static func index(of label: String, in g: GroupFile) throws(CommandError) -> Int {
        let want = label.trimmingSpaces().lowercased()
        if let i = g.members.firstIndex(where: { $0.lowercased() == want }) { return i }
        if TextSafety.containsUnsafe(label) { throw .usage(.cliMemberControlChars) }
        throw .usage(.cliNoSuchMember, TextSafety.sanitize(label))
    }

    static func apply(
        _ e: GroupEdit, to g: inout GroupFile, changes: inout [String], catalog c: Catalog
    ) throws {
        let leader: String? =
            g.members.indices.contains(g.nextLeader) ? g.members[g.nextLeader] : nil
        for m in e.addMembers {
            let label = m.trimmingSpaces()
            if let p = GroupValidation.membersIssue(g.members + [label], newFrom: g.members.count) {
                throw AsUsage(error: p)
            }
            g.members.append(label)
            g.newMemberPending = true
            changes.append(c.f(.cliAddedMember, g.members.count))
            changes += everydayNotes([label], catalog: c)
        }
        for m in e.removeMembers {
            let i = try index(of: m, in: g)
            guard g.members.count > 2 else { throw CommandError.usage(.cliAtLeastTwo) }
            g.leaving.removeAll { $0 == g.members[i] }
            g.members.remove(at: i)
            changes.append(c.f(.cliRemovedMember, i + 1))
        }
        for m in e.leaving {
            let i = try index(of: m, in: g)
            if !g.leaving.contains(g.members[i]) { g.leaving.append(g.members[i]) }
            changes.append(c.f(.cliMemberLeaving, i + 1))
        }
        if let m = e.moveMember, let to = e.to {
            let i = try index(of: m, in: g)
            guard (1...g.members.count).contains(to) else {
                throw CommandError.usage(.cliToRange, g.members.count)
            }
            let label = g.members.remove(at: i)
            g.members.insert(label, at: to - 1)
            changes.append(c.f(.cliMovedMember, i + 1, to))
        }
        // Keep the same person due to lead, wherever the edits moved them.
        if let leader, let i = g.members.firstIndex(of: leader) {
            g.nextLeader = i
        } else {
            g.nextLeader = min(g.nextLeader, g.members.count - 1)
        }
        if let m = e.nextLeader {
            g.nextLeader = try index(of: m, in: g)
            changes.append(c.f(.cliNextLeaderSet, g.nextLeader + 1))
        }
        for kv in e.settings { try set(kv, in: &g, changes: &changes, catalog: c) }
        if let r = e.rules {
            g.rules = r.replacingOccurrences(of: "\\n", with: "\n")
            changes.append(c[.cliRulesUpdated])
        }
        if let path = e.rulesFile {
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw CommandError.runtime(.cliCannotReadText, TextSafety.sanitize(path))
            }
            g.rules = String(text.prefix(4000))
            changes.append(c.f(.cliRulesUpdatedFrom, TextSafety.sanitize(path)))
        }
        if let f = e.format {
            g.format = f == "auto" ? "" : f
            changes.append(c.f(.cliFormatSet, f))
        }
        applyNextTheme(e.nextTheme, to: &g, changes: &changes, catalog: c)
        if let path = e.agendaFile {
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw CommandError.runtime(.cliCannotReadText, TextSafety.sanitize(path))
            }
            // Parse the steps through the group-file reader, so they get the same checks.
            let probe = String("name = \"x\"\nmembers = [\"a\", \"b\"]\n") + String(text)
            do {
                let parsed = try GroupFileTOML.decode(probe, file: path)
                guard !parsed.agenda.isEmpty else {
                    throw CommandError.usage(.cliNoAgendaSteps, TextSafety.sanitize(path))
                }
                g.agenda = parsed.agenda
                g.format = "custom"
                changes.append(c.f(.cliAgendaSet, parsed.agenda.count))
            } catch let f as CommandError { throw f } catch {
                throw AsUsage(error: error)
            }
        }
    }

    static func set(
        _ kv: String, in g: inout GroupFile, changes: inout [String], catalog c: Catalog
    ) throws(CommandError) {
        let parts = kv.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
        guard parts.count == 2 else { throw .usage(.cliSetNeedsKeyValue, TextSafety.sanitize(kv)) }
        let (key, value) = (parts[0], parts[1])
        func int() throws(CommandError) -> Int {
            guard let n = Int(value) else { throw .usage(.cliWholeNumber, key) }
            return n
        }
        switch key {
        case "meeting_minutes": g.settings.plan.meetingMinutes = try int()
        case "pause_minutes": g.settings.plan.pauseMinutes = try int()
        case "pause_at_minute": g.settings.plan.pauseAtMinute = try int()
        case "turn_seconds": g.settings.plan.turnSeconds = try int()
        case "closing_turn_seconds": g.settings.plan.closingTurnSeconds = try int()
        case "bell":
            guard ["on", "off", "true", "false"].contains(value) else {
                throw .usage(.cliBellOnOff)
            }
            g.settings.bell = value == "on" || value == "true"
        case "language":
            guard ["nb", "en", "auto", ""].contains(value) else { throw .usage(.cliLanguageValues) }
            g.settings.language = value == "auto" ? "" : value
        case "theme":
            if TextSafety.containsUnsafe(value) { throw .usage(.cliThemeControlChars) }
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
            guard let d = LocalDate(iso: value) else {
                throw .usage(GroupLifeCLIText.lifeCliFollowUpDate)
            }
            g.starterFollowUp = d
        default:
            throw .usage(.cliUnknownSetting, TextSafety.sanitize(key))
        }
        changes.append(c.f(.cliSettingSet, key, TextSafety.sanitize(value)))
    }
}
