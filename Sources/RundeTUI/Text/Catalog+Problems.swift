import RundeCore
import RundeText

/// A refused theme file or `--theme` value, worded in the catalog's language: the theme's
/// errors are RundeTUI's, so their words are here, and `Catalog.problem(_:)` finds them through
/// `WordedProblem`.
extension ThemeError: WordedProblem {
    public func words(_ c: Catalog) -> String { c.words(self) }
}

/// A save that failed during a meeting, for the banner's one line: the reason first, then what
/// Runde could not do and the file shortened to its group folder, so the reason is never cut
/// off at 80 columns.
extension StorageFault: WordedProblem {
    public func words(_ c: Catalog) -> String {
        guard let e = underlying as? FileIOError else { return c.problem(underlying) }
        return c.f(
            .problemStorageFault, c.reason(e), c.operation(e),
            TextSafety.sanitize(Self.shortened(e.path)))
    }
}

extension Catalog {
    /// A refused theme: the file and line, then what is wrong.
    public func words(_ e: ThemeError) -> String {
        let file = TextSafety.sanitize(e.source)
        let problem = words(e.problem)
        if let line = e.line { return f(.fileProblemLine, file, line, problem) }
        return f(.fileProblem, file, problem)
    }

    /// What is wrong with a theme file or a `--theme` value.
    public func words(_ p: ThemeProblem) -> String {
        func q(_ s: String) -> String { ThemeProblem.cut(s) }
        func list(_ all: [String]) -> String {
            all.map { TextSafety.sanitize($0) }.joined(separator: ", ")
        }
        switch p {
        case .text(let t): return words(t)
        case .tooLarge(let k): return f(.errThemeTooLarge, k)
        case .isAFolder: return self[.errThemeIsAFolder]
        case .cannotRead: return self[.errThemeCannotRead]
        case .notANameOrPath: return self[.errThemeNotANameOrPath]
        case .noSuchTheme(let known): return f(.errThemeNoSuchTheme, list(known))
        case .noSuchFile: return self[.errThemeNoSuchFile]
        case .unknownKey(let k, let allowed): return f(.errThemeUnknownKey, q(k), list(allowed))
        case .unknownRole(let r, let allowed): return f(.errThemeUnknownRole, q(r), list(allowed))
        case .unknownAttribute(let a, let role, let allowed):
            return f(
                .errThemeUnknownAttribute, q(a), TextSafety.sanitize(String(role.prefix(40))),
                list(allowed))
        case .wrongType(let key, let e, let found):
            return f(
                .errThemeWrongType, TextSafety.sanitize(String(key.prefix(80))), words(e),
                words(found))
        case .badColor(let v, let key):
            return f(.errThemeBadColor, q(v), TextSafety.sanitize(String(key.prefix(80))))
        case .controlCharacters(let key):
            return f(.errThemeControlCharacters, TextSafety.sanitize(String(key.prefix(80))))
        case .emptyName: return self[.errThemeEmptyName]
        case .nameTooLong(let m): return f(.errThemeNameTooLong, m)
        }
    }
}
