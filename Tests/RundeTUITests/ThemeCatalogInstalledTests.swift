import Testing

@testable import RundeTUI

/// Installed theme files: found beside the executable's `bin/`, in /usr/share, or in the source
/// tree's Themes/; searched after the user's folder and before the bundled themes.
@Suite struct ThemeCatalogInstalledTests {
    @Test func installedFoldersFollowTheExecutable() {
        #expect(
            ThemeCatalog.installedThemesDirs(executablePath: "/usr/bin/runde", buildRoot: nil)
                == ["/usr/share/runde/themes"])
        #expect(
            ThemeCatalog.installedThemesDirs(
                executablePath: "/home/quixtamar/.local/bin/runde", buildRoot: nil)
                == ["/home/quixtamar/.local/share/runde/themes", "/usr/share/runde/themes"])
        #expect(
            ThemeCatalog.installedThemesDirs(
                executablePath: "/tmp/x/runde-0.1.0-linux-x86_64/bin/runde", buildRoot: nil)
                == [
                    "/tmp/x/runde-0.1.0-linux-x86_64/share/runde/themes", "/usr/share/runde/themes",
                ])
        #expect(
            ThemeCatalog.installedThemesDirs(
                executablePath: "/src/runde/.build/x86_64-unknown-linux-gnu/debug/runde",
                buildRoot: "/src/runde")
                == [
                    "/src/runde/.build/x86_64-unknown-linux-gnu/share/runde/themes",
                    "/usr/share/runde/themes",
                    "/src/runde/Themes",
                ])
        #expect(
            ThemeCatalog.installedThemesDirs(executablePath: nil, buildRoot: nil) == [
                "/usr/share/runde/themes"
            ])
        #expect(
            ThemeCatalog.installedThemesDirs(executablePath: "runde", buildRoot: nil) == [
                "/usr/share/runde/themes"
            ])
    }

    let files = [
        "/usr/share/runde/themes/default.toml": "name = \"default\"\ndescription = \"Installed\"\n",
        "/usr/share/runde/themes/sea.toml": "name = \"Sea\"\n[roles.calm]\nfg = \"cyan\"\n",
        "/home/q/.local/share/runde/themes/sea.toml": "name = \"My sea\"\n",
    ]

    var catalog: ThemeCatalog {
        ThemeCatalog(
            userThemesDir: "/home/q/.local/share/runde/themes",
            installedDirs: [
                "/home/q/.local/share/runde/themes", "/opt/none", "/usr/share/runde/themes",
            ],
            fileSystem: ThemeCatalogTests.memory(files))
    }

    @Test func theUsersFolderIsNeverAlsoAnInstalledOne() {
        #expect(catalog.installedDirs == ["/opt/none", "/usr/share/runde/themes"])
    }

    @Test func namesLookInTheUserFolderThenInstalledThenBundled() throws {
        let sea = try catalog.resolve("sea")
        #expect(sea.origin == .user(path: "/home/q/.local/share/runde/themes/sea.toml"))
        let def = try catalog.resolve("default")
        #expect(def.origin == .installed(path: "/usr/share/runde/themes/default.toml"))
        #expect(try def.result.get().description == "Installed")
        #expect(try catalog.resolve("light").origin == .bundled)
        let system = ThemeCatalog(
            userThemesDir: nil, installedDirs: ["/usr/share/runde/themes"],
            fileSystem: ThemeCatalogTests.memory(files))
        #expect(
            try system.resolve("sea").origin == .installed(path: "/usr/share/runde/themes/sea.toml")
        )
        #expect(try system.resolve("sea").theme?.style(.calm) == RoleStyle(fg: .cyan))
    }

    @Test func entriesShowAnInstalledFileInPlaceOfTheBundledTheme() {
        let entries = catalog.entries()
        #expect(entries.map(\.name) == BundledThemes.all.map(\.name) + ["sea", "sea"])
        #expect(entries[0].origin == .installed(path: "/usr/share/runde/themes/default.toml"))
        #expect(entries.filter { $0.origin == .bundled }.count == BundledThemes.all.count - 1)
        #expect(entries.last?.origin == .user(path: "/home/q/.local/share/runde/themes/sea.toml"))
        #expect(catalog.allNames() == ["default", "high-contrast", "light", "monochrome", "sea"])
        #expect(
            ThemeCatalog.Origin.installed(path: "/usr/share/runde/themes/sea.toml").label
                == "/usr/share/runde/themes/sea.toml")
    }
}
