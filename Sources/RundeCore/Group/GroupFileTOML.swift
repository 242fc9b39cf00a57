import RundeText
import TOMLKit

/// `group.toml` ⇄ `GroupFile` (DESIGN §4), through TOMLKit.
///
/// Reading is tolerant: optional keys that are missing take their defaults, and unknown keys are
/// ignored. It refuses, with a `GroupFileError` naming the file, the key and the line, anything
/// that is not TOML, has the wrong type, or does not make sense (too few members, labels with
/// control characters, `next_leader` out of range, an impossible plan).
public enum GroupFileTOML {
    /// The file as TOML text.
    public static func encode(_ group: GroupFile) -> String {
        let root = TOMLTable()
        root["name"] = group.name
        root["members"] = TOMLArray(group.members)
        root["next_leader"] = group.nextLeader
        root["meetings_held"] = group.meetingsHeld
        root["next_theme"] = group.nextTheme
        if let d = group.nextDate { root["next_date"] = d.iso }
        let s = TOMLTable()
        let plan = group.settings.plan
        s["meeting_minutes"] = plan.meetingMinutes
        s["pause_minutes"] = plan.pauseMinutes
        s["pause_at_minute"] = plan.pauseAtMinute
        s["turn_seconds"] = plan.turnSeconds
        s["closing_turn_seconds"] = plan.closingTurnSeconds
        s["bell"] = group.settings.bell
        s["language"] = group.settings.language
        s["theme"] = group.settings.theme
        let rhythm = group.settings.rhythm
        if rhythm != Rhythm() {
            s["rhythm_early_meetings"] = rhythm.earlyMeetings
            s["rhythm_early_days"] = rhythm.earlyDays
            s["rhythm_days"] = rhythm.laterDays
        }
        root["settings"] = s
        if !group.format.isEmpty { root["format"] = group.format }
        if let h = group.horizon { root["horizon"] = h }
        if let s = group.starterMeetings { root["starter_meetings"] = s }
        if let d = group.starterFollowUp { root["follow_up_date"] = d.iso }
        encodeLife(group, into: root)
        if !group.themeBacklog.isEmpty { root["theme_backlog"] = TOMLArray(group.themeBacklog) }
        let r = TOMLTable()
        r["text"] = group.rules
        root["rules"] = r
        if !group.agenda.isEmpty {
            let steps = TOMLArray()
            for step in group.agenda {
                let st = TOMLTable()
                st["kind"] = step.kind
                st["title"] = step.title
                if !step.text.isEmpty { st["text"] = step.text }
                if let m = step.minutes { st["minutes"] = m }
                steps.append(st)
            }
            root["agenda"] = steps
        }
        let header = "# Runde group file. The member labels are stored here and nowhere else.\n\n"
        var body = root.convert(
            to: .toml, options: [.allowMultilineStrings, .allowUnicodeStrings, .indentations])
        if !body.hasSuffix("\n") { body += "\n" }
        return header + body
    }

    /// Parses and checks a group file; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws(GroupFileError) -> GroupFile {
        if text.unicodeScalars.contains("\u{0}") {
            throw GroupFileError(file: file, problem: .text(.nulByte))
        }
        if let problem = TOMLKitGuard.firstProblem(
            in: text, arrays: .allowed, headerExample: "[settings]")
        {
            throw GroupFileError(
                file: file, line: problem.line, problem: .text(.guarded(problem.problem)))
        }
        let root: TOMLTable
        do { root = try TOMLTable(string: text) } catch let e as TOMLParseError {
            throw GroupFileError(
                file: file, line: e.source.begin.line,
                problem: .text(.notTOML(detail: TextSafety.sanitize(e.description))))
        } catch {
            throw GroupFileError(file: file, problem: .text(.notTOML(detail: nil)))
        }
        let reader = Reader(root: root, text: text, file: file)

        guard let name = try reader.string("name") else { throw reader.missing("name") }
        if let p = GroupValidation.nameIssue(name) { throw reader.error("name", .group(p)) }

        guard let members = try reader.strings("members") else { throw reader.missing("members") }
        if let p = GroupValidation.membersIssue(members, newFrom: members.count) {
            throw reader.error("members", .group(p))
        }

        let nextLeader = try reader.int("next_leader") ?? 0
        let meetingsHeld = try reader.int("meetings_held") ?? 0
        let nextTheme = try reader.string("next_theme") ?? ""

        var nextDate: LocalDate?
        if let v = root["next_date"] {
            if let s = v.string, let d = LocalDate(iso: s) {
                nextDate = d
            } else if let d = v.date,
                let ld = LocalDate(
                    iso: LocalDate(year: Int(d.year), month: Int(d.month), day: Int(d.day)).iso)
            {
                nextDate = ld
            } else if let s = v.string, s.isEmpty {
                nextDate = nil
            } else {
                throw reader.error("next_date", .notADate)
            }
        }

        var settings = GroupSettings()
        if let v = root["settings"] {
            guard let t = v.table else {
                throw reader.error("settings", .notATable(example: "[settings]"))
            }
            let sr = Reader(root: t, text: text, file: file, table: "settings")
            var plan = MeetingPlan.standard
            plan.meetingMinutes = try sr.int("meeting_minutes") ?? plan.meetingMinutes
            plan.pauseMinutes = try sr.int("pause_minutes") ?? plan.pauseMinutes
            plan.pauseAtMinute = try sr.int("pause_at_minute") ?? plan.pauseAtMinute
            plan.turnSeconds = try sr.int("turn_seconds") ?? plan.turnSeconds
            plan.closingTurnSeconds = try sr.int("closing_turn_seconds") ?? plan.closingTurnSeconds
            settings.plan = plan
            settings.bell = try sr.bool("bell") ?? settings.bell
            let language = try sr.string("language") ?? ""
            if !GroupValidation.languages.contains(language) {
                throw sr.error("language", .notALanguage)
            }
            settings.language = language
            let theme = try sr.string("theme") ?? ""
            if TextSafety.containsUnsafe(theme) { throw sr.error("theme", .controlCharacters) }
            settings.theme = theme
            var rhythm = Rhythm()
            if let n = try sr.int("rhythm_early_meetings") {
                guard GroupValidation.rhythmEarlyMeetingsRange.contains(n) else {
                    throw sr.error("rhythm_early_meetings", .outOfRange(min: 0, max: 100, value: n))
                }
                rhythm.earlyMeetings = n
            }
            for (key, path) in [
                ("rhythm_early_days", \Rhythm.earlyDays), ("rhythm_days", \Rhythm.laterDays),
            ] {
                if let n = try sr.int(key) {
                    guard GroupValidation.rhythmDaysRange.contains(n) else {
                        throw sr.error(key, .outOfRange(min: 1, max: 365, value: n))
                    }
                    rhythm[keyPath: path] = n
                }
            }
            settings.rhythm = rhythm
        }

        var rules = GroupFile.defaultRules(Lang(code: settings.language) ?? .nb)
        if let v = root["rules"] {
            guard let t = v.table else {
                throw reader.error("rules", .notATable(example: "[rules]"))
            }
            let rr = Reader(root: t, text: text, file: file, table: "rules")
            rules = try rr.string("text") ?? rules
        }

        var group = GroupFile(
            name: name, members: members, nextLeader: nextLeader, meetingsHeld: meetingsHeld,
            nextTheme: nextTheme, nextDate: nextDate, settings: settings, rules: rules)
        try decodeLifecycle(root: root, reader: reader, text: text, file: file, into: &group)
        if let (key, item, problem) = GroupValidation.numberProblem(group) {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                throw Reader(root: root, text: text, file: file, table: parts[0]).error(
                    parts[1], problem, item: item)
            }
            throw reader.error(key, problem, item: item)
        }
        return group
    }

    /// The life-cycle keys: format, agenda, horizon, starter, theme backlog.
    private static func decodeLifecycle(
        root: TOMLTable, reader: Reader, text: String, file: String,
        into group: inout GroupFile
    ) throws(GroupFileError) {
        let format = try reader.string("format") ?? ""
        if !format.isEmpty && MeetingFormat(rawValue: format) == nil {
            throw reader.error("format", .notAFormat)
        }
        group.format = format
        if let h = try reader.int("horizon") { group.horizon = h }
        if let s = try reader.int("starter_meetings") { group.starterMeetings = s }
        for key in ["starter_followup", "follow_up_date"] {
            if let s = try reader.string(key), !s.isEmpty {
                guard let d = LocalDate(iso: s) else { throw reader.error(key, .notADate) }
                group.starterFollowUp = d
            }
        }
        try decodeLife(root: root, reader: reader, text: text, file: file, into: &group)
        let backlog = try reader.strings("theme_backlog") ?? []
        if let i = backlog.firstIndex(where: TextSafety.containsUnsafe) {
            throw reader.error("theme_backlog", .controlCharacters, item: i + 1)
        }
        group.themeBacklog = Array(backlog.prefix(50))
        guard let v = root["agenda"] else { return }
        guard let steps = v.array else {
            throw reader.error("agenda", .notAList(example: "[[agenda]]"))
        }
        guard steps.count <= 30 else { throw reader.error("agenda", .tooManyEntries(max: 30)) }
        for (i, item) in steps.enumerated() {
            guard let st = item.table else {
                throw reader.error("agenda", .notATable(example: "[[agenda]]"), item: i + 1)
            }
            let sr = Reader(root: st, text: text, file: file, table: "agenda")
            let kind = try sr.string("kind", item: i + 1) ?? ""
            guard GroupAgendaStep.kinds[kind] != nil else {
                throw sr.error("kind", .notAStepKind, item: i + 1)
            }
            let title = try sr.string("title", item: i + 1) ?? ""
            if TextSafety.containsUnsafe(title) {
                throw sr.error("title", .controlCharacters, item: i + 1)
            }
            let body = try sr.string("text", item: i + 1) ?? ""
            if body.split(separator: "\n").contains(where: { TextSafety.containsUnsafe(String($0)) }
            ) {
                throw sr.error("text", .controlCharacters, item: i + 1)
            }
            let minutes = try sr.int("minutes", item: i + 1)
            group.agenda.append(
                GroupAgendaStep(kind: kind, title: title, text: body, minutes: minutes))
        }
    }

    /// Checks a group as `decode` would, before it is saved.
    public static func validate(_ group: GroupFile, file: String) throws(GroupFileError) {
        func fail(_ key: String, _ p: GroupFileProblem, item: Int? = nil) -> GroupFileError {
            GroupFileError(file: file, key: key, item: item, problem: p)
        }
        if let p = GroupValidation.nameIssue(group.name) { throw fail("name", .group(p)) }
        if let p = GroupValidation.membersIssue(group.members, newFrom: group.members.count) {
            throw fail("members", .group(p))
        }
        if let (key, item, problem) = GroupValidation.numberProblem(group) {
            throw fail(key, problem, item: item)
        }
        if !GroupValidation.languages.contains(group.settings.language) {
            throw fail("settings.language", .notALanguage)
        }
        if TextSafety.containsUnsafe(group.settings.theme) {
            throw fail("settings.theme", .controlCharacters)
        }
        if !group.format.isEmpty && MeetingFormat(rawValue: group.format) == nil {
            throw fail("format", .notAFormat)
        }
        if let i = group.themeBacklog.firstIndex(where: TextSafety.containsUnsafe) {
            throw fail("theme_backlog", .controlCharacters, item: i + 1)
        }
        if group.leaving.contains(where: { !group.members.contains($0) }) {
            throw fail("leaving", .leavingNotAMember)
        }
    }

    /// Typed access to one table, with errors that name the key and its line.
    struct Reader {
        let root: TOMLTable
        let text: String
        let file: String
        var table: String? = nil

        func qualified(_ key: String) -> String { table.map { "\($0).\(key)" } ?? key }

        func error(_ key: String, _ problem: GroupFileProblem, item: Int? = nil) -> GroupFileError {
            GroupFileError(
                file: file, key: qualified(key),
                line: GroupFileTOML.line(of: key, in: table, text: text),
                item: item, problem: problem)
        }

        func missing(_ key: String) -> GroupFileError {
            GroupFileError(file: file, key: qualified(key), problem: .missing)
        }

        func string(_ key: String, item: Int? = nil) throws(GroupFileError) -> String? {
            guard let v = root[key] else { return nil }
            guard let s = v.string else {
                throw error(
                    key, .wrongType(expected: .string, found: TOMLValueKind(v.type)), item: item)
            }
            return s
        }

        func int(_ key: String, item: Int? = nil) throws(GroupFileError) -> Int? {
            guard let v = root[key] else { return nil }
            guard let i = v.int else {
                throw error(
                    key, .wrongType(expected: .wholeNumber, found: TOMLValueKind(v.type)),
                    item: item)
            }
            return i
        }

        func bool(_ key: String) throws(GroupFileError) -> Bool? {
            guard let v = root[key] else { return nil }
            guard let b = v.bool else {
                throw error(key, .wrongType(expected: .trueFalse, found: TOMLValueKind(v.type)))
            }
            return b
        }

        func strings(_ key: String) throws(GroupFileError) -> [String]? {
            guard let v = root[key] else { return nil }
            guard let a = v.array else {
                throw error(key, .wrongType(expected: .listOfStrings, found: TOMLValueKind(v.type)))
            }
            var out: [String] = []
            for (i, item) in a.enumerated() {
                guard let s = item.string else {
                    throw error(
                        key, .wrongType(expected: .string, found: TOMLValueKind(item.type)),
                        item: i + 1)
                }
                out.append(s)
            }
            return out
        }
    }

    /// Best-effort line number (1-based) of `key = …` in `table` (nil: the top level).
    static func line(of key: String, in table: String?, text: String) -> Int? {
        var current: String? = nil
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                current = inner.trimmingCharacters(in: " \t\"")
                continue
            }
            guard current == table else { continue }
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(candidate) {
                let rest = line.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") { return lineNo }
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
