/// Weekdays and months, and the long form of a date in each language:
/// "torsdag 29. januar 2027" / "Thursday 29 January 2027".
public enum DateWords: String, CaseIterable, CatalogKey {
    case dateMonday, dateTuesday, dateWednesday, dateThursday, dateFriday, dateSaturday, dateSunday
    case dateJanuary, dateFebruary, dateMarch, dateApril, dateMay, dateJune, dateJuly, dateAugust
    case dateSeptember, dateOctober, dateNovember, dateDecember
    case dateLong

    public var texts: (nb: String, en: String) {
        switch self {
        case .dateMonday: ("mandag", "Monday")
        case .dateTuesday: ("tirsdag", "Tuesday")
        case .dateWednesday: ("onsdag", "Wednesday")
        case .dateThursday: ("torsdag", "Thursday")
        case .dateFriday: ("fredag", "Friday")
        case .dateSaturday: ("lørdag", "Saturday")
        case .dateSunday: ("søndag", "Sunday")
        case .dateJanuary: ("januar", "January")
        case .dateFebruary: ("februar", "February")
        case .dateMarch: ("mars", "March")
        case .dateApril: ("april", "April")
        case .dateMay: ("mai", "May")
        case .dateJune: ("juni", "June")
        case .dateJuly: ("juli", "July")
        case .dateAugust: ("august", "August")
        case .dateSeptember: ("september", "September")
        case .dateOctober: ("oktober", "October")
        case .dateNovember: ("november", "November")
        case .dateDecember: ("desember", "December")
        // weekday, day, month, year
        case .dateLong: ("%1 %2. %3 %4", "%1 %2 %3 %4")
        }
    }

    static let weekdays: [DateWords] = [
        .dateMonday, .dateTuesday, .dateWednesday, .dateThursday, .dateFriday, .dateSaturday,
        .dateSunday,
    ]
    static let months: [DateWords] = [
        .dateJanuary, .dateFebruary, .dateMarch, .dateApril, .dateMay, .dateJune, .dateJuly,
        .dateAugust, .dateSeptember, .dateOctober, .dateNovember, .dateDecember,
    ]
}

extension Catalog {
    /// A date word in this catalog's language.
    public subscript(_ key: DateWords) -> String { text(key) }

    /// A date in the language's long form; `weekday` counts from Monday = 0, `month` from 1.
    public func longDate(year: Int, month: Int, day: Int, weekday: Int) -> String {
        guard (0..<7).contains(weekday), (1...12).contains(month) else {
            return "\(year)-\(month)-\(day)"
        }
        return format(
            DateWords.dateLong,
            [self[DateWords.weekdays[weekday]], day, self[DateWords.months[month - 1]], year])
    }
}
