/// Everything that can happen to a meeting. Time arrives only in `tick`; every other event
/// happens at the state's current `now`. Events hold no names and no content, so they can be
/// journaled as they are (the theme is scrubbed of names before it is sent).
public enum MeetingEvent: Codable, Equatable, Sendable {
    /// The clock moved on. Instants earlier than the state's `now` are ignored.
    case tick(Instant)
    /// Check-in: set a member's attendance.
    case setAttendance(member: Int, Attendance)
    /// Enter: next speaker, next phase, or accept a suggestion.
    case advance
    /// `s`: the current speaker in a round passes (*stå over*).
    case pass
    /// `p`: start the pause.
    case startPause
    /// `p` during the pause: end it (also what `advance` does in the pause).
    case endPause
    /// `+`/`-`: add or remove minutes on the current turn (or the pause).
    case adjustTurn(minutes: Int)
    /// Space: hold or resume the current turn's timer.
    case toggleHold
    /// A roster member arrives late.
    case lateArrival(member: Int)
    /// A guest arrives. The guest's name is never part of the domain.
    case guestArrival
    /// `c`: go straight to the closing round.
    case goToClosing
    /// Leave the current phase now and go to the next one.
    case skipPhase
    /// Reorder the upcoming phases (indices into `upcoming`; summary stays last).
    case moveUpcomingPhase(from: Int, to: Int)
    /// Sharing: switch between a round and the open floor.
    case setSharingMode(SharingMode)
    /// Open floor: give the floor to someone (ending any current turn).
    case giveFloor(Participant)
    /// Open floor: end the current turn; the floor is free.
    case endTurn
    /// Next meeting: choose the next leader (nil: nobody chosen).
    case setNextLeader(Int?)
    /// Next meeting: move the suggestion to the next member in the rotation.
    case skipNextLeader
    /// Next meeting: the theme for next time, already scrubbed of names.
    case setTheme(String)
    /// Next meeting: the date of the next meeting.
    case setNextDate(LocalDate)
    /// The meeting was resumed from the journal after an interruption.
    case resumed
    /// On a card that asks for it: a member present acknowledges it (toggles). Counted only.
    /// `member` past the roster is a guest (roster count + guest number), who may acknowledge
    /// the frame whenever it is shown to them.
    case acknowledge(member: Int)
    /// "Stop and talk about it": a round on how the group is working, then back to where we were.
    case startProcessTalk
    /// Next meeting: a theme proposed but not chosen (scrubbed of names), kept for later.
    case proposeTheme(String)
    /// `u`: undo the last step (see `isStep`), back to the state before it; the clock stays.
    case undo
    /// On the evaluation's decision card: the group's decision (with `.goOn`, how many more
    /// meetings the new horizon holds), recorded, and the meeting moves on. No content: a
    /// choice and a number.
    case decide(HorizonDecision.Choice, newHorizon: Int?)
    /// Next meeting, at the starter's last meeting: the follow-up date with the starter, kept
    /// apart from the next meeting's date. A step (like `s` on the leader): each `f`/`F` press
    /// is taken back by one `u`.
    case setFollowUp(LocalDate)

    /// A step the leader can undo with `u`: it moves the meeting on (speaker, phase, mode),
    /// changes who is here, or ticks an acknowledgement (one `u` takes back one tick). Timer nudges, attendance at check-in and typing are not steps.
    public var isStep: Bool {
        switch self {
        case .advance, .pass, .startPause, .endPause, .lateArrival, .guestArrival, .goToClosing,
            .skipPhase,
            .moveUpcomingPhase, .setSharingMode, .giveFloor, .endTurn, .startProcessTalk,
            .skipNextLeader, .decide,
            .setFollowUp, .acknowledge:
            return true
        case .tick, .setAttendance, .adjustTurn, .toggleHold, .setNextLeader, .setTheme,
            .setNextDate, .resumed,
            .proposeTheme, .undo:
            return false
        }
    }
}

/// What the shell should do after a reduction.
public enum MeetingEffect: Equatable, Sendable {
    /// A moment the meeting passed (a phase or turn started, a minute left, time up, the
    /// pause over or due). It tells the shell the state changed beyond the clock, so a tick
    /// that has one is journaled as a line at once (`MeetingRuntime`); the screen and plain
    /// mode say the moment from the change in the state itself, so nothing else reads it.
    case milestone(Milestone)
    /// Ring the bell or flash, if the group turned it on.
    case bell
    /// The meeting reached the summary: write the log, update the group, delete the journal.
    case meetingFinished
}

/// Moments a meeting passes, as the reducer reports them (`MeetingEffect.milestone`).
public enum Milestone: Equatable, Sendable {
    case phaseStarted(PhaseKind)
    case turnStarted(Participant, seconds: Int)
    case oneMinuteLeft
    case timeUp
    case pauseStarted(minutes: Int)
    case pauseOver
    case pauseSuggested
}
