import Foundation
import Testing

@testable import RundeTUI

/// Compares a frame, as text, with `Snapshots/<name>.txt`. Set RUNDE_RECORD=1 to (re)write them.
func assertSnapshot(
    _ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")
    let file = dir.appendingPathComponent(name + ".txt")
    let text = frame.text + "\n"
    let record = ProcessInfo.processInfo.environment["RUNDE_RECORD"] == "1"
    if record {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "missing snapshot \(name).txt (run with RUNDE_RECORD=1)", sourceLocation: sourceLocation
        )
        return
    }
    if expected != text {
        Issue.record(
            "frame differs from \(name).txt:\n--- expected\n\(expected)--- actual\n\(text)",
            sourceLocation: sourceLocation)
    }
}
