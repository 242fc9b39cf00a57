import RundeText

/// An error that can say what went wrong in the user's language, from the catalog. Errors of
/// the modules above RundeCore (history, themes, the terminal, the command line, handover)
/// conform in their own module, so `Catalog.problem(_:)` words them without knowing them.
public protocol WordedProblem: Error {
    /// What went wrong, in the catalog's language, safe to print or draw.
    func words(_ c: Catalog) -> String
}

extension Catalog {
    /// The one place any error a person can see becomes words in this catalog's language: a
    /// storage fault in a meeting, a command's error, a history read problem. An error Runde
    /// does not know is shown as it describes itself, made safe to print.
    public func problem(_ error: any Error) -> String {
        switch error {
        case let e as any WordedProblem: return e.words(self)
        case let e as GroupStoreError: return words(e)
        case let e as GroupProblem: return words(e)
        case let e as GroupFileError: return words(e)
        case let e as GroupSettingRefusal: return words(e)
        case let e as FileIOError: return words(e)
        case let e as MeetingLockError: return words(e)
        case let e as JournalError: return words(e)
        case let e as LogStoreError: return words(e)
        case let e as SessionLogCodec.ReadError: return words(e)
        default: return TextSafety.sanitize("\(error)")
        }
    }

    /// Why a group could not be found, created or changed.
    public func words(_ e: GroupStoreError) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(80))) }
        switch e {
        case .notFound(let q): return f(.cliNoGroupNamed, safe(q))
        case .ambiguous(let q, let slugs):
            return f(.cliGroupAmbiguous, safe(q), slugs.joined(separator: ", "))
        case .alreadyExists(let slug): return f(.cliGroupExists, slug)
        case .invalid(let p): return words(p)
        }
    }

    /// A failed file operation: what Runde tried, the file, and why, all in words.
    public func words(_ e: FileIOError) -> String {
        f(.ioFailed, operation(e), TextSafety.sanitize(e.path), reason(e))
    }

    /// What Runde was trying to do when a file operation failed ("skrive", "write").
    public func operation(_ e: FileIOError) -> String {
        let ops: [String: ProblemText] = [
            "read": .opRead, "write": .opWrite, "delete": .opDelete,
            "create the folder": .opCreateFolder,
            "set the permissions of": .opSetPermissions, "list the folder": .opListFolder,
            "take the lock": .opTakeLock, "create the lock": .opCreateLock,
            "open the journal": .opOpenJournal,
            "write the journal": .opWriteJournal, "repair the journal": .opRepairJournal,
        ]
        return ops[e.operation].map { self[$0] } ?? TextSafety.sanitize(e.operation)
    }

    /// Why a file operation failed, in plain words ("disken er full").
    public func reason(_ e: FileIOError) -> String {
        switch e.kind {
        case .permissionDenied: return self[.whyPermission]
        case .diskFull: return self[.whyDiskFull]
        case .readOnly: return self[.whyReadOnly]
        case .notFound: return self[.whyNotFound]
        case .notADirectory: return self[.whyNotADirectory]
        case .alreadyExists: return self[.whyExists]
        case .isADirectory: return self[.whyIsADirectory]
        case .tooLarge: return self[.whyTooLarge]
        case .ioError: return self[.whyIO]
        case .symbolicLink: return self[.whySymlink]
        case .notARegularFile: return self[.whyNotRegular]
        case .other: return f(.problemOther, e.code)
        }
    }

    /// Why a file operation failed, from the system's error number.
    public func reason(errno code: Int32) -> String {
        reason(FileIOError(operation: "", path: "", errno: code))
    }

    /// A meeting of the group is open, here or on another machine.
    public func words(_ e: MeetingLockError) -> String {
        switch e {
        case .heldByProcess(let pid, _): return f(.lockedHere, pid)
        case .heldOnOtherHost(let pid, let host, let file):
            return f(
                .lockedElsewhere, TextSafety.sanitize(String(host.prefix(64))), pid,
                TextSafety.sanitize(file))
        }
    }

    /// A log that cannot be found, named or written.
    public func words(_ e: LogStoreError) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(60))) }
        switch e {
        case .invalidID(let id): return f(.histBadLogID, safe(id))
        case .notFound(let id): return f(.histNoLog, safe(id))
        case .invalidLog(let p): return f(.errLogCannotWrite, words(p))
        }
    }

    /// A setting that was not changed: its key, then what is wrong with the value.
    public func words(_ e: GroupSettingRefusal) -> String {
        let problem: String
        switch e.problem {
        case .missing: problem = self[.errMissing]
        case .notAWholeNumber: problem = self[.setNotANumber]
        case .outOfRange(let lo, let hi, let v): problem = f(.errOutOfRange, lo, hi, v)
        case .notOnOff: problem = self[.setNotOnOff]
        case .notALanguage: problem = self[.setNotALanguage]
        case .notADate: problem = self[.errNotADate]
        case .controlCharacters: problem = self[.errControlCharacters]
        case .other(let p): problem = words(p)
        }
        return f(.setRefused, e.key, problem)
    }

    /// A log that cannot be read, naming the file.
    public func words(_ e: SessionLogCodec.ReadError) -> String {
        switch e {
        case .corrupt(let file, let problem):
            return f(.errLogUnreadable, TextSafety.sanitize(file), words(problem))
        case .unknownVersion(let file, let schema):
            return f(
                .errLogVersion, TextSafety.sanitize(file),
                TextSafety.sanitize(String(schema.prefix(40))))
        }
    }

    /// Why a log or a journal cannot be read.
    public func words(_ p: ReadProblem) -> String {
        func safe(_ s: String) -> String { TextSafety.sanitize(String(s.prefix(80))) }
        switch p {
        case .empty: return self[.errReadEmpty]
        case .notJSON: return self[.errReadNotJSON]
        case .cutOff: return self[.errReadCutOff]
        case .noHeaderLine: return self[.errReadNoHeader]
        case .noSchema: return self[.errReadNoSchema]
        case .missingField(let field): return f(.errReadMissingField, safe(field))
        case .wrongType(let at): return f(.errReadWrongType, safe(at))
        case .unreadableContent: return self[.errReadInvalid]
        case .outOfRange(let field, let value):
            return f(.errReadOutOfRange, safe(field), safe(value))
        case .cannotRead: return self[.errReadCannotRead]
        case .notAnObject: return self[.readNotAnObject]
        case .shouldBe(let at, let kind): return f(.readShouldBe, safe(at), words(kind))
        case .badDate(let field, let value): return f(.readBadDate, safe(field), safe(value))
        }
    }

    /// What kind of value a log's field must hold.
    public func words(_ kind: ReadProblem.ValueKind) -> String {
        switch kind {
        case .wholeNumber: return self[.kindWholeNumber]
        case .number: return self[.kindNumber]
        case .text: return self[.kindText]
        case .list: return self[.kindList]
        case .object: return self[.kindObject]
        case .trueOrFalse: return self[.kindTrueOrFalse]
        }
    }
}
