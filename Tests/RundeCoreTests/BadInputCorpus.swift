import Foundation

@testable import RundeCore

/// The bad-input corpus in `Tests/Corpus` (made by `make-corpus.py`): `ok-*` files must be
/// accepted, `bad-*` files refused with a message that names the file.
enum BadInputCorpus {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        .path

    /// The file names in one corpus folder, sorted.
    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
    }

    static func path(_ folder: String, _ name: String) -> String {
        root + "/" + folder + "/" + name
    }

    static func bytes(_ folder: String, _ name: String) -> Data {
        (try? Data(contentsOf: URL(fileURLWithPath: path(folder, name)))) ?? Data()
    }

    static func isOK(_ name: String) -> Bool { name.hasPrefix("ok-") }
}
