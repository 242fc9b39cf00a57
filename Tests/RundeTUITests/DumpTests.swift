import Testing
import RundeCore
@testable import RundeTUI

@Suite struct DumpFrames {
    @Test func dump() {
        for spot in MeetingFixtures.Spot.allCases {
            let f = MeetingView.render(MeetingFixtures.model(spot, lang: .nb), width: 80, height: 24)
            print("=== \(spot)\n" + f.text)
        }
    }
}
