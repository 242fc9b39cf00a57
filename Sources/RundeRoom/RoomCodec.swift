import RundeCore

/// The room message on the wire: a 5-byte header ("RM", the version, the payload's length as
/// two bytes) and a payload of fixed fields, big-endian. There is no string on the wire at all:
/// enums travel as their index in a closed list, and the decoder refuses anything out of range.
public enum RoomCodec {
    public static let version: UInt8 = 1
    public static let headerSize = 5
    /// No message comes near this; a longer length is a stream out of step.
    public static let maxPayload = 512

    public static func encode(_ m: RoomMessage) -> [UInt8] {
        var p: [UInt8] = []
        p.reserveCapacity(64 + m.dots.count)
        put(&p, m.sentAt)
        p.append(UInt8(PhaseKind.allCases.firstIndex(of: m.phase) ?? 0))
        p.append(UInt8(RoomStep.allCases.firstIndex(of: m.step) ?? 0))
        p.append(m.processCard.map { UInt8(clamping: max(0, min(254, $0))) } ?? 255)
        var flags: UInt8 = 0
        if m.openFloor { flags |= 1 }
        if m.turn != nil { flags |= 2 }
        if m.turn?.heldAt != nil { flags |= 4 }
        if m.pauseDeadline != nil { flags |= 8 }
        p.append(flags)
        put16(&p, UInt16(clamping: max(0, m.meetingNumber)))
        if let t = m.turn {
            put32(&p, UInt32(clamping: max(0, t.targetSeconds)))
            put(&p, t.countsFrom)
            if let h = t.heldAt { put(&p, h) }
        }
        if let d = m.pauseDeadline { put(&p, d) }
        let dots = m.dots.prefix(RoomMessage.maxDots)
        p.append(UInt8(clamping: max(0, min(dots.count, m.roundPosition))))
        p.append(UInt8(dots.count))
        for d in dots { p.append(d.rawValue) }
        return [0x52, 0x4D, version, UInt8(p.count >> 8), UInt8(p.count & 0xFF)] + p
    }

    /// What reading a buffer gave.
    public enum Decoded: Equatable, Sendable {
        /// A whole message and how many bytes it took.
        case message(RoomMessage, consumed: Int)
        /// Not enough bytes yet.
        case incomplete
        /// Not a room message (wrong magic, version or length, or a field out of range): the
        /// connection is out of step and is best closed.
        case invalid
    }

    /// Reads the first message in `bytes`.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> Decoded {
        guard bytes.count >= headerSize else { return .incomplete }
        let b = bytes.startIndex
        guard bytes[b] == 0x52, bytes[b + 1] == 0x4D, bytes[b + 2] == version else {
            return .invalid
        }
        let length = Int(bytes[b + 3]) << 8 | Int(bytes[b + 4])
        guard length <= maxPayload else { return .invalid }
        guard bytes.count >= headerSize + length else { return .incomplete }
        var r = Reader(bytes: bytes[(b + headerSize)..<(b + headerSize + length)])
        guard let m = r.message(), r.atEnd else { return .invalid }
        return .message(m, consumed: headerSize + length)
    }

    private static func put(_ p: inout [UInt8], _ d: Double) {
        let bits = d.bitPattern
        for shift in stride(from: 56, through: 0, by: -8) {
            p.append(UInt8(bits >> UInt64(shift) & 0xFF))
        }
    }

    private static func put16(_ p: inout [UInt8], _ v: UInt16) {
        p.append(UInt8(v >> 8))
        p.append(UInt8(v & 0xFF))
    }

    private static func put32(_ p: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) {
            p.append(UInt8(v >> UInt32(shift) & 0xFF))
        }
    }

    /// Reads fields in order; nil on any that is missing or out of range.
    private struct Reader {
        var bytes: ArraySlice<UInt8>
        var atEnd: Bool { bytes.isEmpty }

        mutating func byte() -> UInt8? { bytes.popFirst() }

        mutating func u16() -> Int? {
            guard let a = byte(), let b = byte() else { return nil }
            return Int(a) << 8 | Int(b)
        }

        mutating func u32() -> Int? {
            guard let a = u16(), let b = u16() else { return nil }
            return a << 16 | b
        }

        /// An instant or a duration: finite, and within a few thousand years of the epoch.
        mutating func double() -> Double? {
            var bits: UInt64 = 0
            for _ in 0..<8 {
                guard let b = byte() else { return nil }
                bits = bits << 8 | UInt64(b)
            }
            let d = Double(bitPattern: bits)
            guard d.isFinite, abs(d) < 1e11 else { return nil }
            return d
        }

        mutating func message() -> RoomMessage? {
            guard let sentAt = double(), let phaseIndex = byte(), let stepIndex = byte(),
                let card = byte(), let flags = byte(), let number = u16(),
                Int(phaseIndex) < PhaseKind.allCases.count,
                Int(stepIndex) < RoomStep.allCases.count, flags & 0xF0 == 0
            else { return nil }
            var turn: RoomTurn?
            if flags & 2 != 0 {
                guard let target = u32(), target <= 86_400, let from = double() else { return nil }
                var held: Double?
                if flags & 4 != 0 {
                    guard let h = double(), h >= 0 else { return nil }
                    held = h
                }
                turn = RoomTurn(targetSeconds: target, countsFrom: from, heldAt: held)
            } else if flags & 4 != 0 {
                return nil
            }
            var deadline: Double?
            if flags & 8 != 0 {
                guard let d = double() else { return nil }
                deadline = d
            }
            guard let position = byte(), let count = byte(), Int(count) <= RoomMessage.maxDots,
                Int(position) <= Int(count)
            else { return nil }
            var dots: [RoomDot] = []
            for _ in 0..<Int(count) {
                guard let raw = byte(), let d = RoomDot(rawValue: raw) else { return nil }
                dots.append(d)
            }
            return RoomMessage(
                sentAt: sentAt, phase: PhaseKind.allCases[Int(phaseIndex)],
                step: RoomStep.allCases[Int(stepIndex)], processCard: card == 255 ? nil : Int(card),
                openFloor: flags & 1 != 0, meetingNumber: number, turn: turn, dots: dots,
                roundPosition: Int(position), pauseDeadline: deadline)
        }
    }
}
