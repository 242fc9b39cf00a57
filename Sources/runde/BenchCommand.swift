import ArgumentParser
import Foundation
import RundeCore
import RundeTUI
import RundeText

/// Hidden `runde _bench-render`: times rendering the meeting screen in a turn and diffing it
/// against the previous frame, the way `MeetingRuntime` does once a second. It opens no
/// terminal and writes nothing. Used by `Benchmarks/run` (DESIGN §5: ≤ 2 ms at 200×60).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_bench-render",
        abstract: "Time rendering and diffing a full meeting frame (for Benchmarks/run).",
        shouldDisplay: false
    )

    @Option(help: "Frame width in columns.")
    var width: Int = 200

    @Option(help: "Frame height in rows.")
    var height: Int = 60

    @Option(help: "Timed iterations (after the warm-up).")
    var iterations: Int = 1000

    @Option(help: "Untimed warm-up iterations.")
    var warmup: Int = 50

    @Option(help: "Language of the screen: nb or en.")
    var lang: String = "nb"

    @Flag(help: "Also print every iteration's total µs, one per line.")
    var each = false

    func validate() throws {
        guard (1...2000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width must be 1–2000 and --height 1–1000")
        }
        guard iterations >= 1, warmup >= 0 else {
            throw ValidationError("--iterations must be ≥ 1")
        }
        guard ["nb", "en"].contains(lang) else { throw ValidationError("--lang must be nb or en") }
    }

    func run() throws {
        var model = Self.turnModel(lang: lang == "nb" ? .nb : .en)
        let start = model.meeting.now
        var previous: Frame? = MeetingView.render(model, width: width, height: height)
        var render: [Double] = []
        var diff: [Double] = []
        var total: [Double] = []
        var cpu: [Double] = []
        render.reserveCapacity(iterations)
        diff.reserveCapacity(iterations)
        total.reserveCapacity(iterations)
        cpu.reserveCapacity(iterations)
        var changed = 0
        var sink = 0
        for i in 0..<(warmup + iterations) {
            // One second later, as in the live loop: the timer and the meeting clock change.
            _ = model.meeting.apply(.tick(start + Double(i + 1)))
            let c0 = Self.nowNs(CLOCK_THREAD_CPUTIME_ID)
            let t0 = Self.nowNs()
            let frame = MeetingView.render(model, width: width, height: height)
            let t1 = Self.nowNs()
            let rows = frame.changedRows(since: previous)
            let t2 = Self.nowNs()
            let c1 = Self.nowNs(CLOCK_THREAD_CPUTIME_ID)
            previous = frame
            sink &+= rows.count &+ frame.cells.count
            guard i >= warmup else { continue }
            changed += rows.count
            render.append(Double(t1 - t0) / 1000)
            diff.append(Double(t2 - t1) / 1000)
            total.append(Double(t2 - t0) / 1000)
            cpu.append(Double(c1 - c0) / 1000)
        }
        if each { for t in total { print(String(format: "%.1f", t)) } }
        func stats(_ name: String, _ xs: [Double]) -> String {
            let s = xs.sorted()
            func q(_ p: Double) -> Double {
                s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded(.up)))]
            }
            let mean = s.reduce(0, +) / Double(s.count)
            return String(
                format: "%@ median_us=%.1f p99_us=%.1f max_us=%.1f mean_us=%.1f",
                name, q(0.5), q(0.99), s.last!, mean)
        }
        print(
            "bench-render width=\(width) height=\(height) iterations=\(iterations) "
                + "changed_rows_per_frame=\(String(format: "%.1f", Double(changed) / Double(iterations)))"
                + (sink == 0 ? " (empty)" : ""))
        print(stats("render", render))
        print(stats("diff", diff))
        print(stats("total", total))
        // The same work in this thread's CPU time: immune to being preempted on a busy machine.
        print(stats("total_cpu", cpu))
    }

    /// A model in the opening round, a few seconds into the first turn (the idle screen).
    static func turnModel(lang: Lang) -> MeetingModel {
        let roster = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils", "Åse", "Bjørn"]
        let t0 = Instant(1_800_000_000)
        let setup = MeetingSetup(
            memberCount: roster.count, leader: 0, meetingNumber: 7,
            date: LocalDate(year: 2027, month: 1, day: 15), utcOffsetSeconds: 3600,
            plan: .standard, startedAt: t0)
        var state = MeetingState(setup: setup)
        _ = state.apply(.tick(t0 + 60))
        _ = state.apply(.setAttendance(member: 4, .notifiedAbsent))
        _ = state.apply(.tick(t0 + 120))
        _ = state.apply(.advance)  // → opening
        _ = state.apply(.tick(t0 + 240))
        _ = state.apply(.advance)  // → opening round, first turn
        _ = state.apply(.tick(t0 + 245))
        return MeetingModel(
            meeting: state, roster: roster, groupName: "Torsdagsgruppa",
            rules: GroupFile.defaultRules, todayTheme: "Skam", lang: lang)
    }

    private static func nowNs(_ clock: clockid_t = CLOCK_MONOTONIC) -> Int {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    }
}
