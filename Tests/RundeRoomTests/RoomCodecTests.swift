import RundeCore
import Testing

@testable import RundeRoom

/// The room message on the wire: every field survives the round trip, and what does not fit
/// (wrong magic, an index out of range, a non-finite instant, a short buffer) is refused.
@Suite struct RoomCodecTests {
    static let samples: [RoomMessage] = [
        RoomMessage(sentAt: 1_800_000_000.25, phase: .checkIn, step: .checkIn, meetingNumber: 7),
        RoomMessage(
            sentAt: 1_800_000_341.5, phase: .openingRound, step: .hereAndNow, meetingNumber: 12,
            turn: RoomTurn(targetSeconds: 180, countsFrom: 1_800_000_300),
            dots: [.spoke, .passed, .speaking, .toCome, .toCome], roundPosition: 3),
        RoomMessage(
            sentAt: 1_800_000_400, phase: .sharing, step: .sharing, openFloor: true,
            turn: RoomTurn(targetSeconds: 0, countsFrom: 1_800_000_390, heldAt: 12.75)),
        RoomMessage(
            sentAt: 1_800_003_700, phase: .pause, step: .sharing, pauseDeadline: 1_800_004_500),
        RoomMessage(
            sentAt: 1_800_005_000, phase: .processTalk, step: .processTalk, processCard: 3,
            dots: [.speaking, .toCome], roundPosition: 1),
        RoomMessage(sentAt: 1_800_007_000, phase: .summary, step: .summary, meetingNumber: 65535),
    ]

    @Test func everyFieldSurvivesTheRoundTrip() {
        for m in Self.samples {
            let bytes = RoomCodec.encode(m)
            #expect(RoomCodec.decode(bytes[...]) == .message(m, consumed: bytes.count))
        }
    }

    @Test func messagesFollowOneAnotherInAStream() {
        let stream = Self.samples.flatMap(RoomCodec.encode)
        var rest = stream[...]
        var out: [RoomMessage] = []
        while case .message(let m, let n) = RoomCodec.decode(rest) {
            out.append(m)
            rest = rest.dropFirst(n)
        }
        #expect(out == Self.samples)
        #expect(rest.isEmpty)
    }

    @Test func aShortBufferWaitsForMore() {
        let bytes = RoomCodec.encode(Self.samples[1])
        for n in 0..<bytes.count {
            #expect(RoomCodec.decode(bytes[0..<n]) == .incomplete, "after \(n) bytes")
        }
    }

    @Test func whatDoesNotFitIsRefused() {
        let good = RoomCodec.encode(Self.samples[1])
        func corrupt(_ i: Int, _ v: UInt8) -> RoomCodec.Decoded {
            var b = good
            b[i] = v
            return RoomCodec.decode(b[...])
        }
        #expect(corrupt(0, 0x41) == .invalid, "magic")
        #expect(corrupt(2, 9) == .invalid, "version")
        #expect(corrupt(3, 0x7F) == .invalid, "a length past the limit")
        #expect(corrupt(5 + 8, 200) == .invalid, "a phase out of range")
        #expect(corrupt(5 + 9, 200) == .invalid, "a step out of range")
        #expect(corrupt(5 + 11, 0x80) == .invalid, "unknown flags")
        // The instant sent: NaN.
        var nan = good
        for i in 0..<8 { nan[5 + i] = 0xFF }
        #expect(RoomCodec.decode(nan[...]) == .invalid, "NaN")
        // A dot out of range (the last byte).
        #expect(corrupt(good.count - 1, 9) == .invalid, "a dot out of range")
    }

    @Test func theRoundsPositionStaysWithinItsDots() {
        let m = RoomMessage(
            sentAt: 1, phase: .closingRound, dots: [.speaking], roundPosition: 40)
        guard case .message(let back, _) = RoomCodec.decode(RoomCodec.encode(m)[...]) else {
            Issue.record("not decoded")
            return
        }
        #expect(back.roundPosition == 1)
    }

    @Test func customStepsAreOther() {
        #expect(RoomStep(label: "custom-1") == .other)
        #expect(RoomStep(label: "Quixtamar") == .other)
        #expect(RoomStep(label: "here_and_now") == .hereAndNow)
    }
}
