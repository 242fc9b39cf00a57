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
        root["settings"] = s
        let r = TOMLTable()
        r["text"] = group.rules
        root["rules"] = r
        let header = "# Runde group file. The member labels are stored here and nowhere else.\n\n"
        var body = root.convert(to: .toml, options: [.allowMultilineStrings, .allowUnicodeStrings, .indentations])
        if !body.hasSuffix("\n") { body += "\n" }
        return header + body
    }

    /// Parses and checks a group file; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws(GroupFileError) -> GroupFile {
        if text.unicodeScalars.contains("\u{0}") {
            throw GroupFileError(file: file, problem: "not a text file (it contains NUL bytes)")
        }
        if let problem = TOMLKitGuard.firstProblem(in: text, arrays: .allowed, headerExample: "[settings]") {
            throw GroupFileError(file: file, line: problem.line, problem: "not valid TOML (\(problem.message))")
        }
        let root: TOMLTable
        do { root = try TOMLTable(string: text) } catch let e as TOMLParseError {
            throw GroupFileError(file: file, line: e.source.begin.line,
                                 problem: "not valid TOML (\(TextSafety.sanitize(e.description)))")
        } catch {
            throw GroupFileError(file: file, problem: "not valid TOML")
        }
        let reader = Reader(root: root, text: text, file: file)

        guard let name = try reader.string("name") else { throw reader.missing("name") }
        if let p = GroupValidation.nameProblem(name) { throw reader.error("name", p) }

        guard let members = try reader.strings("members") else { throw reader.missing("members") }
        if let p = GroupValidation.membersProblem(members) { throw reader.error("members", p) }

        let nextLeader = try reader.int("next_leader") ?? 0
        if !members.indices.contains(nextLeader) {
            throw reader.error("next_leader", "must be an index into members (0 to \(members.count - 1)), not \(nextLeader)")
        }
        let meetingsHeld = try reader.int("meetings_held") ?? 0
        if meetingsHeld < 0 { throw reader.error("meetings_held", "must be 0 or more, not \(meetingsHeld)") }
        let nextTheme = try reader.string("next_theme") ?? ""

        var nextDate: LocalDate?
        if let v = root["next_date"] {
            if let s = v.string, let d = LocalDate(iso: s) {
                nextDate = d
            } else if let d = v.date, let ld = LocalDate(iso: LocalDate(year: Int(d.year), month: Int(d.month), day: Int(d.day)).iso) {
                nextDate = ld
            } else if let s = v.string, s.isEmpty {
                nextDate = nil
            } else {
                throw reader.error("next_date", "must be a date written \"YYYY-MM-DD\"")
            }
        }

        var settings = GroupSettings()
        if let v = root["settings"] {
            guard let t = v.table else { throw reader.error("settings", "must be a table ([settings])") }
            let sr = Reader(root: t, text: text, file: file, table: "settings")
            var plan = MeetingPlan.standard
            plan.meetingMinutes = try sr.int("meeting_minutes") ?? plan.meetingMinutes
            plan.pauseMinutes = try sr.int("pause_minutes") ?? plan.pauseMinutes
            plan.pauseAtMinute = try sr.int("pause_at_minute") ?? plan.pauseAtMinute
            plan.turnSeconds = try sr.int("turn_seconds") ?? plan.turnSeconds
            plan.closingTurnSeconds = try sr.int("closing_turn_seconds") ?? plan.closingTurnSeconds
            if let problem = plan.validationError() {
                let key = String(problem.prefix { $0 != " " })
                throw sr.error(key, String(problem.dropFirst(key.count).drop { $0 == " " }))
            }
            settings.plan = plan
            settings.bell = try sr.bool("bell") ?? settings.bell
            let language = try sr.string("language") ?? ""
            if !GroupValidation.languages.contains(language) {
                throw sr.error("language", "must be \"nb\", \"en\" or empty (follow LANG)")
            }
            settings.language = language
            let theme = try sr.string("theme") ?? ""
            if TextSafety.containsUnsafe(theme) { throw sr.error("theme", "contains control characters") }
            settings.theme = theme
        }

        var rules = GroupFile.defaultRules
        if let v = root["rules"] {
            guard let t = v.table else { throw reader.error("rules", "must be a table ([rules] with a text key)") }
            let rr = Reader(root: t, text: text, file: file, table: "rules")
            rules = try rr.string("text") ?? rules
        }

        return GroupFile(name: name, members: members, nextLeader: nextLeader, meetingsHeld: meetingsHeld,
                         nextTheme: nextTheme, nextDate: nextDate, settings: settings, rules: rules)
    }

    /// Checks a group as `decode` would, before it is saved.
    public static func validate(_ group: GroupFile, file: String) throws(GroupFileError) {
        func fail(_ key: String, _ p: String) -> GroupFileError { GroupFileError(file: file, key: key, problem: p) }
        if let p = GroupValidation.nameProblem(group.name) { throw fail("name", p) }
        if let p = GroupValidation.membersProblem(group.members) { throw fail("members", p) }
        if !group.members.indices.contains(group.nextLeader) {
            throw fail("next_leader", "must be an index into members (0 to \(group.members.count - 1)), not \(group.nextLeader)")
        }
        if group.meetingsHeld < 0 { throw fail("meetings_held", "must be 0 or more") }
        if let p = group.settings.plan.validationError() { throw fail("settings", p) }
        if !GroupValidation.languages.contains(group.settings.language) {
            throw fail("settings.language", "must be \"nb\", \"en\" or empty (follow LANG)")
        }
        if TextSafety.containsUnsafe(group.settings.theme) { throw fail("settings.theme", "contains control characters") }
    }

    /// Typed access to one table, with errors that name the key and its line.
    private struct Reader {
        let root: TOMLTable
        let text: String
        let file: String
        var table: String? = nil

        func qualified(_ key: String) -> String { table.map { "\($0).\(key)" } ?? key }

        func error(_ key: String, _ problem: String) -> GroupFileError {
            GroupFileError(file: file, key: qualified(key), line: GroupFileTOML.line(of: key, in: table, text: text),
                           problem: problem)
        }

        func missing(_ key: String) -> GroupFileError {
            GroupFileError(file: file, key: qualified(key), problem: "is missing")
        }

        func string(_ key: String) throws(GroupFileError) -> String? {
            guard let v = root[key] else { return nil }
            guard let s = v.string else { throw error(key, "must be a string (text in quotes), not \(describe(v.type))") }
            return s
        }

        func int(_ key: String) throws(GroupFileError) -> Int? {
            guard let v = root[key] else { return nil }
            guard let i = v.int else { throw error(key, "must be a whole number, not \(describe(v.type))") }
            return i
        }

        func bool(_ key: String) throws(GroupFileError) -> Bool? {
            guard let v = root[key] else { return nil }
            guard let b = v.bool else { throw error(key, "must be true or false, not \(describe(v.type))") }
            return b
        }

        func strings(_ key: String) throws(GroupFileError) -> [String]? {
            guard let v = root[key] else { return nil }
            guard let a = v.array else { throw error(key, "must be a list of strings, like [\"A\", \"B\"], not \(describe(v.type))") }
            var out: [String] = []
            for (i, item) in a.enumerated() {
                guard let s = item.string else {
                    throw error(key, "item \(i + 1) must be a string, not \(describe(item.type))")
                }
                out.append(s)
            }
            return out
        }

        func describe(_ type: TOMLType) -> String {
            switch type {
            case .string: return "a string"
            case .int: return "a whole number"
            case .double: return "a decimal number"
            case .bool: return "true/false"
            case .array: return "a list"
            case .table: return "a table"
            case .date, .time, .dateTime: return "a date or time"
            }
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
