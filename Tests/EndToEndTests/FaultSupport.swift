import Foundation
import RundeCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Shared pieces of the fault, resume and privacy tests: a group in a fresh data folder, the
/// running meeting in tmux, and the files and logs it leaves.
struct FaultBed {
    static let names = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils"]
    let data: String
    let slug = "torsdag"

    /// A fresh data folder with the six-member group "Torsdag", in the regular format.
    init(members: [String] = FaultBed.names, data: String = RunCLI.tempDataDir()) throws {
        self.data = data
        try RunCLI.regularGroup("Torsdag", members: members, dataDir: data)
    }

    func remove() { try? FileManager.default.removeItem(atPath: data) }

    var groupDir: String { data + "/groups/" + slug }
    var logsDir: String { groupDir + "/logs" }
    var journal: String { groupDir + "/journal.jsonl" }
    var lock: String { groupDir + "/lock" }

    /// `runde meeting` for this folder in a fresh tmux pane (80×24, English).
    func startMeeting(extra: [String] = [], environment: [String: String] = [:]) throws -> Tmux {
        try Tmux(
            [Tmux.rundeBinary, "--data-dir", data, "meeting"] + extra,
            environment: ["LANG": "C.UTF-8"].merging(environment, uniquingKeysWith: { $1 }))
    }

    /// The logs written so far, decoded, oldest first.
    func logs() throws -> [(name: String, log: SessionLog)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: logsDir)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let path = logsDir + "/" + name
            return (
                name,
                try SessionLogCodec.decode(
                    try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
            )
        }
    }

    /// Every file under the data folder whose bytes contain `text` (UTF-8), group.toml excepted
    /// unless `includingGroupFile`.
    func filesContaining(_ text: String, includingGroupFile: Bool = false) -> [String] {
        RunCLI.files(under: data).filter { file in
            if !includingGroupFile && file.hasSuffix("/group.toml") { return false }
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
                return false
            }
            return bytes.range(of: Data(text.utf8)) != nil
        }
    }

    /// Files whose names show a half-written atomic write (`.<name>.tmp-…`, `.batch-…`).
    func leftoverTempFiles() -> [String] {
        RunCLI.files(under: data).filter { FileIO.baseName(of: $0).contains(".tmp-") }
    }
}

extension Tmux {
    /// Waits for `text` on screen and records an issue with the screen when it does not come.
    func expectScreen(
        _ text: String, _ comment: String = "", timeout: TimeInterval = 8,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ok = waitFor(text: text, timeout: timeout)
        #expect(
            ok, "waiting for \"\(text)\" \(comment):\n\(capture())", sourceLocation: sourceLocation)
    }

    /// From the check-in of a fresh `FaultBed` meeting into Kari's first turn (Enter twice).
    func enterFirstTurn(sourceLocation: SourceLocation = #_sourceLocation) {
        expectScreen("Leading today: Kari", sourceLocation: sourceLocation)
        sendKeys("Enter", "Enter")
        expectScreen("K a r i", sourceLocation: sourceLocation)
    }

    /// Sends a signal to the program in the pane (not to its sh or to tmux).
    func signalProgram(_ signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pid = try #require(panePID, "no program in the pane", sourceLocation: sourceLocation)
        #expect(Glibc.kill(pid, signal) == 0, sourceLocation: sourceLocation)
    }
}

/// The log fields that must not depend on when, or whether, the meeting was interrupted.
struct LogShape: Equatable, CustomStringConvertible {
    var kinds: [String]
    var modes: [String?]
    var turnCounts: [Int?]
    var passes: [Int?]
    var attendance: SessionLog.AttendanceCounts
    var completed: Bool
    var meetingNumber: Int
    var pauseTaken: Bool
    var speakers: Int
    var next: SessionLog.NextRecord

    init(_ log: SessionLog) {
        kinds = log.phases.map(\.kind)
        modes = log.phases.map(\.mode)
        turnCounts = log.phases.map { $0.turns?.count }
        passes = log.phases.map { $0.turns?.passes }
        attendance = log.attendance
        completed = log.completed
        meetingNumber = log.meetingNumber
        pauseTaken = log.pause.taken
        speakers = log.speaking.perPersonS.count
        next = log.next
    }

    var description: String {
        "kinds \(kinds) modes \(modes) turns \(turnCounts) passes \(passes) attendance \(attendance) "
            + "completed \(completed) #\(meetingNumber) pause \(pauseTaken) speakers \(speakers) next \(next)"
    }
}
