import RundeCore
import RundeText

/// A prompt screen (welcome, group chooser, resume, a new group's name) read out in plain
/// mode: everything once when it opens, then only the choice under the cursor, a problem,
/// or what Enter did.
public enum PlainPrompt {
    /// The lines for `new`, given what was said for `old` (nil: the prompt just opened).
    public static func lines(from old: PromptScreen?, to new: PromptScreen, lang: Lang) -> [String]
    {
        let s = Catalog(lang)
        guard let old, old.title == new.title, old.lines == new.lines, old.choices == new.choices,
            old.fieldLabel == new.fieldLabel
        else {
            var out = [spoken(new.title)]
            out += new.lines.map(spoken).filter { !$0.isEmpty }
            for (i, c) in new.choices.enumerated() {
                out.append(s.f(.plainChoice, spoken(c), i + 1, new.choices.count))
            }
            if let e = new.error { out.append(s.f(.plainError, spoken(e))) }
            if let label = new.fieldLabel { out.append(s.f(.plainField, spoken(label))) }
            if !new.choices.isEmpty {
                if new.isTopScreen {
                    // Esc stays on a top screen: it says its own letters instead (the chooser's g and q).
                    out.append(s[.plainChoiceHintTop])
                    out += new.keys.map(\.choiceLine).filter { !new.choices.contains($0) }.map(
                        spoken)
                } else {
                    out.append(s[.plainChoiceHint])
                }
                // The first choice is selected at first; another one is said.
                if new.choices.count > 1, new.cursor > 0 { out.append(choice(new, s)) }
            } else if new.fieldLabel == nil {
                out.append(spoken(new.footer))
            }
            return out
        }
        var out: [String] = []
        // `?`: the keys in words, at once (nothing stays open to close: the next key acts).
        if new.showingHelp, !old.showingHelp {
            return [s[.promptHelpTitle]] + new.keymap.map { spoken($0.spokenHelpLine(s)) }
        }
        if new.asking != old.asking {
            if let q = new.question { return [spoken(q.body), spoken(DialogKeys.yesNo(s))] }
            return [spoken(new.footer)]  // the answer was no: the prompt's keys again
        }
        if new.cursor != old.cursor, !new.choices.isEmpty { out.append(choice(new, s)) }
        if new.error != old.error, let e = new.error { out.append(s.f(.plainError, spoken(e))) }
        if new.hint != old.hint, let h = new.hint { out.append(spoken(h)) }
        return out
    }

    static func choice(_ p: PromptScreen, _ s: Catalog) -> String {
        let i = min(max(0, p.cursor), p.choices.count - 1)
        return s.f(.plainChoice, spoken(p.choices[i]), i + 1, p.choices.count)
    }

    /// A screen text with its symbols in words or taken out, for a speech synthesiser.
    public static func spoken(_ text: String) -> String {
        var t = TextSafety.sanitize(text)
        for (symbol, word) in [
            ("↑/↓ · ", ""), ("↑/↓", ""), (" · ", ", "), ("·", ","), (" → ", ", "), ("▸", ""),
            ("⚠", ""), ("‹", ""), ("›", ""), ("▏", ""),
        ] {
            t = t.replacing(symbol, with: word)
        }
        return t.trimmingSpaces()
    }
}
