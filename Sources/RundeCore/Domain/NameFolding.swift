/// The folded form names are compared in (DESIGN §2): every default-ignorable code point
/// removed, NFKC, Latin look-alikes mapped to the Latin letter they imitate, case and diacritics
/// folded, and the Nordic spellings made one (ø = oe = o, æ = ae, å = aa = a). Two spellings a
/// reader would take for the same name fold to the same string: "Søren", "Soeren", "SOREN",
/// "Ｓøren", "Sоren" (Cyrillic о), "𝐒øren", "Sø\u{AD}ren".
public enum NameFolding {
    /// True for a code point with the Unicode property `Default_Ignorable_Code_Point`: soft
    /// hyphen, word joiner, zero-width characters, variation selectors, tags, Mongolian vowel
    /// separator, invisible operators … They draw as nothing, so a name can hide behind them.
    public static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        s.properties.isDefaultIgnorableCodePoint
    }

    /// The text without any default-ignorable code point.
    public static func removingIgnorables(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isIgnorable) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isIgnorable(s) { out.append(s) }
        return String(out)
    }

    /// The folded form: letters and digits only, lower case, as described on the type.
    public static func fold(_ text: String) -> String {
        // Look-alikes are mapped before lower-casing (an upper-case look-alike may lower-case
        // to a letter that no longer resembles Latin) and again after the marks are dropped
        // (a Cyrillic letter with a diaeresis decomposes to a plain look-alike).
        var mapped = String.UnicodeScalarView()
        let compat = removingIgnorables(text).precomposedStringWithCompatibilityMapping
        for s in compat.unicodeScalars { mapped.append(contentsOf: latin(s).unicodeScalars) }
        var out = String.UnicodeScalarView()
        for s in String(mapped).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            for t in latin(s).unicodeScalars {
                switch t {
                case "ø", "ö": out.append("o")
                case "æ": out.append(contentsOf: "ae".unicodeScalars)
                case "œ": out.append(contentsOf: "oe".unicodeScalars)
                case "ß": out.append(contentsOf: "ss".unicodeScalars)
                case "đ", "ð": out.append("d")
                case "ł": out.append("l")
                case "þ": out.append(contentsOf: "th".unicodeScalars)
                case "ı": out.append("i")
                default:
                    if t.properties.isAlphabetic || t.properties.numericType != nil {
                        out.append(t)
                    }
                }
            }
        }
        // "oe" is ø typed on a keyboard without it (Soeren), and "aa" the old spelling of å
        // (Aase, Kaare): both fold to the plain vowel, as ø and å do.
        var folded = String.UnicodeScalarView()
        for s in out {
            if s == "a", folded.last == "a" { continue }
            if s == "e", folded.last == "o" { continue }
            folded.append(s)
        }
        return String(folded)
    }

    /// The Latin letter a look-alike imitates, or the scalar itself.
    ///
    /// A compact excerpt of the UTS #39 confusables for Latin targets only, which is all a
    /// name in a theme can imitate here: Cyrillic and Greek letters that look Latin, Latin
    /// small capitals and IPA letters, regional indicator symbols and negative enclosed
    /// letters. Fullwidth forms, mathematical alphanumerics and circled letters need no entry:
    /// NFKC has already made them plain.
    static func latin(_ s: Unicode.Scalar) -> String {
        let v = s.value
        // Regional indicators 🇦…🇿, negative circled 🅐…🅩, negative squared 🅰…🆉.
        for base: UInt32 in [0x1F1E6, 0x1F150, 0x1F170] where (base..<base + 26).contains(v) {
            return String(Unicode.Scalar(UInt8(0x61 + v - base)))
        }
        return confusables[s].map(String.init) ?? String(s)
    }

    private static let confusables: [Unicode.Scalar: Character] = {
        var t: [Unicode.Scalar: Character] = [:]
        // Cyrillic, upper then lower case.
        for (from, to) in zip("АВЕЅІЈКМНОРСТХУԜԚӀ", "ABESIJKMHOPCTXYWQI") {
            t[from.unicodeScalars.first!] = to
        }
        for (from, to) in zip("аеѕіјорсхуԝԛһԁкмнтвгпѵ", "aesijopcxywqhdkmhtbrnv") {
            t[from.unicodeScalars.first!] = to
        }
        // Greek, upper then lower case.
        for (from, to) in zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϜ", "ABEZHIKMNOPTYXF") {
            t[from.unicodeScalars.first!] = to
        }
        for (from, to) in zip("αοιρκνυτχγϲ", "aoipkvutxyc") { t[from.unicodeScalars.first!] = to }
        // Latin small capitals and IPA letters that read as plain letters.
        for (from, to) in zip("ᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɑɡɩȷ", "abcdeghijklmnoprstuvwyzagij") {
            t[from.unicodeScalars.first!] = to
        }
        return t
    }()
}
