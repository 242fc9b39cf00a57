import RundeCore

/// Figures across meetings: attendance, ending on time, and speaking balance.
public struct HistoryTrends: Equatable, Sendable {
    public var count: Int
    /// Present / members per meeting, oldest first.
    public var attendance: [Double]
    /// Seconds over plan per meeting (0 when on time), oldest first.
    public var overrunS: [Int]
    /// Gini coefficient per meeting, oldest first.
    public var balance: [Double]
    /// Finished meetings ending within the plan; an unfinished one counts neither way.
    public var onTimeCount: Int
    /// Meetings that were finished, the ones "on time" is counted among.
    public var finishedCount: Int
    public var pauseTakenCount: Int
    public var meanPresent: Double
    public var meanMembers: Double

    public init(_ summaries: [HistorySummary]) {
        count = summaries.count
        attendance = summaries.map(\.attendanceRate)
        overrunS = summaries.map { max(0, $0.overrunS, $0.deltaS) }
        balance = summaries.map(\.balanceGini)
        onTimeCount = summaries.filter { $0.completed && $0.onTime }.count
        finishedCount = summaries.filter(\.completed).count
        pauseTakenCount = summaries.filter(\.pauseTaken).count
        meanPresent = HistoryTrends.mean(summaries.map { Double($0.present) })
        meanMembers = HistoryTrends.mean(summaries.map { Double($0.members) })
    }

    public static func mean(_ xs: [Double]) -> Double {
        xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
    }

    public var meanAttendance: Double { HistoryTrends.mean(attendance) }
    public var meanBalance: Double { HistoryTrends.mean(balance) }
    /// Mean overrun over the meetings that ran over (0 if none did).
    public var meanOverrunS: Int {
        let over = overrunS.filter { $0 > 0 }
        return over.isEmpty ? 0 : over.reduce(0, +) / over.count
    }

    /// Mean of the last `n` values of a series.
    public static func recent(_ xs: [Double], _ n: Int) -> Double { mean(Array(xs.suffix(n))) }
}
