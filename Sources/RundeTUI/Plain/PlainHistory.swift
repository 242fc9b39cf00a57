import RundeCore
import RundeHistory
import RundeText

/// The history browser read out in plain mode: the list one meeting at a time as the
/// selection moves, a meeting's detail and the trends as sentences, dialogs in full.
public enum PlainHistory {
    /// The lines for `new`, given what was said for `old` (nil: the browser just opened).
    public static func lines(
        from old: HistoryBrowserState?, to new: HistoryBrowserState, lang: Lang
    ) -> [String] {
        let s = Catalog(lang)
        let words = PlainAnnouncer(language: lang)
        var out: [String] = []
        if let m = new.message, m != old?.message { out.append(PlainPrompt.spoken(m)) }
        if let id = new.confirmingDelete, old?.confirmingDelete != id {
            out.append(s.f(.plainHistoryDelete, new.current.map { "\($0.meetingNumber)" } ?? id))
            return out
        }
        if old?.confirmingDelete != nil, new.confirmingDelete == nil, new.message == nil {
            out.append(s[.plainLateCancelled])
        }
        // `?`: the keys of this view in words, at once (nothing stays open to close).
        if new.showingHelp {
            if old?.showingHelp != true {
                out.append(s[.historyHelpTitle])
                out += HistoryBrowserScreen.keymap(new, s).map { PlainPrompt.spoken($0.helpLine) }
            }
            return out
        }
        if new.editingFilter {
            if old?.editingFilter != true { out.append(s[.plainHistoryFilter]) }
            return out
        }
        let screenChanged = old?.screen != new.screen || old?.editingFilter == true
        switch new.screen {
        case .list:
            if old == nil || screenChanged {
                out.append(
                    new.all.isEmpty
                        ? s[.plainHistoryEmpty]
                        : s.f(
                            .plainHistoryTitle,
                            HistoryStrings(lang: lang).lastN(new.visible.count, of: new.all.count)))
                if old?.editingFilter == true, !new.filter.isEmpty {
                    out.append(s.f(.plainHistoryFilterDone, new.filter, new.visible.count))
                }
                if !new.all.isEmpty { out.append(s[.plainHistoryHint]) }
            }
            if new.visible.isEmpty, !new.all.isEmpty, screenChanged || old == nil {
                out.append(s[.plainHistoryNoMatch])
            }
            if let cur = new.current,
                old == nil || screenChanged || old?.selected != new.selected || old?.current != cur
            {
                out.append(row(cur, s, words))
            }
        case .detail:
            if let d = new.detail, old?.detail != d || screenChanged { out += detail(d, s, words) }
        case .trends:
            if screenChanged { out += trends(new.visibleSummaries, s, words) }
        }
        return out
    }

    static func longDate(_ iso: String, _ lang: Lang) -> String {
        LocalDate(iso: iso).map { DateText.long($0, lang) } ?? TextSafety.sanitize(iso)
    }

    static func row(_ m: HistorySummary, _ s: Catalog, _ w: PlainAnnouncer) -> String {
        let duration = w.roughDuration(seconds: Double(m.durationS))
        let date = longDate(m.date, s.lang)
        return m.completed
            ? s.f(.plainHistoryRow, m.meetingNumber, date, m.present, m.members, duration)
            : s.f(.plainHistoryRowUnfinished, m.meetingNumber, date, m.present, m.members, duration)
    }

    static func detail(_ d: HistoryDetail, _ s: Catalog, _ w: PlainAnnouncer) -> [String] {
        let m = d.summary
        var out = [
            s.f(.plainHistoryDetailTitle, m.meetingNumber, longDate(m.date, s.lang)),
            s.f(
                .plainHistoryDuration, w.roughDuration(seconds: Double(m.durationS)),
                w.roughDuration(seconds: Double(m.plannedMinutes * 60))),
            m.guests == 1
                ? s.f(
                    .histPlainAttendance1Guest, m.present, m.members, m.notifiedAbsent, m.absent,
                    m.late)
                : s.f(
                    .plainHistoryAttendance, m.present, m.members, m.notifiedAbsent, m.absent,
                    m.late, m.guests),
        ]
        if let start = d.pauseStartMinute, let length = d.pauseLengthS {
            out.append(s.f(.plainHistoryPause, start, w.roughDuration(seconds: Double(length))))
        } else {
            out.append(s[.plainHistoryNoPause])
        }
        for p in d.phases {
            let title = PhaseKind(rawValue: p.kind).map { s.phase($0) } ?? p.kind
            let actual = w.roughDuration(seconds: Double(p.actualS))
            let planned = w.roughDuration(seconds: Double(p.plannedS))
            if let t = p.turns, t.count > 0 {
                switch (t.count, t.passes) {
                case (1, 0): out.append(s.f(.histPlainPhaseTurns1, title, actual, planned))
                case (1, _): out.append(s.f(.histPlainPhasePasses1, title, actual, planned))
                case (_, 0):
                    out.append(s.f(.plainHistoryPhaseTurns, title, actual, planned, t.count))
                default:
                    out.append(
                        s.f(.plainHistoryPhasePasses, title, actual, planned, t.count, t.passes))
                }
            } else {
                out.append(s.f(.plainHistoryPhase, title, actual, planned))
            }
        }
        if let longest = d.perPersonS.first, let shortest = d.perPersonS.last {
            out.append(
                s.f(
                    .plainHistorySpeaking, w.roughDuration(seconds: Double(longest)),
                    w.roughDuration(seconds: Double(shortest)), decimal(m.balanceGini, s.lang)))
        }
        out.append(m.nextTheme.isEmpty ? s[.plainThemeEmpty] : s.f(.plainHistoryTheme, m.nextTheme))
        out.append(s[.plainHistoryDetailHint])
        return out
    }

    static func trends(_ list: [HistorySummary], _ s: Catalog, _ w: PlainAnnouncer) -> [String] {
        let t = HistoryTrends(list)
        let one = t.count == 1
        return [
            one ? s[.histPlainTrendsTitle1] : s.f(.plainHistoryTrendsTitle, t.count),
            s.f(.plainHistoryTrendsAttendance, Int((t.meanAttendance * 100).rounded())),
            t.finishedCount == 1
                ? s.f(.histPlainTrendsOnTime1, t.onTimeCount)
                : s.f(.plainHistoryTrendsOnTime, t.onTimeCount, t.finishedCount),
            one
                ? s.f(.histPlainTrendsPause1, t.pauseTakenCount)
                : s.f(.plainHistoryTrendsPause, t.pauseTakenCount, t.count),
            s.f(.plainHistoryTrendsBalance, decimal(t.meanBalance, s.lang)),
            s.f(
                .plainHistoryTrendsOverrun, w.roughDuration(seconds: Double(max(0, t.meanOverrunS)))
            ),
            s[.plainHistoryTrendsHint],
        ]
    }

    /// Two decimals with the language's decimal mark: `0,25` / `0.25`.
    static func decimal(_ x: Double, _ lang: Lang) -> String {
        let hundredths = Int((max(0, min(1, x.isFinite ? x : 0)) * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return Catalog(lang).decimalMark(text)
    }
}
