import ArgumentParser
import CursesTerminal
import Foundation
import RundeTUI

/// Hidden `runde _terminal-check`: opens the real terminal, shows its size and the last key,
/// and exits on `q`, a signal or a hang-up. It exists for the end-to-end tests of the
/// terminal layer.
struct TerminalCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_terminal-check",
        abstract: "Check the terminal layer: size, keys, resize, signals (for tests).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .customLong("crash-on"),
        help:
            "Test only: trap (crash) when this character is typed, to check the screen is restored."
    )
    var crashOn: String?

    func run() throws {
        let terminal = try CursesTerminal(theme: Theme.builtInDefault, color: global.colorEnabled)
        defer { terminal.restore() }
        var state = TerminalCheckState()
        while true {
            let size = terminal.size
            terminal.draw(state.render(width: size.width, height: size.height, now: Date()))
            let ms = Int(Date().timeIntervalSince1970 * 1000) % 1000
            switch terminal.nextInput(timeoutMs: 1000 - ms) {
            case .key(.char("q")):
                return
            case .key(.char(let c)) where crashOn.map({ $0 == String(c) }) ?? false:
                fatalError("_terminal-check: crash requested with --crash-on")
            case .key(let key):
                state.record(key)
            case .resize:
                state.resizes += 1
            case .timeout:
                state.ticks += 1
            case .hangup:
                terminal.restore()
                throw ExitCode(129)
            case .signal(let signo):
                terminal.restore()
                throw ExitCode(128 + signo)
            }
        }
    }
}

/// What `_terminal-check` shows: counters, the last key and the characters typed.
struct TerminalCheckState {
    var lastKey = "(none)"
    var typed = ""
    var keys = 0
    var resizes = 0
    var ticks = 0

    mutating func record(_ key: Key) {
        keys += 1
        lastKey = Self.describe(key)
        if case .char(let c) = key {
            typed.append(c)
            if typed.count > 30 { typed.removeFirst(typed.count - 30) }
        }
    }

    func render(width: Int, height: Int, now: Date) -> Frame {
        var f = Frame(width: width, height: height)
        f.put("runde terminal check", x: 1, y: 0, role: .title)
        f.put("size: \(width)x\(height)", x: 1, y: 2)
        f.put("last key: \(lastKey)", x: 1, y: 3, role: .accent)
        f.put("typed: \(typed)", x: 1, y: 4)
        f.put("keys: \(keys)  resizes: \(resizes)  ticks: \(ticks)", x: 1, y: 5, role: .muted)
        let time = Self.timeFormatter.string(from: now)
        f.put("time: \(time)", x: 1, y: 6, role: .calm)
        var x = 1
        var y = 8
        for role in StyleRole.allCases {
            let w = Frame.textWidth(role.rawValue)
            if x + w >= width {
                x = 1
                y += 1
            }
            f.put(role.rawValue, x: x, y: y, role: role)
            x += w + 1
        }
        f.put("q quits", x: 1, y: height - 1, role: .footer)
        return f
    }

    static func describe(_ key: Key) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .delete: return "Delete"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .paste(let text): return "Paste (\(text.count))"
        }
    }

    private static let timeFormatter: DateFormatter = {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f
    }()
}
