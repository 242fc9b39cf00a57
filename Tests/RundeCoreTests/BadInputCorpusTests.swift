import Foundation
import Testing

@testable import RundeCore

/// Every file of the corpus is either read or refused with a message naming it; nothing
/// crashes, and no message carries a control character from the file.
@Suite("Bad input: the corpus")
struct BadInputCorpusTests {
    typealias C = BadInputCorpus

    @Test func theCorpusHasAtLeastFiftyCases() {
        let total = ["logs", "groups", "themes", "journals"].map { C.names($0).count }.reduce(0, +)
        #expect(total >= 50, "corpus at \(C.root): \(total) files")
        #expect(C.names("logs").contains("ok-valid.json"))
    }

    @Test(arguments: BadInputCorpus.names("logs"))
    func sessionLog(_ name: String) {
        let file = C.path("logs", name)
        do {
            let log = try SessionLogCodec.decode(C.bytes("logs", name), file: file)
            #expect(C.isOK(name), "\(name) was accepted")
            #expect(log.schema.hasPrefix("runde.session/1"))
        } catch {
            #expect(!C.isOK(name), "\(name) was refused: \(error)")
            #expect(
                error.description.hasPrefix(file + ": "), "the message names the file: \(error)")
            #expect(
                !TextSafety.containsUnsafe(error.description),
                "\(error.description.debugDescription)")
            #expect(error.description.count < file.count + 200, "a short message")
        }
    }

    @Test func logStoreSkipsEveryBadLogNamingIt() throws {
        let tmp = PersistenceTempFolder()
        let store = LogStore(location: tmp.location, slug: "g")
        try FileIO.createFolder(store.folder)
        let names = C.names("logs")
        for (i, name) in names.enumerated() {
            let id = String(format: "2026-01-%02d-%03d", i % 28 + 1, i + 1)
            try FileIO.writeAtomically(C.bytes("logs", name), to: store.folder + "/" + id + ".json")
        }
        let result = store.readAll()
        #expect(result.logs.count == names.filter(C.isOK).count)
        #expect(result.logs.count + result.problems.count == names.count)
        for p in result.problems {
            #expect(p.hasPrefix(store.folder + "/2026-01-"), "\(p)")
            #expect(!TextSafety.containsUnsafe(p))
        }
    }

    @Test(arguments: BadInputCorpus.names("groups"))
    func groupFile(_ name: String) throws {
        let tmp = PersistenceTempFolder()
        let store = GroupStore(location: tmp.location)
        let file = tmp.location.groupFile("g")
        try FileIO.createFolder(tmp.location.groupDir("g"))
        try FileIO.writeAtomically(C.bytes("groups", name), to: file)
        do {
            let group = try store.load(slug: "g")
            #expect(C.isOK(name), "\(name) was accepted")
            for label in group.members + [group.name] {
                #expect(!TextSafety.containsUnsafe(label), "\(label.debugDescription)")
                #expect(label.count <= GroupValidation.maxNameLength)
            }
        } catch {
            #expect(!C.isOK(name), "\(name) was refused: \(error)")
            let message = "\(error)"
            #expect(message.hasPrefix(file), "the message names the file: \(message)")
            #expect(!TextSafety.containsUnsafe(message), "\(message.debugDescription)")
            #expect(!message.contains("Kari\u{1B}") && !message.contains("\u{202E}"))
        }
    }

    @Test(arguments: BadInputCorpus.names("journals"))
    func journal(_ name: String) throws {
        let tmp = PersistenceTempFolder()
        let file = tmp.path + "/journal.jsonl"
        try FileIO.writeAtomically(C.bytes("journals", name), to: file)
        do {
            let contents = try Journal.read(path: file)
            #expect(C.isOK(name), "\(name) was accepted")
            for w in contents.warnings { #expect(w.description.hasPrefix(file + ": line ")) }
            _ = MeetingState.replay(setup: contents.setup, events: contents.events)
            // Resuming repairs a cut-off last line, and the journal then reads cleanly.
            let resumed = try Journal.resume(path: file)
            try resumed.journal.append(.advance)
            resumed.journal.close()
            let again = try Journal.read(path: file)
            #expect(again.events.count == contents.events.count + 1)
            #expect(again.warnings.count == contents.warnings.filter { $0.kind != .cutOff }.count)
        } catch {
            #expect(!C.isOK(name), "\(name) was refused: \(error)")
            #expect("\(error)".hasPrefix(file + ": "), "the message names the file: \(error)")
            #expect(!TextSafety.containsUnsafe("\(error)"))
        }
    }

    @Test func journalWarningsAreCounted() throws {
        let cases = [
            "ok-cut-last-line.jsonl": 1, "ok-corrupt-middle-line.jsonl": 1,
            "ok-unknown-event.jsonl": 1,
            "ok-valid.jsonl": 0, "ok-last-line-no-newline.jsonl": 0, "ok-blank-lines.jsonl": 0,
            "ok-out-of-range-events.jsonl": 3,
        ]
        let tmp = PersistenceTempFolder()
        for (name, warnings) in cases {
            let file = tmp.path + "/" + name
            try FileIO.writeAtomically(C.bytes("journals", name), to: file)
            #expect(try Journal.read(path: file).warnings.count == warnings, "\(name)")
        }
    }
}
