import Foundation
import RundeCore

/// An output format of `runde history list` / `show`.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown

    /// Parses a `--format` value; nil for an unknown one.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension HistorySummary {
    /// The same summary with every text from the file made safe to print.
    public func sanitized() -> HistorySummary {
        var s = self
        s.id = HistoryFormatting.safe(id)
        s.date = HistoryFormatting.safe(date)
        s.theme = HistoryFormatting.safe(theme)
        s.nextTheme = HistoryFormatting.safe(nextTheme)
        s.nextDate = nextDate.map(HistoryFormatting.safe)
        return s
    }
}
