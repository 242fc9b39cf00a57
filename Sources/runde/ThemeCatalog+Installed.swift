import Foundation
import RundeTUI

extension ThemeCatalog {
    /// The catalog of this running binary: the user's folder, then the theme files installed
    /// beside the executable (`/usr/bin/runde` → `/usr/share/runde/themes`, `~/.local/bin/runde`
    /// → `~/.local/share/runde/themes`, an unpacked tarball's `bin/runde` → its
    /// `share/runde/themes`), then the source tree's `Themes/` when run from a build folder.
    /// Reading the executable's path is the platform seam (Linux: `/proc/self/exe`).
    static func forRunde(userThemesDir: String?) -> ThemeCatalog {
        let exe = executablePath()
        let dirs = ThemeCatalog.installedThemesDirs(
            executablePath: exe, buildRoot: exe.flatMap(buildRoot))
        return ThemeCatalog(userThemesDir: userThemesDir, installedDirs: dirs)
    }

    private static func executablePath() -> String? {
        guard let path = Bundle.main.executablePath else { return nil }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// The nearest folder above a build's executable (`.build/<triple>/debug/runde`) that holds
    /// `Package.swift` and `Themes/`; nil for an installed binary.
    private static func buildRoot(of executable: String) -> String? {
        var dir = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let fm = FileManager.default
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
                fm.fileExists(atPath: dir.appendingPathComponent("Themes").path)
            {
                return dir.path
            }
        }
        return nil
    }
}
