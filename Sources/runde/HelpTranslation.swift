import Foundation
import RundeText

/// Puts ArgumentParser's own words (help headings, "Error:", "Usage:", parse errors such as
/// "Unknown option") into the catalog's language. Our abstracts, discussions and option help
/// already come from the catalog; this covers the lines the library writes itself.
enum HelpTranslation {
    static func translate(_ text: String, catalog c: Catalog) -> String {
        guard c.lang != .en else { return text }
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line(String(raw), c))
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ l: String, _ c: Catalog) -> String {
        // The library's own placeholders in usage lines; our value names are set in the
        // catalog's language where the options are declared (`ArgumentHelp(valueName:)`).
        var l = l
        for (en, key) in [
            ("<options>", CLIText.valueOptions),
            ("<subcommand>", CLIText.valueSubcommand),
        ] {
            l = l.replacingAll(en, "<" + c[key] + ">")
        }
        let headings: [(String, CLIText)] = [
            ("OVERVIEW:", .cliHelpOverview), ("USAGE:", .cliHelpUsage),
            ("ARGUMENTS:", .cliHelpArguments),
            ("OPTIONS:", .cliHelpOptions), ("SUBCOMMANDS:", .cliHelpSubcommands),
        ]
        for (en, key) in headings where l.hasPrefix(en) { l = c[key] + l.dropFirst(en.count) }
        l = l.replacingAll("Show help information.", c[.cliHelpShowHelp])
        l = l.replacingAll("Show the version.", c[.cliHelpShowVersion])
        if let r = between(l, "(default: ", ")") {
            l = l.replacingAll("(default: \(r))", c.f(.cliHelpDefault, r))
        }
        if let r = between(l, "See '", "' for detailed help.") {
            return String(l.prefix { $0 == " " }) + c.f(.cliHelpSeeSubcommand, r)
        }
        if l.hasPrefix("Help:  ") { return c.f(.cliHelpLine, String(l.dropFirst("Help:  ".count))) }
        if let r = between(l, "  See '", " --help' for more information.") {
            return "  " + c.f(.cliUsageHint, r)
        }
        if let r = between(l, "  See '", " -h' for more information.") {
            return "  " + c.f(.cliUsageHint, r)
        }
        if l.hasPrefix("Usage: ") {
            return c.f(.cliUsageLine, String(l.dropFirst("Usage: ".count)))
        }
        if l.hasPrefix("Error: ") {
            return c.f(.cliUsageError, parseError(String(l.dropFirst("Error: ".count)), c))
        }
        return l
    }

    /// ArgumentParser's parse errors, by their (stable) English wording; ours pass unchanged.
    static func parseError(_ m: String, _ c: Catalog) -> String {
        func quoted(_ s: Substring) -> String { "«" + s.trimmingQuotes() + "»" }
        if m.hasPrefix("Unknown option ") {
            let rest = m.dropFirst("Unknown option ".count)
            let name = rest.split(separator: ".", maxSplits: 1).first ?? rest
            return c.f(.cliParseUnknownOption, quoted(name))
        }
        if m.hasPrefix("Missing expected argument ") {
            return c.f(
                .cliParseMissingArgument, quoted(m.dropFirst("Missing expected argument ".count)))
        }
        if m.hasPrefix("Missing value for ") {
            return c.f(.cliParseMissingValue, quoted(m.dropFirst("Missing value for ".count)))
        }
        if m.hasPrefix("Unexpected argument ") {
            return c.f(
                .cliParseUnexpectedArgument, quoted(m.dropFirst("Unexpected argument ".count)))
        }
        if m.hasPrefix("The value '"), let v = between(m, "The value '", "' is invalid for '") {
            let rest = m.dropFirst("The value '".count + v.count + "' is invalid for '".count)
            let name = rest.prefix { $0 != "'" }
            return c.f(.cliParseBadValue, "«\(v)»", "«\(name)»")
        }
        if m.hasPrefix("Multiple (") || m.contains("was specified multiple times")
            || m.hasPrefix("Duplicate ")
        {
            return c.f(
                .cliParseDuplicate, m.split(separator: "'").dropFirst().first.map { "«\($0)»" } ?? m
            )
        }
        return m
    }

    private static func between(_ s: String, _ start: String, _ end: String) -> String? {
        guard let a = s.range(of: start), let b = s.range(of: end, range: a.upperBound..<s.endIndex)
        else { return nil }
        return String(s[a.upperBound..<b.lowerBound])
    }
}

extension Substring {
    fileprivate func trimmingQuotes() -> String {
        var s = self
        while s.first == "'" { s = s.dropFirst() }
        while s.last == "'" || s.last == "." { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    fileprivate func replacingAll(_ a: String, _ b: String) -> String {
        guard contains(a) else { return self }
        return components(separatedBy: a).joined(separator: b)
    }
}

/// Where the group members' guide (`veiledning.md`, in Norwegian) is for this binary: beside
/// the executable's prefix (`/usr/bin/runde` → `/usr/share/doc/runde/veiledning.md`, an
/// unpacked tarball or `install.sh --prefix`), the source tree's `docs/` for a build, else
/// where the .deb puts it.
enum UserGuide {
    static let debianPath = "/usr/share/doc/runde/veiledning.md"

    static var path: String {
        guard let exe = Bundle.main.executablePath else { return debianPath }
        var dir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
        let fm = FileManager.default
        let installed = dir.deletingLastPathComponent().appendingPathComponent(
            "share/doc/runde/veiledning.md")
        if fm.fileExists(atPath: installed.path) { return installed.path }
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let docs = dir.appendingPathComponent("docs/veiledning.md")
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
                fm.fileExists(atPath: docs.path)
            {
                return docs.path
            }
        }
        return debianPath
    }
}
