import Foundation
import Testing

@testable import RundeTUI

/// The embedded themes must be the files in `Themes/`, byte for byte.
/// To regenerate BundledThemes.swift after editing a theme file:
/// `RUNDE_REGENERATE_THEMES=1 swift test --filter ThemeBundleTests`.
@Suite struct ThemeBundleTests {
    static let generatedPath = "Sources/RundeTUI/Themes/BundledThemes.swift"

    @Test func everyThemeFileIsEmbeddedByteForByte() throws {
        let files = try ThemeTestSupport.themeFiles()
        if ProcessInfo.processInfo.environment["RUNDE_REGENERATE_THEMES"] == "1" {
            let source = Self.generate(files)
            try Data(source.utf8).write(
                to: ThemeTestSupport.repoRoot.appendingPathComponent(Self.generatedPath))
        }
        #expect(
            Set(files.keys) == Set(BundledThemes.all.map(\.name)),
            "Themes/ and BundledThemes differ; regenerate (see ThemeBundleTests)")
        for (name, bytes) in files {
            let embedded = BundledThemes.text(named: name).map { Array($0.utf8) }
            #expect(
                embedded == bytes,
                "Themes/\(name).toml differs from BundledThemes; regenerate (see ThemeBundleTests)")
        }
    }

    @Test func generatedSourceIsUpToDate() throws {
        let files = try ThemeTestSupport.themeFiles()
        let current = try String(
            contentsOf: ThemeTestSupport.repoRoot.appendingPathComponent(Self.generatedPath),
            encoding: .utf8)
        #expect(
            current == Self.generate(files),
            "BundledThemes.swift is stale; regenerate (see ThemeBundleTests)")
    }

    @Test func defaultComesFirst() {
        #expect(BundledThemes.all.first?.name == "default")
        #expect(BundledThemes.all.map(\.name).contains("monochrome"))
    }

    /// The Swift source of BundledThemes.swift for the given files.
    static func generate(_ files: [String: [UInt8]]) -> String {
        let names = ["default"] + files.keys.filter { $0 != "default" }.sorted()
        func ident(_ name: String) -> String {
            let parts = name.split(separator: "-").map(String.init)
            return parts[0]
                + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                + "TOML"
        }
        var lines = [
            "// Generated from Themes/*.toml by ThemeBundleTests (RUNDE_REGENERATE_THEMES=1 swift test",
            "// --filter ThemeBundleTests). Do not edit by hand: edit the .toml file and regenerate.",
            "",
            "/// The theme files of `Themes/`, embedded so a lone binary has them; a test keeps them identical.",
            "public enum BundledThemes {",
            "    /// Every bundled theme as (name, file text), `default` first.",
            "    public static let all: [(name: String, text: String)] = [",
        ]
        lines += names.map { "        (\"\($0)\", \(ident($0)))," }
        lines += [
            "    ]", "", "    /// The file text of a bundled theme, or nil.",
            "    public static func text(named name: String) -> String? {",
            "        all.first(where: { $0.name == name })?.text", "    }",
        ]
        for name in names {
            let text = String(decoding: files[name] ?? [], as: UTF8.self)
            lines += ["", "    static let \(ident(name)) = ###\"\"\""]
            // Indented as swift-format leaves a multi-line literal; the indentation is not part
            // of the string, which ends where its last line did.
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : "        " + $0
            }
            lines += ["        \"\"\"###"]
        }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }
}
