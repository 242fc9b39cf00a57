/// What `runde themes` shows besides the colours: the bundled themes' descriptions and the
/// sample lines every theme is previewed with.
public enum ThemeText: String, CaseIterable, CatalogKey {
    case themeDescDefault, themeDescHighContrast, themeDescLight, themeDescMonochrome
    case themeSampleSharing, themeSampleMeeting, themeSampleFloor, themeSampleMinuteLeft,
        themeSampleOvertime
    case themeSamplePauseAsk, themeSampleQuit, themeSamplePresent, themeSampleAhead,
        themeSampleNext, themeSampleHelp

    public var texts: (nb: String, en: String) {
        switch self {
        case .themeDescDefault:
            (
                "Mørk terminal, farger på standardbakgrunnen",
                "Dark terminal, colour on the default background"
            )
        case .themeDescHighContrast:
            (
                "Sterke farger og fet skrift, ingenting dempet",
                "Bright colours and bold text, nothing dimmed"
            )
        case .themeDescLight:
            (
                "Lys terminal, mørke farger på standardbakgrunnen",
                "Light terminal, dark colours on the default background"
            )
        case .themeDescMonochrome:
            (
                "Uten farger: bare fet, omvendt, understreket og dempet",
                "No colour: bold, reverse, underline and dim only"
            )
        case .themeSampleSharing: ("Samtale", "Sharing")
        case .themeSampleMeeting: ("møte %1", "meeting %1")
        case .themeSampleFloor: ("%1 har ordet", "%1 has the floor")
        case .themeSampleMinuteLeft: ("1 minutt igjen", "1 minute left")
        case .themeSampleOvertime: ("%1 overtid", "%1 overtime")
        case .themeSamplePauseAsk: (" Tid for pause? ", " Time for a pause? ")
        case .themeSampleQuit: ("Avslutte møtet?", "Quit the meeting?")
        case .themeSamplePresent: (" %1  til stede ", " %1  present ")
        case .themeSampleAhead: ("%1 min før skjema", "%1 min ahead of plan")
        case .themeSampleNext: (" neste  ", " next  ")
        case .themeSampleHelp: (" hjelp", " help")
        }
    }

    /// The description of a bundled theme by its name, or nil for any other theme.
    public static func bundledDescription(_ name: String) -> ThemeText? {
        switch name {
        case "default": .themeDescDefault
        case "high-contrast": .themeDescHighContrast
        case "light": .themeDescLight
        case "monochrome": .themeDescMonochrome
        default: nil
        }
    }
}

extension Catalog {
    /// A themes text in this catalog's language.
    public subscript(_ key: ThemeText) -> String { text(key) }
    /// A themes text with `%1`, `%2`, … replaced.
    public func f(_ key: ThemeText, _ args: CustomStringConvertible...) -> String {
        format(key, args)
    }
}
