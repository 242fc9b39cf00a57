import RundeText

/// The problems of a group file, a group's name and members, TOML text and the journal,
/// worded in this catalog's language. The errors carry typed problems; this is where they
/// become sentences, for every place that shows them (through `Catalog.problem(_:)`: the
/// command line, the group screen, the meeting's banner, history). Values from files are made
/// safe to print.
extension Catalog {
    /// A refused group name or member list.
    public func words(_ p: GroupProblem) -> String {
        switch p {
        case .nameControlCharacters: return self[.cliNameControlChars]
        case .nameEmpty: return self[.cliNameEmpty]
        case .nameTooLong(let m): return f(.cliNameTooLong, m)
        case .memberControlCharacters(let n): return f(.cliMemberNControlChars, n)
        case .memberEmpty(let n): return f(.cliMemberNEmpty, n)
        case .memberSpaces(let n): return f(.cliMemberNSpaces, n)
        case .memberTooLong(let n, let m): return f(.cliMemberNTooLong, n, m)
        case .memberSame(let n, let first): return f(.cliMemberNSame, n, first)
        case .memberNoLetters(let n, let label):
            return f(.memberNoLetters, n, TextSafety.sanitize(label))
        case .tooFewMembers(let m, let n): return f(.cliTooFewMembers, m, n)
        case .tooManyMembers(let m, let n): return f(.cliTooManyMembers, m, n)
        }
    }

    /// A refused group file: the file, the line, the key and the entry, then what is wrong.
    public func words(_ e: GroupFileError) -> String {
        let file = TextSafety.sanitize(e.file)
        let problem = words(e.problem)
        switch (e.line, e.key, e.item) {
        case (let line?, let key?, let item?):
            return f(.errFrameItemLineKey, file, line, key, item, problem)
        case (nil, let key?, let item?): return f(.errFrameItemKey, file, key, item, problem)
        case (let line?, let key?, nil): return f(.fileProblemLineKey, file, line, key, problem)
        case (let line?, nil, _): return f(.fileProblemLine, file, line, problem)
        case (nil, let key?, nil): return f(.fileProblemKey, file, key, problem)
        case (nil, nil, _): return f(.fileProblem, file, problem)
        }
    }

    /// What is wrong with a group file or one of its keys.
    public func words(_ p: GroupFileProblem) -> String {
        switch p {
        case .text(let t): return words(t)
        case .missing: return self[.errMissing]
        case .wrongType(let expected, let found):
            return f(.errWrongType, words(expected), words(found))
        case .outOfRange(let lo, let hi, let v): return f(.errOutOfRange, lo, hi, v)
        case .notAMemberIndex(let n, let v): return f(.errNotAMemberIndex, n - 1, v)
        case .notADate: return self[.errNotADate]
        case .notATable(let ex): return f(.errNotATable, ex)
        case .notAList(let ex): return f(.errNotAList, ex)
        case .tooManyEntries(let m): return f(.errTooManyEntries, m)
        case .notALanguage: return self[.errNotALanguage]
        case .notAFormat: return self[.errNotAFormat]
        case .notAStepKind: return self[.errNotAStepKind]
        case .notAChoice: return self[.errNotAChoice]
        case .controlCharacters: return self[.errControlCharacters]
        case .leavingNotAMember: return self[.errLeavingNotAMember]
        case .group(let g): return words(g)
        }
    }

    /// Why a TOML text could not be read at all (a group file or a theme file).
    public func words(_ p: TOMLTextProblem) -> String {
        switch p {
        case .nulByte: return self[.errNotText]
        case .notUTF8: return self[.errNotUTF8]
        case .guarded(let s): return words(s)
        case .notTOML(let detail?):
            return f(.errNotTOMLDetail, TextSafety.sanitize(String(detail.prefix(160))))
        case .notTOML(nil): return self[.errNotTOML]
        }
    }

    /// A construct refused before the TOML reader sees it.
    public func words(_ p: TOMLKitGuard.Problem) -> String {
        switch p {
        case .lineSeparator: return self[.errTOMLLineSeparator]
        case .badHeader(let example): return f(.errTOMLBadHeader, example)
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
        case .alreadyExists(let file): return f(.errJournalExists, TextSafety.sanitize(file))
        case .badHeader(let file, let problem):
            return f(.errJournalUnreadable, TextSafety.sanitize(file), words(problem))
        case .unknownVersion(let file, let schema):
            return f(
                .errJournalVersion, TextSafety.sanitize(file),
                TextSafety.sanitize(String(schema.prefix(40))))
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
}
