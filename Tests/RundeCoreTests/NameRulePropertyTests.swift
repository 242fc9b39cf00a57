import Testing

@testable import RundeCore

/// The name rule over random text (seeded, so a failure names its seed): names in forms no
/// example uses never survive, ordinary words never go, and each name form costs exactly one
/// word.
@Suite("The name rule over random text")
struct NameRulePropertyTests {
    /// A small deterministic generator (SplitMix64).
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// Sentinel names: long and short, with ø, å, æ, and short ones that are everyday words.
    static let long = ["Quixtamar", "Zorbulon", "Bjørnulf", "Ærlendsk", "Snøvrik"]
    static let short = ["Liv", "Per", "Vår", "Sol", "Dag", "Åse", "Tøv"]
    static let roster = long + short

    /// Ordinary words, many of them beginning with (or holding) a short name above.
    static let ordinary = [
        "livet", "livlig", "livene", "oliven", "persienner", "perspektiv", "periode", "super",
        "våren", "vårlig", "vårsøg", "solnedgang", "solen", "sola", "parasoll", "dagen", "dagbok",
        "daglig", "hverdag", "hverdagen", "åsen", "åsene", "tøvete", "skam", "grenser", "mor",
        "sorg", "glede", "søvn", "håp", "tillit", "jobb", "venner", "Persille", "SOLSKINN",
        "Livredd", "dagene",
    ]

    static let invisibles: [String] = [
        "\u{00AD}", "\u{2060}", "\u{180E}", "\u{2062}", "\u{2063}", "\u{200B}", "\u{200C}",
        "\u{200D}", "\u{FEFF}", "\u{FE0F}", "\u{FE00}", "\u{E0020}", "\u{034F}", "\u{2061}",
        "\u{1D17A}",
    ]

    /// Cyrillic and Greek look-alikes of a Latin letter.
    static let lookAlikes: [Character: [String]] = [
        "a": ["а", "α"], "e": ["е"], "o": ["о", "ο"], "p": ["р", "ρ"], "c": ["с"], "x": ["х", "χ"],
        "i": ["і"], "s": ["ѕ"], "A": ["А", "Α"], "B": ["В", "Β"], "E": ["Е", "Ε"],
        "K": ["К", "Κ"], "M": ["М"], "O": ["О", "Ο"], "P": ["Р", "Ρ"], "T": ["Т", "Τ"],
        "X": ["Х"], "Z": ["Ζ"], "H": ["Н"],
    ]

    /// A letter in another width or style that NFKC makes plain again.
    static func styled(_ c: Character, _ rng: inout Rng) -> String {
        guard let v = c.asciiValue, c.isLetter else { return String(c) }
        let upper = v < 0x61
        let offset = UInt32(upper ? v - 0x41 : v - 0x61)
        let bases: [UInt32] =
            upper
            ? [0xFF21, 0x1D400, 0x1D5D4, 0x1D670, 0x24B6]
            : [0xFF41, 0x1D41A, 0x1D5EE, 0x1D68A, 0x24D0]
        return String(Unicode.Scalar(rng.pick(bases) + offset)!)
    }

    /// The name spelled as a keyboard, a copy from elsewhere or a prankster might spell it.
    static func disguise(_ name: String, _ rng: inout Rng) -> String {
        var w = name
        // Nordic spellings.
        switch rng.below(4) {
        case 0:
            w = w.replacing("ø", with: rng.pick(["o", "oe", "ö"])).replacing(
                "Ø", with: rng.pick(["O", "Oe"]))
        case 1:
            w = w.replacing("å", with: rng.pick(["a", "aa", "a\u{030A}"])).replacing(
                "Å", with: rng.pick(["A", "Aa", "A\u{030A}"]))
        case 2: w = w.replacing("æ", with: "ae").replacing("Æ", with: rng.pick(["Ae", "AE"]))
        default: break
        }
        // Case.
        switch rng.below(4) {
        case 0: w = w.uppercased()
        case 1: w = w.lowercased()
        case 2: w = String(w.map { rng.chance(50) ? Character($0.uppercased()) : $0 })
        default: break
        }
        // Letters swapped for look-alikes, other styles, or given a diacritic.
        var out = ""
        for c in w {
            switch rng.below(10) {
            case 0: out += lookAlikes[c].map { rng.pick($0) } ?? String(c)
            case 1: out += styled(c, &rng)
            case 2:
                out +=
                    String(c) + (c.isLetter ? rng.pick(["\u{0301}", "\u{0308}", "\u{0327}"]) : "")
            default: out.append(c)
            }
            if rng.chance(15) { out += rng.pick(invisibles) }
        }
        return out
    }

    /// A form of the name that the rule takes: itself, a genitive, a hyphen compound, or (five
    /// letters or more) inside a longer word.
    static func form(_ name: String, _ rng: inout Rng) -> String {
        let d = disguise(name, &rng)
        var forms = [
            d, d + "s", d + "'s", d + "’s", d + "-" + rng.pick(["saken", "greia", "mor", "prat"]),
            rng.pick(["mor", "sam", "ex"]) + "-" + d, d + "s-" + rng.pick(["sak", "bok"]),
        ]
        if TextSafety.fold(name).count >= 5 {
            forms += [
                rng.pick(["super", "barne", "x", "stor"]) + d,
                d + rng.pick(["ene", "saken", "aktig", "en"]),
                rng.pick(["u", "hyper"]) + d + rng.pick(["s", "ete"]),
            ]
        }
        return rng.pick(forms)
    }

    static let separators = [" ", ", ", " og ", " – ", "! ", "? ", ": ", " (", ") ", " «", "» "]

    @Test func noNameSurvivesAndNoOrdinaryWordIsLost() {
        for seed in UInt64(1)...1500 {
            var rng = Rng(state: seed)
            var pieces: [String] = []
            var names = 0
            var kept: [String] = []
            for _ in 0..<(2 + rng.below(8)) {
                if rng.chance(45) {
                    pieces.append(Self.form(rng.pick(Self.roster), &rng))
                    names += 1
                } else {
                    var word = rng.pick(Self.ordinary)
                    if rng.chance(20) { word = word.uppercased() }
                    pieces.append(word)
                    kept.append(word)
                }
            }
            var text = ""
            for (i, p) in pieces.enumerated() {
                text += (i == 0 ? "" : rng.pick(Self.separators)) + p
            }
            let saved = TextSafety.scrub(text, names: Self.roster)
            let context = "seed \(seed): \"\(text)\" saved as \"\(saved)\""
            // Each name form became exactly one "…", and nothing else did.
            #expect(saved.components(separatedBy: "…").count - 1 == names, "\(context)")
            // Every ordinary word is there, as typed.
            var rest = Substring(saved)
            for word in kept {
                guard let r = rest.range(of: word) else {
                    Issue.record("lost \"\(word)\": \(context)")
                    break
                }
                rest = rest[r.upperBound...]
            }
            // Nothing invisible is saved.
            #expect(
                !saved.unicodeScalars.contains { $0.properties.isDefaultIgnorableCodePoint },
                "\(context)")
        }
    }

    /// Independently of how the scrubber cuts words: no run of letters left in the saved text
    /// folds to a name or its genitive, nor (five letters or more) holds one.
    @Test func noFoldedWordOfTheResultIsAName() {
        let folded = Self.roster.map(TextSafety.fold)
        for seed in UInt64(5000)...6000 {
            var rng = Rng(state: seed)
            let text = (0..<6).map { _ in
                rng.chance(50) ? Self.form(rng.pick(Self.roster), &rng) : rng.pick(Self.ordinary)
            }.joined(separator: rng.pick(Self.separators))
            let saved = TextSafety.scrub(text, names: Self.roster)
            let words = saved.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            for word in words.map({ TextSafety.fold(String($0)) }) {
                for n in folded {
                    #expect(
                        word != n && word != n + "s" && !(n.count >= 5 && word.contains(n)),
                        "seed \(seed): \"\(word)\" in \"\(saved)\" from \"\(text)\"")
                }
            }
        }
    }

    /// Ordinary Norwegian words that merely begin with a short name survive every casing and
    /// every place in a sentence.
    @Test func wordsBeginningWithAShortNameSurvive() {
        let words = [
            "livet", "Livsglede", "livnære", "perm", "personlig", "perrong", "Solid", "solidaritet",
            "vårt", "våres", "Dagny", "dagsorden", "morsom", "morgenen", "åser", "tøyse",
        ]
        for seed in UInt64(1)...300 {
            var rng = Rng(state: seed)
            let chosen = (0..<4).map { _ in
                let w = rng.pick(words)
                return rng.chance(30) ? w.uppercased() : w
            }
            let text = chosen.joined(separator: rng.pick(Self.separators))
            #expect(
                TextSafety.scrub(text, names: Self.roster) == text, "seed \(seed): \"\(text)\"")
        }
    }
}
