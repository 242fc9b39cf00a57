import RundeText

/// A failure a command throws: bad usage (exit 64) or a runtime problem (exit 1), with its
/// message as a catalog key and arguments, so it is printed in the user's language by the one
/// place that reports errors (`ErrorReport`).
struct CommandError: Error {
    enum Kind: Sendable { case usage, runtime }

    var kind: Kind
    var key: any CatalogKey
    var args: [String]

    static func usage(_ key: CLIText, _ args: CustomStringConvertible...) -> CommandError {
        CommandError(kind: .usage, key: key, args: args.map(\.description))
    }

    static func runtime(_ key: CLIText, _ args: CustomStringConvertible...) -> CommandError {
        CommandError(kind: .runtime, key: key, args: args.map(\.description))
    }

    /// A runtime problem worded in the problems area (files, locks, the disk).
    static func runtime(_ key: ProblemText, _ args: CustomStringConvertible...) -> CommandError {
        CommandError(kind: .runtime, key: key, args: args.map(\.description))
    }

    func message(_ catalog: Catalog) -> String { catalog.format(key, args) }
}

/// Any error, to be reported in a given language (a group's own language, once the group is
/// known): `ErrorReport` unwraps it.
struct InLanguage: Error {
    var lang: Lang
    var error: any Error
}

/// Any error, reported as bad usage (exit 64) whatever its own kind.
struct AsUsage: Error {
    var error: any Error
}

/// Runs `body`, and reports whatever it throws in `lang`.
func inLanguage<T>(_ lang: Lang, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as InLanguage { throw e } catch {
        throw InLanguage(lang: lang, error: error)
    }
}
