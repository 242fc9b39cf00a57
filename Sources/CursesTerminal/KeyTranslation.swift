import CNCursesW
import RundeTUI

/// Pure translation of ncurses key codes into `Key`s; no ncurses state is touched. Bytes
/// (characters, escape sequences, pastes) go through `KeyDecoder` instead.
enum KeyTranslation {
    /// A character result (`get_wch` returned OK): controls become named keys or Ctrl-letters.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 9: return .tab
        case 27: return .escape
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 28...31: return nil
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key-code result (`get_wch` returned KEY_CODE_YES). `KEY_RESIZE` is not a key and
    /// gives nil; the caller handles it.
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return nil
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// `KEY_RESIZE`, for the caller's check.
    static let resizeCode: Int32 = KEY_RESIZE
    /// `KEY_MOUSE`: a mouse report Runde never asked for, dropped with its bytes.
    static let mouseCode: Int32 = KEY_MOUSE
}
