import Testing

@testable import RundeTUI

@Suite struct ThemeCatalogTests {
    /// An in-memory file system: path → contents.
    static func memory(_ files: [String: String]) -> ThemeFileSystem {
        ThemeFileSystem(
            read: { path in files[path].map { .bytes(Array($0.utf8)) } ?? .missing },
            list: { dir in
                files.keys.filter { $0.hasPrefix(dir + "/") }.map {
                    String($0.dropFirst(dir.count + 1))
                }
            }
        )
    }

    let files = [
        "/data/themes/ocean.toml":
            "name = \"Ocean\"\ndescription = \"Blue\"\n[roles.calm]\nfg = \"blue\"\n",
        "/data/themes/light.toml": "name = \"my light\"\n",
        "/data/themes/broken.toml": "[roles.calm]\nfg = \"purple-ish\"\n",
        "/data/themes/.hidden.toml": "",
        "/data/themes/notes.txt": "",
        "/tmp/x/mine.toml": "[roles.pause]\nunderline = true\n",
    ]
    var catalog: ThemeCatalog {
        ThemeCatalog(userThemesDir: "/data/themes", fileSystem: Self.memory(files))
    }

    @Test func noThemeMeansTheDefault() throws {
        let entry = try ThemeCatalog(userThemesDir: nil, fileSystem: Self.memory([:])).resolve(nil)
        #expect(entry.theme == Theme.builtInDefault)
        #expect(entry.origin == .bundled)
        #expect(try catalog.resolve("").theme == Theme.builtInDefault)
    }

    @Test func namesLookInTheUserFolderFirstThenTheBundle() throws {
        let light = try catalog.resolve("light")
        #expect(light.origin == .user(path: "/data/themes/light.toml"))
        #expect(light.theme?.name == "my light")
        let contrast = try catalog.resolve("high-contrast")
        #expect(contrast.origin == .bundled)
        #expect(contrast.theme?.name == "high-contrast")
        #expect(try catalog.resolve("ocean").theme?.style(.calm) == RoleStyle(fg: .blue))
    }

    @Test func pathsLoadThatFile() throws {
        let mine = try catalog.resolve("/tmp/x/mine.toml")
        #expect(mine.origin == .file(path: "/tmp/x/mine.toml"))
        #expect(mine.name == "mine")
        #expect(mine.theme?.style(.pause) == RoleStyle(underline: true))
        #expect(
            ThemeCatalog.isPath("themes/a") && ThemeCatalog.isPath("a.toml")
                && !ThemeCatalog.isPath("light"))
    }

    @Test func problemsAreRefusedWithTheFile() throws {
        #expect(throws: ThemeError.self) { try catalog.resolve("nope") }
        // Each must throw: a call that succeeds fails the test (issue 16).
        #expect {
            _ = try catalog.resolve("nope")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.kind == .notFound && e.message.contains("default")
                && e.message.contains("ocean")
        }
        #expect {
            _ = try catalog.resolve("/tmp/missing.toml")
        } throws: { error in
            (error as? ThemeError)?.description == "/tmp/missing.toml: no such file"
        }
        #expect {
            _ = try catalog.resolve("broken")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.kind == .badColor && e.description.hasPrefix("/data/themes/broken.toml:2: ")
        }
        #expect {
            _ = try catalog.resolve("a b")
        } throws: { error in
            (error as? ThemeError)?.kind == .notFound
        }
        #expect(throws: ThemeError.self) { try catalog.loadFile("light") }
    }

    @Test func unreadableFilesAreRefused() {
        let fs = ThemeFileSystem(read: { _ in .failed(.cannotRead) }, list: { _ in [] })
        #expect(throws: ThemeError.self) {
            try ThemeCatalog(userThemesDir: nil, fileSystem: fs).resolve("/x.toml")
        }
    }

    @Test func entriesListBundledThenUserThemes() throws {
        let entries = catalog.entries()
        #expect(
            entries.map(\.name) == BundledThemes.all.map(\.name) + ["broken", "light", "ocean"])
        #expect(entries.filter { $0.origin == .bundled }.allSatisfy { $0.theme != nil })
        let broken = entries.first { $0.name == "broken" }
        #expect(broken?.theme == nil)
        #expect(try catalog.resolve("ocean").result.get().description == "Blue")
        #expect(
            catalog.allNames() == [
                "broken", "default", "high-contrast", "light", "monochrome", "ocean",
            ])
    }

    @Test func validNames() {
        #expect(ThemeCatalog.isValidName("high-contrast") && ThemeCatalog.isValidName("a_b.2"))
        #expect(
            !ThemeCatalog.isValidName("") && !ThemeCatalog.isValidName("..")
                && !ThemeCatalog.isValidName("a b"))
        #expect(!ThemeCatalog.isValidName("fjøs") && !ThemeCatalog.isValidName("a\u{1B}"))
    }

    @Test func localFileSystemReadsRealFiles() throws {
        let root = ThemeTestSupport.themesDir.path
        let fs = ThemeFileSystem.local
        #expect(
            fs.read(root + "/default.toml")
                == .bytes(Array(BundledThemes.text(named: "default")!.utf8)))
        #expect(fs.read(root + "/no-such.toml") == .missing)
        #expect(fs.read(root) == .failed(.isAFolder))
        #expect(fs.list(root).contains("monochrome.toml"))
        let entry = try ThemeCatalog(userThemesDir: root).resolve("high-contrast")
        #expect(entry.origin == .user(path: root + "/high-contrast.toml"))
    }
}
