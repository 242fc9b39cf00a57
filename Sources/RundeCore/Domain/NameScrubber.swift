/// The rule that takes names out of free text (DESIGN §2), built once for a list of names.
///
/// Text is cut into words (letters, digits and marks, held together by hyphens and
/// apostrophes) and emoji. Each word is compared in its folded form (`NameFolding`):
/// - a word is a name when it **is** a name, or the name with a genitive (-s, 's, ’s);
/// - each part of a hyphen compound counts as a word (Kari-saken, mor-til-Kari);
/// - a name of five letters or more is also found inside a word (superquixtamar);
/// - a one-letter name (an initial) only takes a word that is that letter (or B's).
/// A name of several words counts as each of its words and as the words run together. An
/// emoji in a name takes that emoji wherever it stands. Ordinary words that merely begin with a
/// short name survive: "Livet" for Liv, "våren" for Vår, "solnedgang" for Sol.
public struct NameScrubber: Sendable {
    /// Folded names and name parts.
    let keys: Set<String>
    /// Emoji of names, without skin tones or presentation selectors.
    let emojiKeys: Set<String>

    /// Names of this many folded letters or more are also found inside a word.
    public static let containmentLength = 5

    public init(names: [String]) {
        var keys = Set<String>()
        var emoji = Set<String>()
        for name in names {
            let clean = NameFolding.removingIgnorables(name)
            var parts: [String] = []
            for token in Self.tokens(clean) {
                switch token {
                case .word(let w):
                    parts += Self.hyphenParts(w).map(NameFolding.fold).filter { !$0.isEmpty }
                case .emoji(let e): emoji.insert(Self.emojiKey(e))
                case .other: break
                }
            }
            keys.formUnion(parts)
            let whole = parts.joined()
            if !whole.isEmpty { keys.insert(whole) }
        }
        self.keys = keys
        emojiKeys = emoji
    }

    /// The text with every name replaced by `replacement` and every default-ignorable code
    /// point removed.
    public func scrub(_ text: String, replacement: String = "…") -> String {
        let clean = NameFolding.removingIgnorables(text)
        if keys.isEmpty && emojiKeys.isEmpty { return clean }
        var out = ""
        for token in Self.tokens(clean) {
            switch token {
            case .word(let w):
                // Joiners at the end (a colon, a closing apostrophe) belong to the sentence.
                var word = Substring(w)
                var tail = ""
                while let l = word.last, Self.isJoiner(l) {
                    tail = String(l) + tail
                    word = word.dropLast()
                }
                out += (isName(String(word)) ? replacement : String(word)) + tail
            case .emoji(let e):
                out += emojiKeys.contains(Self.emojiKey(e)) ? replacement : e
            case .other(let c):
                out.append(c)
            }
        }
        return out
    }

    /// True when the word (letters held together by hyphens and apostrophes) is a name.
    public func isName(_ word: String) -> Bool {
        let whole = NameFolding.fold(word)
        if whole.isEmpty { return false }
        let parts = Self.hyphenParts(word)
        for key in keys {
            if key.count >= Self.containmentLength, whole.contains(key) { return true }
            if whole == key || (key.count > 1 && whole == key + "s") { return true }
            for part in parts {
                let folded = NameFolding.fold(part)
                if folded == key { return true }
                if folded == key + "s", key.count > 1 || Self.hasApostropheS(part) { return true }
            }
        }
        return false
    }

    // MARK: Cutting text into words

    enum Token {
        case word(String)
        case emoji(String)
        case other(Character)
    }

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var word = ""
        for c in text {
            if isWordCharacter(c) || (isJoiner(c) && !word.isEmpty) {
                word.append(c)
                continue
            }
            if !word.isEmpty { out.append(.word(word)) }
            word = ""
            out.append(isEmoji(c) ? .emoji(String(c)) : .other(c))
        }
        if !word.isEmpty { out.append(.word(word)) }
        return out
    }

    /// A character that folds to a letter or digit (look-alikes, fullwidth and mathematical
    /// letters, regional indicators included), or a lone combining mark.
    static func isWordCharacter(_ c: Character) -> Bool {
        if c.isLetter || c.isNumber { return true }
        if c.unicodeScalars.allSatisfy({
            switch $0.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }) {
            return true
        }
        return !NameFolding.fold(String(c)).isEmpty
    }

    /// Hyphens and apostrophes join the parts of one word (Kari-saken, Kari's, Kari’s, Kari:s).
    static func isJoiner(_ c: Character) -> Bool {
        c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" || c == "\u{2011}" || c == ":"
    }

    static func isHyphen(_ c: Character) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    static func hyphenParts(_ word: String) -> [String] {
        word.split(whereSeparator: isHyphen).map(String.init)
    }

    static func hasApostropheS(_ part: String) -> Bool {
        let scalars = Array(part.unicodeScalars)
        guard scalars.count >= 2, scalars.last == "s" || scalars.last == "S" else { return false }
        let mark = scalars[scalars.count - 2]
        return mark == "'" || mark == "\u{2019}" || mark == ":"
    }

    static func isEmoji(_ c: Character) -> Bool {
        c.unicodeScalars.contains {
            $0.properties.isEmojiPresentation || $0.properties.generalCategory == .otherSymbol
                || ($0.properties.isEmoji && $0.value >= 0x2000)
        }
    }

    /// An emoji as names are compared: without skin tones (or anything default-ignorable).
    static func emojiKey(_ e: String) -> String {
        var out = String.UnicodeScalarView()
        for s in e.unicodeScalars
        where !NameFolding.isIgnorable(s) && !(0x1F3FB...0x1F3FF).contains(s.value) {
            out.append(s)
        }
        return String(out)
    }
}
