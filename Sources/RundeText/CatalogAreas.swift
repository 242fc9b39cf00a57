/// Every key of every area, for the tests that hold the catalog complete. The catalog is
/// organised by what a person sees (a screen, a step of the meeting, the command line); a new
/// area's enum is added here (one line), and its `subscript`/`f` overloads go beside the enum.
public enum CatalogAreas {
    public static var allKeys: [any CatalogKey] {
        var keys: [any CatalogKey] = []
        keys += CommonText.allCases.map { $0 as any CatalogKey }
        keys += MeetingText.allCases.map { $0 as any CatalogKey }
        keys += CheckInText.allCases.map { $0 as any CatalogKey }
        keys += RoundText.allCases.map { $0 as any CatalogKey }
        keys += CardText.allCases.map { $0 as any CatalogKey }
        keys += NextMeetingText.allCases.map { $0 as any CatalogKey }
        keys += SummaryText.allCases.map { $0 as any CatalogKey }
        keys += PromptText.allCases.map { $0 as any CatalogKey }
        keys += ResumeText.allCases.map { $0 as any CatalogKey }
        keys += DemoText.allCases.map { $0 as any CatalogKey }
        keys += GroupText.allCases.map { $0 as any CatalogKey }
        keys += GroupScreenText.allCases.map { $0 as any CatalogKey }
        keys += HistoryText.allCases.map { $0 as any CatalogKey }
        keys += RoomText.allCases.map { $0 as any CatalogKey }
        keys += PlainText.allCases.map { $0 as any CatalogKey }
        keys += CLIText.allCases.map { $0 as any CatalogKey }
        keys += ProblemText.allCases.map { $0 as any CatalogKey }
        keys += ThemeText.allCases.map { $0 as any CatalogKey }
        keys += DateWords.allCases.map { $0 as any CatalogKey }
        return keys
    }
}
