import RundeText
import RundeCore

/// Dates in the style of each language: "torsdag 29. januar 2027" / "Thursday 29 January 2027".
public enum DateText {
    static let nbDays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    static let enDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let nbMonths = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                           "oktober", "november", "desember"]
    static let enMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]

    public static func long(_ d: LocalDate, _ lang: Lang) -> String {
        switch lang {
        case .nb: return "\(nbDays[d.weekday]) \(d.day). \(nbMonths[d.month - 1]) \(d.year)"
        case .en: return "\(enDays[d.weekday]) \(d.day) \(enMonths[d.month - 1]) \(d.year)"
        }
    }
}
