import RundeCore

/// Deterministic, varied, valid session logs for tests and benchmarks (no names anywhere).
public struct SampleLogGenerator: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// Themes with commas, quotes and Norwegian letters, to exercise every format.
    public static let themes = [
        "Skam", "Sorg, savn og hverdag", "\"Å be om hjelp\"", "Søvn", "", "Grenser",
        "Det som er vanskelig å si", "Jul", "Ensomhet; og fellesskap", "Glede",
    ]

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// The log of meeting number `number` (1-based); meetings are a week apart from 2024-01-04.
    public mutating func log(number: Int) -> SessionLog {
        let date = LocalDate(year: 2024, month: 1, day: 4).adding(days: 7 * (number - 1))
        let members = int(4...10)
        let notified = int(0...2)
        let absent = int(0...1)
        let present = max(1, members - notified - absent)
        let late = int(0...min(2, present)) == 2 ? 1 : 0
        let plan = MeetingPlan(
            meetingMinutes: [90, 120, 120, 120, 150][int(0...4)], pauseMinutes: 15,
            pauseAtMinute: 60, turnSeconds: 180, closingTurnSeconds: 60)
        let pauseTaken = int(0...5) != 0
        let pauseLen = pauseTaken ? int(600...1200) : 0

        // Each present person gets one opening and one closing turn; sharing turns go to people
        // with a skew (some talk more), until the sharing budget of the plan is used.
        var perPerson = Array(repeating: 0, count: present)
        let opening = (0..<present).map { _ in int(30...260) }
        let closing = (0..<present).map { _ in int(25...75) }
        for i in 0..<present { perPerson[i] += opening[i] + closing[i] }
        let checkIn = int(40...200)
        let openingLen = int(30...200)
        let nextLen = int(60...400)
        let summaryLen = int(5...60)
        let fixed =
            checkIn + openingLen + opening.reduce(0, +) + closing.reduce(0, +) + nextLen
            + summaryLen + pauseLen
        let budget = max(300, plan.meetingMinutes * 60 - fixed + int(-900...1200))
        let weights = (0..<present).map { _ in int(1...(int(0...2) == 0 ? 9 : 3)) }
        let weightSum = weights.reduce(0, +)
        var sharing: [[Int]] = [[], []]
        var used = 0
        var half = 0
        while used < budget {
            let len = min(budget - used, int(60...420))
            var pick = int(1...weightSum)
            var who = 0
            while pick > weights[who] {
                pick -= weights[who]
                who += 1
            }
            perPerson[who] += len
            sharing[half].append(len)
            used += len
            if half == 0 && used >= budget / 2 { half = 1 }
        }
        perPerson.sort(by: >)

        var t = 0
        var phases: [SessionLog.PhaseRecord] = []
        func add(
            _ kind: String, _ len: Int, mode: String? = nil, turns: SessionLog.TurnStats? = nil
        ) {
            phases.append(.init(kind: kind, startS: t, endS: t + len, mode: mode, turns: turns))
            t += len
        }
        func stats(_ xs: [Int], passes: Int, limit: Int) -> SessionLog.TurnStats {
            let s = xs.sorted()
            return .init(
                count: xs.count + passes, passes: passes, totalS: s.reduce(0, +),
                minS: s.first ?? 0,
                medianS: s.isEmpty ? 0 : s[s.count / 2], maxS: s.last ?? 0,
                overruns: s.filter { $0 > limit }.count)
        }
        add("check_in", checkIn)
        add("opening", openingLen)
        add(
            "opening_round", opening.reduce(0, +),
            turns: stats(opening, passes: int(0...3) == 0 ? 1 : 0, limit: plan.turnSeconds))
        add(
            "sharing", sharing[0].reduce(0, +), mode: "round",
            turns: stats(sharing[0], passes: int(0...1), limit: plan.turnSeconds))
        if pauseTaken { add("pause", pauseLen) }
        add(
            "sharing", sharing[1].reduce(0, +), mode: "open",
            turns: stats(sharing[1], passes: 0, limit: plan.turnSeconds))
        add(
            "closing_round", closing.reduce(0, +),
            turns: stats(closing, passes: 0, limit: plan.closingTurnSeconds))
        add("next_meeting", nextLen)
        add("summary", summaryLen)

        let duration = t
        let overrun = max(0, duration - plan.meetingMinutes * 60)
        let completed = int(0...19) != 0
        let theme = SampleLogGenerator.themes[int(0...SampleLogGenerator.themes.count - 1)]
        let hh = int(17...19)
        let mm = int(0...5)
        func clock(_ s: Int) -> String {
            let total = hh * 3600 + mm * 60 + s
            func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return
                "\(date.iso)T\(p((total / 3600) % 24)):\(p((total / 60) % 60)):\(p(total % 60))+01:00"
        }
        return SessionLog(
            appVersion: AppInfo.version, meetingNumber: number, date: date.iso,
            startedAt: clock(0), endedAt: clock(duration), durationS: duration,
            completed: completed,
            recovered: !completed && int(0...1) == 0, plan: plan,
            attendance: .init(
                members: members, present: present, notifiedAbsent: notified, absent: absent,
                late: late, guests: int(0...6) == 0 ? 1 : 0),
            phases: phases,
            speaking: .init(perPersonS: perPerson, balanceGini: SampleLogGenerator.gini(perPerson)),
            pause: pauseTaken
                ? .init(taken: true, startMinute: int(50...70), lengthS: pauseLen)
                : .init(taken: false),
            overrunS: overrun,
            next: .init(theme: theme, date: date.adding(days: 7).iso, leaderChosen: int(0...4) != 0)
        )
    }

    /// Gini coefficient of non-negative values, rounded to 2 decimals (0 = perfectly even).
    public static func gini(_ xs: [Int]) -> Double {
        let s = xs.sorted()
        let n = Double(s.count)
        let total = Double(s.reduce(0, +))
        guard s.count > 1, total > 0 else { return 0 }
        var weighted = 0.0
        for (i, x) in s.enumerated() { weighted += Double(i + 1) * Double(x) }
        let g = (2 * weighted) / (n * total) - (n + 1) / n
        return (g * 100).rounded() / 100
    }
}
