import TOMLKit

/// The keys of the group's life in `group.toml`: a new member pending, members leaving, the
/// last meeting's date, evaluations every N meetings, the group's decisions and the history of
/// its rules card (dates and texts, never names of who changed them).
extension GroupFileTOML {
    static func encodeLife(_ group: GroupFile, into root: TOMLTable) {
        if group.newMemberPending { root["new_member"] = true }
        if !group.leaving.isEmpty { root["leaving"] = TOMLArray(group.leaving) }
        if let d = group.lastMeetingDate { root["last_meeting_date"] = d.iso }
        if let n = group.evaluationEvery { root["evaluation_every"] = n }
        if !group.decisions.isEmpty {
            let list = TOMLArray()
            for d in group.decisions {
                let t = TOMLTable()
                t["date"] = d.date.iso
                t["choice"] = d.choice.rawValue
                if let h = d.newHorizon { t["horizon"] = h }
                list.append(t)
            }
            root["decisions"] = list
        }
        if !group.ruleChanges.isEmpty {
            let list = TOMLArray()
            for c in group.ruleChanges {
                let t = TOMLTable()
                t["date"] = c.date.iso
                t["text"] = c.text
                list.append(t)
            }
            root["rule_changes"] = list
        }
    }

    static func decodeLife(root: TOMLTable, reader: Reader, text: String, file: String,
                           into group: inout GroupFile) throws(GroupFileError) {
        group.newMemberPending = try reader.bool("new_member") ?? false
        let leaving = try reader.strings("leaving") ?? []
        if leaving.contains(where: { !group.members.contains($0) }) {
            throw reader.error("leaving", "names someone who is not in members")
        }
        group.leaving = leaving
        if let s = try reader.string("last_meeting_date"), !s.isEmpty {
            guard let d = LocalDate(iso: s) else { throw reader.error("last_meeting_date", "must be a date written \"YYYY-MM-DD\"") }
            group.lastMeetingDate = d
        }
        if let n = try reader.int("evaluation_every") {
            guard (1...500).contains(n) else { throw reader.error("evaluation_every", "must be between 1 and 500") }
            group.evaluationEvery = n
        }
        if let v = root["decisions"] {
            guard let list = v.array, list.count <= 500 else { throw reader.error("decisions", "must be a list of [[decisions]] tables") }
            for (i, item) in list.enumerated() {
                guard let t = item.table else { throw reader.error("decisions", "item \(i + 1) must be a table") }
                let r = Reader(root: t, text: text, file: file, table: "decisions")
                guard let ds = try r.string("date"), let date = LocalDate(iso: ds) else {
                    throw r.error("date", "item \(i + 1): must be a date written \"YYYY-MM-DD\"")
                }
                guard let cs = try r.string("choice"), let choice = HorizonDecision.Choice(rawValue: cs) else {
                    throw r.error("choice", "item \(i + 1): must be \"go_on\", \"end\" or \"later\"")
                }
                let h = try r.int("horizon")
                if let h, !(1...500).contains(h) { throw r.error("horizon", "item \(i + 1): must be between 1 and 500") }
                group.decisions.append(HorizonDecision(date: date, choice: choice, newHorizon: h))
            }
        }
        if let v = root["rule_changes"] {
            guard let list = v.array, list.count <= 500 else { throw reader.error("rule_changes", "must be a list of [[rule_changes]] tables") }
            for (i, item) in list.enumerated() {
                guard let t = item.table else { throw reader.error("rule_changes", "item \(i + 1) must be a table") }
                let r = Reader(root: t, text: text, file: file, table: "rule_changes")
                guard let ds = try r.string("date"), let date = LocalDate(iso: ds) else {
                    throw r.error("date", "item \(i + 1): must be a date written \"YYYY-MM-DD\"")
                }
                let body = try r.string("text") ?? ""
                if body.split(separator: "\n").contains(where: { TextSafety.containsUnsafe(String($0)) }) {
                    throw r.error("text", "item \(i + 1) contains control characters")
                }
                group.ruleChanges.append(RuleChange(date: date, text: String(body.prefix(4000))))
            }
        }
    }
}
