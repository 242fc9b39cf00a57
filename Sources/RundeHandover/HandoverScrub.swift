import RundeCore

/// A handover file is trusted no more than typing: every free text in every log it carries goes
/// through the name rule (DESIGN §2) against the roster it brings, and the group's theme and
/// proposals too, before anything reaches the disk.
enum HandoverScrub {
    /// The log with every text field scrubbed (the schema is checked elsewhere). Fields the log
    /// model does not know are never written: a log is re-encoded from what was read.
    static func log(_ log: SessionLog, _ scrubber: NameScrubber) -> SessionLog {
        var l = log
        let s = { (t: String) in scrubber.scrub(t) }
        l.appVersion = s(l.appVersion)
        l.date = s(l.date)
        l.startedAt = s(l.startedAt)
        l.endedAt = s(l.endedAt)
        l.format = l.format.map(s)
        l.theme = l.theme.map(s)
        l.next.theme = s(l.next.theme)
        l.next.date = l.next.date.map(s)
        for i in l.phases.indices {
            l.phases[i].kind = s(l.phases[i].kind)
            l.phases[i].mode = l.phases[i].mode.map(s)
        }
        return l
    }

    /// The group with its next theme and its proposals kept for later scrubbed against its own
    /// roster; the same group when nothing named anyone.
    static func group(_ g: GroupFile, _ scrubber: NameScrubber) -> GroupFile {
        var out = g
        out.nextTheme = scrubber.scrub(g.nextTheme)
        var backlog: [String] = []
        for p in g.themeBacklog.map({ scrubber.scrub($0) }) where !backlog.contains(p) {
            backlog.append(p)
        }
        out.themeBacklog = backlog
        return out
    }
}
