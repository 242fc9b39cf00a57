import Foundation

/// Paths and file access for the theme tests: the repository is found from this file's path.
enum ThemeTestSupport {
    /// The repository root (this file is `Tests/RundeTUITests/ThemeTestSupport.swift`).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var themesDir: URL { repoRoot.appendingPathComponent("Themes") }

    /// The `.toml` files in `Themes/`, by name without `.toml`, as raw bytes.
    static func themeFiles() throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: themesDir.path)
        where file.hasSuffix(".toml") {
            let data = try Data(contentsOf: themesDir.appendingPathComponent(file))
            out[String(file.dropLast(5))] = [UInt8](data)
        }
        return out
    }
}

/// A small seeded random generator (SplitMix64), so fuzz runs are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
