/// Finds themes for `--theme NAME|PATH` and for `runde themes`: theme files given by path,
/// the user's themes in `$RUNDE_HOME/themes`, and the themes bundled into the binary.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from.
    public enum Origin: Equatable, Sendable {
        /// Embedded in the binary (from `Themes/`).
        case bundled
        /// `$RUNDE_HOME/themes/NAME.toml`.
        case user(path: String)
        /// A file named by path.
        case file(path: String)

        /// `bundled`, or the file's path.
        public var label: String {
            switch self {
            case .bundled: return "bundled"
            case .user(let path), .file(let path): return path
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
    public var fileSystem: ThemeFileSystem

    public init(userThemesDir: String?, fileSystem: ThemeFileSystem = .local) {
        self.userThemesDir = userThemesDir
        self.fileSystem = fileSystem
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
        if ThemeCatalog.isPath(spec) { return try load(path: spec, origin: .file(path: spec), name: nil).get() }
        guard ThemeCatalog.isValidName(spec) else {
            throw ThemeError(.notFound, source: spec, line: nil, message: "not a theme name or a theme file path")
        }
        if let dir = userThemesDir {
            let path = dir + "/" + spec + ".toml"
            let entry = load(path: path, origin: .user(path: path), name: spec)
            if case .failure(let e) = entry.result, e.kind == .notFound {
                // not there: fall through to the bundled themes
            } else {
                return try entry.get()
            }
        }
        if let text = BundledThemes.text(named: spec) {
            return try bundled(spec, text).get()
        }
        let known = allNames().joined(separator: ", ")
        throw ThemeError(.notFound, source: spec, line: nil, message: "no such theme; themes: \(known)")
    }

    /// Loads a theme file by path (for `runde themes --check`), whatever its name.
    public func loadFile(_ path: String) throws(ThemeError) -> Entry {
        try load(path: path, origin: .file(path: path), name: nil).get()
    }

    /// Every bundled theme, then every `*.toml` in the user's folder, each with its parse.
    public func entries() -> [Entry] {
        BundledThemes.all.map { bundled($0.name, $0.text) } + userFiles().map { name, path in
            load(path: path, origin: .user(path: path), name: name)
        }
    }

    /// Names `--theme` accepts: bundled ones and the user's, sorted, without duplicates.
    public func allNames() -> [String] {
        Array(Set(BundledThemes.all.map(\.name) + userFiles().map(\.name))).sorted()
    }

    private func userFiles() -> [(name: String, path: String)] {
        guard let dir = userThemesDir else { return [] }
        return fileSystem.list(dir).filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
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
            result = .failure(ThemeError(.notFound, source: path, line: nil, message: "no such file"))
        case .failed(let why):
            result = .failure(ThemeError(.unreadable, source: path, line: nil, message: why))
        case .bytes(let bytes):
            result = Result { () throws(ThemeError) in try ThemeParser.parseDocument(bytes: bytes, source: path) }
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
