import TOMLKit

/// The keys of the group's life in `group.toml`: a new member pending and who it is, members
/// leaving, the last meeting's date, evaluations every N meetings, the group's decisions and the
/// history of its rules card (dates and texts, never names of who changed them).
extension GroupFileTOML {
    static func encodeLife(_ group: GroupFile, into root: TOMLTable) {
        // `new_member` stays beside the names, so an older Runde still proposes the format.
        if group.newMemberPending {
            root["new_member"] = true
            let named = group.newMembers.filter { group.members.contains($0) }
            if !named.isEmpty { root["new_members"] = TOMLArray(named) }
        }
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

    static func decodeLife(
        root: TOMLTable, reader: Reader, text: String, file: String,
        into group: inout GroupFile
    ) throws(GroupFileError) {
        // A name no longer in the roster (the file edited by hand) is let go quietly: the
        // meeting is still proposed, and a stale name must not stop the group from opening.
        var named: [String] = []
        for n in try reader.strings("new_members") ?? []
        where group.members.contains(n) && !named.contains(n) {
            named.append(n)
        }
        group.newMemberPending = try reader.bool("new_member") ?? !named.isEmpty
        group.newMembers = group.newMemberPending ? named : []
        let leaving = try reader.strings("leaving") ?? []
        if leaving.contains(where: { !group.members.contains($0) }) {
            throw reader.error("leaving", .leavingNotAMember)
        }
        group.leaving = leaving
        if let s = try reader.string("last_meeting_date"), !s.isEmpty {
            guard let d = LocalDate(iso: s) else {
                throw reader.error("last_meeting_date", .notADate)
            }
            group.lastMeetingDate = d
        }
        if let n = try reader.int("evaluation_every") {
            guard (1...500).contains(n) else {
                throw reader.error("evaluation_every", .outOfRange(min: 1, max: 500, value: n))
            }
            group.evaluationEvery = n
        }
        if let v = root["decisions"] {
            guard let list = v.array else {
                throw reader.error("decisions", .notAList(example: "[[decisions]]"))
            }
            guard list.count <= 500 else {
                throw reader.error("decisions", .tooManyEntries(max: 500))
            }
            for (i, item) in list.enumerated() {
                guard let t = item.table else {
                    throw reader.error(
                        "decisions", .notATable(example: "[[decisions]]"), item: i + 1)
                }
                let r = Reader(root: t, text: text, file: file, table: "decisions")
                guard let ds = try r.string("date", item: i + 1), let date = LocalDate(iso: ds)
                else {
                    throw r.error("date", .notADate, item: i + 1)
                }
                guard let cs = try r.string("choice", item: i + 1),
                    let choice = HorizonDecision.Choice(rawValue: cs)
                else {
                    throw r.error("choice", .notAChoice, item: i + 1)
                }
                let h = try r.int("horizon", item: i + 1)
                if let h, !(1...500).contains(h) {
                    throw r.error("horizon", .outOfRange(min: 1, max: 500, value: h), item: i + 1)
                }
                group.decisions.append(HorizonDecision(date: date, choice: choice, newHorizon: h))
            }
        }
        if let v = root["rule_changes"] {
            guard let list = v.array else {
                throw reader.error("rule_changes", .notAList(example: "[[rule_changes]]"))
            }
            guard list.count <= 500 else {
                throw reader.error("rule_changes", .tooManyEntries(max: 500))
            }
            for (i, item) in list.enumerated() {
                guard let t = item.table else {
                    throw reader.error(
                        "rule_changes", .notATable(example: "[[rule_changes]]"), item: i + 1)
                }
                let r = Reader(root: t, text: text, file: file, table: "rule_changes")
                guard let ds = try r.string("date", item: i + 1), let date = LocalDate(iso: ds)
                else {
                    throw r.error("date", .notADate, item: i + 1)
                }
                let body = try r.string("text", item: i + 1) ?? ""
                if body.split(separator: "\n").contains(where: {
                    TextSafety.containsUnsafe(String($0))
                }) {
                    throw r.error("text", .controlCharacters, item: i + 1)
                }
                group.ruleChanges.append(RuleChange(date: date, text: String(body.prefix(4000))))
            }
        }
    }
}
