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
        for line in GroupEditSteps.everydayNotes(group.members, catalog: c) { print(line) }
        // A hint, never a refusal: the group owns its size.
        if let hint = GroupSizeHint.text(members: group.members.count, c) { print(hint) }
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
        // The repair hint only for a file whose content is bad: a permission problem is no
        // reason to delete a group.
        if listing.failures.contains(where: { $0 is GroupFileError }) {
            print(c[.badGroupHint])
        }
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
                        .cliEnded, name, e.slug, g.members.count, g.meetingsHeld,
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
        let today = LocalDate(
            instant: BootClock().now(), utcOffsetSeconds: BootClock.utcOffsetSeconds())
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
        // The setting names are the keys `group edit --set` takes, from the one table; the
        // sentences around them are in the user's language.
        for setting in GroupSetting.allCases where setting.inSettingsTable {
            print("  \(setting.name): " + shown(setting.value(in: g), of: setting, c))
        }
        // One truth about the next meeting: what Runde proposes for it, and why.
        if g.format.isEmpty {
            let proposal = GroupLife.propose(for: g, today: today)
            print(c.f(.showFormatProposed, g.meetingsHeld + 1, c.formatName(proposal.format)))
            for reason in proposal.reasons {
                print(c.f(.showFormatReason, c.lifeReason(reason, followUp: g.starterFollowUp)))
            }
        } else {
            print(c.f(.showFormatChosen, g.chosenFormat.map(c.formatName) ?? safe(g.format)))
        }
        for (i, step) in g.agenda.enumerated() {
            if let m = step.minutes {
                print(c.f(.cliShowStepMinutes, i + 1, safe(step.kind), safe(step.title), m))
            } else {
                print(c.f(.cliShowStep, i + 1, safe(step.kind), safe(step.title)))
            }
        }
        print(evaluationSentence(g, c))
        if let n = g.evaluationEvery { print(c.f(.showEvaluationEvery, n)) }
        print(g.starterMeetings.map { c.f(.showStarter, $0) } ?? c[.showNoStarter])
        if let d = g.starterFollowUp { print(c.f(.cliShowFollowUp, DateText.long(d, c.lang))) }
        if !g.leaving.isEmpty {
            print(c.f(.cliShowLeaving, g.leaving.map(safe).joined(separator: ", ")))
        }
        if !g.newMembers.isEmpty {
            print(c.f(.cliShowNewMembers, g.newMembers.map(safe).joined(separator: ", ")))
        }
        let r = s.rhythm
        print(c.f(.cliShowRhythm, r.earlyDays, r.earlyMeetings, r.laterDays))
        for d in g.decisions {
            let date = DateText.long(d.date, c.lang)
            switch d.choice {
            case .goOn:
                print(
                    d.newHorizon.map { c.f(.cliDecisionGoOnHorizon, date, $0) }
                        ?? c.f(.cliDecisionGoOn, date))
            case .end: print(c.f(.cliDecisionEnd, date))
            case .later: print(c.f(.cliDecisionLater, date))
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
            print(c[.cliShowRuleChanges])
            for change in g.ruleChanges {
                print(c.f(.cliShowRuleChangeDate, DateText.long(change.date, c.lang)))
                for line in change.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    print("    " + safe(String(line)))
                }
            }
        }
    }
}

extension GroupShow {
    /// A setting's value as `group show` prints it: numbers and dates as `--set` takes them,
    /// the words around them in the user's language.
    func shown(_ v: GroupSettingValue, of setting: GroupSetting, _ c: Catalog) -> String {
        switch (setting, v) {
        case (_, .number(let n?)): return String(n)
        case (_, .number(nil)): return c[.cliShowNone]
        case (_, .onOff(let on)): return on ? c[.cliShowOn] : c[.cliShowOff]
        case (.language, .text(let t)):
            return t.isEmpty ? c[.cliShowFromLang] : TextSafety.sanitize(t)
        case (_, .text(let t)): return t.isEmpty ? c[.cliShowDefaultTheme] : TextSafety.sanitize(t)
        case (_, .date(let d)): return d.map { DateText.long($0, c.lang) } ?? c[.cliShowNotSet]
        }
    }

    /// The evaluation meeting in a sentence: the meetings the group set aside (after its
    /// last decision to go on, when it made one), or that none is planned.
    func evaluationSentence(_ g: GroupFile, _ c: Catalog) -> String {
        guard let h = g.horizon else { return c[.showNoEvaluation] }
        if let d = g.decisions.last, d.choice == .goOn, d.newHorizon != nil {
            return c.f(.showEvaluationAfterDecision, DateText.long(d.date, c.lang), h)
        }
        return c.f(.showEvaluation, h)
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
