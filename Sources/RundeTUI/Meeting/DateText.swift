import RundeCore
import RundeText

/// Dates in the style of each language: "torsdag 29. januar 2027" / "Thursday 29 January 2027".
public enum DateText {
    public static func long(_ d: LocalDate, _ lang: Lang) -> String {
        Catalog(lang).longDate(year: d.year, month: d.month, day: d.day, weekday: d.weekday)
    }
}
