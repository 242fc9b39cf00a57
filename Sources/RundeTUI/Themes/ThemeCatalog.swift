/// Finds themes for `--theme NAME|PATH` and for `runde themes`: theme files given by path,
/// the user's themes in `$RUNDE_HOME/themes`, the installed theme files (`/usr/share/runde/themes`,
/// `<prefix>/share/runde/themes`, or `Themes/` when run from a build folder), and the themes
/// bundled into the binary.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from.
    public enum Origin: Equatable, Sendable {
        /// Embedded in the binary (from `Themes/`).
        case bundled
        /// `$RUNDE_HOME/themes/NAME.toml`.
        case user(path: String)
        /// An installed theme file (`/usr/share/runde/themes/NAME.toml` or the like).
        case installed(path: String)
        /// A file named by path.
        case file(path: String)

        /// `bundled`, or the file's path.
        public var label: String {
            switch self {
            case .bundled: return "bundled"
            case .user(let path), .installed(let path), .file(let path): return path
            }
        }
    }

    /// One theme the catalog knows: the name `--theme` takes, where it is, and the parse.
    public struct Entry: Sendable {
        public var name: String
        public var origin: Origin
        public var result: Result<ThemeDocument, ThemeError>
    }

    /// The user's theme folder (`DataLocation.themesDir`), or nil for none.
    public var userThemesDir: String?
    /// Folders of installed theme files, first found wins (`installedThemesDirs(...)`).
    public var installedDirs: [String]
    public var fileSystem: ThemeFileSystem

    public init(
        userThemesDir: String?, installedDirs: [String] = [], fileSystem: ThemeFileSystem = .local
    ) {
        self.userThemesDir = userThemesDir
        // The user's own folder is searched as such, never a second time as an installed one.
        self.installedDirs = installedDirs.filter { $0 != userThemesDir }
        self.fileSystem = fileSystem
    }

    /// Where installed theme files may be for an executable at `executablePath` (symlinks
    /// resolved): `<prefix>/share/runde/themes` beside its `bin/` (a .deb's `/usr/bin`, an
    /// install in `~/.local`, an unpacked tarball), then `/usr/share/runde/themes`, then the
    /// source tree's `Themes/` when the executable is in a build folder under `buildRoot`
    /// (the nearest folder above it that holds `Package.swift`, found by the caller).
    public static func installedThemesDirs(executablePath: String?, buildRoot: String?) -> [String]
    {
        var dirs: [String] = []
        if let exe = executablePath, exe.hasPrefix("/") {
            var parts = exe.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if parts.count >= 2 {
                parts.removeLast(2)  // the file and its bin/ folder
                dirs.append("/" + (parts + ["share", "runde", "themes"]).joined(separator: "/"))
            }
        }
        dirs.append("/usr/share/runde/themes")
        if let root = buildRoot { dirs.append(root + "/Themes") }
        var seen = Set<String>()
        return dirs.filter { seen.insert($0).inserted }
    }

    /// True when `--theme` names a file rather than a theme: it contains `/` or ends in `.toml`.
    public static func isPath(_ spec: String) -> Bool {
        spec.contains("/") || spec.hasSuffix(".toml")
    }

    /// True for a usable theme name: ASCII letters, digits, `-`, `_` and `.`, not starting with `.`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= ThemeParser.maxNameLength && !name.hasPrefix(".")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// Resolves `--theme`: a path loads that file; a name looks in the user's folder first,
    /// then among the bundled themes. No spec (or an empty one) means `default`.
    public func resolve(_ spec: String?) throws(ThemeError) -> Entry {
        let spec = spec ?? ""
        if spec.isEmpty { return try resolve("default") }
        if ThemeCatalog.isPath(spec) {
            return try load(path: spec, origin: .file(path: spec), name: nil).get()
        }
        guard ThemeCatalog.isValidName(spec) else {
            throw ThemeError(.notFound, source: spec, line: nil, problem: .notANameOrPath)
        }
        let folders = (userThemesDir.map { [($0, true)] } ?? []) + installedDirs.map { ($0, false) }
        for (dir, isUser) in folders {
            let path = dir + "/" + spec + ".toml"
            let entry = load(
                path: path, origin: isUser ? .user(path: path) : .installed(path: path), name: spec)
            if case .failure(let e) = entry.result, e.kind == .notFound {
                // not there: fall through to the next folder, then the bundled themes
            } else {
                return try entry.get()
            }
        }
        if let text = BundledThemes.text(named: spec) {
            return try bundled(spec, text).get()
        }
        throw ThemeError(
            .notFound, source: spec, line: nil, problem: .noSuchTheme(known: allNames()))
    }

    /// Loads a theme file by path (for `runde themes --check`), whatever its name.
    public func loadFile(_ path: String) throws(ThemeError) -> Entry {
        try load(path: path, origin: .file(path: path), name: nil).get()
    }

    /// Every bundled theme (an installed file of the same name in its place), the other
    /// installed themes, then every `*.toml` in the user's folder, each with its parse.
    public func entries() -> [Entry] {
        var installed: [(name: String, path: String)] = []
        for dir in installedDirs {
            for file in files(in: dir) where !installed.contains(where: { $0.name == file.name }) {
                installed.append(file)
            }
        }
        func installedEntry(_ file: (name: String, path: String)) -> Entry {
            load(path: file.path, origin: .installed(path: file.path), name: file.name)
        }
        let bundledEntries = BundledThemes.all.map { theme in
            installed.first(where: { $0.name == theme.name }).map(installedEntry)
                ?? bundled(theme.name, theme.text)
        }
        let extra = installed.filter { file in
            !BundledThemes.all.contains(where: { $0.name == file.name })
        }
        return bundledEntries + extra.map(installedEntry)
            + userFiles().map { name, path in
                load(path: path, origin: .user(path: path), name: name)
            }
    }

    /// Names `--theme` accepts: bundled, installed and the user's, sorted, without duplicates.
    public func allNames() -> [String] {
        let installed = installedDirs.flatMap { files(in: $0).map(\.name) }
        return Array(Set(BundledThemes.all.map(\.name) + installed + userFiles().map(\.name)))
            .sorted()
    }

    private func userFiles() -> [(name: String, path: String)] {
        guard let dir = userThemesDir else { return [] }
        return files(in: dir)
    }

    private func files(in dir: String) -> [(name: String, path: String)] {
        fileSystem.list(dir).filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
            .map { (String($0.dropLast(5)), dir + "/" + $0) }
    }

    private func bundled(_ name: String, _ text: String) -> Entry {
        let result = Result { () throws(ThemeError) in
            try ThemeParser.parseDocument(text: text, source: "bundled:\(name)")
        }
        return Entry(name: name, origin: .bundled, result: result)
    }

    private func load(path: String, origin: Origin, name: String?) -> Entry {
        let entryName = name ?? ThemeParser.defaultName(for: path)
        let result: Result<ThemeDocument, ThemeError>
        switch fileSystem.read(path) {
        case .missing:
            result = .failure(ThemeError(.notFound, source: path, line: nil, problem: .noSuchFile))
        case .failed(let why):
            result = .failure(ThemeError(.unreadable, source: path, line: nil, problem: why))
        case .bytes(let bytes):
            result = Result { () throws(ThemeError) in
                try ThemeParser.parseDocument(bytes: bytes, source: path)
            }
        }
        return Entry(name: entryName, origin: origin, result: result)
    }
}

extension ThemeCatalog.Entry {
    /// The parsed document, or the error.
    public func get() throws(ThemeError) -> ThemeCatalog.Entry {
        if case .failure(let e) = result { throw e }
        return self
    }

    /// The theme, or nil when the file was refused.
    public var theme: Theme? { try? result.get().theme }
}
