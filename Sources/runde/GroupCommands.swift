import ArgumentParser
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// `runde group …`: create, list, show and delete groups.
struct GroupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "group",
            abstract: cli[.cliGroupAbstract],
            subcommands: [
                GroupCreate.self, GroupList.self, GroupShow.self, GroupEdit.self, GroupDelete.self,
            ]
        )
    }
}

/// `runde group create NAME --members "A,B,C"`.
struct GroupCreate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "create", abstract: cli[.cliCreateAbstract],
            discussion: cli[.cliCreateDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgGroupName]))
    var name: String

    @Option(name: .long, help: ArgumentHelp(cli[.cliOptMembers], valueName: "A,B,C"))
    var members: String

    func run() throws {
        let labels = GroupValidation.splitMembers(members)
        if let p = GroupValidation.nameIssue(name.trimmingSpaces())
            ?? GroupValidation.membersIssue(labels)
        {
            throw AsUsage(error: p)
        }
        let lang = global.language()
        // With --lang the group keeps that language; otherwise it follows LANG, as before.
        var settings = GroupSettings()
        if let flag = global.lang, let chosen = Lang(code: flag) {
            settings.language = chosen.rawValue
        }
        let store = GroupStore(location: global.location)
        let c = Catalog(lang)
        let slug = try store.create(name: name, members: labels, rulesIn: lang, settings: settings)
        let group = try store.load(slug: slug)
        print(c.f(.cliGroupCreated, TextSafety.sanitize(group.name), group.members.count))
        print(c.f(.cliGroupFileAt, TextSafety.sanitize(global.location.groupFile(slug))))
        for line in GroupEditor.everydayNotes(group.members, catalog: c) { print(line) }
    }
}

/// `runde group list`.
struct GroupList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: cli[.cliListAbstract])
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let listing = GroupStore(location: global.location).list()
        let c = Catalog(global.language())
        // A group whose file cannot be read is still listed, naming the file and the problem,
        // so it can be repaired (issue 16).
        for failure in listing.failures { print(ErrorReport.words(failure, c)) }
        if !listing.problems.isEmpty { print(c[.robustBadGroupHint]) }
        if listing.entries.isEmpty && listing.problems.isEmpty {
            print(c[.cliNoGroupsYet])
            return
        }
        for e in listing.entries {
            let g = e.group
            let name = TextSafety.sanitize(g.name)
            if g.hasEnded, let d = g.decisions.last?.date {
                print(
                    c.f(
                        .lifeCliEnded, name, e.slug, g.members.count, g.meetingsHeld,
                        DateText.long(d, c.lang)))
            } else if let d = g.nextDate {
                print(
                    c.f(
                        .cliGroupLineNext, name, e.slug, g.members.count, g.meetingsHeld,
                        DateText.long(d, c.lang)))
            } else {
                print(c.f(.cliGroupLine, name, e.slug, g.members.count, g.meetingsHeld))
            }
        }
    }
}

/// `runde group show NAME`.
struct GroupShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: cli[.cliShowAbstract])
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgGroupNameOrFolder]), completion: Completions.groups)
    var name: String

    func run() throws {
        let entry = try GroupStore(location: global.location).find(name)
        let g = entry.group
        let s = g.settings
        let c = Catalog(global.language(groupSetting: s.language))
        func safe(_ t: String) -> String { TextSafety.sanitize(t) }
        print(c.f(.cliShowGroup, safe(g.name)))
        print(c.f(.cliShowFolder, safe(global.location.groupDir(entry.slug))))
        print(c[.cliShowMembers])
        for (i, m) in g.members.enumerated() {
            print(c.f(i == g.nextLeader ? .cliShowMemberLeads : .cliShowMember, i + 1, safe(m)))
        }
        print(c.f(.cliShowMeetingsHeld, g.meetingsHeld))
        print(c.f(.cliShowNextTheme, g.nextTheme.isEmpty ? c[.cliShowNone] : safe(g.nextTheme)))
        print(
            c.f(.cliShowNextDate, g.nextDate.map { DateText.long($0, c.lang) } ?? c[.cliShowNotSet])
        )
        print(c[.cliShowSettings])
        // The setting names are the keys `group edit --set` takes, so they stay as they are.
        print("  meeting_minutes: \(s.plan.meetingMinutes)")
        print("  pause_minutes: \(s.plan.pauseMinutes)")
        print("  pause_at_minute: \(s.plan.pauseAtMinute)")
        print("  turn_seconds: \(s.plan.turnSeconds)")
        print("  closing_turn_seconds: \(s.plan.closingTurnSeconds)")
        print("  bell: " + (s.bell ? c[.cliShowOn] : c[.cliShowOff]))
        print("  language: " + (s.language.isEmpty ? c[.cliShowFromLang] : safe(s.language)))
        print("  theme: " + (s.theme.isEmpty ? c[.cliShowDefaultTheme] : safe(s.theme)))
        print(
            c.f(
                .cliShowFormat,
                g.format.isEmpty
                    ? c.f(.cliShowFormatAuto, g.effectiveFormat.rawValue) : safe(g.format)))
        for (i, step) in g.agenda.enumerated() {
            if let m = step.minutes {
                print(c.f(.cliShowStepMinutes, i + 1, safe(step.kind), safe(step.title), m))
            } else {
                print(c.f(.cliShowStep, i + 1, safe(step.kind), safe(step.title)))
            }
        }
        if let h = g.horizon { print(c.f(.cliShowHorizon, h)) }
        if let n = g.starterMeetings { print(c.f(.cliShowStarter, n)) }
        if let d = g.starterFollowUp { print(c.f(.cliShowFollowUp, DateText.long(d, c.lang))) }
        if !g.leaving.isEmpty {
            print(c.f(.lifeCliShowLeaving, g.leaving.map(safe).joined(separator: ", ")))
        }
        if g.newMemberPending { print(c[.lifeCliShowNewMember]) }
        let r = s.rhythm
        print(c.f(.lifeCliShowRhythm, r.earlyDays, r.earlyMeetings, r.laterDays))
        if let n = g.evaluationEvery { print(c.f(.lifeCliShowEvaluationEvery, n)) }
        for d in g.decisions {
            let date = DateText.long(d.date, c.lang)
            switch d.choice {
            case .goOn:
                print(
                    d.newHorizon.map { c.f(.lifeCliDecisionGoOnHorizon, date, $0) }
                        ?? c.f(.lifeCliDecisionGoOn, date))
            case .end: print(c.f(.lifeCliDecisionEnd, date))
            case .later: print(c.f(.lifeCliDecisionLater, date))
            }
        }
        if !g.themeBacklog.isEmpty {
            print(c.f(.cliShowBacklog, g.themeBacklog.map(safe).joined(separator: "; ")))
        }
        print(c[.cliShowRules])
        for line in g.rules.split(separator: "\n", omittingEmptySubsequences: false) {
            print("  " + safe(String(line)))
        }
        if !g.ruleChanges.isEmpty {
            print(c[.lifeCliShowRuleChanges])
            for change in g.ruleChanges {
                print(c.f(.lifeCliShowRuleChangeDate, DateText.long(change.date, c.lang)))
                for line in change.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    print("    " + safe(String(line)))
                }
            }
        }
    }
}

/// `runde group delete NAME [--yes]`.
struct GroupDelete: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "delete", abstract: cli[.cliDeleteAbstract],
            discussion: cli[.cliDeleteDiscussion])
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(cli[.cliArgGroupNameOrFolder]), completion: Completions.groups)
    var name: String

    @Flag(name: [.short, .long], help: ArgumentHelp(cli[.cliOptYes]))
    var yes = false

    func run() throws {
        let store = GroupStore(location: global.location)
        let entry = try store.find(name)
        let lang = global.language(groupSetting: entry.group.settings.language)
        try inLanguage(lang) { try delete(entry, store: store, c: Catalog(lang)) }
    }

    private func delete(_ entry: GroupEntry, store: GroupStore, c: Catalog) throws {
        let location = global.location
        if let holder = MeetingLock.currentHolder(at: location.lockFile(entry.slug)) {
            throw CommandError.runtime(.cliCloseMeetingFirst, ErrorReport.message(holder, c))
        }
        let name = TextSafety.sanitize(entry.group.name)
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else { throw CommandError.usage(.cliDeleteNeedsYes) }
            let logs = LogStore(location: location, slug: entry.slug).ids().count
            print(c.f(.cliDeleteGroupConfirm, name, logs), terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingSpaces().lowercased()
            guard ["y", "yes", "j", "ja"].contains(answer) else {
                print(c[.cliNothingDeleted])
                return
            }
        }
        try store.delete(slug: entry.slug)
        print(c.f(.cliGroupDeleted, name))
    }
}

/// Prints a line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
