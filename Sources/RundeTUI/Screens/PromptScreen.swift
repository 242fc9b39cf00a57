import RundeCore

/// A simple full-screen prompt: a title, some lines, a list of choices, an optional text field.
/// Used for resuming a meeting, choosing a group and the first run.
public struct PromptScreen: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var choices: [String]
    public var cursor: Int
    /// When set, a text field is shown with this label and `input`.
    public var fieldLabel: String?
    public var input: String
    public var footer: String
    public var error: String?

    public init(title: String, lines: [String] = [], choices: [String] = [], fieldLabel: String? = nil,
                footer: String) {
        self.title = title; self.lines = lines; self.choices = choices; cursor = 0
        self.fieldLabel = fieldLabel; input = ""; self.footer = footer; error = nil
    }

    public func render(width: Int, height: Int) -> Frame {
        var f = Frame(width: width, height: height)
        guard width >= 20, height >= 6 else {
            f.put(title, x: 0, y: 0, role: .title, bold: true)
            return f
        }
        var y = max(1, height / 2 - (lines.count + choices.count + 6) / 2)
        f.putCentred(title, y: y, role: .title, bold: true)
        y += 2
        let w = min(width - 4, 70)
        let x = (width - w) / 2
        for line in lines.flatMap({ Wrap.lines($0, width: w) }) where y < height - 3 {
            f.put(line, x: x, y: y); y += 1
        }
        if !lines.isEmpty { y += 1 }
        for (i, c) in choices.enumerated() where y < height - 3 {
            let sel = i == cursor
            f.put((sel ? "▸ " : "  ") + c, x: x, y: y, role: sel ? .selection : .normal, bold: sel, reverse: sel, maxWidth: w)
            y += 1
        }
        if let label = fieldLabel, y < height - 3 {
            f.put(label, x: x, y: y, role: .accent); y += 1
            f.put("> " + input + "▏", x: x, y: y, role: .speaker, bold: true, maxWidth: w); y += 1
        }
        if let e = error { f.put("⚠ " + e, x: x, y: min(height - 3, y + 1), role: .alert, bold: true, maxWidth: w) }
        f.put(footer, x: 1, y: height - 1, role: .footer, maxWidth: width - 2)
        return f
    }

    /// What a key did to the prompt.
    public enum Result: Equatable, Sendable { case none, chose(Int), submitted(String), key(Character), cancelled, stop(InputEvent) }

    /// Runs the prompt until a choice, a submitted field, a letter key, Esc, or a signal/hang-up.
    /// On a `PlainTerminal` the prompt is read out as lines instead of drawn (`PlainPrompt`).
    public mutating func run(on terminal: Terminal, letters: Set<Character> = []) -> Result {
        let plain = terminal as? PlainTerminal
        var said: PromptScreen?
        while true {
            if let plain {
                plain.say(PlainPrompt.lines(from: said, to: self, lang: plain.language))
                if fieldLabel != nil { plain.echoTyping(from: said?.input ?? "", to: input) }
                said = self
            } else {
                let size = terminal.size
                terminal.draw(render(width: size.width, height: size.height))
            }
            switch terminal.nextInput(timeoutMs: 1000) {
            case .timeout: continue
            case .resize: continue
            case .signal(let n): return .stop(.signal(n))
            case .hangup: return .stop(.hangup)
            case .key(let k):
                switch k {
                case .up: cursor = max(0, cursor - 1)
                case .down: cursor = min(max(0, choices.count - 1), cursor + 1)
                case .escape: return .cancelled
                case .enter:
                    if fieldLabel != nil { return .submitted(input) }
                    if !choices.isEmpty { return .chose(cursor) }
                    return .chose(0)
                case .backspace, .delete:
                    if fieldLabel != nil, !input.isEmpty { input.removeLast() }
                case .char(let c):
                    if fieldLabel != nil {
                        let clean = TextSafety.sanitize(String(c))
                        if input.count < 200 { input += clean }
                    } else if letters.contains(c) {
                        return .key(c)
                    }
                default: break
                }
            }
        }
    }
}
