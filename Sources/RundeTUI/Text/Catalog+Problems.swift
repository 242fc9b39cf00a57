import RundeCore
import RundeText

/// The problems of a group file, a group's name and members, and a theme file, worded in this
/// catalog's language. The errors carry typed problems; this is where they become sentences,
/// for every place that shows them (`ErrorReport` on the command line, the group screen's
/// error line, `group edit`). Values from files are made safe to print.
extension Catalog {
    /// A refused group name or member list.
    public func words(_ p: GroupProblem) -> String {
        switch p {
        case .nameControlCharacters: return self[.cliNameControlChars]
        case .nameEmpty: return self[.cliNameEmpty]
        case let .nameTooLong(m): return f(.cliNameTooLong, m)
        case let .memberControlCharacters(n): return f(.cliMemberNControlChars, n)
        case let .memberEmpty(n): return f(.cliMemberNEmpty, n)
        case let .memberSpaces(n): return f(.cliMemberNSpaces, n)
        case let .memberTooLong(n, m): return f(.cliMemberNTooLong, n, m)
        case let .memberSame(n, first): return f(.cliMemberNSame, n, first)
        case let .tooFewMembers(m, n): return f(.cliTooFewMembers, m, n)
        case let .tooManyMembers(m, n): return f(.cliTooManyMembers, m, n)
        }
    }

    /// A refused group file: the file, the line, the key and the entry, then what is wrong.
    public func words(_ e: GroupFileError) -> String {
        let file = TextSafety.sanitize(e.file), problem = words(e.problem)
        switch (e.line, e.key, e.item) {
        case let (line?, key?, item?): return f(.errFrameItemLineKey, file, line, key, item, problem)
        case let (nil, key?, item?): return f(.errFrameItemKey, file, key, item, problem)
        case let (line?, key?, nil): return f(.cliFileProblemLineKey, file, line, key, problem)
        case let (line?, nil, _): return f(.cliFileProblemLine, file, line, problem)
        case let (nil, key?, nil): return f(.cliFileProblemKey, file, key, problem)
        case (nil, nil, _): return f(.cliFileProblem, file, problem)
        }
    }

    /// What is wrong with a group file or one of its keys.
    public func words(_ p: GroupFileProblem) -> String {
        switch p {
        case let .text(t): return words(t)
        case .missing: return self[.errMissing]
        case let .wrongType(expected, found): return f(.errWrongType, words(expected), words(found))
        case let .outOfRange(lo, hi, v): return f(.errOutOfRange, lo, hi, v)
        case let .notAMemberIndex(n, v): return f(.errNotAMemberIndex, n - 1, v)
        case .notADate: return self[.errNotADate]
        case let .notATable(ex): return f(.errNotATable, ex)
        case let .notAList(ex): return f(.errNotAList, ex)
        case let .tooManyEntries(m): return f(.errTooManyEntries, m)
        case .notALanguage: return self[.errNotALanguage]
        case .notAFormat: return self[.errNotAFormat]
        case .notAStepKind: return self[.errNotAStepKind]
        case .notAChoice: return self[.errNotAChoice]
        case .controlCharacters: return self[.errControlCharacters]
        case .leavingNotAMember: return self[.errLeavingNotAMember]
        case let .group(g): return words(g)
        }
    }

    /// Why a TOML text could not be read at all (a group file or a theme file).
    public func words(_ p: TOMLTextProblem) -> String {
        switch p {
        case .nulByte: return self[.errNotText]
        case .notUTF8: return self[.errNotUTF8]
        case let .guarded(s): return words(s)
        case let .notTOML(detail?): return f(.errNotTOMLDetail, TextSafety.sanitize(String(detail.prefix(160))))
        case .notTOML(nil): return self[.errNotTOML]
        }
    }

    /// A construct refused before the TOML reader sees it.
    public func words(_ p: TOMLKitGuard.Problem) -> String {
        switch p {
        case .lineSeparator: return self[.errTOMLLineSeparator]
        case let .badHeader(example): return f(.errTOMLBadHeader, example)
        case .strayBrace: return self[.errTOMLStrayBrace]
        case .arrayNotAllowed: return self[.errTOMLArrayInTheme]
        }
    }

    /// What a TOML value is, as "must be A, not B" names it.
    public func words(_ k: TOMLValueKind) -> String {
        switch k {
        case .string: return self[.errKindString]
        case .wholeNumber: return self[.errKindWholeNumber]
        case .decimalNumber: return self[.errKindDecimal]
        case .trueFalse: return self[.errKindTrueFalse]
        case .list: return self[.errKindList]
        case .table: return self[.errKindTable]
        case .dateOrTime: return self[.errKindDateOrTime]
        case .listOfStrings: return self[.errKindListOfStrings]
        case .colour: return self[.errKindColour]
        }
    }

    /// A journal that cannot be started or read, naming the file.
    public func words(_ e: JournalError) -> String {
        switch e {
        case let .alreadyExists(file): return f(.errJournalExists, TextSafety.sanitize(file))
        case let .badHeader(file, problem): return f(.errJournalUnreadable, TextSafety.sanitize(file), words(problem))
        case let .unknownVersion(file, schema):
            return f(.errJournalVersion, TextSafety.sanitize(file), TextSafety.sanitize(String(schema.prefix(40))))
        }
    }

    /// A journal line that was skipped, by file and line number.
    public func words(_ w: JournalWarning) -> String {
        let file = TextSafety.sanitize(w.file)
        switch w.kind {
        case .outOfRange: return f(.errJournalLineOutOfRange, file, w.line)
        case .cutOff: return f(.errJournalLineCutOff, file, w.line)
        case .unreadable: return f(.errJournalLineUnreadable, file, w.line)
        }
    }

    /// A refused theme: the file and line, then what is wrong.
    public func words(_ e: ThemeError) -> String {
        let file = TextSafety.sanitize(e.source), problem = words(e.problem)
        if let line = e.line { return f(.cliFileProblemLine, file, line, problem) }
        return f(.cliFileProblem, file, problem)
    }

    /// What is wrong with a theme file or a `--theme` value.
    public func words(_ p: ThemeProblem) -> String {
        func q(_ s: String) -> String { ThemeProblem.cut(s) }
        func list(_ all: [String]) -> String { all.map { TextSafety.sanitize($0) }.joined(separator: ", ") }
        switch p {
        case let .text(t): return words(t)
        case let .tooLarge(k): return f(.errThemeTooLarge, k)
        case .isAFolder: return self[.errThemeIsAFolder]
        case .cannotRead: return self[.errThemeCannotRead]
        case .notANameOrPath: return self[.errThemeNotANameOrPath]
        case let .noSuchTheme(known): return f(.errThemeNoSuchTheme, list(known))
        case .noSuchFile: return self[.errThemeNoSuchFile]
        case let .unknownKey(k, allowed): return f(.errThemeUnknownKey, q(k), list(allowed))
        case let .unknownRole(r, allowed): return f(.errThemeUnknownRole, q(r), list(allowed))
        case let .unknownAttribute(a, role, allowed):
            return f(.errThemeUnknownAttribute, q(a), TextSafety.sanitize(String(role.prefix(40))), list(allowed))
        case let .wrongType(key, e, found): return f(.errThemeWrongType, TextSafety.sanitize(String(key.prefix(80))), words(e), words(found))
        case let .badColor(v, key): return f(.errThemeBadColor, q(v), TextSafety.sanitize(String(key.prefix(80))))
        case let .controlCharacters(key): return f(.errThemeControlCharacters, TextSafety.sanitize(String(key.prefix(80))))
        case .emptyName: return self[.errThemeEmptyName]
        case let .nameTooLong(m): return f(.errThemeNameTooLong, m)
        }
    }
}
