/// Every key of every area, for the tests that hold the catalog complete. A new area's enum is
/// added here (one line), and its `subscript`/`f` overloads go beside the enum.
public enum CatalogAreas {
    public static var allKeys: [any CatalogKey] {
        var keys: [any CatalogKey] = []
        keys += MeetingText.allCases.map { $0 as any CatalogKey }
        keys += MeetingNightText.allCases.map { $0 as any CatalogKey }
        keys += CLIText.allCases.map { $0 as any CatalogKey }
        keys += GroupText.allCases.map { $0 as any CatalogKey }
        keys += ThemeText.allCases.map { $0 as any CatalogKey }
        keys += HistoryText.allCases.map { $0 as any CatalogKey }
        keys += DateWords.allCases.map { $0 as any CatalogKey }
        keys += PlainText.allCases.map { $0 as any CatalogKey }
        keys += SessionText.allCases.map { $0 as any CatalogKey }
        keys += RobustText.allCases.map { $0 as any CatalogKey }
        keys += GroupLifeText.allCases.map { $0 as any CatalogKey }
        keys += GroupLifeCLIText.allCases.map { $0 as any CatalogKey }
        keys += DurableText.allCases.map { $0 as any CatalogKey }
        keys += ErrorText.allCases.map { $0 as any CatalogKey }
        keys += BarText.allCases.map { $0 as any CatalogKey }
        keys += GroupScreenText.allCases.map { $0 as any CatalogKey }
        keys += GroupSettingText.allCases.map { $0 as any CatalogKey }
        keys += ScrubText.allCases.map { $0 as any CatalogKey }
        keys += RoomText.allCases.map { $0 as any CatalogKey }
        keys += NativeText.allCases.map { $0 as any CatalogKey }
        keys += GroupSettingText.allCases.map { $0 as any CatalogKey }
        keys += ContractText.allCases.map { $0 as any CatalogKey }
        keys += SlipText.allCases.map { $0 as any CatalogKey }
        keys += HostileText.allCases.map { $0 as any CatalogKey }
        keys += ContractText.allCases.map { $0 as any CatalogKey }
        keys += ScrubText.allCases.map { $0 as any CatalogKey }
        keys += RoomText.allCases.map { $0 as any CatalogKey }
        keys += NativeText.allCases.map { $0 as any CatalogKey }
        keys += ClosedGroupText.allCases.map { $0 as any CatalogKey }
        keys += Night2NewText.allCases.map { $0 as any CatalogKey }
        return keys
    }
}
