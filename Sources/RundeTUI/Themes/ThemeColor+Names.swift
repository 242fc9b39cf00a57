/// Theme-file spellings of colours: names, `bright-<name>`, 0–255 and `#rrggbb`.
extension ThemeColor {
    /// The eight basic colour names, in index order.
    public static let basicNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses a colour as written in a theme file: `default`, a basic name, `bright-<name>`,
    /// a decimal index 0–255, or `#rrggbb` (mapped to the nearest colour of the 256-colour
    /// cube or grey ramp). Case-insensitive; returns nil when the text is none of these.
    public init?(themeText text: String) {
        let t = text.lowercased()
        if t == "default" {
            self = .terminalDefault
            return
        }
        if let i = ThemeColor.basicNames.firstIndex(of: t) {
            self = .indexed(i)
            return
        }
        if t.hasPrefix("bright-"),
            let i = ThemeColor.basicNames.firstIndex(of: String(t.dropFirst(7)))
        {
            self = .indexed(8 + i)
            return
        }
        if !t.isEmpty, t.count <= 3, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(t),
            n <= 255
        {
            self = .indexed(n)
            return
        }
        if t.hasPrefix("#"), t.count == 7, let rgb = Int(t.dropFirst(), radix: 16),
            t.dropFirst().allSatisfy({ $0.isHexDigit })
        {
            self = .indexed(
                ThemeColor.nearest256(
                    red: rgb >> 16 & 0xFF, green: rgb >> 8 & 0xFF, blue: rgb & 0xFF))
            return
        }
        return nil
    }

    /// The colour as a theme file would spell it (`default`, `cyan`, `bright-red`, `208`).
    public var themeText: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let i) where (0..<8).contains(i): return ThemeColor.basicNames[i]
        case .indexed(let i) where (8..<16).contains(i):
            return "bright-" + ThemeColor.basicNames[i - 8]
        case .indexed(let i): return String(i)
        }
    }

    /// The 256-colour index (16–255) nearest to an RGB colour. The first 16 colours are left
    /// out because terminals redefine them.
    public static func nearest256(red: Int, green: Int, blue: Int) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: Int) -> Int {
            levels.indices.min(by: { abs(levels[$0] - v) < abs(levels[$1] - v) }) ?? 0
        }
        func distance(_ r: Int, _ g: Int, _ b: Int) -> Int {
            (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue)
        }
        let (ri, gi, bi) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance(levels[ri], levels[gi], levels[bi])
        // Grey ramp 232–255: 8, 18, …, 238.
        let average = (red + green + blue) / 3
        let greyStep = max(0, min(23, (average - 3) / 10))
        let grey = 8 + 10 * greyStep
        let greyDistance = distance(grey, grey, grey)
        return greyDistance < cubeDistance ? 232 + greyStep : cube
    }
}
