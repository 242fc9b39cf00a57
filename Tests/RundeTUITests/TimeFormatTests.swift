import Testing

@testable import RundeTUI

/// `TimeFormat` writes digits as bytes; these are the strings it must give.
@Suite struct TimeFormatTests {
    /// The same formats, written the plain way.
    static func reference(_ s: Int) -> String {
        "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }

    @Test func clockAndLongAgreeWithThePlainWay() {
        for s in Array(0..<4000) + [35_999, 36_000, 359_999, 1_000_000] {
            #expect(TimeFormat.clock(Double(s) + 0.9) == Self.reference(s))
            let long =
                s >= 3600
                ? "\(s / 3600):" + (s / 60 % 60 < 10 ? "0" : "") + "\(s / 60 % 60):"
                    + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
                : Self.reference(s)
            #expect(TimeFormat.long(Double(s)) == long)
        }
    }

    @Test func examples() {
        #expect(TimeFormat.clock(0) == "0:00")
        #expect(TimeFormat.clock(-5) == "0:00")
        #expect(TimeFormat.clock(345.99) == "5:45")
        #expect(TimeFormat.long(3723) == "1:02:03")
        #expect(TimeFormat.remaining(59.2) == "1:00")
        #expect(TimeFormat.remaining(-0.5) == "0:00")
        #expect(TimeFormat.remaining(-45.3) == "+0:45")
        #expect(TimeFormat.minutes(-150) == "3 min")
        #expect(TimeFormat.minutes(89) == "1 min")
        #expect(TimeFormat.minutes(36_000) == "600 min")
    }
}
