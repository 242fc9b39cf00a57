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
            // The settings are listed from the one table that defines them.
            discussion: ([cli[.cliEditDiscussion], "", cli[.setHelpTitle]]
                + GroupSetting.helpLines(cli)).joined(separator: "\n"))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgGroupName]), completion: Completions.groups)
    var name: String

    @Option(name: .customLong("add-member"), help: ArgumentHelp(cli[.cliOptAddMember]))
    var addMembers: [String] = []

    @Option(name: .customLong("remove-member"), help: ArgumentHelp(cli[.cliOptRemoveMember]))
    var removeMembers: [String] = []

    @Option(name: .customLong("leaving"), help: ArgumentHelp(cli[.cliOptLeaving]))
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

    @Option(name: .customLong("next-theme"), help: ArgumentHelp(cli[.optNextTheme]))
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
            try GroupEditSteps.apply(self, to: &g, changes: &changes, catalog: c)
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
                    throw CommandError.usage(.cliThemeProblem, c.problem(error))
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

/// The edits of `runde group edit`, applied to a group in memory; settings, new and removed
/// members go through RundeCore's `GroupEditor`, as on the group screen.
enum GroupEditSteps {
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
        if !e.addMembers.isEmpty {
            // A closed group takes a new member when it has decided so together: said as a
            // note, never asked, so a script never waits for an answer.
            changes.append(c[.groupNote])
        }
        for m in e.addMembers {
            let label = m.trimmingSpaces()
            do { g = try GroupEditor.addingMember(label, to: g) } catch {
                throw AsUsage(error: error)
            }
            // The new-group meeting is announced only when it is what comes next: before the
            // first meeting (or with a format the group chose) it is not.
            let today = LocalDate(
                instant: BootClock().now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
            changes.append(c.f(.cliAddedMember, g.members.count))
            if GroupLife.propose(for: g, today: today).format == .newGroup {
                changes.append(c[.addedMemberNewGroupNext])
            }
            changes += everydayNotes([label], catalog: c)
        }
        for m in e.removeMembers {
            let i = try index(of: m, in: g)
            guard g.members.count > 2 else { throw CommandError.usage(.cliAtLeastTwo) }
            g = GroupEditor.removingMember(at: i, from: g)
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
        try set(e.settings, in: &g, changes: &changes, catalog: c)
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

    /// The `--set` values in the order of the settings table (the meeting's length before its
    /// pause), so the result does not depend on the order they were typed in; each goes
    /// through `GroupEditor`, which moves the pause with a shorter meeting as the group
    /// screen does.
    static func set(
        _ list: [String], in g: inout GroupFile, changes: inout [String], catalog c: Catalog
    ) throws {
        var parsed: [(setting: GroupSetting, value: GroupSettingValue, typed: String)] = []
        for kv in list {
            let parts = kv.split(separator: "=", maxSplits: 1).map {
                String($0).trimmingSpaces()
            }
            guard parts.count == 2 else {
                throw CommandError.usage(.cliSetNeedsKeyValue, TextSafety.sanitize(kv))
            }
            guard let setting = GroupSetting(rawValue: parts[0]) else {
                throw CommandError.usage(.cliUnknownSetting, TextSafety.sanitize(parts[0]))
            }
            do {
                parsed.append((setting, try GroupEditor.value(parts[1], for: setting), parts[1]))
            } catch { throw AsUsage(error: error) }
        }
        let order = GroupSetting.allCases
        parsed.sort { order.firstIndex(of: $0.setting)! < order.firstIndex(of: $1.setting)! }
        for p in parsed {
            let change: GroupEditor.Change
            do { change = try GroupEditor.set(p.setting, to: p.value, in: g) } catch {
                throw AsUsage(error: error)
            }
            g = change.group
            changes.append(c.f(.cliSettingSet, p.setting.name, TextSafety.sanitize(p.typed)))
            if let m = change.pauseMovedTo { changes.append(c.f(.setPauseMoved, m)) }
        }
    }
}
